/**
 * npm run build [-- --data <folder>] [--k N] [--base /p/] [--site URL] [--lang en|tr]
 * Thin CLI: parses the arguments and runs the build pipeline (src/pipeline/run.ts).
 */
import { fileURLToPath } from 'node:url';
import { cliLang } from '../src/pipeline/cli-lang.ts';
import { buildMessages } from '../src/pipeline/messages.ts';
import { parseBuildArgs } from '../src/pipeline/options.ts';
import { runBuild } from '../src/pipeline/run.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const parsed = parseBuildArgs(process.argv.slice(2));
const langFlag = process.argv.includes('--lang')
  ? process.argv[process.argv.indexOf('--lang') + 1]
  : undefined;

if (!parsed.ok) {
  const say = buildMessages[cliLang(langFlag)];
  console.error(say[parsed.problem]);
  if (parsed.problem !== 'usage') console.error(say.usage);
  process.exit(2);
}
process.exitCode = await runBuild(parsed.options, cliLang(parsed.options.lang), root);

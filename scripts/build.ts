/**
 * npm run build [-- --data <folder>] [--out <folder>] [--k N] [--base /p/] [--site URL] [--lang en|tr]
 * Thin CLI: parses the arguments and runs the build pipeline (src/pipeline/run.ts).
 */
import { fileURLToPath } from 'node:url';
import { cliLang } from '../src/pipeline/cli-lang.ts';
import { buildMessages } from '../src/pipeline/messages.ts';
import { parseBuildArgs } from '../src/pipeline/options.ts';
import { runBuild } from '../src/pipeline/run.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const parsed = parseBuildArgs(args);

if (!parsed.ok) {
  // The arguments did not parse, so find --lang by hand to answer in the user's language.
  const at = args.indexOf('--lang');
  const langFlag = at >= 0 ? args[at + 1] : args.find((a) => a.startsWith('--lang='))?.slice(7);
  const say = buildMessages[cliLang(langFlag)];
  console.error(say[parsed.problem]);
  if (parsed.problem !== 'usage') console.error(say.usage);
  process.exit(2);
}
process.exitCode = await runBuild(parsed.options, cliLang(parsed.options.lang), root);

/**
 * The dictionary strings the validator's client script needs, picked at build time so the
 * browser receives only these (as JSON in the page), never the whole dictionary.
 */
import { FUNNEL_STAGES } from '../../core/disclosure/published-types.ts';
import { PROBLEM_CODES } from '../../core/validate/problem.ts';
import { t, type Lang, type UiKey } from '../../i18n/index.ts';

const CLIENT_KEYS = [
  'validator.starting',
  'validator.progress',
  'validator.cancelled',
  'validator.failed',
  'validator.noFiles',
  'validator.reportTitle',
  'validator.valid',
  'validator.invalid',
  'validator.counts',
  'validator.filesRead',
  'validator.file',
  'validator.rows',
  'validator.encoding',
  'validator.delimiter',
  'validator.encoding.utf-8',
  'validator.encoding.utf-8-bom',
  'validator.encoding.windows-1254',
  'validator.delimiter.comma',
  'validator.delimiter.semicolon',
  'validator.notRead',
  'validator.fixFirst',
  'validator.times',
  'validator.problems',
  'validator.row',
  'validator.column',
  'validator.problem',
  'validator.fix',
  'validator.wholeFile',
  'validator.more',
  'validator.consequence',
  'validator.unchecked',
  'validator.error',
  'validator.warning',
  'validator.download',
  'validator.preview',
  'validator.previewIntro',
  'validator.previewFunnel',
  'validator.previewNone',
  ...PROBLEM_CODES.map((code) => `validator.code.${code}` as const),
  'reach.relationships',
  'reach.mentees',
  'reach.mentors',
  'reach.schools',
  'reach.cohorts',
  'reach.sessions',
  'reach.mentoringHours',
  'reach.staffTrained',
  ...FUNNEL_STAGES.map((stage) => `funnel.${stage}` as const),
  'chart.funnel.stage',
] as const satisfies readonly UiKey[];

export type ClientKey = (typeof CLIENT_KEYS)[number];

/** The client's strings in the page's language, with the language itself. */
export interface ClientStrings {
  lang: Lang;
  text: Record<ClientKey, string>;
}

/**
 * The strings of one language for the client script (rendered into the page as JSON).
 * @example clientStrings('tr').text['validator.row'] // 'Satır'
 */
export function clientStrings(lang: Lang): ClientStrings {
  const ui = t(lang);
  return {
    lang,
    text: Object.fromEntries(CLIENT_KEYS.map((key) => [key, ui(key)])) as Record<ClientKey, string>,
  };
}

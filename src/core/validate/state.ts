import type { TableName } from '../schemas/index.ts';
import type { CompositeSet } from './keys/composite-set.ts';
import type { IdLookupIndex } from './keys/id-index.ts';
import { IntColumn } from './keys/int-column.ts';

/**
 * What the validation remembers across files: interned ids per table, and the few attributes
 * later files are checked against, in typed columns indexed by interned id.
 */
export class DatasetState {
  /** Tables whose file was read (it had a header). */
  readonly present = new Set<TableName>();
  /** Files that are absent from the folder (not merely empty). */
  readonly absent = new Set<TableName>();
  /**
   * Interned primary keys of single-key tables: an `IdIndex` while its table is read, possibly a
   * `FrozenIdIndex` after (to share it with worker threads).
   */
  readonly ids = new Map<TableName, IdLookupIndex>();
  /**
   * Tables whose packed composite keys are kept in `compositeKeys` once their pass is over: a part
   * of a file checked in a worker sends its set back, so a key in two parts is found (see
   * `overlaps`). Only on request: a national attendance set is tens of MiB, freed after its file.
   */
  readonly keepKeysOf = new Set<TableName>();
  readonly compositeKeys = new Map<TableName, CompositeSet>();

  /** Bitmask of eligible age bands per programme (-1: any). */
  readonly programmeAgeMask = new IntColumn();
  readonly cohortProgramme = new IntColumn();
  readonly cohortStart: string[] = [];
  readonly cohortEnd: string[] = [];
  readonly participantCohort = new IntColumn();
  /** 0 = mentor, 1 = mentee. */
  readonly participantRole = new IntColumn();
  /** The programme of the participant's cohort (its questionnaire is the one they answer). */
  participantProgramme = new IntColumn();
  readonly matchCohort = new IntColumn();
  readonly sessionCohort = new IntColumn();
  /**
   * Spreadsheet row of each mentee marked completed without the kickoff, until an attended
   * session is seen (then −1); what is left at the end gets `completed-without-attendance`.
   */
  readonly completedUnattended = new IntColumn();
  /** One past the largest interned participant index seen in participants.csv. */
  participantEnd = 0;
  readonly itemMin: number[] = [];
  readonly itemMax: number[] = [];
  /**
   * The programmes whose questionnaire holds each item (`undefined`: every programme, or not
   * known because programme_id names an unknown programme, itself a foreign-key error).
   */
  readonly itemProgrammes: (readonly number[] | undefined)[] = [];

  /** The cohort of each row of `table` by interned index, for tables whose rows have one. */
  cohortColumn(table: TableName): IntColumn | undefined {
    if (table === 'participants') return this.participantCohort;
    if (table === 'sessions') return this.sessionCohort;
    if (table === 'matches') return this.matchCohort;
    return undefined;
  }
}

/**
 * The DuckDB side of issue 16's comparison, as a stage of `npm run bench -- <folder> --duckdb`:
 * DuckDB (in memory, both cores) loads the same CSV files, checks the contract's keys (primary,
 * foreign, same-cohort pairs, values within the scale) and computes the headline statistics
 * (reach, funnel, meetings per pair, retention, paired outcome means). Not a second validator:
 * it finds no encodings, dates or formulas, it only does the work the target is measured against,
 * on the same machine in the same run, since this machine's speed drifts by a quarter from hour
 * to hour.
 *
 * DuckDB is not a dependency of the project (a 40 MiB native module for one comparison); install
 * it for the run with `npm install --no-save @duckdb/node-api` (measured with 1.5.6-r.1).
 */

/** What this stage needs of `@duckdb/node-api`. */
interface DuckDbApi {
  DuckDBInstance: {
    create(path: string): Promise<{
      connect(): Promise<{
        run(sql: string): Promise<unknown>;
        runAndReadAll(sql: string): Promise<{ getRowObjects(): Record<string, unknown>[] }>;
      }>;
    }>;
  };
}

const TABLES = [
  'programmes',
  'schools',
  'cohorts',
  'participants',
  'matches',
  'sessions',
  'attendance',
  'survey_items',
  'survey_responses',
] as const;

/** Each check counts the rows that break one rule; a valid folder gives 0 for all. */
const CHECKS: Record<string, string> = {
  'participants: duplicate id': `SELECT count(*) - count(DISTINCT participant_id) FROM participants`,
  'matches: duplicate id': `SELECT count(*) - count(DISTINCT match_id) FROM matches`,
  'sessions: duplicate id': `SELECT count(*) - count(DISTINCT session_id) FROM sessions`,
  'cohorts: duplicate id': `SELECT count(*) - count(DISTINCT cohort_id) FROM cohorts`,
  'schools: duplicate id': `SELECT count(*) - count(DISTINCT school_id) FROM schools`,
  'attendance: duplicate key': `SELECT count(*) FROM (SELECT session_id, participant_id FROM attendance GROUP BY ALL HAVING count(*) > 1)`,
  'survey: duplicate key': `SELECT count(*) FROM (SELECT participant_id, wave, item_id FROM survey_responses GROUP BY ALL HAVING count(*) > 1)`,
  'participants → cohorts': `SELECT count(*) FROM participants ANTI JOIN cohorts USING (cohort_id)`,
  'cohorts → programmes': `SELECT count(*) FROM cohorts ANTI JOIN programmes USING (programme_id)`,
  'cohorts → schools': `SELECT count(*) FROM cohorts WHERE school_id IS NOT NULL AND school_id NOT IN (SELECT school_id FROM schools)`,
  'matches → mentor': `SELECT count(*) FROM matches x ANTI JOIN participants y ON x.mentor_id = y.participant_id`,
  'matches → mentee': `SELECT count(*) FROM matches x ANTI JOIN participants y ON x.mentee_id = y.participant_id`,
  'sessions → cohorts': `SELECT count(*) FROM sessions ANTI JOIN cohorts USING (cohort_id)`,
  'sessions → matches': `SELECT count(*) FROM sessions WHERE match_id IS NOT NULL AND match_id NOT IN (SELECT match_id FROM matches)`,
  'attendance → sessions': `SELECT count(*) FROM attendance ANTI JOIN sessions USING (session_id)`,
  'attendance → participants': `SELECT count(*) FROM attendance ANTI JOIN participants USING (participant_id)`,
  'survey → participants': `SELECT count(*) FROM survey_responses ANTI JOIN participants USING (participant_id)`,
  'survey → items': `SELECT count(*) FROM survey_responses ANTI JOIN survey_items USING (item_id)`,
  'pairs in their cohort': `SELECT count(*) FROM matches m JOIN participants a ON a.participant_id = m.mentor_id
    JOIN participants b ON b.participant_id = m.mentee_id WHERE a.cohort_id <> m.cohort_id OR b.cohort_id <> m.cohort_id`,
  'attendance in its cohort': `SELECT count(*) FROM attendance JOIN sessions s USING (session_id)
    JOIN participants p USING (participant_id) WHERE p.cohort_id <> s.cohort_id`,
  'answers within the scale': `SELECT count(*) FROM survey_responses r JOIN survey_items i USING (item_id)
    WHERE r.value < i.scale_min OR r.value > i.scale_max`,
};

const STATISTICS: Record<string, string> = {
  reach: `SELECT c.programme_id,
      (SELECT count(*) FROM matches m JOIN cohorts k USING (cohort_id) WHERE k.programme_id = c.programme_id) relationships,
      (SELECT count(DISTINCT mentee_id) FROM matches m JOIN cohorts k USING (cohort_id) WHERE k.programme_id = c.programme_id) mentees,
      (SELECT count(DISTINCT mentor_id) FROM matches m JOIN cohorts k USING (cohort_id) WHERE k.programme_id = c.programme_id) mentors,
      count(DISTINCT c.school_id) schools, count(*) cohorts,
      (SELECT count(*) FROM sessions s JOIN cohorts k USING (cohort_id) WHERE k.programme_id = c.programme_id) n_sessions,
      (SELECT sum(duration_minutes) / 60 FROM sessions s JOIN cohorts k USING (cohort_id) WHERE k.programme_id = c.programme_id) mentoring_hours,
      sum(c.staff_trained) staff_total
    FROM cohorts c GROUP BY c.programme_id`,
  funnel: `WITH p AS (SELECT p.*, k.programme_id FROM participants p JOIN cohorts k USING (cohort_id) WHERE role = 'mentee'),
      m_ids AS (SELECT DISTINCT mentee_id id FROM matches),
      a_ids AS (SELECT DISTINCT participant_id id FROM attendance WHERE attended)
    SELECT programme_id, count(*) n_registered,
      count(*) FILTER (WHERE participant_id IN (SELECT id FROM m_ids)) n_matched,
      count(*) FILTER (WHERE participant_id IN (SELECT id FROM a_ids) OR attended_kickoff) n_attended,
      count(*) FILTER (WHERE status = 'completed') n_completed,
      count(*) FILTER (WHERE status = 'withdrawn') n_withdrawn
    FROM p GROUP BY programme_id`,
  'meetings per pair': `WITH per AS (SELECT m.match_id, count(s.session_id) n FROM matches m
      LEFT JOIN sessions s ON s.match_id = m.match_id GROUP BY m.match_id)
    SELECT n, count(*) pairs, (SELECT avg(n) FROM per) mean, (SELECT median(n) FROM per) median FROM per GROUP BY n`,
  retention: `WITH numbered AS (SELECT s.session_id, k.programme_id,
        row_number() OVER (PARTITION BY s.cohort_id ORDER BY s.held_on, s.session_id) nr
        FROM sessions s JOIN cohorts k USING (cohort_id) WHERE s.kind = 'regular')
    SELECT programme_id, nr, count(*) enrolled, count(*) FILTER (WHERE a.attended) n_attended
    FROM attendance a JOIN numbered USING (session_id) GROUP BY ALL`,
  outcomes: `WITH scored AS (
        SELECT r.participant_id, r.wave, i.construct, i.programme_id, count(*) answered,
          avg(CASE WHEN i.reverse_coded THEN i.scale_min + i.scale_max - r.value ELSE r.value END) score
        FROM survey_responses r JOIN survey_items i USING (item_id) GROUP BY ALL),
      items AS (SELECT programme_id, construct, count(*) n FROM survey_items GROUP BY ALL),
      counted AS (SELECT s.* FROM scored s JOIN items USING (programme_id, construct) WHERE 2 * s.answered >= items.n),
      paired AS (SELECT a.programme_id, a.construct, a.score pre, b.score post FROM counted a
        JOIN counted b USING (participant_id, construct, programme_id) WHERE a.wave = 'pre' AND b.wave = 'post')
    SELECT programme_id, construct, count(*) n, avg(pre) mean_pre, avg(post) mean_post,
      avg(post - pre) mean_change, stddev_samp(post - pre) sd_change
    FROM paired GROUP BY ALL`,
};

/** The stage's figures, as the bench prints them. */
export interface DuckDbMeasured {
  stage: 'duckdb';
  rows: number;
  wall: number;
  cpu: number;
  peakMiB: number;
  /** Seconds loading the files, running the checks and computing the statistics. */
  parts: { load: number; checks: number; statistics: number };
  /** Rows breaking each check (all 0 for a valid folder). */
  broken: Record<string, number>;
}

async function duckdb(): Promise<DuckDbApi> {
  const name = '@duckdb/node-api';
  try {
    return (await import(name)) as DuckDbApi;
  } catch {
    console.error(
      `The duckdb stage needs ${name}, which the project does not install: ` +
        `npm install --no-save ${name}`,
    );
    process.exit(2);
  }
}

/** Loads, checks and computes in an in-memory DuckDB; wall time from creating the database. */
export async function duckdbStage(folder: string): Promise<DuckDbMeasured> {
  const { DuckDBInstance } = await duckdb();
  const started = performance.now();
  const connection = await (await DuckDBInstance.create(':memory:')).connect();
  const first = async (sql: string) =>
    Number(Object.values((await connection.runAndReadAll(sql)).getRowObjects()[0] ?? {})[0]);
  for (const table of TABLES) {
    const path = `${folder}/${table}.csv`.replaceAll("'", "''");
    await connection.run(
      `CREATE TABLE ${table} AS SELECT * FROM read_csv('${path}', header = true)`,
    );
  }
  let rows = 0;
  for (const table of TABLES) rows += await first(`SELECT count(*) FROM ${table}`);
  const loaded = performance.now();
  const broken: Record<string, number> = {};
  for (const [name, sql] of Object.entries(CHECKS)) broken[name] = await first(sql);
  const checked = performance.now();
  for (const sql of Object.values(STATISTICS)) await connection.runAndReadAll(sql);
  const ended = performance.now();
  const usage = process.resourceUsage();
  return {
    stage: 'duckdb',
    rows,
    wall: (ended - started) / 1000,
    cpu: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
    peakMiB: usage.maxRSS / 1024,
    parts: {
      load: (loaded - started) / 1000,
      checks: (checked - loaded) / 1000,
      statistics: (ended - checked) / 1000,
    },
    broken,
  };
}

/**
 * Micro-benchmark of the statistics pass at the contract's national scale: synthetic typed rows
 * are generated on the fly (never stored) and streamed through the collector, then finished
 * with disclosure control. Prints rows/s, wall time and peak RSS.
 *   npx node scripts/bench-stats.ts [scale=1]
 */
import { performance } from 'node:perf_hooks';
import { publishCollected } from '../src/core/disclosure/publish-collected.ts';
import { createStatsCollector } from '../src/core/stats/collector.ts';
import type { TableName } from '../src/core/schemas/index.ts';

const scale = Number(process.argv.find((a) => /^[\d.]+$/.test(a)) ?? 1);
const SCHOOLS = Math.round(12_000 * scale);
const COHORTS = Math.round(40_000 * scale);
const GROUP_COHORTS = Math.round(COHORTS * 0.95);
const PARTICIPANTS = Math.round(1_050_000 * scale);
const SESSIONS_PER_COHORT = 6;
const ITEMS_PER_WAVE = 8;
const CONSTRUCTS = [
  'stem_interest',
  'self_confidence',
  'career_clarity',
  'role_models',
  'wellbeing',
];

// `--baseline`: generate the rows without collecting them, to see the generator's own share.
const baseline = process.argv.includes('--baseline');
const collector = createStatsCollector();
let rows = 0;
const emit = (table: TableName, row: object) => {
  ++rows;
  if (!baseline) collector.row(table, row as never, rows);
};
// A cheap deterministic pseudo-random sequence (no Math.random: reproducible figures).
let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const date = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
const cohortOf = (p: number) => Math.floor((p * COHORTS) / PARTICIPANTS);
const isMentor = (p: number) => p === 0 || cohortOf(p - 1) !== cohortOf(p);

const started = performance.now();
emit('programmes', {
  programme_id: 'hs',
  name_en: 'High School',
  name_tr: 'Lise',
  organisation: 'TBD',
  format: 'group',
  target_relationships: 1_000_000,
  target_date: '2033-12-31',
});
emit('programmes', {
  programme_id: 'ses',
  name_en: 'Business',
  name_tr: 'İş',
  organisation: 'SES',
  format: 'one_to_one',
});
for (let s = 0; s < SCHOOLS; s++) {
  emit('schools', {
    school_id: `sch-${s}`,
    name_tr: `Okul ${s}`,
    province: 'İzmir',
    school_type: 'other',
    is_pilot: s < 3,
    joined_on: '2024-01-01',
  });
}
for (let c = 0; c < COHORTS; c++) {
  const group = c < GROUP_COHORTS;
  emit('cohorts', {
    cohort_id: `c-${c}`,
    programme_id: group ? 'hs' : 'ses',
    school_id: group ? `sch-${c % SCHOOLS}` : undefined,
    start_date: '2024-02-01',
    end_date: '2024-06-30',
    planned_sessions: 6,
    staff_trained: group ? 2 : undefined,
  });
}
for (let p = 0; p < PARTICIPANTS; p++) {
  emit('participants', {
    participant_id: `p-${p}`,
    cohort_id: `c-${cohortOf(p)}`,
    role: isMentor(p) ? 'mentor' : 'mentee',
    age_band: '15-16',
    field: 'science',
    registered_on: '2024-01-15',
    attended_kickoff: random() < 0.8,
    status: random() < 0.7 ? 'completed' : random() < 0.5 ? 'active' : 'withdrawn',
  });
}
// Cohort c's participants are [first[c], first[c + 1]); its mentor is the first of them.
const first = new Int32Array(COHORTS + 1);
for (let c = 0; c <= COHORTS; c++) first[c] = Math.ceil((c * PARTICIPANTS) / COHORTS);
let matches = 0;
const firstMatch = new Int32Array(COHORTS + 1);
for (let c = 0; c < COHORTS; c++) {
  firstMatch[c] = matches;
  for (let p = first[c]! + 1; p < first[c + 1]!; p++) {
    emit('matches', {
      match_id: `m-${matches++}`,
      cohort_id: `c-${c}`,
      mentor_id: `p-${first[c]}`,
      mentee_id: `p-${p}`,
      matched_on: date(
        2024 + Math.floor(random() * 3),
        1 + Math.floor(random() * 12),
        1 + Math.floor(random() * 28),
      ),
    });
  }
}
firstMatch[COHORTS] = matches;
for (let c = 0; c < COHORTS; c++) {
  for (let s = 0; s < SESSIONS_PER_COHORT; s++) {
    const pairMeeting = c >= GROUP_COHORTS;
    const match = firstMatch[c]! + (s % Math.max(1, firstMatch[c + 1]! - firstMatch[c]!));
    emit('sessions', {
      session_id: `s-${c}-${s}`,
      cohort_id: `c-${c}`,
      match_id: pairMeeting ? `m-${match}` : undefined,
      kind: s === 0 ? 'kickoff' : 'regular',
      held_on: date(2024, 2 + s, 10),
      duration_minutes: 60,
      mode: 'in_person',
    });
  }
}
for (let c = 0; c < COHORTS; c++) {
  for (let s = 0; s < SESSIONS_PER_COHORT; s++) {
    for (let p = first[c]!; p < first[c + 1]!; p++) {
      emit('attendance', {
        session_id: `s-${c}-${s}`,
        participant_id: `p-${p}`,
        attended: random() < 0.85,
      });
    }
  }
}
CONSTRUCTS.forEach((construct, ci) => {
  for (let i = 0; i < 4; i++) {
    emit('survey_items', {
      item_id: `i-${ci}-${i}`,
      construct,
      scale_min: 1,
      scale_max: 5,
      reverse_coded: i === 3,
      text_en: 'x',
      text_tr: 'x',
    });
  }
});
for (let p = 0; p < PARTICIPANTS; p++) {
  if (isMentor(p)) continue;
  for (const wave of ['pre', 'post'] as const) {
    for (let i = 0; i < ITEMS_PER_WAVE; i++) {
      emit('survey_responses', {
        participant_id: `p-${p}`,
        wave,
        item_id: `i-${i % CONSTRUCTS.length}-${Math.floor(i / CONSTRUCTS.length)}`,
        value: random() < 0.05 ? undefined : 1 + Math.floor(random() * 5),
      });
    }
  }
}
emit('themes', { theme_id: 't-1', kind: 'challenge', label_en: 'x', label_tr: 'x' });
for (let f = 0; f < 10_000 * scale; f++) {
  emit('workshop_findings', {
    finding_id: `f-${f}`,
    cohort_id: `c-${f % COHORTS}`,
    held_on: '2024-05-01',
    group_no: 1 + (f % 4),
    theme_id: 't-1',
  });
}
const streamed = performance.now();
const stats = publishCollected(collector, { asOf: '2026-06-30', k: 10 });
const finished = performance.now();

const seconds = (ms: number) => (ms / 1000).toFixed(1);
console.log(
  [
    `rows: ${rows.toLocaleString('en')} (generation included in the streaming time)`,
    `streaming: ${seconds(streamed - started)} s (${Math.round(rows / ((streamed - started) / 1000)).toLocaleString('en')} rows/s)`,
    `finish (aggregate + disclosure): ${seconds(finished - streamed)} s`,
    `wall: ${seconds(finished - started)} s`,
    `peak RSS: ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`,
    `programmes: ${stats.programmes.length}, schools: ${stats.schools.length}`,
  ].join('\n'),
);

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesSource } from '../../../src/core/read/index.ts';
import {
  PROBLEM_CODES,
  validateDataset,
  type DatasetFiles,
} from '../../../src/core/validate/index.ts';
import { estimateRows } from '../../../src/core/validate/table-pass.ts';
import { FIXTURES } from './fixture-files.ts';

const VALID = join(FIXTURES, 'valid');
const validFiles = new Map(
  readdirSync(VALID).map((name) => [name, new Uint8Array(readFileSync(join(VALID, name)))]),
);

function filesFrom(files: Map<string, Uint8Array>, chunk: number): DatasetFiles {
  return {
    names: [...files.keys()],
    open: (name) => bytesSource(files.get(name) ?? new Uint8Array(), chunk),
  };
}

async function expectCodedProblems(files: Map<string, Uint8Array>, chunk: number): Promise<void> {
  const report = await validateDataset(filesFrom(files, chunk));
  for (const problem of report.problems) {
    expect(PROBLEM_CODES).toContain(problem.code);
    expect(problem.message.en).not.toBe('');
    expect(problem.message.tr).not.toBe('');
  }
  // A report is never "ok" while it holds an error.
  if (report.problems.some((p) => p.severity === 'error')) expect(report.ok).toBe(false);
}

const tableFile = fc.constantFrom(
  ...[...validFiles.keys()].filter((name) => name.endsWith('.csv')),
);

describe('file sizes', () => {
  it('size the key sets without changing the report, right or wrong', async () => {
    const damaged = new Map(validFiles);
    const participants = new TextDecoder().decode(validFiles.get('participants.csv'));
    const [header, first] = participants.split('\n');
    // A repeated participant: a duplicate key to be found either way.
    damaged.set('participants.csv', new TextEncoder().encode(`${participants}${first}\n`));
    expect(header).toContain('participant_id');
    for (const files of [validFiles, damaged]) {
      const unsized = await validateDataset(filesFrom(files, 4096));
      expect(unsized.files.length).toBeGreaterThan(5);
      for (const size of [1, 1 << 20]) {
        const sized = await validateDataset({ ...filesFrom(files, 4096), size: () => size });
        expect(sized).toEqual(unsized);
      }
    }
    const codes = (await validateDataset(filesFrom(damaged, 4096))).problems.map((p) => p.code);
    expect(codes).toContain('duplicate-key');
  });

  it('estimate a file’s rows from its first batch', () => {
    expect(estimateRows(1_000_000, 100, 2_500)).toBe(40_000);
    expect(estimateRows(1_000, 3, 1_000)).toBe(3);
    expect(estimateRows(undefined, 100, 2_500)).toBe(0);
    expect(estimateRows(1_000, 0, 0)).toBe(0);
  });
});

describe('validateDataset never throws, whatever the bytes', () => {
  it('replaces any one file with arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(
        tableFile,
        fc.uint8Array({ maxLength: 600 }),
        fc.integer({ min: 1, max: 64 }),
        async (name, bytes, chunk) => {
          await expectCodedProblems(new Map(validFiles).set(name, bytes), chunk);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('mutates a valid file: flips, inserts and deletes bytes (quotes, delimiters, newlines)', async () => {
    const edit = fc.record({
      at: fc.nat(),
      kind: fc.constantFrom('set', 'insert', 'delete'),
      byte: fc.oneof(
        fc.constantFrom(0x22, 0x2c, 0x3b, 0x0a, 0x0d, 0x00, 0xfe, 0xef, 0x3d),
        fc.nat(255),
      ),
    });
    await fc.assert(
      fc.asyncProperty(
        tableFile,
        fc.array(edit, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 64 }),
        async (name, edits, chunk) => {
          const bytes = Array.from(validFiles.get(name) as Uint8Array);
          for (const { at, kind, byte } of edits) {
            const i = bytes.length === 0 ? 0 : at % bytes.length;
            if (kind === 'set') bytes[i] = byte;
            else if (kind === 'insert') bytes.splice(i, 0, byte);
            else bytes.splice(i, 1);
          }
          await expectCodedProblems(new Map(validFiles).set(name, Uint8Array.from(bytes)), chunk);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives the same problems whatever the chunk size of the byte stream', async () => {
    const bytes = new TextEncoder().encode(
      'session_id,participant_id,attended\r\ns-001,p-002,"tr\nue"\r\ns-001,"p-0""03",true\r\n\r\ns-002,p-002,evet,\r\n',
    );
    const reports = await Promise.all(
      [1, 2, 3, 7, 64, 4096].map((chunk) =>
        validateDataset(filesFrom(new Map(validFiles).set('attendance.csv', bytes), chunk)),
      ),
    );
    for (const report of reports) expect(report.problems).toEqual(reports[0]?.problems);
    expect(reports[0]?.problems.map((p) => [p.code, p.row, p.column])).toEqual([
      ['type-error', 2, 'attended'],
      ['type-error', 3, 'participant_id'],
    ]);
  });
});

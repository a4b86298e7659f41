import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countCell } from '../../../src/core/disclosure/cells.ts';
import { publishFunnel } from '../../../src/core/disclosure/publish-funnel.ts';
import { protectGroup } from '../../../src/core/disclosure/sibling-group.ts';
import { Attack } from './recover.ts';

describe('protectGroup', () => {
  it.each([
    ['nothing under k', [12, 40, 25], ['published', 'published', 'published']],
    [
      'one small cell: the next smallest goes too',
      [3, 40, 25],
      ['primary', 'published', 'secondary'],
    ],
    ['two small cells protect each other', [3, 40, 4], ['primary', 'published', 'primary']],
    [
      'two zeros would sum to 0: a third goes',
      [0, 40, 0, 25],
      ['primary', 'published', 'primary', 'secondary'],
    ],
    ['two cells of k − 1 are pinned by their sum', [9, 9, 30], ['primary', 'primary', 'secondary']],
    ['ties for next smallest: the first goes', [2, 20, 20], ['primary', 'secondary', 'published']],
  ])('%s', (_, values, expected) => {
    expect(protectGroup(values, 10, true)).toEqual({ status: expected, withholdTotal: false });
  });

  it('applies only the primary rule without a known total', () => {
    expect(protectGroup([3, 40], 10, false).status).toEqual(['primary', 'published']);
  });

  it('asks to withhold the total when no sibling is left', () => {
    expect(protectGroup([9, 9], 10, true).withholdTotal).toBe(true);
  });

  it('leaves no cell recoverable from the total and its siblings', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 30 }), { minLength: 1, maxLength: 12 }),
        fc.constantFrom(5, 10),
        (values, k) => {
          const total = values.reduce((a, b) => a + b, 0);
          const { status, withholdTotal } = protectGroup(values, k, total >= k);
          const attack = new Attack();
          const cells = values.map((v, i) => attack.cell(countCell(v, status[i]!, k)));
          const totalCell = attack.cell(total < k ? { below: k } : withholdTotal ? null : total);
          attack.sum(cells, totalCell);
          return attack.recovered().length === 0;
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('funnel status partition', () => {
  it('withholds completed when it equals registered, so a <10 withdrawn cannot be read as 0', () => {
    // active + completed + withdrawn = registered; active has no row of its own.
    const funnel = publishFunnel(
      { registered: 24, matched: 24, attended: 23, completed: 24, withdrawn: 0 },
      10,
    );
    expect(funnel).toEqual({
      registered: 24,
      matched: 24,
      attended: 23,
      completed: null,
      withdrawn: { below: 10 },
    });
    const attack = new Attack();
    const registered = attack.cell(funnel.registered);
    const statuses = [
      attack.cell(null),
      attack.cell(funnel.completed),
      attack.cell(funnel.withdrawn),
    ];
    attack.sum(statuses, registered);
    expect(attack.recovered()).toEqual([]);
  });

  it('publishes the statuses when the hidden active count keeps the <10 cell open', () => {
    const funnel = publishFunnel(
      { registered: 40, matched: 38, attended: 35, completed: 25, withdrawn: 3 },
      10,
    );
    expect(funnel.completed).toBe(25);
    expect(funnel.withdrawn).toEqual({ below: 10 });
  });
});

describe('structural facts in sibling groups', () => {
  it('withholds a further bucket when the last bucket (≥ 1) and another <k bucket add up to 1', () => {
    // pairs by meetings 0…2: [12, 0, 1]; total 13. Without the fact, two <10 cells summing
    // to 1 look open; with last ≥ 1 they are pinned, so the next smallest (12) goes too.
    const { status } = protectGroup([12, 0, 1], 10, true, [], [0, 0, 1]);
    expect(status).toEqual(['secondary', 'primary', 'primary']);
  });
});

import { describe, expect, it } from 'vitest';
import { publishP } from '../../../src/core/disclosure/cells.ts';
import { showP } from '../../../src/components/data/display.ts';

describe('showP', () => {
  it.each([
    [0.14412703481601533, '0.14', '0,14'],
    [0.0046777349810472576, '0.0047', '0,0047'],
    [0.0010049, '0.0010', '0,0010'],
    [0.00004, '<0.001', '<0,001'],
    [0, '<0.001', '<0,001'],
    [0.99999, '1.0', '1,0'],
  ])('shows p = %s as %s (en) and %s (tr), never 0.0000', (p, en, tr) => {
    expect(showP('en', publishP(p))).toBe(en);
    expect(showP('tr', publishP(p))).toBe(tr);
  });

  it('shows an unpublished p as a dash', () => {
    expect(showP('tr', null)).toBe('–');
  });
});

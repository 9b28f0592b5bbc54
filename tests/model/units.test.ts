import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BODIES, BODY_IDS } from '../../lib/model/bodies';
import { creditHours } from '../../lib/model/units';
import { formatAmount, formatHours } from '../../lib/model/format';

describe('creditHours', () => {
  it.each([
    [{ amount: 0.2, unit: 'CEC', body: 'ace' as const }, 2],
    [{ amount: 2, unit: 'CEC', body: 'acsm' as const }, 2],
    [{ amount: 0.4, unit: 'CEU', body: 'nasm' as const }, 4],
    [{ amount: 1.0, unit: 'CEU', body: 'nsca' as const }, 10],
    [{ amount: 2, unit: 'CEU', body: 'afaa' as const }, 2],
    [{ amount: 3, unit: 'CEC', body: 'aea' as const }, 3],
    [{ amount: 3, unit: 'CE hour', body: 'aswb' as const }, 3],
    [{ amount: 6, unit: 'CPE credit', body: 'nasba' as const }, 5],
    [{ amount: 1.5, unit: 'PDU', body: 'pmi' as const }, 1.5],
    [{ amount: 10, unit: 'PDH', body: 'ncees' as const }, 10],
    [{ amount: 2, unit: 'contact hour', body: 'ancc' as const }, 2],
    [{ amount: 1.5, unit: 'CEU' }, 15],
    // IACET's scale is the CEU's: credits spelled out with no body are an hour each
    [{ amount: 3, unit: 'CE credit' }, 3],
    [{ amount: 3, unit: 'continuing education credits' }, 3],
    [{ amount: 2, unit: 'contact hour', body: 'ace' as const }, 2],
    [{ amount: 6.25, unit: 'clock hour', body: 'nbcc' as const }, 6.25],
    [{ amount: 3, unit: 'CE hour', body: 'nbcc' as const }, 3],
    [{ amount: 2, unit: 'CEU', body: 'boc' as const }, 2],
    [{ amount: 1.5, unit: 'CE credit', body: 'apa' as const }, 1.5],
    [{ amount: 0.3, unit: 'CEU', body: 'aota' as const }, 3],
  ])('%o is %d contact hours', (credit, hours) => {
    expect(creditHours(credit)).toBe(hours);
  });

  it('has a body, with its unit and scale, for every row of the body table in docs/domain.md', () => {
    const domain = readFileSync(join(import.meta.dirname, '../../docs/domain.md'), 'utf8');
    const table = domain.slice(domain.indexOf('## Certifying bodies'), domain.indexOf('## Provider sites'));
    const rows = [...table.matchAll(/^\| ([a-z]+) \| [^|]+ \| ([^|]+) \| ([^|]+) \|/gm)].filter((r) => r[1] !== 'id');
    expect(rows.map((r) => r[1])).toEqual([...BODY_IDS]);
    for (const [, id, , perUnit] of rows) {
      const body = BODIES[id as (typeof BODY_IDS)[number]];
      // "10 (0.1 CEU = 1 h)", "50/60 (a 50-minute hour)", "1 (unconfirmed)": the leading figure is the scale.
      const [number, over] = /^(\d+)(?:\/(\d+))?/.exec(perUnit.trim())!.slice(1);
      expect(body.hoursPerUnit, `${id}: hoursPerUnit in lib/model/body-scales.ts`).toBeCloseTo(
        Number(number) / Number(over ?? 1),
      );
    }
  });
});

describe('formatting', () => {
  it('names amounts in the body’s own unit and hours in contact hours', () => {
    expect(formatAmount(0.2, 'CEC', 'ace')).toBe('0.2 ACE CECs');
    expect(formatAmount(1, 'contact hour', 'ancc')).toBe('1 ANCC contact hour');
    expect(formatAmount(1.5, 'CEU')).toBe('1.5 CEUs');
    expect(formatHours(2)).toBe('2 contact hours');
    expect(formatHours(1)).toBe('1 contact hour');
    expect(formatHours(0.1 + 0.2)).toBe('0.3 contact hours');
  });
});

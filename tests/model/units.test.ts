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
    [{ amount: 2, unit: 'contact hour', body: 'ace' as const }, 2],
  ])('%o is %d contact hours', (credit, hours) => {
    expect(creditHours(credit)).toBe(hours);
  });

  it('has a scale for every body in docs/domain.md', () => {
    for (const id of BODY_IDS) expect(BODIES[id].hoursPerUnit).toBeGreaterThan(0);
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

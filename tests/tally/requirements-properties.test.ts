import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BodyId } from '../../lib/model/bodies';
import { DEFAULT_RULES } from '../../lib/model/requirement-defaults';
import { renewalProgress } from '../../lib/tally/renewal';
import { cec, certification, completed, inCategories } from '../support/renewal-fixtures';

/** Properties of the counting over random logs of the bodies with rules (NSCA, NCBTMB, PMI, AFAA, ACSM). */
const CASES: Array<{ body: BodyId; unit: string; requirement: number; cycleMonths: number; step: number }> = [
  { body: 'nsca', unit: 'CEU', requirement: 6, cycleMonths: 36, step: 0.1 },
  { body: 'ncbtmb', unit: 'CE hour', requirement: 24, cycleMonths: 24, step: 0.5 },
  { body: 'pmi', unit: 'PDU', requirement: 60, cycleMonths: 36, step: 0.25 },
  { body: 'afaa', unit: 'CEU', requirement: 15, cycleMonths: 24, step: 0.5 },
  { body: 'acsm', unit: 'CEC', requirement: 45, cycleMonths: 36, step: 0.5 },
];
const TODAY = '2026-12-01';
const CYCLE_END = '2027-12-31';

function logArbitrary(body: BodyId, unit: string, step: number) {
  const ids = (DEFAULT_RULES[body]?.categories ?? []).filter((c) => !c.of).map((c) => c.id);
  const credit = fc
    .record({
      steps: fc.integer({ min: 1, max: 40 }),
      // A split: each assignable category gets a whole number of steps, the rest has no category.
      split: fc.array(fc.integer({ min: 0, max: 40 }), { minLength: ids.length, maxLength: ids.length }),
    })
    .map(({ steps, split }) => {
      const amount = Math.round(steps * step * 1000) / 1000;
      const shares: Record<string, number> = {};
      let left = steps;
      split.forEach((n, i) => {
        const take = Math.min(n, left);
        left -= take;
        if (take > 0) shares[ids[i]] = Math.round(take * step * 1000) / 1000;
      });
      // A split must add up: when one is given, the last share takes what is left.
      if (Object.keys(shares).length > 0 && left > 0) {
        const last = Object.keys(shares).at(-1)!;
        shares[last] = Math.round((shares[last] + left * step) * 1000) / 1000;
      }
      return Object.keys(shares).length > 0 ? inCategories(cec(body, amount, unit), shares) : cec(body, amount, unit);
    });
  const day = fc.integer({ min: 0, max: 365 * 6 }).map((n) => {
    const date = new Date(Date.UTC(2022, 0, 1) + n * 86_400_000);
    return date.toISOString().slice(0, 10);
  });
  return fc.array(
    fc.record({ on: day, credit, id: fc.uuid() }).map(({ on, credit, id }) => completed(on, [credit], { id })),
    { maxLength: 25 },
  );
}

describe.each(CASES)('counting $body', ({ body, unit, requirement, cycleMonths, step }) => {
  const cert = certification({ id: body, body, name: body, requirement, cycleMonths, cycleEnd: CYCLE_END });

  it('never counts more than was earned (carry-over aside), nor more in a category than its maximum', () => {
    fc.assert(
      fc.property(logArbitrary(body, unit, step), (log) => {
        const progress = renewalProgress(cert, log, TODAY);
        expect(progress.counted - (progress.carryOver?.units ?? 0)).toBeLessThanOrEqual(progress.earned + 1e-9);
        for (const category of progress.categories) {
          expect(category.counted).toBeLessThanOrEqual(category.earned + 1e-9);
          if (category.max !== undefined) expect(category.counted).toBeLessThanOrEqual(category.max + 1e-9);
        }
        for (const entry of progress.counting.counted) expect(entry.units).toBeLessThanOrEqual(entry.earned + 1e-9);
        // What is not counted is accounted for: earned = counted + over the maxima.
        const over = progress.counting.overLimit.reduce((sum, o) => sum + o.units, 0);
        const counted = progress.counting.counted.reduce((sum, c) => sum + c.units, 0);
        // (Totals are kept to thousandths, the parts of one credit to millionths.)
        expect(Math.abs(progress.earned - counted - over)).toBeLessThan(1e-3);
      }),
      { numRuns: 150 },
    );
  });

  it('never counts less, nor needs more, after a credit is added', () => {
    fc.assert(
      fc.property(logArbitrary(body, unit, step), logArbitrary(body, unit, step), (log, more) => {
        const before = renewalProgress(cert, log, TODAY);
        const after = renewalProgress(cert, [...log, ...more.slice(0, 1)], TODAY);
        expect(after.counted).toBeGreaterThanOrEqual(before.counted - 1e-9);
        expect(after.stillNeeded).toBeLessThanOrEqual(before.stillNeeded + 1e-9);
        for (const [i, category] of after.categories.entries())
          expect(category.counted).toBeGreaterThanOrEqual(before.categories[i].counted - 1e-9);
      }),
      { numRuns: 150 },
    );
  });
});

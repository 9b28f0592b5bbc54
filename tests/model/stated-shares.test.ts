import { describe, expect, it } from 'vitest';
import { creditSchema, type Credit } from '../../lib/model/schema';
import { splitByStatedShares, statedSharesText } from '../../lib/model/stated-shares';

const massage: Credit = {
  kind: 'CEC',
  amount: 6,
  unit: 'CE hour',
  body: 'ncbtmb',
  hours: 6,
  statedShares: [{ id: 'ethics', amount: 3 }],
};

describe('a share the page stated for part of a credit', () => {
  it('splits, once accepted, into the part in the category and the rest in none, adding up to the credit', () => {
    const parts = splitByStatedShares(massage);
    expect(parts).toEqual([
      { kind: 'CEC', amount: 3, unit: 'CE hour', body: 'ncbtmb', hours: 3, categories: [{ id: 'ethics', amount: 3 }] },
      { kind: 'CEC', amount: 3, unit: 'CE hour', body: 'ncbtmb', hours: 3 },
    ]);
    expect(parts.every((part) => creditSchema.safeParse(part).success)).toBe(true);
  });

  it('keeps the hours adding up when they do not divide evenly', () => {
    const pdus: Credit = {
      kind: 'CEC',
      amount: 2,
      unit: 'PDU',
      body: 'pmi',
      hours: 1.75,
      statedShares: [{ id: 'power-skills', amount: 0.75 }],
    };
    const [part, rest] = splitByStatedShares(pdus);
    expect([part.amount, rest.amount]).toEqual([0.75, 1.25]);
    expect(part.hours + rest.hours).toBeCloseTo(1.75, 10);
  });

  it('leaves a credit with no stated share as it is', () => {
    const { statedShares: _, ...plain } = massage;
    expect(splitByStatedShares(plain)).toEqual([plain]);
  });

  it('says what accepting it counts', () => {
    expect(statedSharesText(massage)).toBe('3 CE hours as Ethics');
    expect(statedSharesText({ unit: 'PDU', body: 'pmi', statedShares: [{ id: 'power-skills', amount: 1 }] })).toBe(
      '1 PDU as Education: Power Skills',
    );
  });

  it('is refused by the model when it is not less than the credit', () => {
    for (const amount of [6, 7])
      expect(creditSchema.safeParse({ ...massage, statedShares: [{ id: 'ethics', amount }] }).success).toBe(false);
    expect(creditSchema.safeParse(massage).success).toBe(true);
  });
});

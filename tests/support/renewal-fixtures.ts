import type { BodyId } from '../../lib/model/bodies';
import type { Activity, Certification, Credit } from '../../lib/model/schema';
import { creditHours } from '../../lib/model/units';

/** A certification as the store holds it; NASM-CPT ending 2027-06-30 unless told otherwise. */
export function certification(overrides: Partial<Certification> = {}): Certification {
  return {
    id: 'cert-nasm',
    body: 'nasm',
    name: 'NASM-CPT',
    cycleEnd: '2027-06-30',
    cycleMonths: 24,
    requirement: 2,
    cprRequired: false,
    createdAt: 0,
    updatedAt: 0,
    ...overrides,
  };
}

/** An accredited credit with its hours from the unit table. */
export function cec(body: BodyId, amount: number, unit: string): Credit {
  return { kind: 'CEC', amount, unit, body, hours: creditHours({ amount, unit, body }) };
}

export function plainCeu(amount: number): Credit {
  return { kind: 'CEU', amount, unit: 'CEU', hours: creditHours({ amount, unit: 'CEU' }) };
}

export function completed(
  completedOn: string,
  credits: Credit[],
  extra: Partial<Activity> = {},
): Pick<Activity, 'completedOn' | 'credits' | 'cprAed'> {
  return { completedOn, credits, ...extra };
}

/** An accredited credit counted in requirement categories: `in` maps a category id to its share of the amount. */
export function inCategories(credit: Credit, shares: Record<string, number>): Credit {
  return { ...credit, categories: Object.entries(shares).map(([id, amount]) => ({ id, amount })) };
}

/** A credit wholly in one category. */
export function inCategory(credit: Credit, id: string): Credit {
  return inCategories(credit, { [id]: credit.amount });
}

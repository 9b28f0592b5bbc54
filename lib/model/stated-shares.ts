import { partHours } from './units';
import { formatAmount } from './format';
import { assignableCategories, DEFAULT_RULES, NO_RULES } from './requirement-defaults';
import type { Credit } from './schema';

/** Part of a credit, with its hours in the same proportion. */
function partOf(credit: Credit, amount: number): Credit {
  const { categories: _categories, statedShares: _stated, ...plain } = credit;
  return { ...plain, amount, hours: partHours(credit, amount) };
}

const thousandths = (n: number) => Math.round(n * 1000) / 1000;

/**
 * A credit whose page stated a share for part of it ("6 CE hours, 3 of them ethics"), split as the user
 * accepts it: the part in its categories and the rest in none, which add up to the credit. A credit with no
 * stated share is kept as it is.
 */
export function splitByStatedShares(credit: Credit): Credit[] {
  const shares = credit.statedShares;
  if (!shares?.length) return [credit];
  const inCategories = thousandths(shares.reduce((sum, s) => sum + s.amount, 0));
  const rest = thousandths(credit.amount - inCategories);
  const part = { ...partOf(credit, inCategories), categories: shares };
  // The rest's hours are what the part leaves, so the two add up to the credit's hours exactly.
  return [part, { ...partOf(credit, rest), hours: Math.round((credit.hours - part.hours) * 100) / 100 }];
}

/** "3 CE hours as Ethics" (or "0.5 PDUs as Power Skills"): what accepting the stated shares counts, in words. */
export function statedSharesText(credit: Pick<Credit, 'unit' | 'body' | 'statedShares'>): string {
  const rules = assignableCategories((credit.body && DEFAULT_RULES[credit.body]) || NO_RULES);
  const label = (id: string) => rules.find((r) => r.id === id)?.label ?? id;
  return (credit.statedShares ?? [])
    .map((s) => `${formatAmount(s.amount, credit.unit)} as ${label(s.id)}`)
    .join(' and ');
}

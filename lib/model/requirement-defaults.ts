/**
 * A certification's rules as data, without their schemas (lib/model/requirements.ts): the bodies' defaults and
 * the arithmetic on them, which the content script needs without Zod.
 */
import type { BodyId } from './bodies';
import type { CategoryRule, CategoryShare, RequirementRules } from './requirements';

export const NO_RULES: RequirementRules = { categories: [] };

/**
 * The defaults each body's renewal follows, from docs/domain.md's "Requirement rules" (its sources there).
 * Bodies missing here have no rule beyond their total.
 */
export const DEFAULT_RULES: Partial<Record<BodyId, RequirementRules>> = {
  // nsca.com/certification/continuing-education/ceu-categories, .../ceu-reporting. Maxima as given for
  // those certified before 2024; proration's figures (a third of the total per year of the cycle left)
  // are not in docs/domain.md: unconfirmed.
  nsca: {
    categories: [
      { id: 'A', label: 'Category A: Attendance', max: 5.5 },
      { id: 'B', label: 'Category B: Share Your Expertise', max: 4.0 },
      { id: 'C', label: 'Category C: Educational Activities', max: 5.5 },
      { id: 'D', label: 'Category D: NSCA Quizzes & Assessments', max: 4.0 },
    ],
    minCategories: 2,
    eventMax: 2.0,
    prorate: 'by-year',
    recordedBy: { providers: ['nsca'] },
  },
  // ncbtmb.org FAQ: 24 CE hours, at least 3 ethics, at most 4 self-care; no carry-over.
  ncbtmb: {
    categories: [
      { id: 'ethics', label: 'Ethics', min: 3, inHours: true },
      { id: 'self-care', label: 'Self-care', max: 4, inHours: true },
    ],
  },
  // PMI chapter pages: at least 35 Education PDUs over the three skill areas, at most 25 Giving Back,
  // PDUs over 60 earned in the cycle's last year carry over.
  pmi: {
    categories: [
      { id: 'ways-of-working', label: 'Education: Ways of Working' },
      { id: 'power-skills', label: 'Education: Power Skills' },
      { id: 'business-acumen', label: 'Education: Business Acumen' },
      { id: 'education', label: 'Education', min: 35, of: ['ways-of-working', 'power-skills', 'business-acumen'] },
      { id: 'giving-back', label: 'Giving Back', max: 25 },
    ],
    carryOver: { lastMonths: 12 },
  },
  // afaa.com/305.afa: 2 of the 15 CEUs from AFAA-developed courses (the scale is ambiguous by date).
  afaa: {
    categories: [{ id: 'afaa-course', label: "AFAA's own courses", min: 2, unconfirmed: true }],
  },
  // acsm.org/certification/recertification: 6-month grace; ACSM's own courses on the dashboard since 2025-02-22.
  acsm: { categories: [], graceMonths: 6, recordedBy: { providers: ['acsm'], since: '2025-02-22' } },
  // nasm.org/recertify: NASM-developed courses are listed in the portal by NASM itself.
  nasm: { categories: [], recordedBy: { providers: ['nasm'] } },
  // acefitness.org FAQ: ACE's own courses completed in MyACE apply to the account automatically.
  ace: { categories: [], recordedBy: { providers: ['ace'] } },
};

/** The rules a certification follows: its own where it has them, else its body's defaults. */
export function requirementRules(certification: {
  body: BodyId | 'other';
  rules?: RequirementRules;
}): RequirementRules {
  if (certification.rules) return certification.rules;
  return (certification.body !== 'other' && DEFAULT_RULES[certification.body]) || NO_RULES;
}

/** The categories a credit can be assigned to: those credits go to (not the areas made of others). */
export function assignableCategories(rules: RequirementRules): CategoryRule[] {
  return rules.categories.filter((c) => !c.of);
}

/** Shares add up when they are within a two-thousandth of the credit (amounts come in hundredths at the finest). */
export const addsUp = (sum: number, amount: number) => Math.abs(sum - amount) <= 0.0005;

/** Shares that are part of a credit only: less than it, by more than addsUp forgives. */
export const isPartOf = (sum: number, amount: number) => sum < amount && !addsUp(sum, amount);

/** Whether a credit's categories add up to its amount; the message says how they miss. */
export function splitProblem(amount: number, shares: readonly CategoryShare[]): string | undefined {
  if (shares.length === 0) return undefined;
  const ids = shares.map((s) => s.id);
  const twice = ids.find((id, index) => ids.indexOf(id) !== index);
  if (twice) return `Category "${twice}" is given twice: give each category once`;
  const sum = shares.reduce((total, s) => total + s.amount, 0);
  if (addsUp(sum, amount)) return undefined;
  const fmt = (n: number) => String(Math.round(n * 1000) / 1000);
  return `The categories add up to ${fmt(sum)}, not the credit's ${fmt(amount)}: ${sum < amount ? `${fmt(amount - sum)} is left to assign` : `${fmt(sum - amount)} too much`}`;
}

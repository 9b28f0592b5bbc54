/**
 * A certification's requirement beyond its total: categories with minima and maxima, a cap per event,
 * "from at least N categories", a grace period, carry-over, proration, and the courses the body records
 * itself. Defaults per body from docs/domain.md ("Requirement rules"); the user can edit every one.
 */
import { z } from 'zod';
import { LIMITS } from './limits';
import { PROVIDER_IDS } from './provider-ids';
import type { BodyId } from './bodies';

/** As the CSV's `category` column and the renewal CLI write them: "A", "ethics", "giving-back". */
export const categoryIdSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,39}$/, 'A category id is letters, digits and dashes, e.g. "A" or "ethics"');
export type CategoryId = z.infer<typeof categoryIdSchema>;

export const categoryRuleSchema = z
  .object({
    id: categoryIdSchema,
    label: z.string().trim().min(1, 'Name the category').max(LIMITS.title),
    /** At least this much must be counted in the category (a minimum not met is still needed, whatever the total). */
    min: z.number().positive().max(100000).optional(),
    /** At most this much counts; more is earned but not counted. */
    max: z.number().positive().max(100000).optional(),
    /** Whether min and max are contact hours (NCBTMB writes hours) rather than the certification's unit. */
    inHours: z.boolean().optional(),
    /** An area made of other categories (PMI's Education: its three skill areas); credits go to the parts. */
    of: z.array(categoryIdSchema).max(20).optional(),
    /** The default came from third-party pages only, or is ambiguous: the UI says so. */
    unconfirmed: z.boolean().optional(),
  })
  .refine((rule) => rule.min === undefined || rule.max === undefined || rule.min <= rule.max, {
    message: 'A minimum cannot be over the maximum',
    path: ['min'],
  })
  .refine((rule) => !rule.of || rule.max === undefined, {
    message: 'An area made of other categories takes a minimum only',
    path: ['max'],
  });
export type CategoryRule = z.infer<typeof categoryRuleSchema>;

export const requirementRulesSchema = z
  .object({
    categories: z.array(categoryRuleSchema).max(20),
    /** Counted credits must come from at least this many categories (NSCA: two). */
    minCategories: z.number().int().min(2).max(20).optional(),
    /** At most this much counts from any single event (NSCA: 2.0 CEUs), in the certification's unit. */
    eventMax: z.number().positive().max(100000).optional(),
    /** Months after the cycle end in which renewal is still accepted (ACSM: 6). */
    graceMonths: z.number().int().min(1).max(24).optional(),
    /** Credits over the requirement earned in the cycle's last `lastMonths` count in the next cycle (PMI: 12). */
    carryOver: z
      .object({ lastMonths: z.number().int().min(1).max(120), max: z.number().positive().max(100000).optional() })
      .optional(),
    /** The requirement is prorated by the certification date, a share per year of the cycle left (NSCA). */
    prorate: z.literal('by-year').optional(),
    /** Courses from these providers are recorded in the member's account by the body itself (not to submit again). */
    recordedBy: z
      .object({ providers: z.array(z.enum(PROVIDER_IDS)).min(1).max(5), since: z.iso.date().optional() })
      .optional(),
  })
  .superRefine((rules, ctx) => {
    const ids = rules.categories.map((c) => c.id);
    ids.forEach((id, index) => {
      if (ids.indexOf(id) !== index)
        ctx.addIssue({ code: 'custom', path: ['categories', index, 'id'], message: `Two categories are "${id}"` });
    });
    rules.categories.forEach((rule, index) => {
      for (const part of rule.of ?? [])
        if (!ids.includes(part) || part === rule.id || rules.categories.find((c) => c.id === part)?.of)
          ctx.addIssue({
            code: 'custom',
            path: ['categories', index, 'of'],
            message: `"${rule.label}" is made of "${part}", which is not one of the other categories`,
          });
    });
  });
export type RequirementRules = z.infer<typeof requirementRulesSchema>;

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

/** A credit's share in one category, in the credit's own unit. */
export const categoryShareSchema = z.object({
  id: categoryIdSchema,
  amount: z.number().positive().max(10000),
});
export type CategoryShare = z.infer<typeof categoryShareSchema>;

/** Shares add up when they are within this of the credit (amounts come in hundredths at the finest). */
const SPLIT_TOLERANCE = 0.0005;

/** Whether a credit's categories add up to its amount; the message says how they miss. */
export function splitProblem(amount: number, shares: readonly CategoryShare[]): string | undefined {
  if (shares.length === 0) return undefined;
  const ids = shares.map((s) => s.id);
  const twice = ids.find((id, index) => ids.indexOf(id) !== index);
  if (twice) return `Category "${twice}" is given twice: give each category once`;
  const sum = shares.reduce((total, s) => total + s.amount, 0);
  if (Math.abs(sum - amount) <= SPLIT_TOLERANCE) return undefined;
  const fmt = (n: number) => String(Math.round(n * 1000) / 1000);
  return `The categories add up to ${fmt(sum)}, not the credit's ${fmt(amount)}: ${sum < amount ? `${fmt(amount - sum)} is left to assign` : `${fmt(sum - amount)} too much`}`;
}

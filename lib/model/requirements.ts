/**
 * A certification's requirement beyond its total: categories with minima and maxima, a cap per event,
 * "from at least N categories", a grace period, carry-over, proration, and the courses the body records
 * itself. Defaults per body from docs/domain.md ("Requirement rules"); the user can edit every one.
 */
import { z } from 'zod';
import { LIMITS } from './limits';
import { PROVIDER_IDS } from './provider-ids';
import { CATEGORY_ID } from './category-id';

/** As the CSV's `category` column and the renewal CLI write them: "A", "ethics", "giving-back". */
export const categoryIdSchema = z
  .string()
  .trim()
  .regex(CATEGORY_ID, 'A category id is letters, digits and dashes, e.g. "A" or "ethics"');
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

/** A credit's share in one category, in the credit's own unit. */
export const categoryShareSchema = z.object({
  id: categoryIdSchema,
  amount: z.number().positive().max(10000),
});
export type CategoryShare = z.infer<typeof categoryShareSchema>;

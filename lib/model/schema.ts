import { z } from 'zod';
import { BODY_IDS } from './bodies';
import { PROVIDER_IDS } from './provider-ids';
import { removeControls } from './plain-text';

import { LIMITS } from './limits';
import { categoryShareSchema, requirementRulesSchema } from './requirements';
import { isPartOf, splitProblem } from './requirement-defaults';

// No code generation: extension pages forbid eval by their content security policy.
z.config({ jitless: true });

const isoDate = z.iso.date();
/** Only http(s): a `javascript:` or `data:` link from a page must never become a clickable link. */
const httpUrl = z.url({ protocol: /^https?$/ }).max(LIMITS.url);

/**
 * An activity's text, whoever wrote it (a page, the form, a backup file): control characters and bidi
 * overrides go, by detection's rule (line breaks and tabs stay, for notes). What is stored, shown and
 * exported is then what a person reads.
 */
const plainText = () => z.string().overwrite(removeControls);

/** Page text longer than the model keeps was cut to fit: each such field's length on the page, so the user can be told. */
export const shortenedSchema = z.object({ title: z.number().int().positive() });
export type Shortened = z.infer<typeof shortenedSchema>;

export const bodyIdSchema = z.enum(BODY_IDS);
export const providerIdSchema = z.enum(PROVIDER_IDS);
export const FORMATS = ['online', 'live', 'workshop', 'seminar', 'conference', 'home study', 'webinar'] as const;
export const CAPTURE_METHODS = ['detected', 'captured', 'manual', 'imported'] as const;

export const creditSchema = z
  .object({
    kind: z.enum(['CEC', 'CEU']),
    amount: z.number().positive().max(10000),
    unit: plainText().trim().min(1).max(LIMITS.unit),
    body: bodyIdSchema.optional(),
    hours: z.number().nonnegative().max(100000),
    /**
     * The requirement categories the credit counts in (docs/domain.md's ids, e.g. NSCA "A", NCBTMB "ethics"),
     * each with its share of the amount, in the credit's unit; absent or empty: the total only.
     */
    categories: z.array(categoryShareSchema).max(10).optional(),
    /**
     * Shares the page states for part of the credit only ("6 CE hours, 3 of them ethics"): a proposal the
     * user accepts by splitting the credit (lib/model/stated-shares.ts), never counted by itself.
     */
    statedShares: z.array(categoryShareSchema).min(1).max(10).optional(),
  })
  .refine((c) => c.kind === 'CEU' || c.body !== undefined, {
    message: 'A CEC must name the body that accredits it',
    path: ['body'],
  })
  .superRefine((c, ctx) => {
    const problem = c.categories && splitProblem(c.amount, c.categories);
    if (problem) ctx.addIssue({ code: 'custom', path: ['categories'], message: problem });
    const stated = c.statedShares?.reduce((sum, s) => sum + s.amount, 0);
    if (stated !== undefined && !isPartOf(stated, c.amount))
      ctx.addIssue({
        code: 'custom',
        path: ['statedShares'],
        message: 'A stated share is part of the credit, less than it',
      });
  });
export type Credit = z.infer<typeof creditSchema>;

/** What a detector or the capture form produces: an activity before it is saved. */
export const activityDraftSchema = z.object({
  title: plainText().trim().min(1, 'Enter a title').max(LIMITS.title),
  provider: providerIdSchema.optional(),
  /** Free name of the organizer when it is not one of the known providers. */
  organizer: plainText().trim().max(LIMITS.title).optional(),
  completedOn: isoDate,
  credits: z.array(creditSchema).max(LIMITS.credits),
  courseCode: plainText().trim().max(LIMITS.code).nullable(),
  format: z.enum(FORMATS).optional(),
  sourceUrl: httpUrl.nullable(),
  certificateUrl: httpUrl.nullable(),
  notes: plainText().max(LIMITS.notes).optional(),
  cprAed: z.boolean().optional(),
  /** Set when detection cut the page's title to fit; gone once the user saves the activity from the log's form, which shows the note. */
  shortened: shortenedSchema.optional(),
});
export type ActivityDraft = z.infer<typeof activityDraftSchema>;

/**
 * What capture.js answers from a page ("Capture this page", lib/detect/generic.ts): a prefill that the
 * user checks in the form, which parses it again on save. Anything else is refused: the form starts empty.
 */
export const captureDraftSchema = z.object({
  title: z.string().max(LIMITS.title),
  completedOn: isoDate.nullable(),
  credits: z.array(creditSchema).max(LIMITS.credits),
  organizer: z.string().max(LIMITS.title),
  sourceUrl: httpUrl.nullable(),
  certificateUrl: httpUrl.nullable(),
});
/** A capture's prefill; `shortened` when the page's title was too long and `title` is its start. */
export type CaptureDraft = z.infer<typeof captureDraftSchema> & { shortened?: Shortened };

export const activitySchema = activityDraftSchema.extend({
  id: z.string().min(1).max(64),
  capturedBy: z.enum(CAPTURE_METHODS),
  /** Id of the certificate file in the certificates table, if one is attached. */
  certificateFileId: z.string().max(64).optional(),
  createdAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
  dedupKey: z
    .string()
    .min(1)
    .max(LIMITS.title + LIMITS.code + 64),
});
export type Activity = z.infer<typeof activitySchema>;

export const certificationSchema = z.object({
  id: z.string().min(1).max(64),
  body: bodyIdSchema.or(z.literal('other')),
  name: z.string().trim().min(1, 'Enter the certification name').max(LIMITS.title),
  cycleEnd: isoDate,
  cycleMonths: z.number().int().min(1).max(240),
  requirement: z.number().positive().max(100000),
  /** For body "other": the unit and its hours per unit. */
  unit: z.string().trim().max(LIMITS.unit).optional(),
  hoursPerUnit: z.number().positive().max(1000).optional(),
  cprRequired: z.boolean(),
  /** Expiry of the user's CPR/AED card, if they track it. */
  cprExpires: isoDate.optional(),
  /** False when the user turned renewal reminders off for this certification; absent means on. */
  reminders: z.boolean().optional(),
  /** The rules beyond the total (categories, caps, grace); absent: the body's defaults (lib/model/requirements.ts). */
  rules: requirementRulesSchema.optional(),
  /** When the user was first certified: a body that prorates (NSCA) asks less in that first cycle. */
  certifiedOn: isoDate.optional(),
  createdAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
});
export type Certification = z.infer<typeof certificationSchema>;

/** A detection as the content script and the detect CLI report it. */
export const detectionSchema = z.object({
  provider: providerIdSchema,
  activity: activityDraftSchema,
});
export type Detection = z.infer<typeof detectionSchema>;

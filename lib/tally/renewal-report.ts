/**
 * The renewal CLI's answer (a contract: docs/contracts.md and issue 16): a certification's renewal as one
 * JSON object, from the same counting the popup shows (renewalProgress). Amounts are in the
 * certification's unit, rounded to its body's step: what is earned and counted down, what is missing up.
 */
import { BODIES, BODY_IDS } from '../model/bodies';
import { certificationSchema, type Certification } from '../model/schema';
import { requirementRules } from '../model/requirement-defaults';
import { roundDownToStep, roundUpToStep, type Counted, type RenewalProgress, renewalProgress } from './renewal';

/** The certification as the CLI takes it: body, name and cycle end; the rest defaults from the body. */
export const certificationArgSchema = certificationSchema
  .omit({ id: true, createdAt: true, updatedAt: true })
  .partial({ cycleMonths: true, requirement: true, cprRequired: true })
  .strict();

/** The certification the CLI counts for, its body's defaults filled in; a refusal says which field, in one line. */
export function certificationFromArg(json: string): Certification {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new Error('--certification is not JSON');
  }
  const parsed = certificationArgSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path.join('.') || 'value';
    const message = field === 'body' ? `not a body id (${[...BODY_IDS, 'other'].join(', ')})` : issue.message;
    throw new Error(`--certification: ${field}: ${message}`);
  }
  const input = parsed.data;
  const body = input.body === 'other' ? undefined : BODIES[input.body];
  const cycleMonths = input.cycleMonths ?? body?.cycleMonths ?? undefined;
  const requirement = input.requirement ?? body?.requirement ?? undefined;
  if (cycleMonths === undefined) throw new Error(`--certification: cycleMonths: needed for ${input.body}`);
  if (requirement === undefined) throw new Error(`--certification: requirement: needed for ${input.body}`);
  const certification = {
    ...input,
    id: 'cli',
    cycleMonths,
    requirement,
    cprRequired: input.cprRequired ?? body?.cprRequired ?? false,
    createdAt: 0,
    updatedAt: 0,
  };
  return certificationSchema.parse({ ...certification, rules: requirementRules(certification) });
}

export interface RenewalReport {
  required: number;
  earned: number;
  counted: number;
  missing: number;
  unit: string;
  daysLeft: number;
  state: RenewalProgress['state'];
  categories: Array<{
    id: string;
    earned: number;
    counted: number;
    min: number | null;
    max: number | null;
    missing: number;
  }>;
  cpr: { required: boolean; met: boolean };
}

export function renewalReport(progress: RenewalProgress): RenewalReport {
  const { step, unitPlural } = progress.scale;
  const down = (value: number) => roundDownToStep(value, step);
  const up = (value: number) => roundUpToStep(value, step);
  return {
    required: progress.required.amount,
    earned: down(progress.earned),
    counted: down(progress.counted),
    missing: up(progress.stillNeeded),
    unit: unitPlural,
    daysLeft: progress.daysLeft,
    state: progress.state,
    categories: progress.categories.map((c) => ({
      id: c.id,
      earned: down(c.earned),
      counted: down(c.counted),
      min: c.min ?? null,
      max: c.max ?? null,
      missing: up(c.missing),
    })),
    cpr: { required: progress.cpr.required, met: progress.cpr.met },
  };
}

/** The CLI's whole answer for these activities. */
export function renewalReportFor(certification: Certification, activities: readonly Counted[], today: string) {
  return renewalReport(renewalProgress(certification, activities, today));
}

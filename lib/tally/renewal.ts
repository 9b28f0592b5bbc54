import { BODIES } from '../model/bodies';
import { addDays, addMonths, daysBetween, isWithin } from '../model/calendar';
import type { Activity, Certification, Credit } from '../model/schema';
import { amountInUnit, roundHours } from '../model/units';

/** A certification whose cycle ends within this many days, requirements not met, is "due soon". */
export const DUE_SOON_DAYS = 90;

/** The unit a certification counts in, and its contact hours per unit. */
export interface CertificationScale {
  unit: string;
  unitPlural: string;
  hoursPerUnit: number;
  /** Units a CPR/AED course counts for, where the body says (NASM 0.1, AFAA 2, AEA 3). */
  cprCredit: number | null;
}

export function certificationScale(
  certification: Pick<Certification, 'body' | 'unit' | 'hoursPerUnit'>,
): CertificationScale {
  if (certification.body !== 'other') {
    const body = BODIES[certification.body];
    return { unit: body.unit, unitPlural: body.unitPlural, hoursPerUnit: body.hoursPerUnit, cprCredit: body.cprCredit };
  }
  const unit = certification.unit || 'credit';
  return { unit, unitPlural: unit, hoursPerUnit: certification.hoursPerUnit ?? 1, cprCredit: null };
}

/** The first day of the cycle: the next cycle starts the day after this one ends, and this one that many months before it. */
export function cycleStart(cycleEnd: string, cycleMonths: number): string {
  return addMonths(addDays(cycleEnd, 1), -cycleMonths);
}

/**
 * Whether a credit counts toward a certification: accredited (a CEC) by the certification's own
 * body. A plain CEU documents participation and never counts; "other" matches no body CE Tally knows.
 */
export function countsToward(credit: Credit, certification: Pick<Certification, 'body'>): boolean {
  return credit.kind === 'CEC' && certification.body !== 'other' && credit.body === certification.body;
}

export type RenewalState = 'complete' | 'overdue' | 'due-soon' | 'in-progress';

export interface CprStatus {
  required: boolean;
  /** A current CPR/AED: the card's expiry is today or later, or (no expiry entered) a CPR/AED course in this cycle. */
  met: boolean;
  expires?: string;
  /** The latest CPR/AED course in this cycle. */
  courseOn?: string;
}

export interface RenewalProgress {
  certification: Certification;
  scale: CertificationScale;
  cycleStart: string;
  cycleEnd: string;
  /** False for "other": no credit in the log names its body. */
  countsCredits: boolean;
  /** Units earned in this cycle, in the certification's unit, CPR/AED credit included. */
  earned: number;
  earnedHours: number;
  requirementHours: number;
  stillNeeded: number;
  /** Share of the requirement earned, 0 to 1. */
  share: number;
  /** Units counted for a CPR/AED course under the body's rule. */
  cprCounted: number;
  /** Activities in this cycle that counted. */
  activityCount: number;
  /** Days from today to the cycle end: 0 on the last day, negative once it has passed. */
  daysLeft: number;
  cpr: CprStatus;
  state: RenewalState;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/** One activity's units toward the certification: its largest matching credit, since two statements of one body's credit ("0.4 CEUs, 4 contact hours") are one credit. */
function activityUnits(
  activity: Pick<Activity, 'credits'>,
  certification: Certification,
  scale: CertificationScale,
): number {
  let units = 0;
  for (const credit of activity.credits) {
    if (countsToward(credit, certification))
      units = Math.max(units, amountInUnit(credit, scale.unit, scale.hoursPerUnit));
  }
  return units;
}

/**
 * Progress toward a certification's renewal in its current cycle (cycle start to cycle end, both
 * included, as calendar dates). Where the body says how much a CPR/AED course counts, that rule
 * replaces the course's stated credits and applies once a cycle.
 */
export function renewalProgress(
  certification: Certification,
  activities: Iterable<Pick<Activity, 'completedOn' | 'credits' | 'cprAed'>>,
  today: string,
): RenewalProgress {
  const scale = certificationScale(certification);
  const start = cycleStart(certification.cycleEnd, certification.cycleMonths);
  let earned = 0;
  let activityCount = 0;
  let latestCpr: string | undefined;
  for (const activity of activities) {
    if (!isWithin(activity.completedOn, start, certification.cycleEnd)) continue;
    if (activity.cprAed && (!latestCpr || activity.completedOn > latestCpr)) latestCpr = activity.completedOn;
    if (activity.cprAed && scale.cprCredit !== null) continue;
    const units = activityUnits(activity, certification, scale);
    if (units > 0) {
      earned += units;
      activityCount++;
    }
  }
  const cprCounted = latestCpr !== undefined && scale.cprCredit !== null ? scale.cprCredit : 0;
  if (cprCounted > 0) activityCount++;
  earned = round(earned + cprCounted);

  const cpr: CprStatus = certification.cprRequired
    ? {
        required: true,
        met: certification.cprExpires ? certification.cprExpires >= today : latestCpr !== undefined,
        expires: certification.cprExpires,
        courseOn: latestCpr,
      }
    : { required: false, met: true, courseOn: latestCpr };

  const creditsMet = earned >= certification.requirement;
  const daysLeft = daysBetween(today, certification.cycleEnd);
  const state: RenewalState =
    creditsMet && cpr.met
      ? 'complete'
      : daysLeft < 0
        ? 'overdue'
        : daysLeft <= DUE_SOON_DAYS
          ? 'due-soon'
          : 'in-progress';

  return {
    certification,
    scale,
    cycleStart: start,
    cycleEnd: certification.cycleEnd,
    countsCredits: certification.body !== 'other',
    earned,
    earnedHours: roundHours(earned * scale.hoursPerUnit),
    requirementHours: roundHours(certification.requirement * scale.hoursPerUnit),
    stillNeeded: round(Math.max(0, certification.requirement - earned)),
    share: Math.min(1, earned / certification.requirement),
    cprCounted,
    activityCount,
    daysLeft,
    cpr,
    state,
  };
}

/** Certifications in the order they need attention: the soonest cycle end first. */
export function renewalOverview(
  certifications: readonly Certification[],
  activities: ReadonlyArray<Pick<Activity, 'completedOn' | 'credits' | 'cprAed'>>,
  today: string,
): RenewalProgress[] {
  return [...certifications]
    .sort((a, b) => a.cycleEnd.localeCompare(b.cycleEnd) || a.name.localeCompare(b.name))
    .map((certification) => renewalProgress(certification, activities, today));
}

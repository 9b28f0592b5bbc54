import { BODIES, type BodyId } from '../model/bodies';
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
  certification: Pick<Certification, 'body'>,
  scale: CertificationScale,
): number {
  let units = 0;
  for (const credit of activity.credits) {
    if (countsToward(credit, certification))
      units = Math.max(units, amountInUnit(credit, scale.unit, scale.hoursPerUnit));
  }
  return units;
}

/** Why an activity of the cycle counts for nothing toward the certification. */
export type NotCountedReason =
  /** No credit was recorded for it. */
  | { kind: 'no-credit' }
  /** The certification is of a body CE Tally does not know ("other"): no credit names it. */
  | { kind: 'body-unknown' }
  /** Plain CEUs only: participation, accredited by no body. */
  | { kind: 'participation' }
  /** Accredited, by other bodies than the certification's. */
  | { kind: 'other-body'; bodies: BodyId[] }
  /** A CPR/AED course where the body counts one a cycle: the course of `countedOn` is the one counted. */
  | { kind: 'cpr-once'; countedOn: string };

type Counted = Pick<Activity, 'completedOn' | 'credits' | 'cprAed'>;

/**
 * How each activity of the cycle (cycle start to cycle end, both included, as calendar dates) counts
 * toward the certification: the one counting behind renewalProgress, so that what a renewal packet lists
 * adds up to what the popup shows. Where the body says how much a CPR/AED course counts, that rule
 * replaces the course's stated credits and applies once a cycle, to the latest course.
 */
export interface CycleCounting<T extends Counted> {
  cycleStart: string;
  cycleEnd: string;
  /** Activities that count, with their units in the certification's unit, in the order given. */
  counted: Array<{ activity: T; units: number; cprRule: boolean }>;
  notCounted: Array<{ activity: T; reason: NotCountedReason }>;
  /** Units counted for a CPR/AED course under the body's rule. */
  cprCounted: number;
  /** The latest CPR/AED course in this cycle. */
  latestCpr?: string;
}

export function cycleCounting<T extends Counted>(
  certification: Pick<Certification, 'body' | 'unit' | 'hoursPerUnit' | 'cycleEnd' | 'cycleMonths'>,
  activities: Iterable<T>,
): CycleCounting<T> {
  const scale = certificationScale(certification);
  const start = cycleStart(certification.cycleEnd, certification.cycleMonths);
  const counted: CycleCounting<T>['counted'] = [];
  const notCounted: CycleCounting<T>['notCounted'] = [];
  const cprCourses: T[] = [];
  let latestCpr: T | undefined;
  for (const activity of activities) {
    if (!isWithin(activity.completedOn, start, certification.cycleEnd)) continue;
    if (activity.cprAed && (!latestCpr || activity.completedOn > latestCpr.completedOn)) latestCpr = activity;
    if (activity.cprAed && scale.cprCredit !== null) {
      cprCourses.push(activity);
      continue;
    }
    const units = activityUnits(activity, certification, scale);
    if (units > 0) counted.push({ activity, units, cprRule: false });
    else notCounted.push({ activity, reason: whyNotCounted(activity, certification) });
  }
  const cprCounted = latestCpr !== undefined && scale.cprCredit !== null ? scale.cprCredit : 0;
  for (const course of cprCourses) {
    if (course === latestCpr) counted.push({ activity: course, units: cprCounted, cprRule: true });
    else notCounted.push({ activity: course, reason: { kind: 'cpr-once', countedOn: latestCpr!.completedOn } });
  }
  return {
    cycleStart: start,
    cycleEnd: certification.cycleEnd,
    counted,
    notCounted,
    cprCounted,
    latestCpr: latestCpr?.completedOn,
  };
}

function whyNotCounted(
  activity: Pick<Activity, 'credits'>,
  certification: Pick<Certification, 'body'>,
): NotCountedReason {
  if (activity.credits.length === 0) return { kind: 'no-credit' };
  if (certification.body === 'other') return { kind: 'body-unknown' };
  const bodies = [...new Set(activity.credits.flatMap((c) => (c.kind === 'CEC' && c.body ? [c.body] : [])))];
  return bodies.length > 0 ? { kind: 'other-body', bodies } : { kind: 'participation' };
}

/**
 * Progress toward a certification's renewal in its current cycle (cycle start to cycle end, both
 * included, as calendar dates), as cycleCounting counts it.
 */
export function renewalProgress(
  certification: Certification,
  activities: Iterable<Counted>,
  today: string,
): RenewalProgress {
  const scale = certificationScale(certification);
  const counting = cycleCounting(certification, activities);
  const start = counting.cycleStart;
  const { cprCounted, latestCpr } = counting;
  const activityCount = counting.counted.length;
  let earned = 0;
  for (const { units } of counting.counted) earned += units;
  earned = round(earned);

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

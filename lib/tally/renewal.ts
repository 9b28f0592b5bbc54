import { BODIES, type BodyId } from '../model/bodies';
import { addDays, addMonths, daysBetween, isWithin } from '../model/calendar';
import type { Activity, Certification, Credit } from '../model/schema';
import { type CategoryRule, type RequirementRules } from '../model/requirements';
import { requirementRules } from '../model/requirement-defaults';
import { amountInUnit, creditStatements, roundHours } from '../model/units';

/** A certification whose cycle ends within this many days, requirements not met, is "due soon". */
export const DUE_SOON_DAYS = 90;

/** The unit a certification counts in, and its contact hours per unit. */
export interface CertificationScale {
  unit: string;
  unitPlural: string;
  hoursPerUnit: number;
  /** Units a CPR/AED course counts for, where the body says (NASM 0.1, AFAA 2, AEA 3). */
  cprCredit: number | null;
  /** Smallest step amounts come in: what the renewal CLI and the popup's line round to. */
  step: number;
}

export function certificationScale(
  certification: Pick<Certification, 'body' | 'unit' | 'hoursPerUnit'>,
): CertificationScale {
  if (certification.body !== 'other') {
    const body = BODIES[certification.body];
    return {
      unit: body.unit,
      unitPlural: body.unitPlural,
      hoursPerUnit: body.hoursPerUnit,
      cprCredit: body.cprCredit,
      step: body.step,
    };
  }
  const unit = certification.unit || 'credit';
  return { unit, unitPlural: unit, hoursPerUnit: certification.hoursPerUnit ?? 1, cprCredit: null, step: 0.01 };
}

/** The first day of the cycle: the next cycle starts the day after this one ends, and this one that many months before it. */
export function cycleStart(cycleEnd: string, cycleMonths: number): string {
  return addMonths(addDays(cycleEnd, 1), -cycleMonths);
}

/**
 * Whether a credit counts toward a certification: accredited (a CEC) by the certification's own
 * body. A plain CEU documents participation and never counts. "Other" matches no body CE Tally knows: there
 * a credit counts when the user assigned it to one of the certification's own categories.
 */
export function countsToward(credit: Credit, certification: Pick<Certification, 'body' | 'rules'>): boolean {
  if (certification.body === 'other') return inOwnCategory(credit, certification);
  return credit.kind === 'CEC' && credit.body === certification.body;
}

function inOwnCategory(credit: Credit, certification: Pick<Certification, 'body' | 'rules'>): boolean {
  const ids = new Set(requirementRules(certification).categories.map((c) => c.id));
  return (credit.categories ?? []).some((share) => ids.has(share.id));
}

/** Whether CE Tally counts credits toward it at all: a known body, or "other" with categories of its own. */
export function countsCredits(certification: Pick<Certification, 'body' | 'rules'>): boolean {
  return certification.body !== 'other' || requirementRules(certification).categories.length > 0;
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

/** Why an activity of the cycle counts for nothing toward the certification. */
export type NotCountedReason =
  /** No credit was recorded for it. */
  | { kind: 'no-credit' }
  /** The certification is of a body CE Tally does not know ("other"): no credit names it. */
  | { kind: 'body-unknown' }
  /** "Other" with categories of its own: no credit of the activity is assigned to one of them. */
  | { kind: 'no-own-category' }
  /** Plain CEUs only: participation, accredited by no body. */
  | { kind: 'participation' }
  /** Accredited, by other bodies than the certification's. */
  | { kind: 'other-body'; bodies: BodyId[] }
  /** A CPR/AED course where the body counts one a cycle: the course of `countedOn` is the one counted. */
  | { kind: 'cpr-once'; countedOn: string };

/** Why part of a credit that counts toward the certification was earned but not counted. */
export type OverLimitReason =
  /** More than the body counts from a single event (NSCA: 2.0 CEUs). */
  | { kind: 'event-max'; max: number }
  /** The category's maximum was reached by the credits before it (in date order). */
  | { kind: 'category-max'; category: CategoryRule; max: number };

export type Counted = Pick<Activity, 'completedOn' | 'credits' | 'cprAed'> & Partial<Pick<Activity, 'provider' | 'id'>>;

/** A counted activity's share in one category. */
export interface CategoryPart {
  id: string;
  earned: number;
  counted: number;
}

export interface CountedActivity<T> {
  activity: T;
  /** Units counted, in the certification's unit, after the event and category maxima. */
  units: number;
  /** Units earned before those maxima. */
  earned: number;
  cprRule: boolean;
  /** Its shares in the requirement's categories (empty: the total only). */
  categories: CategoryPart[];
  /** The body records this course in the member's account itself: counted, but not to submit again. */
  recordedBy?: BodyId;
}

/**
 * How each activity of the cycle (cycle start to cycle end, both included, as calendar dates) counts
 * toward the certification: the one counting behind renewalProgress, so that what a renewal packet lists
 * adds up to what the popup shows. Where the body says how much a CPR/AED course counts, that rule
 * replaces the course's stated credits and applies once a cycle, to the latest course. Credits are taken
 * in date order: the ones after a category's maximum is reached are earned but not counted.
 */
export interface CycleCounting<T extends Counted> {
  cycleStart: string;
  cycleEnd: string;
  /** The last completion date counted: the cycle end, or the grace period's end while renewal waits in it. */
  countedThrough: string;
  /** Activities that count (wholly or in part), in date order. */
  counted: Array<CountedActivity<T>>;
  notCounted: Array<{ activity: T; reason: NotCountedReason }>;
  /** Units earned but not counted, and why (an activity may appear here and in `counted`). */
  overLimit: Array<{ activity: T; units: number; reason: OverLimitReason }>;
  /** Units earned by the activities that count, before the maxima (CPR/AED rule included). */
  earned: number;
  /** Per category id: earned in it (before maxima) and counted, over every activity (those wholly over a maximum too). */
  byCategory: Record<string, { earned: number; counted: number }>;
  /** Units counted for a CPR/AED course under the body's rule. */
  cprCounted: number;
  /** The latest CPR/AED course in this cycle. */
  latestCpr?: string;
}

const EPSILON = 1e-9;
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const round = (value: number) => Math.round(value * 1000) / 1000;
/** A part of one credit (a category's share, what a maximum cut): finer, so that the parts add up to the whole. */
const roundPart = (value: number) => Math.round(value * 1e6) / 1e6;

/** A category's limit in the certification's unit (NCBTMB writes its limits in hours). */
export function limitInUnits(value: number | undefined, rule: CategoryRule, scale: CertificationScale) {
  if (value === undefined) return undefined;
  return rule.inHours ? value / scale.hoursPerUnit : value;
}

/**
 * The credit an activity counts by, its parts added (lib/model/units.ts `creditStatements`): the largest
 * matching statement, since two statements of one body's credit ("0.4 CEUs, 4 contact hours") are one credit.
 */
function countingCredit(
  activity: Pick<Activity, 'credits'>,
  certification: Pick<Certification, 'body' | 'rules'>,
  scale: CertificationScale,
): { parts: CategoryPart[]; units: number } | undefined {
  let best: { parts: CategoryPart[]; units: number } | undefined;
  for (const statement of creditStatements(activity.credits.filter((c) => countsToward(c, certification)))) {
    const each = statement.map((credit) => ({ credit, units: amountInUnit(credit, scale.unit, scale.hoursPerUnit) }));
    const units = each.reduce((sum, e) => sum + e.units, 0);
    if (!best || units > best.units)
      best = { units, parts: each.flatMap(({ credit, units }) => categoryParts(credit, units)) };
  }
  return best;
}

/** The credit's categories as shares of `units` (the split is in the credit's own unit). */
function categoryParts(credit: Credit, units: number): CategoryPart[] {
  return (credit.categories ?? []).map((share) => {
    const earned = (units * share.amount) / credit.amount;
    return { id: share.id, earned, counted: earned };
  });
}

export function cycleCounting<T extends Counted>(
  certification: Pick<Certification, 'body' | 'unit' | 'hoursPerUnit' | 'cycleEnd' | 'cycleMonths' | 'rules'>,
  activities: Iterable<T>,
  options: { throughGrace?: boolean } = {},
): CycleCounting<T> {
  const scale = certificationScale(certification);
  const rules = requirementRules(certification);
  const start = cycleStart(certification.cycleEnd, certification.cycleMonths);
  const countedThrough =
    options.throughGrace && rules.graceMonths
      ? addMonths(certification.cycleEnd, rules.graceMonths)
      : certification.cycleEnd;
  const counted: CycleCounting<T>['counted'] = [];
  const notCounted: CycleCounting<T>['notCounted'] = [];
  const overLimit: CycleCounting<T>['overLimit'] = [];
  const cprCourses: T[] = [];
  const used = new Map<string, number>();
  const rulesById = new Map(rules.categories.map((c) => [c.id, c]));
  let latestCpr: T | undefined;
  let earnedTotal = 0;
  // No prototype: a category a user names "constructor" is a category like any other.
  const byCategory: CycleCounting<T>['byCategory'] = Object.create(null);

  // Date order, then id (as the log reads them): maxima are reached by the earlier credits, the same in the
  // popup (summary rows) as in the packet (whole activities).
  const inCycle = [...activities].filter((a) => isWithin(a.completedOn, start, countedThrough));
  inCycle.sort((a, b) => compare(a.completedOn, b.completedOn) || compare(a.id ?? '', b.id ?? ''));
  for (const activity of inCycle) {
    if (activity.cprAed && (!latestCpr || activity.completedOn > latestCpr.completedOn)) latestCpr = activity;
    if (activity.cprAed && scale.cprCredit !== null) {
      cprCourses.push(activity);
      continue;
    }
    const found = countingCredit(activity, certification, scale);
    if (!found) {
      notCounted.push({ activity, reason: whyNotCounted(activity, certification) });
      continue;
    }
    const earned = found.units;
    earnedTotal += earned;
    let parts = found.parts;
    let units = earned;
    if (rules.eventMax !== undefined && earned > rules.eventMax + EPSILON) {
      const factor = rules.eventMax / earned;
      parts = parts.map((p) => ({ ...p, counted: p.counted * factor }));
      units = rules.eventMax;
      overLimit.push({
        activity,
        units: roundPart(earned - units),
        reason: { kind: 'event-max', max: rules.eventMax },
      });
    }
    for (const part of parts) {
      const rule = rulesById.get(part.id);
      const max = rule && limitInUnits(rule.max, rule, scale);
      const before = used.get(part.id) ?? 0;
      if (rule && max !== undefined) {
        const take = Math.max(0, Math.min(part.counted, max - before));
        if (part.counted - take > EPSILON) {
          overLimit.push({
            activity,
            units: roundPart(part.counted - take),
            reason: { kind: 'category-max', category: rule, max },
          });
          units -= part.counted - take;
        }
        part.counted = take;
      }
      used.set(part.id, before + part.counted);
    }
    for (const part of parts) {
      const sum = (byCategory[part.id] ??= { earned: 0, counted: 0 });
      sum.earned += part.earned;
      sum.counted += part.counted;
    }
    // Wholly over a maximum: earned, listed in overLimit, not counted.
    if (units <= EPSILON) continue;
    const recorded = recordedBy(activity, certification, rules);
    counted.push({
      activity,
      units: roundPart(units),
      earned: roundPart(earned),
      cprRule: false,
      categories: parts.map((p) => ({ id: p.id, earned: roundPart(p.earned), counted: roundPart(p.counted) })),
      ...(recorded ? { recordedBy: recorded } : {}),
    });
  }
  const cprCounted = latestCpr !== undefined && scale.cprCredit !== null ? scale.cprCredit : 0;
  earnedTotal += cprCounted;
  for (const course of cprCourses) {
    if (course === latestCpr)
      counted.push({ activity: course, units: cprCounted, earned: cprCounted, cprRule: true, categories: [] });
    else notCounted.push({ activity: course, reason: { kind: 'cpr-once', countedOn: latestCpr!.completedOn } });
  }
  return {
    cycleStart: start,
    cycleEnd: certification.cycleEnd,
    countedThrough,
    counted,
    notCounted,
    overLimit,
    earned: round(earnedTotal),
    byCategory,
    cprCounted,
    latestCpr: latestCpr?.completedOn,
  };
}

function recordedBy(
  activity: Counted,
  certification: Pick<Certification, 'body'>,
  rules: RequirementRules,
): BodyId | undefined {
  const rule = rules.recordedBy;
  if (!rule || certification.body === 'other' || !activity.provider) return undefined;
  if (!rule.providers.includes(activity.provider)) return undefined;
  if (rule.since && activity.completedOn < rule.since) return undefined;
  return certification.body;
}

function whyNotCounted(
  activity: Pick<Activity, 'credits'>,
  certification: Pick<Certification, 'body' | 'rules'>,
): NotCountedReason {
  if (activity.credits.length === 0) return { kind: 'no-credit' };
  if (certification.body === 'other')
    return countsCredits(certification) ? { kind: 'no-own-category' } : { kind: 'body-unknown' };
  const bodies = [...new Set(activity.credits.flatMap((c) => (c.kind === 'CEC' && c.body ? [c.body] : [])))];
  return bodies.length > 0 ? { kind: 'other-body', bodies } : { kind: 'participation' };
}

/** One category of the requirement: what was earned in it, what counts, and what it still needs. */
export interface CategoryProgress {
  rule: CategoryRule;
  id: string;
  earned: number;
  counted: number;
  /** In the certification's unit (converted where the rule is in hours). */
  min?: number;
  max?: number;
  /** Still needed to reach the minimum: 0 when met or when there is none. */
  missing: number;
}

/** The requirement of a cycle after proration: the body's figure, or less for a first cycle. */
export interface RequiredTotal {
  amount: number;
  /** Set when the requirement was prorated: the full figure and the certification date it was prorated by. */
  prorated?: { full: number; certifiedOn: string };
}

/** Credits carried in from the cycle before, where the body allows it (PMI): shown, never silent. */
export interface CarryOver {
  units: number;
  fromCycleEnd: string;
}

export interface RenewalProgress<T extends Counted = Counted> {
  certification: Certification;
  /** The counting these figures sum: the renewal packet lists its activities from it. */
  counting: CycleCounting<T>;
  scale: CertificationScale;
  rules: RequirementRules;
  cycleStart: string;
  cycleEnd: string;
  /** The deadline: the cycle end, or the grace period's end once the cycle has ended (`inGrace`). */
  deadline: string;
  /** The cycle has ended and renewal is still accepted, until `deadline`. */
  inGrace: boolean;
  /** False for "other": no credit in the log names its body. */
  countsCredits: boolean;
  required: RequiredTotal;
  /** Units earned in this cycle, in the certification's unit, CPR/AED credit included, before any maximum. */
  earned: number;
  /** Units counted toward the requirement: earned within the maxima, plus any carry-over. */
  counted: number;
  earnedHours: number;
  countedHours: number;
  requirementHours: number;
  /** Units still needed: the total still missing, or more where a category's minimum asks more. */
  stillNeeded: number;
  /** Share of the requirement counted, 0 to 1. */
  share: number;
  categories: CategoryProgress[];
  /** "From at least N categories": how many the counted credits come from; absent without that rule. */
  categorySpread?: { required: number; have: number };
  carryOver?: CarryOver;
  /** Units counted for a CPR/AED course under the body's rule. */
  cprCounted: number;
  /** Activities in this cycle that counted. */
  activityCount: number;
  /** Days from today to the deadline: 0 on the last day, negative once it has passed. */
  daysLeft: number;
  cpr: CprStatus;
  state: RenewalState;
  /** Everything the requirement is still missing, for the popup's one line and the reminders. */
  missing: MissingItem[];
}

/** What a screen shows of a renewal: its progress without the counting of each activity (too large to keep). */
export type RenewalFigures = Omit<RenewalProgress, 'counting'>;

/** The progress as a screen shows it. */
export function renewalFigures({ counting: _, ...figures }: RenewalProgress): RenewalFigures {
  return figures;
}

/** One thing a certification still needs. */
export type MissingItem =
  /** Units toward the total; `inCategories` are the parts of them that must be in given categories. */
  | { kind: 'units'; units: number; inCategories: Array<{ category: CategoryProgress; units: number }> }
  /** Credits from this many more categories. */
  | { kind: 'categories'; more: number }
  | { kind: 'cpr' };

/** The requirement of the cycle, prorated by the certification date where the body prorates (NSCA). */
export function requiredTotal(
  certification: Pick<Certification, 'requirement' | 'certifiedOn' | 'cycleEnd' | 'cycleMonths' | 'body' | 'rules'>,
  step: number,
): RequiredTotal {
  const full = certification.requirement;
  const { certifiedOn } = certification;
  const rules = requirementRules(certification);
  const start = cycleStart(certification.cycleEnd, certification.cycleMonths);
  if (rules.prorate !== 'by-year' || !certifiedOn || !isWithin(certifiedOn, start, certification.cycleEnd))
    return { amount: full };
  const years = Math.max(1, Math.round(certification.cycleMonths / 12));
  // The year of the cycle the certification date falls in (0 for the first): that many years' share is not asked.
  let yearIndex = 0;
  while (yearIndex < years - 1 && certifiedOn >= addMonths(start, 12 * (yearIndex + 1))) yearIndex++;
  const amount = roundUpToStep((full * (years - yearIndex)) / years, step);
  return amount < full ? { amount, prorated: { full, certifiedOn } } : { amount: full };
}

/** Rounds an amount to the body's step, down (what is earned is never overstated). */
export function roundDownToStep(value: number, step: number): number {
  return round(Math.floor(value / step + 1e-6) * step);
}

/** Rounds an amount to the body's step, up (what is still needed is never understated). */
export function roundUpToStep(value: number, step: number): number {
  return round(Math.ceil(value / step - 1e-6) * step);
}

/**
 * Progress toward a certification's renewal in its current cycle (cycle start to cycle end, both
 * included, as calendar dates), as cycleCounting counts it: the total, each category's minimum and
 * maximum, the spread across categories, CPR/AED, and the deadline with any grace period.
 */
export function renewalProgress<T extends Counted>(
  certification: Certification,
  activities: Iterable<T>,
  today: string,
): RenewalProgress<T> {
  const list = [...activities];
  const scale = certificationScale(certification);
  const rules = requirementRules(certification);
  const graceEnd = rules.graceMonths ? addMonths(certification.cycleEnd, rules.graceMonths) : undefined;
  const inGrace = graceEnd !== undefined && today > certification.cycleEnd && today <= graceEnd;
  const counting = cycleCounting(certification, list, { throughGrace: inGrace });
  const { cprCounted, latestCpr } = counting;
  const carryOver = carryOverInto(certification, list, scale, rules);

  const earned = counting.earned;
  let countedUnits = carryOver?.units ?? 0;
  for (const entry of counting.counted) countedUnits += entry.units;
  countedUnits = round(countedUnits);

  const categories = categoryProgress(rules, scale, counting.byCategory);
  const required = requiredTotal(certification, scale.step);
  const totalMissing = Math.max(0, required.amount - countedUnits);
  // A minimum not met is needed whatever the total: the minima of categories no other minimum contains add up.
  const contained = new Set(rules.categories.filter((c) => c.min !== undefined).flatMap((c) => c.of ?? []));
  const topMinima = categories.filter((c) => c.missing > 0 && !contained.has(c.id));
  const minimaMissing = topMinima.reduce((sum, c) => sum + c.missing, 0);
  const stillNeeded = round(Math.max(totalMissing, minimaMissing));

  const spread = rules.minCategories
    ? {
        required: rules.minCategories,
        have: categories.filter((c) => !c.rule.of && c.counted > EPSILON).length,
      }
    : undefined;

  const cpr: CprStatus = certification.cprRequired
    ? {
        required: true,
        met: certification.cprExpires ? certification.cprExpires >= today : latestCpr !== undefined,
        expires: certification.cprExpires,
        courseOn: latestCpr,
      }
    : { required: false, met: true, courseOn: latestCpr };

  const missing: MissingItem[] = [];
  if (stillNeeded > EPSILON)
    missing.push({
      kind: 'units',
      units: stillNeeded,
      inCategories: categories
        .filter((c) => c.missing > EPSILON && !contained.has(c.id))
        .map((category) => ({ category, units: category.missing })),
    });
  if (spread && spread.have < spread.required)
    missing.push({ kind: 'categories', more: spread.required - spread.have });
  if (!cpr.met) missing.push({ kind: 'cpr' });

  const deadline = inGrace ? graceEnd : certification.cycleEnd;
  const daysLeft = daysBetween(today, deadline);
  const state: RenewalState =
    missing.length === 0
      ? 'complete'
      : daysLeft < 0
        ? 'overdue'
        : daysLeft <= DUE_SOON_DAYS
          ? 'due-soon'
          : 'in-progress';

  return {
    certification,
    counting,
    scale,
    rules,
    cycleStart: counting.cycleStart,
    cycleEnd: certification.cycleEnd,
    deadline,
    inGrace,
    countsCredits: countsCredits(certification),
    required,
    earned,
    counted: countedUnits,
    earnedHours: roundHours(earned * scale.hoursPerUnit),
    countedHours: roundHours(countedUnits * scale.hoursPerUnit),
    requirementHours: roundHours(required.amount * scale.hoursPerUnit),
    stillNeeded,
    share: Math.min(1, countedUnits / required.amount),
    categories,
    ...(spread ? { categorySpread: spread } : {}),
    ...(carryOver ? { carryOver } : {}),
    cprCounted,
    activityCount: counting.counted.length,
    daysLeft,
    cpr,
    state,
    missing,
  };
}

function categoryProgress(
  rules: RequirementRules,
  scale: CertificationScale,
  sums: CycleCounting<Counted>['byCategory'],
): CategoryProgress[] {
  return rules.categories.map((rule) => {
    const members = rule.of ?? [rule.id];
    let earned = 0;
    let countedUnits = 0;
    for (const id of members) {
      earned += sums[id]?.earned ?? 0;
      countedUnits += sums[id]?.counted ?? 0;
    }
    const min = limitInUnits(rule.min, rule, scale);
    const max = limitInUnits(rule.max, rule, scale);
    return {
      rule,
      id: rule.id,
      earned: round(earned),
      counted: round(countedUnits),
      ...(min !== undefined ? { min: round(min) } : {}),
      ...(max !== undefined ? { max: round(max) } : {}),
      missing: min !== undefined ? round(Math.max(0, min - countedUnits)) : 0,
    };
  });
}

/**
 * What the cycle before carried into this one, where the body allows it (PMI): counted over that
 * cycle's requirement, and no more than what was counted in its last months.
 */
function carryOverInto(
  certification: Certification,
  activities: readonly Counted[],
  scale: CertificationScale,
  rules: RequirementRules,
): CarryOver | undefined {
  const rule = rules.carryOver;
  if (!rule || certification.body === 'other') return undefined;
  const previousEnd = addDays(cycleStart(certification.cycleEnd, certification.cycleMonths), -1);
  const previous = { ...certification, cycleEnd: previousEnd };
  const counting = cycleCounting(previous, activities);
  let countedUnits = 0;
  let lastMonths = 0;
  const lastFrom = addDays(addMonths(previousEnd, -rule.lastMonths), 1);
  for (const entry of counting.counted) {
    countedUnits += entry.units;
    if (entry.activity.completedOn >= lastFrom) lastMonths += entry.units;
  }
  const over = countedUnits - requiredTotal(previous, scale.step).amount;
  const units = roundDownToStep(Math.min(over, lastMonths, rule.max ?? Infinity), scale.step);
  return units > 0 ? { units, fromCycleEnd: previousEnd } : undefined;
}

/** Certifications in the order they need attention: the soonest deadline first. */
export function renewalOverview(
  certifications: readonly Certification[],
  activities: readonly Counted[],
  today: string,
): RenewalProgress[] {
  return certifications
    .map((certification) => renewalProgress(certification, activities, today))
    .sort((a, b) => a.cycleEnd.localeCompare(b.cycleEnd) || a.certification.name.localeCompare(b.certification.name));
}

import { BODIES, type BodyId } from '../model/bodies';
import { addDays, addMonths, type DateRange } from '../model/calendar';
import { cycleStart } from './renewal';
import type { Activity, Certification, Credit } from '../model/schema';
import { creditStatements, roundHours } from '../model/units';

/** One line of a total: an amount in one unit (of one body, for CECs) and its contact hours. */
export interface TotalLine {
  body?: BodyId;
  unit: string;
  amount: number;
  hours: number;
}

export interface KindTotal {
  /** Hours of learning with a credit of this kind, each activity once (its largest credit of the kind, its parts added). */
  hours: number;
  /** One line per body and unit; a line's hours count that body's credits only. */
  lines: TotalLine[];
}

export interface CreditTotals {
  /** Hours of learning, each activity once: a course two bodies approve took its hours once, not twice. */
  hours: number;
  CEC: KindTotal;
  CEU: KindTotal;
  activityCount: number;
}

/**
 * CECs and CEUs side by side. Amounts are only added within one body and unit: 0.2 ACE CECs and
 * 2 ACSM CECs are both 2 hours, not 2.2 of anything. The common currency is the contact hour, and
 * hours count each activity once: a 5-hour course approved by NASM (0.5 CEUs) and ACSM (5 CECs) is
 * 5 hours of learning, while each body's line counts its own amount.
 */
export function creditTotals(activities: Iterable<Pick<Activity, 'credits'>>): CreditTotals {
  const totals: CreditTotals = {
    hours: 0,
    CEC: { hours: 0, lines: [] },
    CEU: { hours: 0, lines: [] },
    activityCount: 0,
  };
  const lines = new Map<string, TotalLine>();
  for (const activity of activities) {
    totals.activityCount++;
    const longest = { CEC: 0, CEU: 0 };
    for (const credit of activity.credits) addCredit(totals, lines, credit);
    // A credit split in parts is their hours added; the same credit stated again counts once.
    for (const statement of creditStatements(activity.credits)) {
      const hours = statement.reduce((sum, c) => sum + c.hours, 0);
      longest[statement[0].kind] = Math.max(longest[statement[0].kind], hours);
    }
    totals.CEC.hours += longest.CEC;
    totals.CEU.hours += longest.CEU;
    totals.hours += Math.max(longest.CEC, longest.CEU);
  }
  totals.hours = roundHours(totals.hours);
  for (const kind of ['CEC', 'CEU'] as const) {
    const total = totals[kind];
    total.hours = roundHours(total.hours);
    for (const line of total.lines) {
      line.amount = Math.round(line.amount * 1000) / 1000;
      line.hours = roundHours(line.hours);
    }
    total.lines.sort((a, b) => b.hours - a.hours || label(a).localeCompare(label(b)));
  }
  return totals;
}

function addCredit(totals: CreditTotals, lines: Map<string, TotalLine>, credit: Credit): void {
  const unit = credit.unit.toLowerCase();
  const key = `${credit.kind}|${credit.body ?? ''}|${unit}`;
  let line = lines.get(key);
  if (!line) {
    line = { body: credit.body, unit: credit.unit, amount: 0, hours: 0 };
    lines.set(key, line);
    totals[credit.kind].lines.push(line);
  }
  line.amount += credit.amount;
  line.hours += credit.hours;
}

function label(line: TotalLine): string {
  return `${line.body ? BODIES[line.body].label : ''} ${line.unit}`;
}

/** The periods the totals can cover. "cycle" is one certification's current cycle. */
export type Period =
  { kind: 'cycle'; certificationId: string } | { kind: 'year' } | { kind: 'last-12-months' } | { kind: 'all' };

export interface PeriodRange extends DateRange {
  label: string;
  /** True when a cycle was asked for but its certification is gone: the totals then cover all time. */
  fellBack: boolean;
}

const ALL_TIME: PeriodRange = { from: null, to: null, label: 'All time', fellBack: false };

/** The dates a period covers on `today`. A cycle whose certification is missing falls back to all time. */
export function periodRange(
  period: Period,
  today: string,
  certifications: ReadonlyArray<Pick<Certification, 'id' | 'name' | 'cycleEnd' | 'cycleMonths'>>,
): PeriodRange {
  switch (period.kind) {
    case 'all':
      return ALL_TIME;
    case 'year': {
      const year = today.slice(0, 4);
      return { from: `${year}-01-01`, to: `${year}-12-31`, label: `This year (${year})`, fellBack: false };
    }
    case 'last-12-months':
      return { from: addDays(addMonths(today, -12), 1), to: today, label: 'Last 12 months', fellBack: false };
    case 'cycle': {
      const certification = certifications.find((c) => c.id === period.certificationId);
      if (!certification) return { ...ALL_TIME, fellBack: true };
      return {
        from: cycleStart(certification.cycleEnd, certification.cycleMonths),
        to: certification.cycleEnd,
        label: `Current cycle: ${certification.name}`,
        fellBack: false,
      };
    }
  }
}

/** The activities completed within the range (calendar dates, both ends included). */
export function activitiesInRange<T extends Pick<Activity, 'completedOn'>>(
  activities: readonly T[],
  range: DateRange,
): T[] {
  if (range.from === null && range.to === null) return [...activities];
  return activities.filter(
    (a) => (range.from === null || a.completedOn >= range.from) && (range.to === null || a.completedOn <= range.to),
  );
}

/**
 * The period the totals open with: the cycle of the certification that ends soonest and has not
 * ended (else the latest one); with no certification, all time.
 */
export function defaultPeriod(
  certifications: ReadonlyArray<Pick<Certification, 'id' | 'cycleEnd'>>,
  today: string,
): Period {
  if (certifications.length === 0) return { kind: 'all' };
  const byEnd = [...certifications].sort((a, b) => a.cycleEnd.localeCompare(b.cycleEnd));
  const next = byEnd.find((c) => c.cycleEnd >= today) ?? byEnd[byEnd.length - 1];
  return { kind: 'cycle', certificationId: next.id };
}

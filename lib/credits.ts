import { BODIES, type BodyId } from './bodies';
import type { Activity, Credit } from './schema';
import { roundHours } from './units';

/** One line of a total: an amount in one unit (of one body, for CECs) and its contact hours. */
export interface TotalLine {
  body?: BodyId;
  unit: string;
  amount: number;
  hours: number;
}

export interface KindTotal {
  hours: number;
  lines: TotalLine[];
}

export interface CreditTotals {
  CEC: KindTotal;
  CEU: KindTotal;
  activityCount: number;
}

/**
 * CECs and CEUs side by side. Amounts are only added within one body and unit: 0.2 ACE CECs and
 * 2 ACSM CECs are both 2 hours, not 2.2 of anything. The common currency is the contact hour.
 */
export function creditTotals(activities: Iterable<Pick<Activity, 'credits'>>): CreditTotals {
  const totals: CreditTotals = { CEC: { hours: 0, lines: [] }, CEU: { hours: 0, lines: [] }, activityCount: 0 };
  const lines = new Map<string, TotalLine>();
  for (const activity of activities) {
    totals.activityCount++;
    for (const credit of activity.credits) addCredit(totals, lines, credit);
  }
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
  totals[credit.kind].hours += credit.hours;
}

function label(line: TotalLine): string {
  return `${line.body ? BODIES[line.body].label : ''} ${line.unit}`;
}

import type { Certification, Credit } from './schema';

/**
 * The certification's current renewal cycle: the `cycleMonths` months that end on `cycleEnd`,
 * both ISO dates, inclusive. (The renewal rules may roll `cycleEnd` forward; this reads it as stored.)
 */
export function currentCycle(certification: Pick<Certification, 'cycleEnd' | 'cycleMonths'>): { start: string; end: string } {
  return { start: nextDay(shiftMonths(certification.cycleEnd, -certification.cycleMonths)), end: certification.cycleEnd };
}

/** A credit counts toward a certification when its body is the certification's (for "other": no body, same unit). */
export function creditCountsToward(credit: Credit, certification: Pick<Certification, 'body' | 'unit'>): boolean {
  if (certification.body !== 'other') return credit.body === certification.body;
  return credit.body === undefined && !!certification.unit && credit.unit.toLowerCase() === certification.unit.toLowerCase();
}

/** The same day `months` months away, clamped to the month's last day (2026-03-31 minus 1 month is 2026-02-28). */
export function shiftMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

function nextDay(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

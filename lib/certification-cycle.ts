import type { Certification, Credit } from './schema';

/**
 * The two rules the log's certification filter needs. They keep the contract of lib/renewal.ts
 * (certification management, built alongside): same names, same signatures, same results.
 */

/** The first day of the cycle: the next cycle starts the day after this one ends, and this one that many months before it. */
export function cycleStart(cycleEnd: string, cycleMonths: number): string {
  return shiftMonths(nextDay(cycleEnd), -cycleMonths);
}

/** A credit counts toward a certification when it is a CEC of the certification's own body ("other" names none the log knows). */
export function countsToward(credit: Credit, certification: Pick<Certification, 'body'>): boolean {
  return credit.kind === 'CEC' && certification.body !== 'other' && credit.body === certification.body;
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

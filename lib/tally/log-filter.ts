import type { BodyId } from '../model/bodies';
import type { DateRange } from '../model/calendar';
import { countsToward, cycleStart } from './renewal';
import { searchableText, type CreditRow } from '../store/credit-summary';
import { foldText } from '../model/dedup';
import type { Activity, Certification, Credit } from '../model/schema';

/** What the log shows: every field empty means everything. Dates are ISO, inclusive. */
export interface LogFilter {
  text: string;
  from: string;
  to: string;
  kind: '' | Credit['kind'];
  body: '' | BodyId;
  certificationId: string;
}

export const NO_FILTER: LogFilter = { text: '', from: '', to: '', kind: '', body: '', certificationId: '' };

export function isFiltered(filter: LogFilter): boolean {
  return (Object.keys(NO_FILTER) as Array<keyof LogFilter>).some((key) => filter[key].trim() !== '');
}

/**
 * What the filters read: an activity, or its credit summary row, which carries the same search text
 * ready-made (lib/store/credit-summary.ts), so the log filters without reading every activity.
 */
export type LogEntry = Activity | CreditRow;

const textOf = (entry: LogEntry): string => ('search' in entry ? entry.search : searchableText(entry));
const queryWords = (query: string): string[] => foldText(query).split(' ').filter(Boolean);
const hasWords = (entry: LogEntry, words: readonly string[]): boolean => {
  if (words.length === 0) return true;
  const text = textOf(entry);
  return words.every((word) => text.includes(word));
};

/** Every word of the query appears somewhere in the activity (as the start of a word or inside one). */
export function matchesText(entry: LogEntry, query: string): boolean {
  return hasWords(entry, queryWords(query));
}

/** Whether one credit passes the credit filters (kind, body, certification's body). */
function creditPasses(credit: Credit, filter: LogFilter, certification: Certification | undefined): boolean {
  if (filter.kind && credit.kind !== filter.kind) return false;
  if (filter.body && credit.body !== filter.body) return false;
  if (certification && !countsToward(credit, certification)) return false;
  return true;
}

function hasCreditFilter(filter: LogFilter, certification: Certification | undefined): boolean {
  return !!(filter.kind || filter.body || certification);
}

/**
 * The activities (or summary rows) the filter keeps, in their given order. Kind, body and certification apply to
 * one credit together: "CEC" and "NASM" keeps an activity with a NASM CEC, not one with an ACE CEC
 * and a NASM-less CEU. A certification keeps activities with its body's credit inside its current cycle.
 * An unknown certification id keeps nothing (it was deleted meanwhile).
 */
export function filterActivities<T extends LogEntry>(
  entries: readonly T[],
  filter: LogFilter,
  certifications: readonly Certification[] = [],
): T[] {
  const certification = filter.certificationId
    ? certifications.find((c) => c.id === filter.certificationId)
    : undefined;
  if (filter.certificationId && !certification) return [];
  const { from, to } = dateRange(filter, certifications);
  const words = queryWords(filter.text);
  return entries.filter((entry) => {
    if (from && entry.completedOn < from) return false;
    if (to && entry.completedOn > to) return false;
    if (hasCreditFilter(filter, certification) && !entry.credits.some((c) => creditPasses(c, filter, certification)))
      return false;
    return hasWords(entry, words);
  });
}

/** Whether the filter keeps every activity between its dates (no search, kind, body or certification). */
export function keepsWholeDays(filter: LogFilter): boolean {
  return queryWords(filter.text).length === 0 && !filter.kind && !filter.body && !filter.certificationId;
}

/**
 * The dates the filter keeps: its own range, narrowed to the certification's current cycle when
 * one is chosen. Null ends are open.
 */
export function dateRange(filter: LogFilter, certifications: readonly Certification[]): DateRange {
  const certification = filter.certificationId
    ? certifications.find((c) => c.id === filter.certificationId)
    : undefined;
  if (!certification) return { from: filter.from || null, to: filter.to || null };
  const start = cycleStart(certification.cycleEnd, certification.cycleMonths);
  return {
    from: filter.from > start ? filter.from : start,
    to: filter.to && filter.to < certification.cycleEnd ? filter.to : certification.cycleEnd,
  };
}

/** The credits of an activity that the filter's kind, body and certification select (all when none is set). */
export function matchingCredits(
  activity: Pick<Activity, 'credits'>,
  filter: LogFilter,
  certifications: readonly Certification[] = [],
): Credit[] {
  const certification = filter.certificationId
    ? certifications.find((c) => c.id === filter.certificationId)
    : undefined;
  if (!hasCreditFilter(filter, certification)) return activity.credits;
  return activity.credits.filter((c) => creditPasses(c, filter, certification));
}

import { BODIES, type BodyId } from './bodies';
import { countsToward, cycleStart } from './renewal';
import { normalizeTitle } from './dedup';
import { PROVIDER_NAMES } from './detect/provider-names';
import type { Activity, Certification, Credit } from './schema';

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

const searchTexts = new WeakMap<Activity, string>();

/** Everything a user may type to find an activity, folded like titles are (case, accents, punctuation). */
export function searchableText(activity: Activity): string {
  let text = searchTexts.get(activity);
  if (text === undefined) {
    const parts = [
      activity.title, activity.organizer, activity.provider, activity.provider && PROVIDER_NAMES[activity.provider],
      activity.courseCode, activity.format, activity.notes, activity.completedOn,
      ...activity.credits.flatMap((c) => [c.kind, c.unit, c.body && BODIES[c.body].label]),
    ];
    text = ` ${normalizeTitle(parts.filter(Boolean).join(' '))} `;
    searchTexts.set(activity, text);
  }
  return text;
}

/** Every word of the query appears somewhere in the activity (as the start of a word or inside one). */
export function matchesText(activity: Activity, query: string): boolean {
  const words = normalizeTitle(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const text = searchableText(activity);
  return words.every((word) => text.includes(word));
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
 * The activities the filter keeps, in their given order. Kind, body and certification apply to
 * one credit together: "CEC" and "NASM" keeps an activity with a NASM CEC, not one with an ACE CEC
 * and a NASM-less CEU. A certification keeps activities with its body's credit inside its current cycle.
 * An unknown certification id keeps nothing (it was deleted meanwhile).
 */
export function filterActivities(activities: readonly Activity[], filter: LogFilter, certifications: readonly Certification[] = []): Activity[] {
  const certification = filter.certificationId ? certifications.find((c) => c.id === filter.certificationId) : undefined;
  if (filter.certificationId && !certification) return [];
  const cycle = certification && { start: cycleStart(certification.cycleEnd, certification.cycleMonths), end: certification.cycleEnd };
  return activities.filter((activity) => {
    if (filter.from && activity.completedOn < filter.from) return false;
    if (filter.to && activity.completedOn > filter.to) return false;
    if (cycle && (activity.completedOn < cycle.start || activity.completedOn > cycle.end)) return false;
    if (hasCreditFilter(filter, certification) && !activity.credits.some((c) => creditPasses(c, filter, certification))) return false;
    return matchesText(activity, filter.text);
  });
}

/**
 * The date range to read through the completedOn index: the filter's own range, narrowed to the
 * certification's current cycle when one is chosen. Empty ends are open.
 */
export function indexedRange(filter: LogFilter, certifications: readonly Certification[]): { from: string; to: string } {
  const certification = filter.certificationId ? certifications.find((c) => c.id === filter.certificationId) : undefined;
  if (!certification) return { from: filter.from, to: filter.to };
  const start = cycleStart(certification.cycleEnd, certification.cycleMonths);
  return {
    from: filter.from > start ? filter.from : start,
    to: filter.to && filter.to < certification.cycleEnd ? filter.to : certification.cycleEnd,
  };
}

/** The credits of an activity that the filter's kind, body and certification select (all when none is set). */
export function matchingCredits(activity: Activity, filter: LogFilter, certifications: readonly Certification[] = []): Credit[] {
  const certification = filter.certificationId ? certifications.find((c) => c.id === filter.certificationId) : undefined;
  if (!hasCreditFilter(filter, certification)) return activity.credits;
  return activity.credits.filter((c) => creditPasses(c, filter, certification));
}

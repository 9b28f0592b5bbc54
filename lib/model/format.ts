/** Amounts and hours as the screens write them. */
import { BODIES, type BodyId } from './bodies';

/** "0.2 ACE CECs", "1 ANCC contact hour", "1.5 CEUs". */
export function formatAmount(amount: number, unit: string, body?: BodyId): string {
  const plural = amount === 1 ? unit : pluralize(unit);
  return [formatNumber(amount), body ? BODIES[body].label : null, plural].filter(Boolean).join(' ');
}

export function formatHours(hours: number): string {
  return `${formatNumber(hours)} contact ${hours === 1 ? 'hour' : 'hours'}`;
}

/** "1 day", "30 days". */
export function formatDays(count: number): string {
  return `${count} ${count === 1 ? 'day' : 'days'}`;
}

export function formatNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function pluralize(unit: string): string {
  return /s$/i.test(unit) ? unit : `${unit}s`;
}

/**
 * A calendar date as the user's locale writes it ("Sep 14, 2026" in en-US, "14 Sept 2026" in en-GB).
 * Files keep ISO dates; screens show these. UTC on both sides, so no time zone moves the day.
 */
export function formatDate(iso: string, locale?: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  return dateFormat(locale).format(Date.UTC(+match[1], +match[2] - 1, +match[3]));
}

/** One formatter per locale: making one took most of formatDate's time (14 ms of the log's first screen). */
const dateFormats = new Map<string | undefined, Intl.DateTimeFormat>();
function dateFormat(locale: string | undefined): Intl.DateTimeFormat {
  let format = dateFormats.get(locale);
  if (!format)
    dateFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })));
  return format;
}

/** A range of calendar dates in the user's locale ("Feb 1, 2024 – Jan 31, 2027"). */
export function formatDateRange(from: string, to: string, locale?: string): string {
  return `${formatDate(from, locale)} – ${formatDate(to, locale)}`;
}

import type { Random } from './random';

/**
 * Every date shape the detector is meant to read (lib/detect/dates.ts and its tests): ISO with and without a
 * time, US numeric (slashed dates are month first) with and without zeros, two-digit years, month names long,
 * short and abbreviated with a period, ordinals, weekdays, day-first with a month name, and a time and zone after.
 */
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export interface Day {
  year: number;
  month: number;
  day: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const short = (month: number) => MONTHS[month - 1].slice(0, 3);
/** "Sept." is how AP style and many US sites abbreviate September. */
const dotted = (month: number) => (month === 9 ? 'Sept.' : month === 5 ? 'May' : `${short(month)}.`);
const ordinal = (n: number) =>
  `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;
const weekday = ({ year, month, day }: Day) => WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];

export const iso = ({ year, month, day }: Day) => `${year}-${pad(month)}-${pad(day)}`;

/** Each shape by name (the name goes into a page's list of parts, so a miss says which shape it was). */
export const DATE_FORMATS: Record<string, (d: Day, random: Random) => string> = {
  iso: (d) => iso(d),
  'iso-time': (d, r) =>
    `${iso(d)}T${pad(r.int(8, 22))}:${pad(r.int(0, 59))}:00${r.pick(['Z', '-05:00', '-07:00', '+01:00'])}`,
  'iso-slash': (d) => `${d.year}/${pad(d.month)}/${pad(d.day)}`,
  'us-padded': (d) => `${pad(d.month)}/${pad(d.day)}/${d.year}`,
  'us-bare': (d) => `${d.month}/${d.day}/${d.year}`,
  'us-dashed': (d) => `${pad(d.month)}-${pad(d.day)}-${d.year}`,
  'us-two-digit-year': (d) => `${d.month}/${d.day}/${String(d.year).slice(2)}`,
  'month-long': (d) => `${MONTHS[d.month - 1]} ${d.day}, ${d.year}`,
  'month-short': (d) => `${short(d.month)} ${d.day}, ${d.year}`,
  'month-dotted': (d) => `${dotted(d.month)} ${d.day}, ${d.year}`,
  'month-ordinal': (d) => `${MONTHS[d.month - 1]} ${ordinal(d.day)}, ${d.year}`,
  'month-no-comma': (d) => `${short(d.month)} ${d.day} ${d.year}`,
  weekday: (d) => `${weekday(d)}, ${MONTHS[d.month - 1]} ${d.day}, ${d.year}`,
  'day-month': (d) => `${d.day} ${MONTHS[d.month - 1]} ${d.year}`,
  'day-month-short': (d) => `${d.day} ${short(d.month)} ${d.year}`,
  'day-month-dashed': (d) => `${pad(d.day)}-${short(d.month)}-${d.year}`,
  'day-of-month': (d) => `${ordinal(d.day)} of ${MONTHS[d.month - 1]}, ${d.year}`,
  'month-long-time': (d, r) =>
    `${MONTHS[d.month - 1]} ${d.day}, ${d.year} at ${r.int(1, 12)}:${pad(r.int(0, 59))} ${r.pick(['AM', 'PM'])} ${r.pick(['PDT', 'EST', 'CDT', 'UTC'])}`,
  'month-capitals': (d) => `${MONTHS[d.month - 1].toUpperCase()} ${d.day}, ${d.year}`,
  'day-month-comma': (d) => `${d.day} ${MONTHS[d.month - 1]}, ${d.year}`,
  'month-ordinal-no-comma': (d) => `${MONTHS[d.month - 1]} ${ordinal(d.day)} ${d.year}`,
  'weekday-day-month': (d) => `${weekday(d)}, ${d.day} ${MONTHS[d.month - 1]} ${d.year}`,
  'us-time': (d, r) =>
    `${pad(d.month)}/${pad(d.day)}/${d.year} ${r.int(1, 12)}:${pad(r.int(0, 59))} ${r.pick(['AM', 'PM'])} ${r.pick(['CDT', 'EST', 'PST'])}`,
};
export const DATE_FORMAT_NAMES = Object.keys(DATE_FORMATS);

/** A day in the years certificates in a log come from (2019 to 2026). */
export function randomDay(random: Random, fromYear = 2019, toYear = 2026): Day {
  const year = random.int(fromYear, toYear);
  const month = random.int(1, 12);
  const day = random.int(1, new Date(Date.UTC(year, month, 0)).getUTCDate());
  return { year, month, day };
}

/** A day `years` after this one (an expiry), the 28th at the latest so that it always exists. */
export function later(d: Day, years: number): Day {
  return { year: d.year + years, month: d.month, day: Math.min(d.day, 28) };
}

export function monthName(month: number): string {
  return MONTHS[month - 1];
}

export function shortMonth(month: number): string {
  return short(month);
}

export { pad };

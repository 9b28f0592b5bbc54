/**
 * Completion dates as sites write them. A general date library (chrono-node) would cost the content
 * script more than its whole size budget, so this reads the handful of shapes certificates use:
 * ISO, numeric (slashed dates month first unless the page's language puts the day first), month names long, short or abbreviated with a
 * period, day-first with a month name, inside a sentence and followed by a time and zone.
 */

/**
 * Month names in English and in the languages certificates follow their learner into (LinkedIn Learning's
 * Spanish "mar. 10, 2022", French "10 mars 2022", German "10. März 2022", Portuguese "10 de março de 2022").
 */
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|ene(?:ro)?|febr?(?:ero)?|marzo|abr(?:il)?|mayo|jun(?:io)?|jul(?:io)?|ago(?:sto)?|sept?(?:iembre)?|oct(?:ubre)?|nov(?:iembre)?|dic(?:iembre)?|janv(?:ier)?|févr(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|août|déc(?:embre)?|Januar|Februar|März|Mär|Juni|Juli|Okt(?:ober)?|Dez(?:ember)?|janeiro|fev(?:ereiro)?|março|maio|junho|julho|set(?:embro)?|out(?:ubro)?|dez(?:embro)?)\.?`;
/** Three-letter starts of every month name above, in month order: several languages share each one. */
const MONTH_STARTS: ReadonlyArray<readonly string[]> = [
  ['jan', 'ene'],
  ['feb', 'fév', 'fev'],
  ['mar', 'mär'],
  ['apr', 'abr', 'avr'],
  ['may', 'mai'],
  ['jun', 'jui' /* juin */],
  ['jul'],
  ['aug', 'ago', 'aoû'],
  ['sep', 'set'],
  ['oct', 'okt', 'out'],
  ['nov'],
  ['dec', 'dic', 'déc', 'dez'],
];
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;

const DATE_PATTERN = new RegExp(
  [
    String.raw`\b(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?!\d)`, // 2026-09-14, 2026-09-14T16:12:00Z, 2026/09/14
    String.raw`\b(\d{1,2})([/-])(\d{1,2})\6(\d{4}|\d{2})(?!\d)`, // 9/14/2026, 09-14-26 (US order)
    String.raw`\b${MONTH}\s+${DAY},?\s+(\d{4})\b`, // September 14, 2026; Sept. 14th 2026
    String.raw`\b${DAY}\.?[\s-]+(?:of\s+|de\s+)?${MONTH}[\s,-]+(?:de\s+)?(\d{4})\b`, // 14 September 2026; 14-Sep-2026; 14th of Sept., 2026; 10 de marzo de 2022
  ].join('|'),
  'gi',
);

export interface FoundDate {
  iso: string;
  index: number;
}

function toIso(year: number, month: number, day: number): string | null {
  if (year < 100) year += 2000;
  // Day 0 of the next month is the last day of this one: 2/30 is no date.
  if (
    year < 1990 ||
    year > 2100 ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > new Date(Date.UTC(year, month, 0)).getUTCDate()
  )
    return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthNumber(name: string): number {
  const start = name.slice(0, 3).toLowerCase();
  // "juil" is July, "juin" June: the fourth letter tells them apart.
  if (start === 'jui') return name[3]?.toLowerCase() === 'l' ? 7 : 6;
  return MONTH_STARTS.findIndex((starts) => starts.includes(start)) + 1;
}

/** Whether a slashed date such as 05/03/2026 puts its month or its day first. */
export type DateOrder = 'month-first' | 'day-first';

/**
 * The order a page writes slashed dates in, from its language: the United States (and a bare "en",
 * which American sites set) put the month first; the rest of the world, the UK, Australia, Ireland or
 * India as much as France or Spain, puts the day first.
 */
export function dateOrderOf(doc: Document): DateOrder {
  const lang = (doc.documentElement.getAttribute('lang') ?? '').trim().toLowerCase();
  return lang === '' || lang === 'en' || /-us\b/.test(lang) ? 'month-first' : 'day-first';
}

/** A slashed date in the page's order; one that is no date that way (14/09/2026 month first) is read the other way. */
function slashedDate(year: number, first: number, second: number, order: DateOrder): string | null {
  const [month, day] = order === 'day-first' ? [second, first] : [first, second];
  return toIso(year, month, day) ?? toIso(year, day, month);
}

/** Every valid date in the text, in order. */
export function findDates(text: string, order: DateOrder = 'month-first'): FoundDate[] {
  const found: FoundDate[] = [];
  for (const m of text.matchAll(DATE_PATTERN)) {
    const iso = m[1]
      ? toIso(+m[1], +m[3], +m[4])
      : m[5]
        ? slashedDate(+m[8], +m[5], +m[7], order)
        : m[9]
          ? toIso(+m[11], monthNumber(m[9]), +m[10])
          : toIso(+m[14], monthNumber(m[13]), +m[12]);
    if (iso) found.push({ iso, index: m.index });
  }
  return found;
}

/** "Issued June 2024": a month and year only (edX program certificates). Read as the month's first day. */
const MONTH_YEAR = new RegExp(
  String.raw`\b(?:issued|completed|awarded|earned)(?:\s+on)?\s*:?\s+${MONTH}\s+(\d{4})\b`,
  'i',
);

export function parseDate(text: string): string | null {
  return findDates(text)[0]?.iso ?? null;
}

const COMPLETION_LABEL =
  /(complet\w*|passed|finished|earned|awarded|achieved|attended|completado( el)?|terminé|réussi le|abgeschlossen am|concluído em)\W*(on|date)?\W*$/i;
const ISSUE_LABEL = /(issued?|dated?|date of issue|certified)\W*(on)?\W*$/i;
const OTHER_LABEL =
  /(expir\w*|exp\.|valid (through|thru|until)|renew\w*( by)?|due|ends?|deadline|printed|enrolled|registered|started|purchased|ordered|published|released?|updated|posted|accessed|since|born|birth)\W*(on|date)?\W*$/i;

const WEEKDAY_BEFORE = /\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*$/i;

/**
 * The date a course was completed: a date labelled as completion wins over an issue date, which wins
 * over an unlabelled date; expiry, enrolment, release and publication dates are never taken.
 */
export function completionDate(text: string, order: DateOrder = 'month-first'): string | null {
  let best: { iso: string; rank: number } | null = null;
  for (const date of findDates(text, order)) {
    // "Expires: Tuesday, November 12, 2024": the label stands before the weekday.
    const before = text.slice(Math.max(0, date.index - 50), date.index).replace(WEEKDAY_BEFORE, '');
    // "Expiration date:" is an expiry, not an issue date: other labels are read before issue labels.
    const rank = COMPLETION_LABEL.test(before) ? 3 : OTHER_LABEL.test(before) ? 0 : ISSUE_LABEL.test(before) ? 2 : 1;
    if (rank > 0 && (!best || rank > best.rank)) best = { iso: date.iso, rank };
    if (rank === 3) break;
  }
  if (best) return best.iso;
  const month = MONTH_YEAR.exec(text);
  return month ? toIso(+month[2], monthNumber(month[1]), 1) : null;
}

/**
 * Completion dates as sites write them. A general date library (chrono-node) would cost the content
 * script more than its whole size budget, so this reads the handful of shapes certificates use:
 * ISO, US numeric (slashed dates are month first), month names long, short or abbreviated with a
 * period, day-first with a month name, inside a sentence and followed by a time and zone.
 */

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;

const DATE_PATTERN = new RegExp(
  [
    String.raw`\b(\d{4})-(\d{1,2})-(\d{1,2})\b`, // 2026-09-14
    String.raw`\b(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})\b`, // 9/14/2026, 09-14-26 (US order)
    String.raw`\b${MONTH}\s+${DAY},?\s+(\d{4})\b`, // September 14, 2026; Sept. 14 2026
    String.raw`\b${DAY}\s+(?:of\s+)?${MONTH},?\s+(\d{4})\b`, // 14 September 2026; 14th of Sep. 2026
  ].join('|'),
  'gi',
);

export interface FoundDate {
  iso: string;
  index: number;
}

function toIso(year: number, month: number, day: number): string | null {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthNumber(name: string): number {
  return MONTHS[name.slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3).toLowerCase()] ?? 0;
}

function fromMatch(m: RegExpExecArray): string | null {
  if (m[1]) return toIso(+m[1], +m[2], +m[3]);
  if (m[4]) {
    const year = m[6].length === 2 ? 2000 + +m[6] : +m[6];
    return toIso(year, +m[4], +m[5]);
  }
  if (m[7]) return toIso(+m[9], monthNumber(m[7]), +m[8]);
  return toIso(+m[12], monthNumber(m[11]), +m[10]);
}

/** Every valid date in the text, in order. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  DATE_PATTERN.lastIndex = 0;
  for (let m = DATE_PATTERN.exec(text); m; m = DATE_PATTERN.exec(text)) {
    const iso = fromMatch(m);
    if (iso) found.push({ iso, index: m.index });
  }
  return found;
}

export function parseDate(text: string): string | null {
  return findDates(text)[0]?.iso ?? null;
}

const COMPLETION_LABEL = /(complet\w*|passed|finished|earned|awarded|achieved|attended)\W*(on|date)?\W*$/i;
const ISSUE_LABEL = /(issued?|dated?|date of issue|certified)\W*(on)?\W*$/i;
const OTHER_LABEL = /(expir\w*|valid (through|until)|renew\w*( by)?|due|printed|enrolled|registered|started|purchased|published|updated|posted|born|birth)\W*(on|date)?\W*$/i;

/**
 * The date a course was completed: a date labelled as completion wins over an issue date, which wins
 * over an unlabelled date; expiry, enrolment and publication dates are never taken.
 */
export function completionDate(text: string): string | null {
  let best: { iso: string; rank: number } | null = null;
  for (const date of findDates(text)) {
    const before = text.slice(Math.max(0, date.index - 40), date.index);
    const rank = COMPLETION_LABEL.test(before) ? 3 : ISSUE_LABEL.test(before) ? 2 : OTHER_LABEL.test(before) ? 0 : 1;
    if (rank > 0 && (!best || rank > best.rank)) best = { iso: date.iso, rank };
    if (rank === 3) break;
  }
  return best?.iso ?? null;
}

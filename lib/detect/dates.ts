/**
 * Completion dates as sites write them. A general date library (chrono-node) would cost the content
 * script more than its whole size budget, so this reads the handful of shapes certificates use:
 * ISO, US numeric (slashed dates are month first), month names long, short or abbreviated with a
 * period, day-first with a month name, inside a sentence and followed by a time and zone.
 */

const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;

const DATE_PATTERN = new RegExp(
  [
    String.raw`\b(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?!\d)`, // 2026-09-14, 2026-09-14T16:12:00Z, 2026/09/14
    String.raw`\b(\d{1,2})([/-])(\d{1,2})\6(\d{4}|\d{2})(?!\d)`, // 9/14/2026, 09-14-26 (US order)
    String.raw`\b${MONTH}\s+${DAY},?\s+(\d{4})\b`, // September 14, 2026; Sept. 14th 2026
    String.raw`\b${DAY}[\s-]+(?:of\s+)?${MONTH}[\s,-]+(\d{4})\b`, // 14 September 2026; 14-Sep-2026; 14th of Sept., 2026
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

const monthNumber = (name: string) =>
  'janfebmaraprmayjunjulaugsepoctnovdec'.indexOf(name.slice(0, 3).toLowerCase()) / 3 + 1;

/** Every valid date in the text, in order. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const m of text.matchAll(DATE_PATTERN)) {
    const iso = m[1]
      ? toIso(+m[1], +m[3], +m[4])
      : m[5]
        ? toIso(+m[8], +m[5], +m[7])
        : m[9]
          ? toIso(+m[11], monthNumber(m[9]), +m[10])
          : toIso(+m[14], monthNumber(m[13]), +m[12]);
    if (iso) found.push({ iso, index: m.index });
  }
  return found;
}

export function parseDate(text: string): string | null {
  return findDates(text)[0]?.iso ?? null;
}

const COMPLETION_LABEL = /(complet\w*|passed|finished|earned|awarded|achieved|attended)\W*(on|date)?\W*$/i;
const ISSUE_LABEL = /(issued?|dated?|date of issue|certified)\W*(on)?\W*$/i;
const OTHER_LABEL =
  /(expir\w*|exp\.|valid (through|thru|until)|renew\w*( by)?|due|ends?|deadline|printed|enrolled|registered|started|purchased|ordered|published|released?|updated|posted|accessed|since|born|birth)\W*(on|date)?\W*$/i;

/**
 * The date a course was completed: a date labelled as completion wins over an issue date, which wins
 * over an unlabelled date; expiry, enrolment, release and publication dates are never taken.
 */
export function completionDate(text: string): string | null {
  let best: { iso: string; rank: number } | null = null;
  for (const date of findDates(text)) {
    const before = text.slice(Math.max(0, date.index - 40), date.index);
    // "Expiration date:" is an expiry, not an issue date: other labels are read before issue labels.
    const rank = COMPLETION_LABEL.test(before) ? 3 : OTHER_LABEL.test(before) ? 0 : ISSUE_LABEL.test(before) ? 2 : 1;
    if (rank > 0 && (!best || rank > best.rank)) best = { iso: date.iso, rank };
    if (rank === 3) break;
  }
  return best?.iso ?? null;
}

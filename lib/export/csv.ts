import type { Activity } from '../model/schema';
import { todayIso } from '../model/calendar';
import { partHours } from '../model/units';

/** The CSV contract (docs/contracts.md): these columns, in this order. */
export const CSV_COLUMNS = [
  'activity_id',
  'completed_on',
  'title',
  'provider',
  'credit_kind',
  'amount',
  'unit',
  'certifying_body',
  'contact_hours',
  'course_code',
  'format',
  'source_url',
  'certificate_url',
  'notes',
  'category',
] as const;

const BOM = '\uFEFF';
/** Cells a spreadsheet would run as a formula: written with a leading apostrophe, quoted. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Cells that must be quoted (RFC 4180; a byte-order mark or a leading or trailing space, too). */
const NEEDS_QUOTES = /[",\r\n\uFEFF]|^ | $/;

/**
 * One cell, quoted as papaparse's unparse quotes it (tests/export/csv.test.ts checks the two agree). Written
 * here because papaparse wants one object or array per row and checks every cell four ways: twice the
 * time of these lines (docs/performance.md).
 */
function cell(value: string): string {
  const formula = FORMULA_START.test(value);
  if (!formula && !NEEDS_QUOTES.test(value)) return value;
  return `"${formula ? "'" : ''}${value.replaceAll('"', '""')}"`;
}

/** The file's first line, after the byte-order mark. */
export const CSV_HEADER = `${BOM}${CSV_COLUMNS.join(',')}\r\n`;

/**
 * An activity's lines: one per credit; an activity with no credit has one with the credit columns
 * empty. Joined from an array, which makes one flat string: an export keeps 100,000 of them.
 */
function activityLines(activity: Activity): string {
  const before = `${cell(activity.id)},${cell(activity.completedOn)},${cell(activity.title)},${cell(activity.provider ?? activity.organizer ?? '')}`;
  const after = `${cell(activity.courseCode ?? '')},${cell(activity.format ?? '')},${cell(activity.sourceUrl ?? '')},${cell(activity.certificateUrl ?? '')},${cell(activity.notes ?? '')}`;
  const parts: string[] = [];
  if (activity.credits.length === 0) parts.push(before, ',,,,,,', after, ',\r\n');
  // Numbers are written with '.' whatever the locale: String() never uses a decimal comma.
  for (const c of activity.credits) {
    const credit = `,${cell(c.kind)},`;
    const of = `,${cell(c.unit)},${cell(c.body ?? '')},`;
    // A credit split across requirement categories: a row per category, each with its share (and its hours).
    const shares = c.categories && c.categories.length > 0 ? c.categories : [{ id: '', amount: c.amount }];
    for (const share of shares) {
      const hours = partHours(c, share.amount);
      parts.push(
        before,
        credit,
        cell(String(share.amount)),
        of,
        cell(String(hours)),
        ',',
        after,
        ',',
        cell(share.id),
        '\r\n',
      );
    }
  }
  return parts.join('');
}

/** The lines of these activities, to follow the header or the lines of the activities before them. */
export function csvLines(activities: readonly Activity[]): string {
  return activities.map(activityLines).join('');
}

/** The whole file as one string. A large log is written with CsvInOrder, a page at a time. */
export function activitiesToCsv(activities: readonly Activity[]): string {
  return CSV_HEADER + csvLines(activities);
}

/**
 * The lines of activities that come in any order (IndexedDB reads a whole log fastest by primary
 * key), written in the order of `entries`. Activities that are not among the entries are left out,
 * and so are entries no activity came for. Nothing is done for every entry at once: for a large log a
 * map or a set of their ids is one long task (docs/performance.md).
 */
export class CsvInOrder {
  private readonly lines = new Map<string, string>();

  constructor(private readonly entries: ReadonlyArray<Pick<Activity, 'id'>>) {}

  add(activities: readonly Activity[]): void {
    for (const activity of activities) this.lines.set(activity.id, activityLines(activity));
  }

  /** The lines after the header, in order, `size` entries' at a time. */
  *batches(size: number): Generator<string> {
    for (let start = 0; start < this.entries.length; start += size) {
      yield this.entries
        .slice(start, start + size)
        .map((e) => this.lines.get(e.id) ?? '')
        .join('');
    }
  }
}

export function csvFileName(today: Date = new Date()): string {
  return `ce-tally-${todayIso(today)}.csv`;
}

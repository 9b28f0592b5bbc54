import Papa from 'papaparse';
import type { Activity, Credit } from '../schema';

/** The CSV contract of DESIGN.md: these columns, in this order. */
export const CSV_COLUMNS = [
  'activity_id', 'completed_on', 'title', 'provider', 'credit_kind', 'amount', 'unit', 'certifying_body',
  'contact_hours', 'course_code', 'format', 'source_url', 'certificate_url', 'notes',
] as const;

const BOM = '\uFEFF';
/**
 * Cells a spreadsheet would run as a formula get a leading apostrophe. Papaparse's own default
 * pattern ends in `.*$`, which misses a formula followed by a line break, so we pass ours.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

type Row = Record<(typeof CSV_COLUMNS)[number], string | number>;

/** One row per credit; an activity with no credit has one row with the credit columns empty. */
export function activityRows(activity: Activity): Row[] {
  // One object literal per row: spreading the shared columns into each row made building the rows of
  // 100,000 activities take over a second instead of about a tenth.
  const row = (credit: Credit | undefined): Row => ({
    activity_id: activity.id,
    completed_on: activity.completedOn,
    title: activity.title,
    provider: activity.provider ?? activity.organizer ?? '',
    credit_kind: credit?.kind ?? '',
    // Numbers are written with '.' whatever the locale: String() never uses a decimal comma.
    amount: credit ? String(credit.amount) : '',
    unit: credit?.unit ?? '',
    certifying_body: credit?.body ?? '',
    contact_hours: credit ? String(credit.hours) : '',
    course_code: activity.courseCode ?? '',
    format: activity.format ?? '',
    source_url: activity.sourceUrl ?? '',
    certificate_url: activity.certificateUrl ?? '',
    notes: activity.notes ?? '',
  });
  return activity.credits.length === 0 ? [row(undefined)] : activity.credits.map((credit) => row(credit));
}

/** The file's first line, after the byte-order mark. */
export const CSV_HEADER = `${BOM}${CSV_COLUMNS.join(',')}\r\n`;

/** The lines of these activities, to follow the header or the lines of the activities before them. */
export function csvLines(activities: readonly Activity[]): string {
  if (activities.length === 0) return '';
  const rows = activities.flatMap(activityRows);
  return `${Papa.unparse(rows, { columns: [...CSV_COLUMNS], header: false, newline: '\r\n', escapeFormulae: FORMULA_START })}\r\n`;
}

/** The whole file as one string. A large log is written a page at a time with csvLines, yielding between pages. */
export function activitiesToCsv(activities: readonly Activity[]): string {
  return CSV_HEADER + csvLines(activities);
}

export function csvFileName(today: Date = new Date()): string {
  return `ce-tally-${localIsoDate(today)}.csv`;
}

/** The calendar date where the user is, not in UTC. */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

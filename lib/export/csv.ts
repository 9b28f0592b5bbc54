import Papa from 'papaparse';
import type { Activity } from '../schema';

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
  const common = {
    activity_id: activity.id,
    completed_on: activity.completedOn,
    title: activity.title,
    provider: activity.provider ?? activity.organizer ?? '',
    course_code: activity.courseCode ?? '',
    format: activity.format ?? '',
    source_url: activity.sourceUrl ?? '',
    certificate_url: activity.certificateUrl ?? '',
    notes: activity.notes ?? '',
  };
  const noCredit = { credit_kind: '', amount: '', unit: '', certifying_body: '', contact_hours: '' };
  if (activity.credits.length === 0) return [{ ...common, ...noCredit }];
  return activity.credits.map((credit) => ({
    ...common,
    credit_kind: credit.kind,
    // Numbers are written with '.' whatever the locale: String() never uses a decimal comma.
    amount: String(credit.amount),
    unit: credit.unit,
    certifying_body: credit.body ?? '',
    contact_hours: String(credit.hours),
  }));
}

function unparse(rows: Row[], header: boolean): string {
  return Papa.unparse(rows, { columns: [...CSV_COLUMNS], header, newline: '\r\n', escapeFormulae: FORMULA_START });
}

/** The whole file as one string. For large logs use `csvChunks`, which yields between chunks. */
export function activitiesToCsv(activities: Activity[]): string {
  return `${BOM}${unparse(activities.flatMap(activityRows), true)}\r\n`;
}

/** The file in pieces (header first), so a caller can yield to the page between them and show progress. */
export function* csvChunks(activities: Activity[], chunkSize = 2000): Generator<string> {
  yield `${BOM}${CSV_COLUMNS.join(',')}\r\n`;
  for (let start = 0; start < activities.length; start += chunkSize) {
    const rows = activities.slice(start, start + chunkSize).flatMap(activityRows);
    yield `${unparse(rows, false)}\r\n`;
  }
}

export function csvFileName(today: Date = new Date()): string {
  return `ce-tally-${localIsoDate(today)}.csv`;
}

/** The calendar date where the user is, not in UTC. */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

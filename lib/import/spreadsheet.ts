import Papa from 'papaparse';
import { findCredits, bodyFromName, canonicalUnit, makeCredit } from '../detect/credits';
import { cleanTitle, fitTitle } from '../detect/completion';
import { parseDate } from '../detect/dates';
import { cleanText } from '../detect/text';
import { PROVIDER_IDS } from '../model/provider-ids';
import { PROVIDER_NAMES } from '../detect/registry';
import { foldText } from '../model/dedup';
import { LIMITS } from '../model/limits';
import type { BodyId } from '../model/bodies';
import { FORMATS, type ActivityDraft, type Credit } from '../model/schema';
import { categoryFromName } from '../detect/category';
import { UnreadableFile, type DraftField, type ImportDraft } from './draft';

/**
 * Spreadsheets kept by hand (CSV or TSV): a row per course, columns in any order and of any name. The
 * user maps the columns (guessed from their names, remembered for the next file of the same header);
 * CE Tally's own export maps itself, its rows of one activity (one per credit) joined again.
 */

export const COLUMN_ROLES = [
  'ignore',
  'title',
  'completedOn',
  'credits',
  'unit',
  'body',
  'hours',
  'provider',
  'courseCode',
  'format',
  'notes',
  'sourceUrl',
  'certificateUrl',
  'activityId',
  'category',
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

export const ROLE_LABELS: Record<ColumnRole, string> = {
  ignore: 'Not imported',
  title: 'Title',
  completedOn: 'Completion date',
  credits: 'Credits (amount, with or without unit)',
  unit: 'Credit unit',
  body: 'Certifying body',
  hours: 'Contact hours',
  provider: 'Provider or organizer',
  courseCode: 'Course code',
  format: 'Format',
  notes: 'Notes',
  sourceUrl: 'Course URL',
  certificateUrl: 'Certificate URL',
  activityId: 'CE Tally activity id',
  category: 'Requirement category (e.g. A, ethics)',
};

export interface Sheet {
  header: string[];
  rows: string[][];
}

/** The first row is the header; empty lines are skipped; the delimiter (comma, tab, semicolon) is found by papaparse. */
export function parseSheet(text: string): Sheet {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const [header = [], ...rows] = parsed.data;
  if (header.length === 0 || rows.length === 0) throw new UnreadableFile('has no rows under its header.');
  return { header: header.map((h) => cleanText(h)), rows };
}

/** A column's role from its name: the first rule that matches wins. */
const GUESSES: Array<[RegExp, ColumnRole]> = [
  [/^activity.?id$/, 'activityId'],
  [/^(requirement.?)?categor(y|ies)$/, 'category'],
  [/certificate.*(url|link)|verify|credential.*(url|link)/, 'certificateUrl'],
  [/(url|link|web ?site|address)/, 'sourceUrl'],
  [/(course|activity|program).*(code|number|no|id)$|^(code|course ?#)$/, 'courseCode'],
  [/contact.?hours?|clock.?hours?|^hours?$|duration|length/, 'hours'],
  [/^(unit|credit.?unit|credit.?type|type of credit)s?$/, 'unit'],
  [/credit.?kind|^kind$/, 'ignore'],
  [/certifying.?body|accredit|approv|^body$|^board$|certification/, 'body'],
  [/date|completed|completion|finished|when|issued|^on$/, 'completedOn'],
  [/credits?|cecs?|ceus?|pdus?|pdhs?|cpe|amount|^ce$|points/, 'credits'],
  [/provider|organi[sz](er|ation)|issuer|sponsor|vendor|school|institution|^by$/, 'provider'],
  [/format|delivery|type|mode/, 'format'],
  [/note|comment|remark|description/, 'notes'],
  [/title|course|activity|name|program|class|subject|topic|training|event|workshop/, 'title'],
];

export function guessMapping(header: readonly string[]): ColumnRole[] {
  const taken = new Set<ColumnRole>();
  return header.map((name) => {
    const folded = foldText(name).replace(/ /g, ' ');
    const role = GUESSES.find(([re]) => re.test(folded))?.[1] ?? 'ignore';
    // One column per role: a second "date" column (an expiry, say) is not the completion date.
    if (role !== 'ignore' && taken.has(role)) return 'ignore';
    taken.add(role);
    return role;
  });
}

/** The key a mapping is remembered under: the header's names, folded. */
export function mappingKey(header: readonly string[]): string {
  return header.map(foldText).join('|');
}

/** A cell as the user typed it; a leading apostrophe before a formula sign is CE Tally's export neutralizing it. */
function cellText(value: string | undefined): string {
  return cleanText(value ?? '').replace(/^'(?=[=+\-@])/, '');
}

const AMOUNT = /^(\d{1,4}(?:[.,]\d{1,3})?|[.,]\d{1,3})\s*(.*)$/;

/** Units a cell may state alone ("0.2 CECs", "2 hours"), read without the detector's patterns (fast over 10,000 rows). */
const PLAIN_UNITS = new Set([
  'CEC',
  'CEU',
  'CE hour',
  'CE credit',
  'CPE credit',
  'PDU',
  'PDH',
  'contact hour',
  'clock hour',
  'hour',
]);
/** Units that belong to one body, as the detector reads them. */
const UNIT_BODY: Record<string, BodyId> = { PDU: 'pmi', 'CPE credit': 'nasba', PDH: 'ncees' };

/** "0.2 CECs", "2 hours", "0.3 NASM CEUs", or an amount with its unit and body in their own columns. */
export function cellCredits(amountCell: string, unitCell: string, bodyCell: string, hoursCell: string): Credit[] {
  // A body as named ("ACE", "American Council on Exercise") or as CE Tally's export writes it ("ace").
  const bodyId = bodyFromName(bodyCell) ?? bodyFromName(bodyCell.toUpperCase());
  const stated = [amountCell, unitCell].filter(Boolean).join(' ');
  const hours = Number((AMOUNT.exec(hoursCell)?.[1] ?? '').replace(',', '.'));
  const withHours = (credit: Credit): Credit[] =>
    // The sheet's own contact hours win over the unit's scale: the user wrote them.
    [hours > 0 && hours <= 100000 ? { ...credit, hours } : credit];
  const match = AMOUNT.exec(stated);
  const amount = match ? Number(match[1].replace(',', '.')) : NaN;
  if (match && !(amount > 0 && amount <= 1000)) return [];
  const unit = match
    ? canonicalUnit(match[2] || (hours > 0 && hours !== amount ? (bodyId ? 'CEC' : 'CEU') : 'contact hour'))
    : '';
  if (match && PLAIN_UNITS.has(unit)) return withHours(makeCredit(amount, unit, bodyId ?? UNIT_BODY[unit]));
  // A body or other words in the cell ("0.3 NASM CEUs", "NSCA: 0.5 CEUs"): the detector's patterns.
  const read = findCredits(`${bodyCell} ${stated}`.trim(), bodyId);
  if (read.length > 0) return read.slice(0, LIMITS.credits);
  if (match) return withHours(makeCredit(amount, unit.slice(0, LIMITS.unit), bodyId));
  return hours > 0 && hours <= 1000 ? [makeCredit(hours, 'contact hour', bodyId)] : [];
}

function formatOf(cell: string): ActivityDraft['format'] | undefined {
  const folded = foldText(cell);
  return (
    FORMATS.find((f) => folded === f || folded.includes(f)) ??
    (/on.?demand|self.?paced/.test(folded) ? 'online' : undefined)
  );
}

/** "ACE" or "ace" is the provider ace (as the log's form reads it); anything else is a free organizer name. */
function sourceOf(cell: string): Pick<ActivityDraft, 'provider' | 'organizer'> {
  const name = cell.slice(0, LIMITS.title).trim();
  const lower = name.toLowerCase();
  const provider = PROVIDER_IDS.find((id) => id === lower || PROVIDER_NAMES[id].toLowerCase() === lower);
  return provider ? { provider } : name ? { organizer: name } : {};
}

const url = (cell: string) => (/^https?:\/\/\S+$/i.test(cell) && cell.length <= LIMITS.url ? cell : null);

export interface SheetReading {
  drafts: ImportDraft[];
  /** Rows whose date could not be read, by their line number in the file (the header is line 1). */
  badRows: number[];
}

/**
 * The sheet's rows as drafts under a mapping. Rows of one CE Tally activity id are one activity with
 * several credits. A row without a readable date is a draft whose date the user enters; a sheet where
 * no row has one is refused (its dates are in no format this reads, or the date column is wrong).
 */
export function sheetDrafts(fileName: string, sheet: Sheet, mapping: readonly ColumnRole[]): SheetReading {
  const column = (role: ColumnRole) => mapping.indexOf(role);
  const at = (row: string[], role: ColumnRole) => {
    const i = column(role);
    return i === -1 ? '' : cellText(row[i]);
  };
  if (column('completedOn') === -1) throw new UnreadableFile('has no column mapped to the completion date.');
  const drafts: ImportDraft[] = [];
  const byActivity = new Map<string, ImportDraft>();
  const badRows: number[] = [];
  sheet.rows.forEach((row, index) => {
    if (row.every((cell) => !cell.trim())) return;
    const source = sourceOf(at(row, 'provider'));
    // A provider that is a certifying body (ACE, NASM) accredits the credits its row states without a body.
    const credits = cellCredits(
      at(row, 'credits'),
      at(row, 'unit'),
      at(row, 'body') || (source.provider ?? ''),
      at(row, 'hours'),
    );
    // "C", "Category C", "Ethics", "Power Skills": the category of the row's one credit, in its body's ids.
    const categoryCell = at(row, 'category');
    const category = credits.length === 1 ? categoryFromName(categoryCell, credits[0].body) : undefined;
    if (category) credits[0] = { ...credits[0], categories: [{ id: category, amount: credits[0].amount }] };
    const unknownCategory =
      categoryCell && !category
        ? `Line ${index + 2}: the category “${categoryCell.slice(0, 40)}” is not one of ${credits.length === 1 && credits[0].body ? `${credits[0].body.toUpperCase()}'s` : 'the credit’s'}; choose it in the log.`
        : '';
    const id = at(row, 'activityId');
    const same = id ? byActivity.get(id) : undefined;
    if (same) {
      same.fields.credits = joinCredits(same.fields.credits ?? [], credits).slice(0, LIMITS.credits);
      return;
    }
    const rawDate = at(row, 'completedOn');
    const completedOn = parseDate(rawDate) ?? '';
    const unsure: DraftField[] = [];
    const missing: string[] = [];
    if (!completedOn) {
      badRows.push(index + 2);
      unsure.push('completedOn');
      missing.push(`Line ${index + 2}: no date could be read from “${rawDate.slice(0, 40)}”.`);
    }
    if (unknownCategory) missing.push(unknownCategory);
    if (credits.length === 0 && (at(row, 'credits') || at(row, 'hours'))) unsure.push('credits');
    const title = fitTitle(cleanTitle(at(row, 'title')));
    if (!title.title) unsure.push('title');
    const format = formatOf(at(row, 'format'));
    const notes = at(row, 'notes').slice(0, LIMITS.notes);
    const draft: ImportDraft = {
      fileName,
      fields: {
        ...title,
        completedOn,
        credits,
        courseCode: at(row, 'courseCode').slice(0, LIMITS.code) || null,
        ...source,
        ...(format ? { format } : {}),
        ...(notes ? { notes } : {}),
        sourceUrl: url(at(row, 'sourceUrl')),
        certificateUrl: url(at(row, 'certificateUrl')),
      },
      unsure,
      missing,
    };
    drafts.push(draft);
    if (id) byActivity.set(id, draft);
  });
  if (drafts.length > 0 && badRows.length === drafts.length)
    throw new UnreadableFile(
      'has no date this can read in its date column (ISO 2026-09-14, 9/14/2026, Sept 14, 2026, 14 Sep 2026).',
    );
  return { drafts, badRows };
}

/**
 * The credits of one activity's rows. A split credit is written as a row per category (the CSV contract):
 * a row in a category that follows one of the same credit (kind, unit, body) in another category joins it.
 */
function joinCredits(before: readonly Credit[], added: readonly Credit[]): Credit[] {
  const joined = [...before];
  for (const credit of added) {
    const last = joined.at(-1);
    const share = credit.categories?.length === 1 ? credit.categories[0] : undefined;
    if (
      last &&
      share &&
      last.categories &&
      last.categories.length > 0 &&
      last.kind === credit.kind &&
      last.unit === credit.unit &&
      last.body === credit.body &&
      !last.categories.some((c) => c.id === share.id)
    ) {
      joined[joined.length - 1] = {
        ...last,
        amount: Math.round((last.amount + credit.amount) * 1000) / 1000,
        hours: Math.round((last.hours + credit.hours) * 100) / 100,
        categories: [...last.categories, share],
      };
    } else joined.push(credit);
  }
  return joined;
}

/** CE Tally's own CSV export: its columns, which map themselves. */
export function isOwnExport(header: readonly string[]): boolean {
  return header[0] === 'activity_id' && header[1] === 'completed_on' && header.includes('contact_hours');
}

const OWN_ROLES: Record<string, ColumnRole> = {
  activity_id: 'activityId',
  completed_on: 'completedOn',
  title: 'title',
  provider: 'provider',
  amount: 'credits',
  unit: 'unit',
  certifying_body: 'body',
  contact_hours: 'hours',
  course_code: 'courseCode',
  format: 'format',
  source_url: 'sourceUrl',
  certificate_url: 'certificateUrl',
  notes: 'notes',
  category: 'category',
};

export function ownExportMapping(header: readonly string[]): ColumnRole[] {
  return header.map((name) => OWN_ROLES[name] ?? 'ignore');
}

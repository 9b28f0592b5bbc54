import { z } from 'zod';
import { BODIES, type BodyId } from '../model/bodies';
import { PROVIDER_IDS } from '../model/provider-ids';
import { PROVIDER_NAMES } from '../detect/registry';
import { LIMITS } from '../model/limits';
import { activityDraftSchema, bodyIdSchema, FORMATS, type ActivityDraft, type Credit } from '../model/schema';
import { creditHours } from '../model/units';

/**
 * The activity form's state (what the inputs hold, as text) and its translation to a draft,
 * validated by activityDraftSchema. Kept out of React so the rules can be tested on their own.
 */
export interface CreditFields {
  amount: string;
  unit: string;
  body: BodyId | '';
  hours: string;
  /** The user typed the hours: stop deriving them from amount and unit. */
  hoursEdited: boolean;
  /** Requirement categories as typed: "A", or a split "A 0.6, C 0.4" (docs/domain.md's ids). */
  categories?: string;
}

export interface ActivityFields {
  title: string;
  /** Provider or organizer, as typed: a known provider's name becomes its provider id. */
  source: string;
  completedOn: string;
  format: (typeof FORMATS)[number] | '';
  courseCode: string;
  sourceUrl: string;
  certificateUrl: string;
  notes: string;
  cprAed: boolean;
  credits: CreditFields[];
}

/**
 * The fields as typed, read back from storage (the popup keeps an unsaved entry while it is closed).
 * Text is any text: the form checks it on save, and nothing the user typed is refused here.
 */
export const activityFieldsSchema = z.object({
  title: z.string(),
  source: z.string(),
  completedOn: z.string(),
  format: z.enum(FORMATS).or(z.literal('')),
  courseCode: z.string(),
  sourceUrl: z.string(),
  certificateUrl: z.string(),
  notes: z.string(),
  cprAed: z.boolean(),
  credits: z.array(
    z.object({
      amount: z.string(),
      unit: z.string(),
      body: bodyIdSchema.or(z.literal('')),
      hours: z.string(),
      hoursEdited: z.boolean(),
      categories: z.string().optional(),
    }),
  ),
}) satisfies z.ZodType<ActivityFields>;

/** Field name ("title", "credits.0.amount", "source") to the message shown next to it. */
export type FieldErrors = Record<string, string>;

/** A credit with an accrediting body is a CEC; without one (or from a participation-only body) a CEU. */
export function creditKind(body: BodyId | ''): Credit['kind'] {
  return body && BODIES[body].accredits ? 'CEC' : 'CEU';
}

function defaultUnit(body: BodyId | ''): string {
  return body ? BODIES[body].unit : 'CEU';
}

/** Accepts "1.5" and "1,5". Blank is NaN, which the schema refuses. */
function parseNumber(text: string): number {
  const trimmed = text.trim().replace(',', '.');
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

export function derivedHours(credit: Pick<CreditFields, 'amount' | 'unit' | 'body'>): string {
  const amount = parseNumber(credit.amount);
  if (!Number.isFinite(amount) || amount <= 0 || !credit.unit.trim()) return '';
  return String(creditHours({ amount, unit: credit.unit, body: credit.body || undefined }));
}

export function emptyCredit(): CreditFields {
  return { amount: '', unit: defaultUnit(''), body: '', hours: '', hoursEdited: false };
}

/** Applies a change to a credit row: a new body brings its unit (unless the user chose another), hours follow unless typed. */
export function editCredit(credit: CreditFields, change: Partial<Omit<CreditFields, 'hoursEdited'>>): CreditFields {
  const next = { ...credit, ...change };
  if (change.body !== undefined && (credit.unit.trim() === '' || credit.unit === defaultUnit(credit.body)))
    next.unit = defaultUnit(next.body);
  if (change.hours !== undefined) next.hoursEdited = true;
  if (!next.hoursEdited) next.hours = derivedHours(next);
  return next;
}

export function recalculateHours(credit: CreditFields): CreditFields {
  return { ...credit, hoursEdited: false, hours: derivedHours(credit) };
}

export function sourceText(draft: Pick<Partial<ActivityDraft>, 'provider' | 'organizer'>): string {
  return draft.provider ? PROVIDER_NAMES[draft.provider] : (draft.organizer ?? '');
}

/** "ACE" or "ace" is the provider ace; anything else is a free organizer name. */
export function sourceFromText(text: string): Pick<ActivityDraft, 'provider' | 'organizer'> {
  const trimmed = text.trim();
  if (!trimmed) return {};
  const lower = trimmed.toLowerCase();
  const provider = PROVIDER_IDS.find((id) => id === lower || PROVIDER_NAMES[id].toLowerCase() === lower);
  return provider ? { provider } : { organizer: trimmed };
}

export function fieldsFromDraft(draft: Partial<ActivityDraft> = {}): ActivityFields {
  const credits = (draft.credits ?? []).map((credit): CreditFields => ({
    amount: String(credit.amount),
    unit: credit.unit,
    body: credit.body ?? '',
    hours: String(credit.hours),
    hoursEdited: credit.hours !== creditHours(credit),
    categories: categoriesText(credit),
  }));
  return {
    title: draft.title ?? '',
    source: sourceText(draft),
    completedOn: draft.completedOn ?? '',
    format: draft.format ?? '',
    courseCode: draft.courseCode ?? '',
    sourceUrl: draft.sourceUrl ?? '',
    certificateUrl: draft.certificateUrl ?? '',
    notes: draft.notes ?? '',
    cprAed: draft.cprAed ?? false,
    // A new entry starts with one credit row: most activities earn one.
    credits: draft.title === undefined && credits.length === 0 ? [emptyCredit()] : credits,
  };
}

export type FormReading = { ok: true; draft: ActivityDraft } | { ok: false; errors: FieldErrors };

export function draftFromFields(fields: ActivityFields): FormReading {
  const candidate = {
    title: fields.title,
    ...sourceFromText(fields.source),
    completedOn: fields.completedOn,
    credits: fields.credits.map((c) => ({
      kind: creditKind(c.body),
      amount: parseNumber(c.amount),
      unit: c.unit,
      ...(c.body ? { body: c.body } : {}),
      // Hours the user did not type follow the amount: a missing amount is one message, not two.
      hours: c.hoursEdited || c.hours.trim() !== '' ? parseNumber(c.hours) : 0,
      ...categoriesFromText(c.categories ?? '', parseNumber(c.amount)),
    })),
    courseCode: fields.courseCode.trim() || null,
    ...(fields.format ? { format: fields.format } : {}),
    sourceUrl: fields.sourceUrl.trim() || null,
    certificateUrl: fields.certificateUrl.trim() || null,
    ...(fields.notes.trim() ? { notes: fields.notes } : {}),
    ...(fields.cprAed ? { cprAed: true } : {}),
  };
  const parsed = activityDraftSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, draft: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const last = issue.path.at(-1);
    const inCategories = issue.path.indexOf('categories');
    if (inCategories !== -1) {
      // A split that does not add up says by how much; a category written wrong, how to write it.
      errors[issue.path.slice(0, inCategories + 1).join('.')] ??=
        last === 'categories' ? issue.message : CATEGORIES_HINT;
      continue;
    }
    const field = last === 'provider' || last === 'organizer' ? 'source' : issue.path.join('.');
    errors[field] ??= fieldMessage(issue);
  }
  return { ok: false, errors };
}

const CATEGORIES_HINT = 'Write a category as its id ("A", "ethics"), or a split as "A 0.6, C 0.4"';

/** "A", or "A 0.6, C 0.4" for a split: what the form shows of a credit's categories. */
export function categoriesText(credit: Pick<Credit, 'amount' | 'categories'>): string {
  const shares = credit.categories ?? [];
  if (shares.length === 1 && shares[0].amount === credit.amount) return shares[0].id;
  return shares.map((s) => `${s.id} ${s.amount}`).join(', ');
}

/** The typed categories as the credit's shares; one category alone takes the whole amount. */
export function categoriesFromText(text: string, amount: number): Pick<Credit, 'categories'> {
  const parts = text
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 0) return {};
  const shares = parts.map((part) => {
    const match = /^(\S+?)(?::?\s+(\S+))?$/.exec(part);
    const id = match?.[1] ?? part;
    const share = match?.[2] === undefined ? (parts.length === 1 ? amount : Number.NaN) : parseNumber(match[2]);
    return { id, amount: share };
  });
  return { categories: shares };
}

/** Messages a person understands, for the schema's issues. */
function fieldMessage(issue: z.core.$ZodIssue): string {
  const tooBig = issue.code === 'too_big';
  switch (issue.path.at(-1)) {
    case 'title':
      return tooBig ? `Keep the title under ${LIMITS.title} characters` : 'Enter a title';
    case 'provider':
    case 'organizer':
      return `Keep the name under ${LIMITS.title} characters`;
    case 'completedOn':
      return 'Enter the date you completed it';
    case 'amount':
      return tooBig ? 'That amount is too large' : 'Enter the amount, a number above 0';
    case 'unit':
      return tooBig ? `Keep the unit under ${LIMITS.unit} characters` : 'Enter the unit, e.g. CEU or contact hour';
    case 'hours':
      return tooBig ? 'That is too many hours' : 'Enter the contact hours, a number of 0 or more';
    case 'body':
      return 'Choose the body that accredits this credit';
    case 'courseCode':
      return `Keep the course code under ${LIMITS.code} characters`;
    case 'sourceUrl':
    case 'certificateUrl':
      return tooBig
        ? `Keep the address under ${LIMITS.url} characters`
        : 'Enter a web address that starts with https:// or http://';
    case 'notes':
      return `Keep the notes under ${LIMITS.notes} characters`;
    case 'credits':
      return 'At most 20 credits';
    default:
      return issue.message;
  }
}

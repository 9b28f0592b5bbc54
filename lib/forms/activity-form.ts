import { z } from 'zod';
import { BODIES, type BodyId } from '../model/bodies';
import { PROVIDER_IDS } from '../model/provider-ids';
import { PROVIDER_NAMES } from '../detect/registry';
import { LIMITS } from '../model/limits';
import {
  activityDraftSchema,
  bodyIdSchema,
  FORMATS,
  type ActivityDraft,
  type Certification,
  type Credit,
} from '../model/schema';
import { creditHours } from '../model/units';
import { formatAmount, formatNumber } from '../model/format';
import { type CategoryRule, type CategoryShare } from '../model/requirements';
import { splitByStatedShares } from '../model/stated-shares';
import { addsUp, assignableCategories, DEFAULT_RULES, isPartOf, requirementRules } from '../model/requirement-defaults';

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
  /** The requirement category: "" none, a category id ("A", "ethics"), or SPLIT (then `parts`). */
  category?: string;
  /** A credit split across categories: one part per category, its amount as typed. */
  parts?: PartFields[];
  /** What the page stated for part of the credit ("3 of them ethics"), offered until the user chooses a category. */
  statedShares?: CategoryShare[];
}

export interface PartFields {
  id: string;
  amount: string;
}

/** The picker's "Split across categories…": no category id looks like it (an id starts with a letter or digit). */
export const SPLIT = '*split';

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
      category: z.string().optional(),
      parts: z.array(z.object({ id: z.string(), amount: z.string() })).optional(),
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

function creditFields(credit: Credit): CreditFields {
  return {
    amount: String(credit.amount),
    unit: credit.unit,
    body: credit.body ?? '',
    hours: String(credit.hours),
    hoursEdited: credit.hours !== creditHours(credit),
    ...categoryFields(credit),
    ...(credit.statedShares ? { statedShares: credit.statedShares } : {}),
  };
}

export function fieldsFromDraft(draft: Partial<ActivityDraft> = {}): ActivityFields {
  const credits = (draft.credits ?? []).map(creditFields);
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
      ...categoryShares(c),
      ...statedSharesKept(c),
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
    const inCategories = issue.path.indexOf('categories');
    if (inCategories !== -1) {
      const [, index, , part, field] = issue.path;
      const credit = fields.credits[Number(index)];
      if (part === undefined) errors[`credits.${String(index)}.category`] ??= splitMessage(credit);
      else if (credit.category === SPLIT)
        errors[`credits.${String(index)}.parts.${String(part)}.${String(field)}`] ??= partMessage(Number(part), field);
      else errors[`credits.${String(index)}.category`] ??= 'Choose a category from the list, or No category';
      continue;
    }
    const last = issue.path.at(-1);
    const field = last === 'provider' || last === 'organizer' ? 'source' : issue.path.join('.');
    errors[field] ??= fieldMessage(issue);
  }
  return { ok: false, errors };
}

/** The picker's value and a split's parts, from a stored credit's categories. */
export function categoryFields(
  credit: Pick<Credit, 'amount' | 'categories'>,
): Pick<CreditFields, 'category' | 'parts'> {
  const shares = credit.categories ?? [];
  if (shares.length === 0) return { category: '' };
  if (shares.length === 1 && shares[0].amount === credit.amount) return { category: shares[0].id };
  return { category: SPLIT, parts: shares.map((s) => ({ id: s.id, amount: String(s.amount) })) };
}

/** The page's stated share stays offered while the credit has no category and is still more than the share. */
function statedSharesKept(credit: CreditFields): Pick<Credit, 'statedShares'> {
  const stated = credit.statedShares?.reduce((sum, s) => sum + s.amount, 0);
  const amount = parseNumber(credit.amount);
  return stated !== undefined && !credit.category && isPartOf(stated, amount)
    ? { statedShares: credit.statedShares }
    : {};
}

/**
 * The credit row split as the page stated part of it (lib/model/stated-shares.ts): the part in its
 * categories, the rest in none; hours the user typed are shared in the same proportion.
 */
export function acceptStatedShares(credit: CreditFields): CreditFields[] {
  const { statedShares } = statedSharesKept(credit);
  if (!statedShares) return [credit];
  const amount = parseNumber(credit.amount);
  const typedHours = parseNumber(credit.hours);
  const body = credit.body || undefined;
  const whole = { kind: creditKind(credit.body), amount, unit: credit.unit, body, statedShares };
  const hours = Number.isFinite(typedHours) ? typedHours : creditHours(whole);
  return splitByStatedShares({ ...whole, hours }).map(creditFields);
}

/** The credit's categories from the picker: one category takes the whole amount, a split its parts. */
export function categoryShares(credit: CreditFields): Pick<Credit, 'categories'> {
  const choice = credit.category ?? '';
  if (choice === '') return {};
  if (choice !== SPLIT) return { categories: [{ id: choice, amount: parseNumber(credit.amount) }] };
  return { categories: (credit.parts ?? []).map((p) => ({ id: p.id, amount: parseNumber(p.amount) })) };
}

/** A split starts with two parts: the whole credit in the category chosen before, if any, and the rest to assign. */
export function startSplit(credit: CreditFields): CreditFields {
  const before = credit.category && credit.category !== SPLIT ? credit.category : '';
  const parts = credit.parts?.length
    ? credit.parts
    : [
        { id: before, amount: credit.amount.trim() },
        { id: '', amount: '' },
      ];
  return { ...credit, category: SPLIT, parts };
}

/** "The parts add up to 1.5 of 2 CEUs: 0.5 left to assign", or what else is wrong with a split. */
export function splitMessage(credit: CreditFields): string {
  const parts = credit.parts ?? [];
  if (credit.category !== SPLIT || parts.length === 0) return 'Choose a category from the list, or No category';
  const ids = parts.map((p) => p.id).filter(Boolean);
  const twice = ids.find((id, index) => ids.indexOf(id) !== index);
  if (twice) return `Category "${twice}" is in two parts: give each category once`;
  return splitSum(credit) ?? 'Give the credit and each part an amount';
}

/** What the parts add up to against the credit, while they are typed; undefined until every amount is a number. */
export function splitSum(credit: CreditFields): string | undefined {
  const amount = parseNumber(credit.amount);
  const amounts = (credit.parts ?? []).map((p) => parseNumber(p.amount));
  if (!Number.isFinite(amount) || amounts.length === 0 || amounts.some((a) => !Number.isFinite(a))) return undefined;
  const sum = amounts.reduce((total, a) => total + a, 0);
  const fmt = (n: number) => formatNumber(Math.round(n * 1000) / 1000);
  const whole = formatAmount(Math.round(amount * 1000) / 1000, credit.unit.trim());
  if (addsUp(sum, amount)) return `The parts add up to the credit's ${whole}`;
  const gap = sum < amount ? `${fmt(amount - sum)} left to assign` : `${fmt(sum - amount)} too much`;
  return `The parts add up to ${fmt(sum)} of ${whole}: ${gap}`;
}

function partMessage(index: number, field: PropertyKey | undefined): string {
  return field === 'id'
    ? `Choose the category of part ${index + 1}`
    : `Enter the amount of part ${index + 1}, a number above 0`;
}

/** The categories of one certification that a credit can be assigned to. */
export interface CategoryGroup {
  /** The certification's name ("NSCA-CSCS"), or the body's where the user has no certification of it. */
  label: string;
  categories: CategoryRule[];
}

/**
 * The categories a credit can go to: those of the user's certifications it counts toward by its body (their own
 * rules), and those of every "other" certification (a credit counts there when assigned to one of them). A body
 * of none of the user's certifications offers its default categories. An id is offered once.
 */
export function categoryChoices(
  credit: Pick<CreditFields, 'body'>,
  certifications: readonly Pick<Certification, 'body' | 'name' | 'rules'>[],
): CategoryGroup[] {
  const body = credit.body && creditKind(credit.body) === 'CEC' ? credit.body : undefined;
  const ofBody = certifications.filter((c) => body && c.body === body);
  const groups: CategoryGroup[] = [
    ...(ofBody.length > 0 || !body
      ? ofBody.map((c) => ({ label: c.name, categories: assignableCategories(requirementRules(c)) }))
      : [{ label: BODIES[body].label, categories: assignableCategories(DEFAULT_RULES[body] ?? { categories: [] }) }]),
    ...certifications
      .filter((c) => c.body === 'other')
      .map((c) => ({ label: c.name, categories: assignableCategories(requirementRules(c)) })),
  ];
  const offered = new Set<string>();
  return groups
    .map((g) => ({ ...g, categories: g.categories.filter((c) => !offered.has(c.id) && offered.add(c.id)) }))
    .filter((g) => g.categories.length > 0);
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

/** The certification form: the bodies to choose from, their defaults, and the fields read into an input. */
import { BODIES, type BodyId } from '../model/bodies';
import type { Certification } from '../model/schema';
import { formatHours, formatNumber } from '../model/format';
import { type CategoryRule, type RequirementRules } from '../model/requirements';
import { requirementRules } from '../model/requirement-defaults';
import { certificationInputSchema, type CertificationInput } from '../store/certifications';

export type CertificationBody = Certification['body'];

/** What the user can pick, with the certification name each one defaults to (docs/domain.md's table). */
export const CERTIFICATION_CHOICES: ReadonlyArray<{ body: CertificationBody; name: string }> = [
  { body: 'nasm', name: 'NASM-CPT' },
  { body: 'ace', name: 'ACE' },
  { body: 'acsm', name: 'ACSM-CPT' },
  { body: 'nsca', name: 'NSCA-CSCS' },
  { body: 'afaa', name: 'AFAA' },
  { body: 'issa', name: 'ISSA' },
  { body: 'aea', name: 'AEA' },
  { body: 'ncbtmb', name: 'NCBTMB' },
  { body: 'ancc', name: 'ANCC' },
  { body: 'pmi', name: 'PMI-PMP' },
  { body: 'nbcc', name: 'NBCC-NCC' },
  { body: 'boc', name: 'BOC-ATC' },
  { body: 'other', name: '' },
];

/** A default docs/domain.md marks as coming from third-party pages only, and what the user should know about it. */
export interface UnconfirmedDefault {
  field: BodyInfoField;
  note: string;
}
type BodyInfoField = (typeof BODIES)[BodyId]['unconfirmed'][number];

export interface CertificationDefaults {
  name: string;
  cycleMonths: number;
  /** Null for "other": the user enters it. */
  requirement: number | null;
  unit: string;
  hoursPerUnit: number;
  cprRequired: boolean;
  /** The body's own rules in a sentence (category limits, grace periods), or "" for "other". */
  notes: string;
  unconfirmed: UnconfirmedDefault[];
}

const OTHER_CYCLE_MONTHS = 24;

/** The editable defaults a new certification starts from: requirement, cycle length and unit from the body table. */
export function certificationDefaults(body: CertificationBody): CertificationDefaults {
  const name = CERTIFICATION_CHOICES.find((c) => c.body === body)?.name ?? '';
  if (body === 'other') {
    return {
      name,
      cycleMonths: OTHER_CYCLE_MONTHS,
      requirement: null,
      unit: '',
      hoursPerUnit: 1,
      cprRequired: false,
      notes: '',
      unconfirmed: [],
    };
  }
  const info = BODIES[body];
  const unconfirmed = info.unconfirmed.map((field): UnconfirmedDefault => {
    switch (field) {
      case 'hoursPerUnit':
        return {
          field,
          note: `Check this with ${info.label}: CE Tally counts 1 ${info.unit} as ${formatHours(info.hoursPerUnit)}, which ${info.label}'s own pages do not say.`,
        };
      case 'requirement':
        return {
          field,
          note: `Check this with ${info.label}: this requirement comes from other sites, not ${info.label}'s own. Change it if yours differs.`,
        };
      case 'cycleMonths':
        return {
          field,
          note: `Check this with ${info.label}: this cycle length comes from other sites, not ${info.label}'s own. Change it if yours differs.`,
        };
      case 'cprCredit':
        return {
          field,
          note: `Check this with ${info.label}: CE Tally counts a CPR/AED course as ${formatNumber(info.cprCredit ?? 0)} ${info.unitPlural}, which ${info.label}'s own pages do not say.`,
        };
    }
  });
  return {
    name,
    // Bodies offered here all have a cycle and a requirement; the fallbacks only satisfy the type.
    cycleMonths: info.cycleMonths ?? OTHER_CYCLE_MONTHS,
    requirement: info.requirement,
    unit: info.unitPlural,
    hoursPerUnit: info.hoursPerUnit,
    cprRequired: info.cprRequired,
    notes: info.notes,
    unconfirmed,
  };
}

/** The form's fields, as the inputs hold them. */
export interface CertificationFormValues {
  body: string;
  name: string;
  cycleEnd: string;
  cycleMonths: string;
  requirement: string;
  unit: string;
  hoursPerUnit: string;
  cprRequired: boolean;
  cprExpires: string;
  /** Renewal reminders for this certification (on unless the user turns them off). */
  reminders: boolean;
  rules: RulesFields;
}

/** One category of the rules, as its inputs hold it. */
export interface CategoryFields {
  /** The id credits and the CSV name it by; "" for a category the user just added (made from its name on save). */
  id: string;
  label: string;
  min: string;
  max: string;
  inHours: boolean;
  /** An area made of other categories (PMI's Education): shown, not edited. */
  of?: string[];
  unconfirmed?: boolean;
}

/** The requirement rules as the form holds them. */
export interface RulesFields {
  categories: CategoryFields[];
  minCategories: string;
  eventMax: string;
  graceMonths: string;
  /** Credits over the requirement carry into the next cycle: those of its last months, at most so many. */
  carryOver: boolean;
  carryOverMonths: string;
  carryOverMax: string;
  /** The requirement is prorated by the certification date (NSCA). */
  prorate: boolean;
  /** The providers whose courses the body records itself ([] for none), since a date ('' for always). */
  recordedBy: string[];
  recordedSince: string;
}

/** A form field's name: one of the values, or a rule's ("rules.eventMax", "rules.categories.1.min"). */
export type FieldName = Exclude<keyof CertificationFormValues, 'rules'> | `rules.${string}`;
export type FieldErrors = Partial<Record<FieldName, string>>;

export type FormResult = { ok: true; input: CertificationInput } | { ok: false; errors: FieldErrors };

/** Messages a person can act on; a message the schema itself states (the name's) wins over these. */
const FIELD_MESSAGES: Partial<Record<string, string>> = {
  body: 'Pick the certifying body',
  cycleEnd: 'Enter the cycle end date',
  cycleMonths: 'Enter the cycle length in whole months, 1 to 240',
  requirement: 'Enter the requirement, a number above 0',
  unit: 'Enter the unit this body counts in',
  hoursPerUnit: 'Enter the contact hours one unit is worth, a number above 0',
  cprExpires: 'Enter a valid date, or leave it empty',
};

const numberField = (value: string) => (value.trim() === '' ? Number.NaN : Number(value.trim().replace(',', '.')));
/** An optional number: blank is none; anything else is read (and refused by the schema when it is no number). */
const optionalNumber = (value: string) => (value.trim() === '' ? undefined : numberField(value));
const text = (value: number | undefined) => (value === undefined ? '' : String(value));

export function rulesFields(rules: RequirementRules): RulesFields {
  return {
    categories: rules.categories.map((c) => ({
      id: c.id,
      label: c.label,
      min: text(c.min),
      max: text(c.max),
      inHours: c.inHours === true,
      ...(c.of ? { of: c.of } : {}),
      ...(c.unconfirmed ? { unconfirmed: true } : {}),
    })),
    minCategories: text(rules.minCategories),
    eventMax: text(rules.eventMax),
    graceMonths: text(rules.graceMonths),
    carryOver: rules.carryOver !== undefined,
    carryOverMonths: text(rules.carryOver?.lastMonths),
    carryOverMax: text(rules.carryOver?.max),
    prorate: rules.prorate === 'by-year',
    recordedBy: [...(rules.recordedBy?.providers ?? [])],
    recordedSince: rules.recordedBy?.since ?? '',
  };
}

/** What the user should know of a category's default that docs/domain.md leaves open (AFAA's minimum). */
export function categoryNote(body: CertificationBody, category: CategoryFields): string | undefined {
  if (!category.unconfirmed || body === 'other') return undefined;
  const { label } = BODIES[body];
  const limit = category.min ? 'minimum' : 'maximum';
  // AFAA's is open because its scale changed: say how, as docs/domain.md does.
  const why = body === 'afaa' ? ' (older AFAA records counted 1 CEU as 1 hour)' : '';
  return `Check this with ${label}: the ${limit} of ${category.label} comes from pages that leave it open${why}. Change it if yours differs.`;
}

/** A new category of the user's own (an "other" certification's). */
export function emptyCategory(): CategoryFields {
  return { id: '', label: '', min: '', max: '', inHours: false };
}

/** "State law" becomes "state-law"; a name with no letter or digit, "category-3". Never one already taken. */
function categoryIdFor(label: string, index: number, taken: Set<string>): string {
  const base =
    label
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 32)
      .replace(/-+$/, '') || `category-${index + 1}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

function readRules(fields: RulesFields): unknown {
  const taken = new Set(fields.categories.map((c) => c.id).filter(Boolean));
  const categories = fields.categories.map((c, index) => {
    const id = c.id || categoryIdFor(c.label, index, taken);
    taken.add(id);
    const min = optionalNumber(c.min);
    const max = c.of ? undefined : optionalNumber(c.max);
    return {
      id,
      label: c.label,
      ...(min !== undefined ? { min } : {}),
      ...(max !== undefined ? { max } : {}),
      ...(c.inHours ? { inHours: true } : {}),
      ...(c.of ? { of: c.of } : {}),
      ...(c.unconfirmed ? { unconfirmed: true } : {}),
    } satisfies Partial<CategoryRule>;
  });
  const minCategories = optionalNumber(fields.minCategories);
  const eventMax = optionalNumber(fields.eventMax);
  const graceMonths = optionalNumber(fields.graceMonths);
  return {
    categories,
    ...(minCategories !== undefined ? { minCategories } : {}),
    ...(eventMax !== undefined ? { eventMax } : {}),
    ...(graceMonths !== undefined ? { graceMonths } : {}),
    ...(fields.carryOver
      ? {
          carryOver: {
            lastMonths: numberField(fields.carryOverMonths),
            ...(fields.carryOverMax.trim() ? { max: numberField(fields.carryOverMax) } : {}),
          },
        }
      : {}),
    ...(fields.prorate ? { prorate: 'by-year' } : {}),
    ...(fields.recordedBy.length > 0
      ? {
          recordedBy: {
            providers: fields.recordedBy,
            ...(fields.recordedSince ? { since: fields.recordedSince } : {}),
          },
        }
      : {}),
  };
}

/** The message for a rule's field, naming the category it is about. */
function ruleMessage(path: readonly PropertyKey[], values: CertificationFormValues, schemaMessage: string): string {
  const [, part, index, field] = path.map(String);
  if (part === 'categories' && index !== undefined) {
    const category = values.rules.categories[Number(index)];
    const name = category?.label.trim() ? `"${category.label.trim()}"` : `category ${Number(index) + 1}`;
    switch (field) {
      case 'label':
        return `Name category ${Number(index) + 1}`;
      case 'min':
        return schemaMessage === 'A minimum cannot be over the maximum'
          ? `The minimum of ${name} is over its maximum`
          : `Enter the minimum of ${name}, a number above 0, or leave it empty`;
      case 'max':
        return `Enter the maximum of ${name}, a number above 0, or leave it empty`;
      case 'id':
        return `${name}: ${schemaMessage}`;
      default:
        return `${name}: ${schemaMessage}`;
    }
  }
  switch (part) {
    case 'minCategories':
      return 'Enter "From at least" as a whole number of categories, 2 to 20, or leave it empty';
    case 'eventMax':
      return 'Enter the most one event counts for, a number above 0, or leave it empty';
    case 'graceMonths':
      return 'Enter the grace period in whole months, 1 to 24, or leave it empty';
    case 'carryOver':
      return index === 'max'
        ? 'Enter the most that carries over, a number above 0, or leave it empty'
        : 'Enter the months whose credits carry over, a whole number 1 to 120';
    case 'recordedBy':
      return 'Enter the date the body began recording its courses, or leave it empty';
    case 'categories':
      return 'At most 20 categories';
    default:
      return schemaMessage;
  }
}

/** Where a rule's message shows: a category's field, or the rule's own. */
function ruleField(path: readonly PropertyKey[]): FieldName {
  const [, part, index, field] = path.map(String);
  if (part === 'categories' && index !== undefined)
    return `rules.categories.${index}.${field === 'of' || field === 'id' || field === undefined ? 'label' : field}`;
  // carryOver.lastMonths and carryOver.max, recordedBy.since: one input each.
  if (part === 'carryOver') return index === 'max' ? 'rules.carryOverMax' : 'rules.carryOverMonths';
  if (part === 'recordedBy') return 'rules.recordedSince';
  return `rules.${part ?? 'categories'}`;
}

/** A new certification's form: no body chosen yet (NASM first would be a trap for a nurse), nothing filled in. */
export function emptyFormValues(): CertificationFormValues {
  return {
    body: '',
    name: '',
    cycleEnd: '',
    cycleMonths: '',
    requirement: '',
    unit: '',
    hoursPerUnit: '',
    cprRequired: false,
    cprExpires: '',
    reminders: true,
    rules: rulesFields({ categories: [] }),
  };
}

export function formValues(from: Certification | CertificationBody): CertificationFormValues {
  if (typeof from === 'string') {
    const defaults = certificationDefaults(from);
    return {
      body: from,
      name: defaults.name,
      cycleEnd: '',
      cycleMonths: String(defaults.cycleMonths),
      requirement: defaults.requirement === null ? '' : String(defaults.requirement),
      unit: from === 'other' ? '' : defaults.unit,
      hoursPerUnit: String(defaults.hoursPerUnit),
      cprRequired: defaults.cprRequired,
      cprExpires: '',
      reminders: true,
      rules: rulesFields(requirementRules({ body: from })),
    };
  }
  return {
    body: from.body,
    name: from.name,
    cycleEnd: from.cycleEnd,
    cycleMonths: String(from.cycleMonths),
    requirement: String(from.requirement),
    unit: from.unit ?? (from.body === 'other' ? '' : BODIES[from.body].unitPlural),
    hoursPerUnit: String(from.hoursPerUnit ?? (from.body === 'other' ? 1 : BODIES[from.body].hoursPerUnit)),
    cprRequired: from.cprRequired,
    cprExpires: from.cprExpires ?? '',
    reminders: from.reminders !== false,
    rules: rulesFields(requirementRules(from)),
  };
}

/** Reads the form through the schema. Unit and scale are stored for "other" only: a known body's come from the body table. */
export function readCertificationForm(values: CertificationFormValues): FormResult {
  const other = values.body === 'other';
  const result = certificationInputSchema.safeParse(
    {
      body: values.body,
      name: values.name,
      cycleEnd: values.cycleEnd,
      cycleMonths: numberField(values.cycleMonths),
      requirement: numberField(values.requirement),
      ...(other && values.unit.trim() ? { unit: values.unit } : {}),
      ...(other && values.hoursPerUnit.trim() ? { hoursPerUnit: numberField(values.hoursPerUnit) } : {}),
      cprRequired: values.cprRequired,
      ...(values.cprExpires ? { cprExpires: values.cprExpires } : {}),
      // Stored only when off: a certification without the field has reminders on.
      ...(values.reminders ? {} : { reminders: false }),
      rules: readRules(values.rules),
    },
    { error: (issue) => FIELD_MESSAGES[String(issue.path?.[0])] },
  );
  if (result.success) return { ok: true, input: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    if (issue.path[0] === 'rules') errors[ruleField(issue.path)] ??= ruleMessage(issue.path, values, issue.message);
    else errors[String(issue.path[0]) as FieldName] ??= issue.message;
  }
  return { ok: false, errors };
}

/** True when the form's rules are no longer its body's defaults: the user has typed their own. */
export function rulesEdited(values: CertificationFormValues): boolean {
  return (
    values.body !== '' &&
    JSON.stringify(values.rules) !== JSON.stringify(formValues(values.body as CertificationBody).rules)
  );
}

/**
 * A category keeps its "unconfirmed" mark while it holds its body's default limits; edited, the limits are the
 * user's own and the note goes (it comes back if they type the default again or take the body's rules).
 */
export function markUnconfirmed(body: CertificationBody, category: CategoryFields): CategoryFields {
  const { unconfirmed: _, ...own } = category;
  const fallback = body === 'other' ? undefined : formValues(body).rules.categories.find((d) => d.id === category.id);
  return fallback?.unconfirmed && fallback.min === category.min && fallback.max === category.max
    ? { ...own, unconfirmed: true }
    : own;
}

/** The body's notes on defaults its own pages leave open, for the fields that still hold those defaults. */
export function unconfirmedNotes(values: CertificationFormValues): UnconfirmedDefault[] {
  if (!values.body) return [];
  const body = values.body as CertificationBody;
  const fresh = formValues(body);
  const stillDefault = (field: UnconfirmedDefault['field']) =>
    field === 'requirement' || field === 'cycleMonths' ? values[field].trim() === fresh[field] : true;
  return certificationDefaults(body).unconfirmed.filter((u) => stillDefault(u.field));
}

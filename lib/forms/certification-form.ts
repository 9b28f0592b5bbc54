/** The certification form: the bodies to choose from, their defaults, and the fields read into an input. */
import { BODIES, type BodyId } from '../model/bodies';
import type { Certification } from '../model/schema';
import { formatHours, formatNumber } from '../model/format';
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
}

export type FieldErrors = Partial<Record<keyof CertificationFormValues, string>>;

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

const numberField = (value: string) => (value.trim() === '' ? Number.NaN : Number(value));

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
    },
    { error: (issue) => FIELD_MESSAGES[String(issue.path?.[0])] },
  );
  if (result.success) return { ok: true, input: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0]) as keyof CertificationFormValues;
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}

import { describe, expect, it } from 'vitest';
import {
  categoryNote,
  emptyCategory,
  formValues,
  markUnconfirmed,
  readCertificationForm,
  rulesEdited,
  type CertificationFormValues,
} from '../../lib/forms/certification-form';
import { DEFAULT_RULES } from '../../lib/model/requirement-defaults';
import { certificationSchema } from '../../lib/model/schema';

/** The certification form's "Requirement rules": the body's defaults shown, edited, and read back. */
const nsca = (): CertificationFormValues => ({ ...formValues('nsca'), cycleEnd: '2027-12-31' });
const other = (): CertificationFormValues => ({
  ...formValues('other'),
  name: 'State license',
  cycleEnd: '2027-12-31',
  requirement: '20',
  unit: 'CE credits',
  hoursPerUnit: '1',
});
const withCategory = (values: CertificationFormValues, index: number, change: object): CertificationFormValues => ({
  ...values,
  rules: {
    ...values.rules,
    categories: values.rules.categories.map((c, i) => (i === index ? { ...c, ...change } : c)),
  },
});

describe('the rules a body starts with', () => {
  it("shows NSCA's four categories with their maxima, two categories at least and 2.0 CEUs an event", () => {
    const { rules } = nsca();
    expect(rules.categories.map((c) => [c.id, c.max, c.min])).toEqual([
      ['A', '5.5', ''],
      ['B', '4', ''],
      ['C', '5.5', ''],
      ['D', '4', ''],
    ]);
    expect([rules.minCategories, rules.eventMax, rules.graceMonths]).toEqual(['2', '2', '']);
    expect(formValues('acsm').rules.graceMonths).toBe('6');
    expect(formValues('ncbtmb').rules.categories[0]).toMatchObject({ id: 'ethics', min: '3', inHours: true });
  });

  it('reads the defaults back unchanged, the rules the form does not show (proration, recorded by) too', () => {
    for (const body of ['nsca', 'ncbtmb', 'pmi', 'afaa', 'acsm'] as const) {
      const result = readCertificationForm({ ...formValues(body), cycleEnd: '2027-12-31' });
      expect(result.ok && result.input.rules, body).toEqual(DEFAULT_RULES[body]);
    }
  });

  it('says a default docs/domain.md leaves open is to be checked with the body, and only that one', () => {
    const afaa = formValues('afaa').rules.categories[0];
    expect(categoryNote('afaa', afaa)).toBe(
      "Check this with AFAA: the minimum of AFAA's own courses comes from pages that leave it open (older AFAA records counted 1 CEU as 1 hour). Change it if yours differs.",
    );
    expect(nsca().rules.categories.map((c) => categoryNote('nsca', c))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('editing the rules', () => {
  it('stores an edited maximum, a category counted in hours and a grace period', () => {
    const values = withCategory(nsca(), 3, { max: '3,5', inHours: true });
    const result = readCertificationForm({ ...values, rules: { ...values.rules, graceMonths: '3', eventMax: '' } });
    expect(result.ok && result.input.rules).toMatchObject({
      categories: [{}, {}, {}, { id: 'D', max: 3.5, inHours: true }],
      minCategories: 2,
      graceMonths: 3,
      prorate: 'by-year',
    });
    expect(result.ok && 'eventMax' in result.input.rules!).toBe(false);
  });

  it('names the field and the category in each message, and keeps every value typed', () => {
    const values = withCategory(withCategory(nsca(), 0, { min: '6' }), 1, { max: 'four' });
    const typed = structuredClone(values);
    const result = readCertificationForm({
      ...values,
      rules: { ...values.rules, minCategories: '1', graceMonths: '2.5' },
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        'rules.categories.0.min': 'The minimum of "Category A: Attendance" is over its maximum',
        'rules.categories.1.max':
          'Enter the maximum of "Category B: Share Your Expertise", a number above 0, or leave it empty',
        'rules.minCategories': 'Enter "From at least" as a whole number of categories, 2 to 20, or leave it empty',
        'rules.graceMonths': 'Enter the grace period in whole months, 1 to 24, or leave it empty',
      },
    });
    expect(values).toEqual(typed);
  });
});

describe("an 'other' certification's own categories", () => {
  it('starts with none, adds categories whose ids come from their names, and keeps an id once given', () => {
    expect(other().rules.categories).toEqual([]);
    const added = {
      ...other(),
      rules: {
        ...other().rules,
        categories: [
          { ...emptyCategory(), label: 'State law', min: '2' },
          { ...emptyCategory(), label: 'State Law!', max: '10', inHours: true },
          { ...emptyCategory(), label: '¿Ética?' },
        ],
      },
    };
    const result = readCertificationForm(added);
    expect(result.ok && result.input.rules?.categories).toEqual([
      { id: 'state-law', label: 'State law', min: 2 },
      { id: 'state-law-2', label: 'State Law!', max: 10, inHours: true },
      { id: 'etica', label: '¿Ética?' },
    ]);
    // Renamed after saving, a category keeps its id: the credits assigned to it stay assigned.
    const stored = certificationSchema.parse({ ...(result.ok && result.input), id: 'x', createdAt: 1, updatedAt: 1 });
    const renamed = withCategory(formValues(stored), 0, { label: 'Kentucky law' });
    const again = readCertificationForm(renamed);
    expect(again.ok && again.input.rules?.categories[0]).toEqual({ id: 'state-law', label: 'Kentucky law', min: 2 });
  });

  it('asks for a name where a category has none', () => {
    const values = { ...other(), rules: { ...other().rules, categories: [{ ...emptyCategory(), min: '2' }] } };
    expect(readCertificationForm(values)).toEqual({
      ok: false,
      errors: { 'rules.categories.0.label': 'Name category 1' },
    });
  });
});

describe("a body's rules, and the user's own", () => {
  it("are edited once a limit differs from the body's, and not when only the body was chosen", () => {
    const values = formValues('nsca');
    expect(rulesEdited(values)).toBe(false);
    const categories = values.rules.categories.map((c) => (c.id === 'D' ? { ...c, max: '3' } : c));
    expect(rulesEdited({ ...values, rules: { ...values.rules, categories } })).toBe(true);
    expect(rulesEdited({ ...values, rules: { ...values.rules, graceMonths: '2' } })).toBe(true);
  });

  it("keep a category's unconfirmed mark only while it holds the body's default", () => {
    const own = formValues('afaa').rules.categories.find((c) => c.unconfirmed)!;
    expect(markUnconfirmed('afaa', { ...own, min: '3' }).unconfirmed).toBeUndefined();
    expect(markUnconfirmed('afaa', { ...own, unconfirmed: undefined }).unconfirmed).toBe(true);
  });
});

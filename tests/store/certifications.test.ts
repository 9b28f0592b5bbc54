import { describe, expect, it } from 'vitest';
import { BODIES } from '../../lib/model/bodies';
import {
  CERTIFICATION_CHOICES,
  certificationDefaults,
  formValues,
  readCertificationForm,
  type CertificationFormValues,
} from '../../lib/forms/certification-form';
import {
  createCertification,
  deleteCertification,
  restoreCertification,
  updateCertification,
  type CertificationInput,
} from '../../lib/store/certifications';
import { certificationSchema } from '../../lib/model/schema';
import { testDb } from '../support/helpers';

const nasmForm = (overrides: Partial<CertificationFormValues> = {}): CertificationFormValues => ({
  ...formValues('nasm'),
  cycleEnd: '2027-06-30',
  ...overrides,
});

function input(overrides: Partial<CertificationFormValues> = {}): CertificationInput {
  const result = readCertificationForm(nasmForm(overrides));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.input;
}

describe('defaults from the body table', () => {
  it('offers the bodies of docs/domain.md with their requirement, cycle and unit', () => {
    expect(CERTIFICATION_CHOICES.map((c) => c.name || c.body)).toEqual([
      'NASM-CPT',
      'ACE',
      'ACSM-CPT',
      'NSCA-CSCS',
      'AFAA',
      'ISSA',
      'AEA',
      'NCBTMB',
      'ANCC',
      'PMI-PMP',
      'NBCC-NCC',
      'BOC-ATC',
      'other',
    ]);
    expect(certificationDefaults('nbcc')).toMatchObject({ requirement: 100, cycleMonths: 60, hoursPerUnit: 1 });
    expect(certificationDefaults('boc')).toMatchObject({
      requirement: 50,
      cycleMonths: 24,
      unit: 'CEUs',
      hoursPerUnit: 1,
    });
    expect(certificationDefaults('nasm')).toMatchObject({
      name: 'NASM-CPT',
      requirement: 2,
      cycleMonths: 24,
      unit: 'CEUs',
      hoursPerUnit: 10,
      cprRequired: true,
    });
    expect(certificationDefaults('acsm')).toMatchObject({
      requirement: 45,
      cycleMonths: 36,
      unit: 'CECs',
      hoursPerUnit: 1,
    });
    expect(certificationDefaults('ancc')).toMatchObject({
      requirement: 75,
      cycleMonths: 60,
      unit: 'contact hours',
      cprRequired: false,
    });
    expect(certificationDefaults('pmi')).toMatchObject({
      name: 'PMI-PMP',
      requirement: 60,
      cycleMonths: 36,
      unit: 'PDUs',
    });
    for (const { body } of CERTIFICATION_CHOICES) {
      if (body === 'other') continue;
      expect(certificationDefaults(body).requirement, body).toBe(BODIES[body].requirement);
      expect(certificationDefaults(body).cycleMonths, body).toBe(BODIES[body].cycleMonths);
    }
  });

  it('offers every body whose renewal requirement and cycle docs/domain.md gives', () => {
    const offered = new Set(CERTIFICATION_CHOICES.map((c) => c.body));
    const renewable = Object.values(BODIES).filter((b) => b.requirement !== null && b.cycleMonths !== null);
    expect(renewable.map((b) => b.id).filter((id) => !offered.has(id))).toEqual([]);
  });

  it('notes every default docs/domain.md marks unconfirmed, and only those', () => {
    expect(certificationDefaults('nasm').unconfirmed.map((u) => u.field)).toEqual(['hoursPerUnit']);
    expect(certificationDefaults('nasm').unconfirmed[0].note).toContain('1 CEU as 10 contact hours');
    expect(certificationDefaults('issa').unconfirmed.map((u) => u.field)).toEqual(['hoursPerUnit', 'requirement']);
    expect(certificationDefaults('afaa').unconfirmed.find((u) => u.field === 'cprCredit')?.note).toContain(
      'a CPR/AED course as 2 CEUs',
    );
    expect(certificationDefaults('ancc').unconfirmed.map((u) => u.field)).toEqual(['requirement']);
    expect(certificationDefaults('ace').unconfirmed).toEqual([]);
    for (const { body } of CERTIFICATION_CHOICES) {
      if (body !== 'other')
        expect(
          certificationDefaults(body).unconfirmed.map((u) => u.field),
          body,
        ).toEqual([...BODIES[body].unconfirmed]);
    }
  });

  it('leaves requirement, unit and scale to the user for "other"', () => {
    expect(certificationDefaults('other')).toMatchObject({ name: '', requirement: null, unit: '', unconfirmed: [] });
    expect(formValues('other')).toMatchObject({ requirement: '', unit: '', hoursPerUnit: '1' });
  });
});

describe('reading the form through the schema', () => {
  it('accepts a NASM-CPT and keeps unit and scale out of a known body', () => {
    expect(input({ unit: 'whatever', hoursPerUnit: '3' })).toEqual({
      body: 'nasm',
      name: 'NASM-CPT',
      cycleEnd: '2027-06-30',
      cycleMonths: 24,
      requirement: 2,
      cprRequired: true,
      rules: { categories: [], recordedBy: { providers: ['nasm'] } },
    });
  });

  it('puts a message a person can act on next to each wrong field', () => {
    const result = readCertificationForm(
      nasmForm({ name: '  ', cycleEnd: '', cycleMonths: '1.5', requirement: 'abc', cprExpires: '2027-02-29' }),
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        name: 'Enter the certification name',
        cycleEnd: 'Enter the cycle end date',
        cycleMonths: 'Enter the cycle length in whole months, 1 to 240',
        requirement: 'Enter the requirement, a number above 0',
        cprExpires: 'Enter a valid date, or leave it empty',
      },
    });
    expect(readCertificationForm(nasmForm({ requirement: '0' }))).toMatchObject({
      ok: false,
      errors: { requirement: 'Enter the requirement, a number above 0' },
    });
    expect(readCertificationForm(nasmForm({ requirement: '' }))).toMatchObject({
      ok: false,
      errors: { requirement: 'Enter the requirement, a number above 0' },
    });
    expect(readCertificationForm(nasmForm({ body: 'cpr-club' }))).toMatchObject({
      ok: false,
      errors: { body: 'Pick the certifying body' },
    });
  });

  it('takes a leap day only in a leap year', () => {
    expect(readCertificationForm(nasmForm({ cycleEnd: '2028-02-29' })).ok).toBe(true);
    expect(readCertificationForm(nasmForm({ cycleEnd: '2027-02-29' }))).toMatchObject({
      ok: false,
      errors: { cycleEnd: 'Enter the cycle end date' },
    });
  });

  it('needs a unit and a scale for "other"', () => {
    const other = { ...formValues('other'), name: 'State license', cycleEnd: '2027-12-31', requirement: '12' };
    expect(readCertificationForm({ ...other, hoursPerUnit: '' })).toEqual({
      ok: false,
      errors: {
        unit: 'Enter the unit this body counts in, e.g. "CE credit"',
        hoursPerUnit: 'Enter the contact hours one unit is worth',
      },
    });
    expect(readCertificationForm({ ...other, unit: 'CE credits', hoursPerUnit: '0.5' })).toEqual({
      ok: true,
      input: {
        body: 'other',
        name: 'State license',
        cycleEnd: '2027-12-31',
        cycleMonths: 24,
        requirement: 12,
        unit: 'CE credits',
        hoursPerUnit: 0.5,
        cprRequired: false,
        rules: { categories: [] },
      },
    });
  });

  it('round-trips a stored certification through the form', () => {
    const stored = certificationSchema.parse({
      ...input({ cprExpires: '2027-01-31' }),
      id: 'x',
      createdAt: 1,
      updatedAt: 1,
    });
    expect(readCertificationForm(formValues(stored))).toEqual({
      ok: true,
      input: { ...input(), cprExpires: '2027-01-31' },
    });
  });
});

describe('storing certifications', () => {
  it('creates, updates, deletes and restores', async () => {
    const db = testDb();
    const created = await createCertification(db, input(), 1000);
    expect(created).toMatchObject({ name: 'NASM-CPT', createdAt: 1000, updatedAt: 1000 });
    expect(await db.certifications.get(created.id)).toEqual(created);

    const updated = await updateCertification(
      db,
      created.id,
      input({ requirement: '2.5', cprExpires: '2027-03-01' }),
      2000,
    );
    expect(await db.certifications.get(created.id)).toEqual({
      ...created,
      requirement: 2.5,
      cprExpires: '2027-03-01',
      updatedAt: 2000,
    });
    expect(updated.createdAt).toBe(1000);

    const removed = await deleteCertification(db, created.id);
    expect(removed).toEqual(updated);
    expect(await db.certifications.count()).toBe(0);
    await restoreCertification(db, removed!);
    expect(await db.certifications.get(created.id)).toEqual(updated);
  });

  it('writes nothing when the input is refused', async () => {
    const db = testDb();
    const bad = { ...input(), requirement: -1 };
    await expect(createCertification(db, bad)).rejects.toThrow();
    await expect(createCertification(db, { ...input(), body: 'other' })).rejects.toThrow();
    expect(await db.certifications.count()).toBe(0);

    const created = await createCertification(db, input());
    await expect(updateCertification(db, created.id, bad)).rejects.toThrow();
    await expect(updateCertification(db, 'missing', input())).rejects.toThrow('no longer in CE Tally');
    expect(await db.certifications.toArray()).toEqual([created]);
    expect(await deleteCertification(db, 'missing')).toBeUndefined();
  });
});

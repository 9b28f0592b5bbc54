import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  creditKind,
  draftFromFields,
  editCredit,
  emptyCredit,
  fieldsFromDraft,
  categoryChoices,
  sourceFromText,
  SPLIT,
  startSplit,
} from '../../lib/forms/activity-form';
import { BODY_IDS, type BodyId } from '../../lib/model/bodies';
import { PROVIDER_IDS } from '../../lib/model/provider-ids';
import { activityDraftSchema, FORMATS } from '../../lib/model/schema';
import { creditHours } from '../../lib/model/units';

describe('the form model', () => {
  it('a valid draft goes into the fields and comes back the same', () => {
    const amount = fc.integer({ min: 1, max: 400 }).map((n) => n / 4);
    const credit = fc
      .oneof(
        fc.record({ body: fc.constantFrom(...BODY_IDS), amount, unit: fc.constantFrom('CEC', 'CEU', 'contact hour') }),
        fc
          .record({ amount, unit: fc.constantFrom('CEU', 'hour') })
          .map((c): { body?: (typeof BODY_IDS)[number]; amount: number; unit: string } => c),
      )
      .chain((c) =>
        fc
          .record({ hours: fc.oneof(fc.constant(creditHours(c)), fc.integer({ min: 0, max: 50 })) })
          .map(({ hours }) => ({ ...c, kind: creditKind(c.body ?? ''), hours })),
      );
    const draftArb = fc
      .record({
        title: fc.string({ minLength: 1, maxLength: 60 }),
        source: fc.oneof(
          fc.constantFrom(...PROVIDER_IDS).map((provider) => ({ provider })),
          fc.constantFrom({ organizer: 'City Gym' }),
          fc.constant({}),
        ),
        completedOn: fc.constantFrom('2024-02-29', '2026-09-14'),
        credits: fc.array(credit, { maxLength: 4 }),
        courseCode: fc.option(fc.constantFrom('CEP251107', 'X-1'), { nil: null }),
        format: fc.option(fc.constantFrom(...FORMATS), { nil: undefined }),
        sourceUrl: fc.option(fc.constant('https://example.org/course'), { nil: null }),
        certificateUrl: fc.constant(null),
        notes: fc.option(
          fc.string({ minLength: 1, maxLength: 50 }).filter((n) => n.trim() !== ''),
          { nil: undefined },
        ),
        cprAed: fc.option(fc.constant(true), { nil: undefined }),
      })
      .map(({ source, format, notes, cprAed, ...rest }) =>
        activityDraftSchema.safeParse({
          ...rest,
          ...source,
          ...(format ? { format } : {}),
          ...(notes ? { notes } : {}),
          ...(cprAed ? { cprAed } : {}),
        }),
      )
      .filter((r) => r.success)
      .map((r) => r.data!);
    fc.assert(
      fc.property(draftArb, (draft) => {
        expect(draftFromFields(fieldsFromDraft(draft))).toEqual({ ok: true, draft });
      }),
    );
  });

  it('a known provider’s name or id becomes its id; anything else is an organizer', () => {
    expect(sourceFromText(' linkedin learning ')).toEqual({ provider: 'linkedin-learning' });
    expect(sourceFromText('human-kinetics')).toEqual({ provider: 'human-kinetics' });
    expect(sourceFromText('ACE Fitness Studio')).toEqual({ organizer: 'ACE Fitness Studio' });
    expect(sourceFromText('  ')).toEqual({});
  });

  it('a participation-only body gives a CEU; choosing a body brings its unit unless the user typed another', () => {
    expect(creditKind('iacet')).toBe('CEU');
    expect(creditKind('ancc')).toBe('CEC');
    const ancc = editCredit({ ...emptyCredit(), amount: '2' }, { body: 'ancc' });
    expect(ancc).toMatchObject({ unit: 'contact hour', hours: '2' });
    const typed = editCredit(editCredit(emptyCredit(), { unit: 'clock hour', amount: '3' }), { body: 'nasm' });
    expect(typed).toMatchObject({ unit: 'clock hour', hours: '3' });
  });

  it('asks for hours the user typed wrongly, but not for hours still waiting on the amount', () => {
    const credit = editCredit(emptyCredit(), { hours: 'two' });
    const reading = draftFromFields({
      ...fieldsFromDraft(),
      title: 'T',
      completedOn: '2026-01-01',
      credits: [{ ...credit, amount: '1' }],
    });
    expect(reading).toEqual({
      ok: false,
      errors: { 'credits.0.hours': 'Enter the contact hours, a number of 0 or more' },
    });
  });

  it('names the field of every problem', () => {
    const fields = {
      ...fieldsFromDraft(),
      title: 'x'.repeat(301),
      source: 'y'.repeat(301),
      completedOn: '2026-02-30',
      certificateUrl: 'ftp://example.org/c.pdf',
    };
    const reading = draftFromFields(fields);
    expect(reading).toEqual({
      ok: false,
      errors: {
        title: 'Keep the title under 300 characters',
        source: 'Keep the name under 300 characters',
        completedOn: 'Enter the date you completed it',
        'credits.0.amount': 'Enter the amount, a number above 0',
        certificateUrl: 'Enter a web address that starts with https:// or http://',
      },
    });
  });
});

describe('requirement categories in the form', () => {
  const base = {
    title: 'Olympic Lifting Clinic',
    source: 'Coastal Strength Clinic',
    completedOn: '2026-05-02',
    format: '' as const,
    courseCode: '',
    sourceUrl: '',
    certificateUrl: '',
    notes: '',
    cprAed: false,
  };
  const credit = (category: string, parts?: Array<[string, string]>) => ({
    amount: '2',
    unit: 'CEUs',
    body: 'nsca' as const,
    hours: '20',
    hoursEdited: false,
    category,
    ...(parts ? { parts: parts.map(([id, amount]) => ({ id, amount })) } : {}),
  });

  it('reads one category as the whole credit and a split as its parts, and shows them back as chosen', () => {
    const one = draftFromFields({ ...base, credits: [credit('A')] });
    expect(one.ok && one.draft.credits[0].categories).toEqual([{ id: 'A', amount: 2 }]);
    if (one.ok) expect(fieldsFromDraft(one.draft).credits[0]).toMatchObject({ category: 'A' });
    const split = draftFromFields({
      ...base,
      credits: [
        credit(SPLIT, [
          ['A', '1,5'],
          ['C', '0.5'],
        ]),
      ],
    });
    expect(split.ok && split.draft.credits[0].categories).toEqual([
      { id: 'A', amount: 1.5 },
      { id: 'C', amount: 0.5 },
    ]);
    if (split.ok)
      expect(fieldsFromDraft(split.draft).credits[0]).toMatchObject({
        category: SPLIT,
        parts: [
          { id: 'A', amount: '1.5' },
          { id: 'C', amount: '0.5' },
        ],
      });
    const none = draftFromFields({ ...base, credits: [credit('')] });
    expect(none.ok && none.draft.credits[0].categories).toBeUndefined();
  });

  it('says by how much the parts miss the credit, and which part lacks a category or an amount', () => {
    expect(
      draftFromFields({
        ...base,
        credits: [
          credit(SPLIT, [
            ['A', '1'],
            ['C', '0.5'],
          ]),
        ],
      }),
    ).toEqual({
      ok: false,
      errors: { 'credits.0.category': 'The parts add up to 1.5 of 2 CEUs: 0.5 left to assign' },
    });
    expect(
      draftFromFields({
        ...base,
        credits: [
          credit(SPLIT, [
            ['A', '2'],
            ['C', '0.25'],
          ]),
        ],
      }),
    ).toMatchObject({
      errors: { 'credits.0.category': 'The parts add up to 2.25 of 2 CEUs: 0.25 too much' },
    });
    expect(
      draftFromFields({
        ...base,
        credits: [
          credit(SPLIT, [
            ['A', '1'],
            ['A', '1'],
          ]),
        ],
      }),
    ).toMatchObject({
      errors: { 'credits.0.category': 'Category "A" is in two parts: give each category once' },
    });
    const lacking = draftFromFields({
      ...base,
      credits: [
        credit(SPLIT, [
          ['A', '2'],
          ['', ''],
        ]),
      ],
    });
    expect(lacking.ok || lacking.errors).toMatchObject({
      'credits.0.parts.1.id': 'Choose the category of part 2',
      'credits.0.parts.1.amount': 'Enter the amount of part 2, a number above 0',
    });
  });

  it('starts a split with the credit in the category chosen before and a second part to fill in', () => {
    expect(startSplit(credit('A'))).toMatchObject({
      category: SPLIT,
      parts: [
        { id: 'A', amount: '2' },
        { id: '', amount: '' },
      ],
    });
  });

  it("offers the categories of the user's certifications the credit counts toward, and every 'other' one's", () => {
    const cscs = {
      body: 'nsca' as const,
      name: 'NSCA-CSCS',
      rules: { categories: [{ id: 'A', label: 'Category A' }] },
    };
    const board = {
      body: 'other' as const,
      name: 'State license',
      rules: { categories: [{ id: 'state-law', label: 'State law', min: 2 }] },
    };
    const offered = (body: BodyId | '', certifications = [cscs, board]) =>
      categoryChoices({ body }, certifications).map((g) => [g.label, g.categories.map((c) => c.id)]);
    expect(offered('nsca')).toEqual([
      ['NSCA-CSCS', ['A']],
      ['State license', ['state-law']],
    ]);
    expect(offered('')).toEqual([['State license', ['state-law']]]);
    // No NCBTMB certification yet: NCBTMB's own categories; PMI's Education is made of its areas, not offered.
    expect(offered('ncbtmb', [])).toEqual([['NCBTMB', ['ethics', 'self-care']]]);
    expect(offered('pmi', [])[0][1]).toEqual(['ways-of-working', 'power-skills', 'business-acumen', 'giving-back']);
    expect(offered('nasm', [])).toEqual([]);
  });
});

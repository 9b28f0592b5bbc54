import { describe, expect, it } from 'vitest';
import { suggestedCategory, withStatedCategories } from '../../lib/detect/category';
import { readCredits } from '../../lib/detect/credits';
import { explaining } from '../../lib/detect/explain';
import type { BodyId } from '../../lib/model/bodies';

/** The categories each credit of a certificate's text is given, in the credits' order. */
function categoriesOf(text: string, siteBody?: BodyId) {
  return withStatedCategories(text, readCredits(text, siteBody)).map((c) => c.categories ?? []);
}

describe('NSCA: the category letter the certificate states', () => {
  it.each([
    ['0.2 NSCA CEUs (Category C) will be posted to your record.', 0.2, 'C'],
    ['Category C — 1.0 NSCA CEUs (10 contact hours)', 1, 'C'],
    ['NSCA CEUs: 0.5\nCEU Category: C', 0.5, 'C'],
    ['Quiz passed\nCEUs: 0.2\nCategory: D', 0.2, 'D'],
    ['5 hours | 0.5 CEUs (Category A)', 0.5, 'A'],
    ['Category B | Share Your Expertise\nCEUs awarded: 0.3', 0.3, 'B'],
    // A result table's cells, each on its own line: "Category" in one, its letter alone in the next.
    ['Date Taken\n11/03/2026\nCEUs Earned\n0.2\nCategory\nD\nCEUs will be reported to your record.', 0.2, 'D'],
  ])('%j', (text, amount, id) => {
    expect(categoriesOf(text, 'nsca')).toEqual([[{ id, amount }]]);
  });

  it.each([
    [
      'a catalog listing every category',
      'CEUs: 0.5\nCategory A | Attendance\nCategory B | Share Your Expertise\nCategory C | Educational Activities',
    ],
    ['a range of categories', 'CEUs: 0.5\nThis course counts in Category A through D.'],
    ['categories in the plural', 'CEUs: 0.5\nSee CEU Categories A–D for what counts.'],
    ['a category of a kind, not a letter', 'CEUs: 0.5\nCategory: Strength Training'],
    ['a title after a category label', 'CEUs: 0.5\nCategory: A Team Approach to Injury Prevention'],
    ['a title in the cell after a category label', 'CEUs: 0.5\nCategory\nA Team Approach to Injury Prevention'],
    ['a lower-case letter', 'CEUs: 0.5\ncategory c'],
    ['a CME category', 'CEUs: 0.5\nAMA PRA Category 1 Credit'],
  ])('states none in %s', (_, text) => {
    expect(categoriesOf(text, 'nsca')).toEqual([[]]);
  });

  it("is the credit's own body's: BOC's Category A is no NSCA category, nor NASM's", () => {
    expect(
      categoriesOf('This program is eligible for a maximum of 3 Category A hours/CEUs. BOC Approved Provider (P8007).'),
    ).toEqual([[]]);
    expect(categoriesOf('NASM CEUs: 1.9 (Category A)')).toEqual([[]]);
  });

  it("takes the letter on the credit's own line when two credits of other bodies and two letters are on the page", () => {
    const text = '0.5 NSCA CEUs (Category C)\n5 BOC Category A CEUs';
    const credits = withStatedCategories(text, readCredits(text));
    expect(credits.map((c) => [c.body, c.categories ?? []])).toEqual([
      ['nsca', [{ id: 'C', amount: 0.5 }]],
      ['boc', []],
    ]);
  });

  it('says for --explain where the category came from', () => {
    const { reasons } = explaining(() => categoriesOf('NSCA CEUs: 0.5\nCEU Category: C', 'nsca'));
    expect(reasons).toEqual(['category: C 0.5 for the nsca credit, read from "CEU Category: C"']);
  });
});

describe("PMI: the Talent Triangle areas stated with the credit's PDUs", () => {
  it.each([
    [
      'PMI PDUs: 1.50 (Ways of Working: 1.00, Power Skills: 0.50)',
      [
        { id: 'ways-of-working', amount: 1 },
        { id: 'power-skills', amount: 0.5 },
      ],
    ],
    [
      'PDUs: 2\nWays of Working PDUs: 1.25\nBusiness Acumen PDUs: 0.75',
      [
        { id: 'ways-of-working', amount: 1.25 },
        { id: 'business-acumen', amount: 0.75 },
      ],
    ],
    ['3 PDUs earned\nPower Skills 3.00', [{ id: 'power-skills', amount: 3 }]],
    // The names before 2022, as PMI mapped them.
    [
      'PDUs: 2.0 (Technical: 1.0 | Leadership: 0.5 | Strategic: 0.5)',
      [
        { id: 'ways-of-working', amount: 1 },
        { id: 'power-skills', amount: 0.5 },
        { id: 'business-acumen', amount: 0.5 },
      ],
    ],
    [
      'Technical Project Management 0.75 PDUs\nStrategic and Business Management 0.25 PDUs\nTotal PDUs: 1',
      [
        { id: 'ways-of-working', amount: 0.75 },
        { id: 'business-acumen', amount: 0.25 },
      ],
    ],
    ['PMI PDUs: 1.00\nTalent Triangle: Power Skills', [{ id: 'power-skills', amount: 1 }]],
  ])('%j', (text, shares) => {
    expect(categoriesOf(text)[0]).toEqual(shares);
  });

  it.each([
    [
      'a catalog naming every area',
      'PMI PDUs: 1\nThe PMI Talent Triangle: Ways of Working, Power Skills, Business Acumen',
    ],
    ['areas over the credit', 'PMI PDUs: 0.50\nPower Skills: 2.00'],
    ['a title with a number', 'PMI PDUs: 1\nLeadership 101: Leading Teams'],
    ['a phone number', 'PMI PDUs: 1\nTechnical support: 1-800-555-0100'],
    ['a duration', 'PMI PDUs: 2\nLeadership: 2 hours 10 minutes'],
  ])('states none for %s', (_, text) => {
    expect(categoriesOf(text)[0]).toEqual([]);
  });

  it('keeps the shares out of the credits: they are parts of the one credit, not credits of their own', () => {
    const text = 'PDUs: 2\nWays of Working PDUs: 1.25\nBusiness Acumen PDUs: 0.75';
    expect(withStatedCategories(text, readCredits(text)).map((c) => c.amount)).toEqual([2]);
  });

  it('says for --explain why areas stated over the credit are not set', () => {
    const { reasons } = explaining(() => categoriesOf('PMI PDUs: 0.50\nPower Skills: 2.00'));
    expect(reasons).toEqual([
      expect.stringMatching(/^category: not set, "Power Skills: 2\.00" states more than the credit/),
    ]);
  });

  it('proposes an area stated for part of the PDUs, keeping the one credit the page states', () => {
    const text = 'PMI PDUs: 2.00\nPower Skills: 0.50';
    const { result, reasons } = explaining(() => withStatedCategories(text, readCredits(text)));
    expect(result.map((c) => [c.amount, c.categories ?? [], c.statedShares])).toEqual([
      [2, [], [{ id: 'power-skills', amount: 0.5 }]],
    ]);
    expect(reasons).toContainEqual(
      expect.stringMatching(/^category: power-skills 0\.5 proposed for part of the pmi credit \(1\.5 in none\)/),
    );
  });
});

describe('NCBTMB: hours stated as ethics or self-care', () => {
  const approved = 'Approved by NCBTMB as a continuing education provider.';
  it.each([
    [`${approved}\n3 ethics CE hours`, [{ id: 'ethics', amount: 3 }]],
    [`${approved}\n3 CE hours in professional ethics`, [{ id: 'ethics', amount: 3 }]],
    [`${approved}\nCE hours: 2\nSelf-care: 2 CE hours`, [{ id: 'self-care', amount: 2 }]],
    [
      `${approved}\nCE hours: 4\nEthics: 3 CE hours\nSelf-care: 1 CE hour`,
      [
        { id: 'ethics', amount: 3 },
        { id: 'self-care', amount: 1 },
      ],
    ],
    [`${approved}\nCE hours: 3\nSubject: Ethics`, [{ id: 'ethics', amount: 3 }]],
  ])('%j', (text, shares) => {
    expect(categoriesOf(text)).toEqual([shares]);
  });

  it.each([
    ['an ethics course title only', `${approved}\nBoundaries and Ethics in Massage Practice\nCE hours: 3`],
    [
      "the board's Code of Ethics",
      `${approved}\nCE hours: 3\nProviders follow the NCBTMB Code of Ethics: 2024 edition.`,
    ],
  ])('states none for %s', (_, text) => {
    expect(categoriesOf(text)[0]).toEqual([]);
  });

  // The share stated is the credit's part in the category; the rest is a credit of its own, in none.
  it.each([
    `${approved}\n6 CE hours, 3 of them ethics`,
    `${approved}\n6 CE hours (3 of which are in ethics)`,
    `${approved}\nThis course is 6 CE hours, including 3 hours of ethics.`,
    `${approved}\n6 CE hours including 3 CE hours in professional ethics`,
    `${approved}\nCE hours: 6\nEthics: 3 CE hours`,
    `${approved}\nCE hours: 6 (3 ethics CE hours)`,
  ])('proposes part of the hours stated as ethics, the credit kept whole: %j', (text) => {
    const credits = withStatedCategories(text, readCredits(text));
    expect(credits.map((c) => [c.amount, c.hours, c.unit, c.body, c.categories ?? [], c.statedShares])).toEqual([
      [6, 6, 'CE hour', 'ncbtmb', [], [{ id: 'ethics', amount: 3 }]],
    ]);
  });

  it('refuses shares stated over the credit, and says why for --explain', () => {
    const text = `${approved}\nCE hours: 2\nEthics: 3 CE hours`;
    const { result, reasons } = explaining(() => withStatedCategories(text, readCredits(text)));
    expect(result.map((c) => c.categories ?? [])).not.toContainEqual([{ id: 'ethics', amount: 3 }]);
    expect(reasons).toContainEqual(
      expect.stringMatching(/^category: not set, "Ethics: 3 CE hours" states more than the credit .*1 too much/),
    );
  });

  it('is no category for a body without one (ASWB ethics hours: none in docs/domain.md)', () => {
    expect(categoriesOf('Approved by ASWB ACE for 3 ethics CE hours')).toEqual([[]]);
  });
});

describe('a title that only suggests a category', () => {
  const massage = { kind: 'CEC' as const, amount: 3, unit: 'CE hour', body: 'ncbtmb' as const, hours: 3 };
  it.each([
    ['Professional Ethics for Massage Therapists', 'ethics'],
    ['Ethical Boundaries in Bodywork', 'ethics'],
    ['Self-Care for the Massage Therapist', 'self-care'],
  ])('%s suggests %s for an NCBTMB credit', (title, id) => {
    expect(suggestedCategory(title, [massage])).toMatchObject({ creditIndex: 0, id });
  });

  it('suggests nothing for a body without the category, a credit already assigned, or another title', () => {
    expect(
      suggestedCategory('Professional Ethics', [{ ...massage, body: 'nasm', unit: 'CEU', kind: 'CEC' }]),
    ).toBeNull();
    expect(
      suggestedCategory('Professional Ethics', [{ ...massage, categories: [{ id: 'self-care', amount: 3 }] }]),
    ).toBeNull();
    expect(suggestedCategory('Deep Tissue Techniques', [massage])).toBeNull();
  });

  it('suggests nothing from the title when the page stated which part is ethics', () => {
    const text = 'Approved by NCBTMB.\nEthics in Practice\n6 CE hours, 3 of them ethics';
    const credits = withStatedCategories(text, readCredits(text));
    expect(credits).toHaveLength(1);
    expect(suggestedCategory('Ethics in Practice', credits)).toBeNull();
  });
});

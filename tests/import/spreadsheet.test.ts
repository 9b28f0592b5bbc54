// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../lib/import/read-file';
import {
  guessMapping,
  isOwnExport,
  ownExportMapping,
  parseSheet,
  sheetDrafts,
  type Sheet,
} from '../../lib/import/spreadsheet';
import { checkDraft } from '../../lib/import/draft';
import { activitiesToCsv } from '../../lib/export/csv';
import { activity } from '../support/helpers';
import { fixtureFile, NODE_ENGINES } from '../support/import-files';

async function sheet(name: string): Promise<Sheet> {
  const result = await readImportFile(fixtureFile(name), NODE_ENGINES);
  if (result.status !== 'sheet') throw new Error(JSON.stringify(result));
  return result.sheet;
}

describe('a spreadsheet kept by hand', () => {
  it('guesses the columns from their names, in any order', async () => {
    const kept = await sheet('kept-by-hand.csv');
    expect(guessMapping(kept.header)).toEqual(['title', 'completedOn', 'provider', 'credits', 'notes']);
    const tsv = await sheet('two-cells.tsv');
    expect(guessMapping(tsv.header)).toEqual(['credits', 'unit', 'completedOn', 'title', 'body']);
  });

  it('reads dates in the detector formats and credits written in one cell', async () => {
    const kept = await sheet('kept-by-hand.csv');
    const { drafts, badRows } = sheetDrafts('kept-by-hand.csv', kept, guessMapping(kept.header));
    expect(badRows).toEqual([]);
    expect(drafts.map((d) => [d.fields.title, d.fields.completedOn, d.fields.provider ?? d.fields.organizer])).toEqual([
      ['Functional Training in Water', '2026-09-14', 'ace'],
      ['Kettlebells, Level 2', '2026-09-14', 'Metro Fitness Summit'],
      ['CPR/AED recertification', '2026-01-05', 'Red Cross'],
      ['Mobility for Golfers', '2026-03-03', 'nasm'],
    ]);
    expect(
      drafts.map((d) => d.fields.credits?.map((c) => [c.kind, c.amount, c.unit, c.body ?? null, c.hours])),
    ).toEqual([
      [['CEC', 0.2, 'CEC', 'ace', 2]],
      [['CEU', 1.5, 'CEU', null, 15]],
      [['CEU', 4, 'hour', null, 4]],
      [['CEC', 0.3, 'CEU', 'nasm', 3]],
    ]);
    expect(drafts.every((d) => checkDraft(d).ok)).toBe(true);
  });

  it('reads an amount and its unit in two cells, with a body column', async () => {
    const tsv = await sheet('two-cells.tsv');
    const { drafts } = sheetDrafts('two-cells.tsv', tsv, guessMapping(tsv.header));
    expect(drafts.map((d) => [d.fields.title, d.fields.completedOn, d.fields.credits?.[0]])).toEqual([
      ['Prenatal Yoga Basics', '2026-02-11', { kind: 'CEU', amount: 2, unit: 'hour', hours: 2 }],
      ['Strength for Swimmers', '2026-02-28', { kind: 'CEC', amount: 0.5, unit: 'CEU', body: 'nsca', hours: 5 }],
      [
        'Ethics in Massage Practice',
        '2026-04-09',
        { kind: 'CEC', amount: 6, unit: 'CE hour', body: 'ncbtmb', hours: 6 },
      ],
    ]);
  });

  it('refuses a sheet with no date it can read, with one line', async () => {
    const nodates = await sheet('no-dates.csv');
    expect(() => sheetDrafts('no-dates.csv', nodates, guessMapping(nodates.header))).toThrow(/no date this can read/);
  });

  it('a 10,000-row sheet with one bad row: 9,999 drafts ready, the bad one marked for its date', () => {
    const lines = ['Date,Course,CECs'];
    for (let i = 0; i < 10_000; i++)
      lines.push(
        i === 4321
          ? '31/31/2026,Broken row,0.1 CECs'
          : `2026-01-${String((i % 28) + 1).padStart(2, '0')},Course ${i},0.1 CECs`,
      );
    const big = parseSheet(lines.join('\n'));
    const { drafts, badRows } = sheetDrafts('big.csv', big, guessMapping(big.header));
    expect(drafts).toHaveLength(10_000);
    expect(badRows).toEqual([4323]);
    expect(drafts.filter((d) => checkDraft(d).ok)).toHaveLength(9_999);
    expect(drafts[4321].unsure).toContain('completedOn');
    expect(drafts[4321].missing[0]).toMatch(/Line 4323: no date could be read from “31\/31\/2026”/);
  });
});

describe("CE Tally's own export", () => {
  it('maps itself and joins the rows of one activity', async () => {
    const own = await sheet('ce-tally-export.csv');
    expect(isOwnExport(own.header)).toBe(true);
    const { drafts } = sheetDrafts('ce-tally-export.csv', own, ownExportMapping(own.header));
    expect(drafts.map((d) => d.fields)).toEqual([
      {
        title: 'Aquatic Conditioning',
        provider: 'aea',
        completedOn: '2026-03-10',
        credits: [{ kind: 'CEC', amount: 1.5, unit: 'CEC', body: 'aea', hours: 1.5 }],
        courseCode: null,
        format: 'workshop',
        notes: '=SUM(A1) is a note',
        sourceUrl: 'https://www.aeawave.com/workshops/aquatic-conditioning',
        certificateUrl: null,
      },
      {
        title: 'Youth Exercise Programming',
        organizer: 'Metro Fitness Summit',
        completedOn: '2026-04-22',
        credits: [
          { kind: 'CEC', amount: 0.5, unit: 'CEU', body: 'nsca', hours: 5 },
          { kind: 'CEC', amount: 5, unit: 'CEC', body: 'acsm', hours: 5 },
        ],
        courseCode: 'MFS-22',
        sourceUrl: null,
        certificateUrl: null,
      },
      {
        title: 'Leadership Basics',
        organizer: 'City Library',
        completedOn: '2026-05-01',
        credits: [],
        courseCode: null,
        sourceUrl: null,
        certificateUrl: null,
      },
    ]);
  });
});

describe('requirement categories read back from the export', () => {
  it('joins the rows of a split credit into one credit with its categories, and reads a single category', () => {
    const credits = [
      {
        kind: 'CEC' as const,
        amount: 8,
        unit: 'PDU',
        body: 'pmi' as const,
        hours: 8,
        categories: [
          { id: 'power-skills', amount: 5 },
          { id: 'business-acumen', amount: 3 },
        ],
      },
      {
        kind: 'CEC' as const,
        amount: 0.5,
        unit: 'CEU',
        body: 'nsca' as const,
        hours: 5,
        categories: [{ id: 'A', amount: 0.5 }],
      },
      { kind: 'CEC' as const, amount: 0.2, unit: 'CEC', body: 'ace' as const, hours: 2 },
    ];
    const own = parseSheet(activitiesToCsv([activity({ id: 'a1', credits })]));
    expect(isOwnExport(own.header)).toBe(true);
    const { drafts } = sheetDrafts('ce-tally.csv', own, ownExportMapping(own.header));
    expect(drafts).toHaveLength(1);
    expect(drafts[0].fields.credits).toEqual(credits);
    expect(checkDraft(drafts[0]).ok).toBe(true);
  });

  it('guesses a "Category" column of a sheet kept by hand, and ignores a category that is no id', () => {
    const sheet = parseSheet(
      'Date,Course,CEUs,Body,Category\n2026-03-01,Quiz,0.2,NSCA,D\n2026-03-02,Clinic,0.5,NSCA,not an id!\n',
    );
    const mapping = guessMapping(sheet.header);
    expect(mapping.at(-1)).toBe('category');
    const { drafts } = sheetDrafts('sheet.csv', sheet, mapping);
    expect(drafts.map((d) => d.fields.credits?.[0]?.categories)).toEqual([[{ id: 'D', amount: 0.2 }], undefined]);
  });
});

describe('a category column as people write it', () => {
  it("maps 'Category C', 'ethics', 'Power Skills' and PMI's older 'Leadership' to the body's ids, and says which it cannot", () => {
    const sheet = parseSheet(
      [
        'Date,Course,Credits,Body,Category',
        '2026-03-01,Program Design Webinar,0.5 CEUs,NSCA,Category C',
        '2026-03-02,Boundaries in Practice,3 CE hours,NCBTMB,Ethics',
        '2026-03-03,Negotiation,2 PDUs,PMI,Power Skills',
        '2026-03-04,Leading Teams,1 PDU,PMI,Leadership',
        '2026-03-05,Olympic Lifting Clinic,0.6 CEUs,NSCA,Category E',
      ].join('\n'),
    );
    const { drafts } = sheetDrafts('sheet.csv', sheet, guessMapping(sheet.header));
    expect(drafts.map((d) => d.fields.credits?.[0]?.categories)).toEqual([
      [{ id: 'C', amount: 0.5 }],
      [{ id: 'ethics', amount: 3 }],
      [{ id: 'power-skills', amount: 2 }],
      [{ id: 'power-skills', amount: 1 }],
      undefined,
    ]);
    // The row is kept, its credit whole; the category it could not read is said, for the user to choose.
    expect(drafts[4].fields.credits?.[0]).toMatchObject({ amount: 0.6, body: 'nsca' });
    expect(drafts[4].missing).toEqual([
      "Line 6: the category “Category E” is not one of NSCA's; choose it in the log.",
    ]);
  });
});

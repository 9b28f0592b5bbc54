// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../lib/export/csv';
import { buildPacket, type PacketProgress } from '../../lib/packet/build';
import { testDb } from '../support/helpers';
import { FONTS, parseCsv, pdfText, storeAuditLog, TODAY, unzipPacket } from '../support/packet';

/** pdf.js's text with its line breaks as spaces: a title wrapped over two lines is still found whole. */
const flat = (pages: string[]) => pages.join('\n').replace(/\s+/g, ' ');

describe('the renewal packet', () => {
  it('holds summary.pdf, activities.csv and each counted certificate once, named by date, title and provider', async () => {
    const db = testDb();
    const { certification, activities, files } = await storeAuditLog(db);
    const progress: PacketProgress[] = [];
    const packet = await buildPacket(db, { certificationId: certification.id }, FONTS, TODAY, (p) => progress.push(p));
    expect(packet.fileName).toBe('ce-tally-NASM-CPT-2027-06-30.zip');
    expect(packet.blob.type).toBe('application/zip');

    const { names, files: unzipped } = await unzipPacket(packet.blob);
    expect(names.sort()).toEqual(
      [
        'activities.csv',
        'certificates/2025-09-01_Mobility for Desk Workers_Iron Studio Seminars.pdf',
        'certificates/2026-03-07_Corrective Exercise for Runners_NASM.pdf',
        'certificates/2026-05-05_Same Title_NASM.pdf',
        'certificates/2026-05-05_Same Title_NASM (2).png',
        'certificates/2026-06-01_Διατροφή για δρομείς - Ώρα-Χρόνος_NASM.pdf',
        'summary.pdf',
      ].sort(),
    );
    expect(new Set(names).size).toBe(names.length);
    // Each certificate is its activity's file, byte for byte.
    for (const [activityId, name] of packet.certificateNames) expect(unzipped[name]).toEqual(files.get(activityId));
    expect(packet.certificateNames.size).toBe(5);
    // The ACE course's certificate is on file but not counted toward NASM: not in the packet.
    const ace = activities.find((a) => a.title === 'Functional Training in Water')!;
    expect(packet.certificateNames.has(ace.id)).toBe(false);

    expect(progress[0].share).toBe(0);
    expect(progress.at(-1)).toEqual({ share: 1, text: 'Done.' });
    expect(progress.map((p) => p.share)).toEqual([...progress.map((p) => p.share)].sort((a, b) => a - b));
  });

  it('writes activities.csv in the CSV contract: the counted activities, one row per credit', async () => {
    const db = testDb();
    const { certification } = await storeAuditLog(db);
    const packet = await buildPacket(db, { certificationId: certification.id }, FONTS, TODAY);
    const { files } = await unzipPacket(packet.blob);
    const { data, meta, errors } = parseCsv(files['activities.csv']);
    expect(errors).toEqual([]);
    expect(meta.fields).toEqual([...CSV_COLUMNS]);
    expect(data.map((r) => [r.completed_on, r.title, r.provider, r.amount, r.unit, r.certifying_body])).toEqual([
      ['2025-09-01', 'Mobility for Desk Workers', 'Iron Studio Seminars', '5', 'contact hours', 'nasm'],
      ['2026-03-07', 'Corrective Exercise for Runners', 'nasm', '0.4', 'CEU', 'nasm'],
      ['2026-04-22', 'Nutrition and Endurance in Hot Climates', 'nasm', '0.2', 'CEU', 'nasm'],
      expect.arrayContaining(['2026-05-05', 'Same Title']),
      expect.arrayContaining(['2026-05-05', 'Same Title']),
      ['2026-06-01', 'Διατροφή για δρομείς: Ώρα/Χρόνος', 'nasm', '0.3', 'CEU', 'nasm'],
      ['2026-10-02', 'Heartsaver CPR AED', 'American Heart Association', '', '', ''],
    ]);
    expect(new Set(data.map((r) => r.activity_id)).size).toBe(7);
  });

  it('writes summary.pdf with selectable text: the certification, the cycle, every line of the summary', async () => {
    const db = testDb();
    const { certification } = await storeAuditLog(db);
    const packet = await buildPacket(db, { certificationId: certification.id }, FONTS, TODAY);
    const { files } = await unzipPacket(packet.blob);
    const text = flat(await pdfText(files['summary.pdf']));
    const { summary } = packet;
    for (const expected of [
      'Renewal packet: NASM-CPT',
      'Certifying body: National Academy of Sports Medicine (NASM)',
      'Current cycle: 2025-07-01 to 2027-06-30',
      'Required: 2 CEUs (20 contact hours).',
      'Earned: 1.7 of 2 NASM CEUs (17 of 20 contact hours) from 7 activities.',
      'Still needed: 0.3 CEUs.',
      'CPR/AED course on 2026-10-02 (card expiry not entered).',
      'Activities counted (7)',
      'Credits earned but not counted (4)',
      'No certificate on file (2)',
      // Non-Latin-1 text is drawn with the embedded font, and extracted back as written.
      'Διατροφή για δρομείς: Ώρα/Χρόνος',
    ])
      expect(text).toContain(expected);
    for (const line of summary.counted) {
      expect(text).toContain(`${line.completedOn} ${line.title}`);
      expect(text).toContain(line.counted);
      if (line.courseCode) expect(text).toContain(`No. ${line.courseCode}`);
    }
    for (const line of summary.notCounted) {
      expect(text).toContain(line.title);
      expect(text).toContain(line.reason);
    }
    // The counted rows in date order, each with its certificate column.
    const counted = text.slice(text.indexOf('Activities counted (7)'), text.indexOf('Credits earned but not counted'));
    const rows = [...counted.matchAll(/(\d{4}-\d{2}-\d{2}) ([^]*?) (yes|no)(?= \d{4}-|\s*$)/g)].map((m) => [
      m[1],
      m[3],
    ]);
    expect(rows).toEqual(summary.counted.map((c) => [c.completedOn, c.certificate ? 'yes' : 'no']));
    const missing = text.slice(text.indexOf('No certificate on file (2)'));
    expect(missing).toContain('2026-04-22 Nutrition and Endurance in Hot Climates');
    expect(missing).toContain('2026-10-02 Heartsaver CPR AED');
    expect(missing).not.toContain('Corrective Exercise for Runners');
  });

  it('prints a long log on pages of A4 or US Letter, each row whole, the header on each page', async () => {
    const db = testDb();
    const { certification, activities } = await storeAuditLog(db);
    const more = Array.from({ length: 120 }, (_, i) => ({
      ...activities[1],
      id: `more-${String(i).padStart(3, '0')}`,
      title: `Course number ${i + 1} with a rather long title that wraps over two lines of its column`,
      dedupKey: `more-${i}`,
      completedOn: '2026-08-01',
    }));
    await db.activities.bulkAdd(more);
    for (const paper of ['a4', 'letter'] as const) {
      const packet = await buildPacket(db, { certificationId: certification.id, paper }, FONTS, TODAY);
      const pages = await pdfText((await unzipPacket(packet.blob)).files['summary.pdf']);
      expect(pages.length).toBeGreaterThan(3);
      // Each row whole on one page (never split over two), and each page after the first opens with a table's header
      const flatPages = pages.map((page) => flat([page]));
      for (const m of more) {
        // NASM-developed courses: NASM lists them itself ("recorded by NASM", under the amount).
        const row = `${m.completedOn} ${m.title} NASM 0.2 NASM CEUs recorded by NASM 2 — no`;
        expect(flatPages.filter((page) => page.includes(row))).toHaveLength(1);
      }
      pages.forEach((page, i) => expect(page).toContain(`page ${i + 1} of ${pages.length}`));
      // (or with a section's heading, where a section starts on a new page)
      const opening = /^(Completed |(Activities counted|Credits earned but not counted|No certificate on file) \()/;
      for (const page of pages.slice(1)) expect(page).toMatch(opening);
    }
  });
});

describe('summary.pdf', () => {
  it('prints a character its font lacks (Chinese, an emoji) as "?", and the rest of the title as written', async () => {
    const db = testDb();
    const { certification, activities } = await storeAuditLog(db);
    await db.activities.update(activities[1].id, { title: 'Ernährung für Läufer 運動 🏋️ Ćwiczenia' });
    const packet = await buildPacket(db, { certificationId: certification.id }, FONTS, TODAY);
    const { files } = await unzipPacket(packet.blob);
    expect(flat(await pdfText(files['summary.pdf']))).toContain('Ernährung für Läufer ?? ? Ćwiczenia');
    // The CSV keeps the title exactly.
    expect(parseCsv(files['activities.csv']).data.map((r) => r.title)).toContain(
      'Ernährung für Läufer 運動 🏋️ Ćwiczenia',
    );
  });
});

describe('certificate dates the zip format cannot hold', () => {
  it('makes the packet when a certificate was added before 1980, after 2099 or at no valid date', async () => {
    const db = testDb();
    const { certification } = await storeAuditLog(db);
    const files = await db.certificates.toArray();
    const odd = [Date.UTC(1975, 2, 1), Date.UTC(2150, 0, 1), Number.NaN];
    for (const [i, file] of files.slice(0, odd.length).entries())
      await db.certificates.update(file.id, { addedAt: odd[i] });
    const packet = await buildPacket(db, { certificationId: certification.id }, FONTS, TODAY);
    const { names } = await unzipPacket(packet.blob);
    expect(names.filter((n) => n.startsWith('certificates/'))).toHaveLength(5);
  });
});

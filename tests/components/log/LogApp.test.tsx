import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LogApp, PAGE_SIZE } from '../../../components/log/LogApp';
import { CertificationsEditor } from '../../../components/log/CertificationsEditor';
import type { CeTallyDb } from '../../../lib/store/db';
import { createBackup } from '../../../lib/export/backup';
import { CSV_COLUMNS } from '../../../lib/export/csv';
import { PERF_MARKS } from '../../../lib/perf-marks';
import { READ_BATCH } from '../../../lib/store/activities';
import { activity, certification, dbSnapshot, testDb } from '../../support/helpers';
import { Dexie } from 'dexie';

afterEach(() => history.replaceState(null, '', '/options.html'));

async function renderLog(db: CeTallyDb) {
  render(<LogApp db={db} />);
  await screen.findByRole('button', { name: 'Add activity' });
  return userEvent.setup();
}

/** The body rows of the table, by their title cell. */
const rowTitles = () =>
  screen
    .queryAllByRole('row')
    .slice(1)
    .map((row) => within(row).getByRole('rowheader').firstChild?.textContent);
const rowOf = (title: string) =>
  screen.getAllByRole('row').find((row) => within(row).queryByRole('rowheader')?.firstChild?.textContent === title)!;

describe('the log page', () => {
  it('has the buttons of the UI contract', async () => {
    await renderLog(testDb());
    for (const name of ['Add activity', 'Export CSV', 'Back up', 'Restore'])
      expect(screen.getByRole('button', { name })).toBeTruthy();
    expect(await screen.findByText(/Your log is empty/)).toBeTruthy();
  });

  it('leads with the certifications and their state, then the filters, totals and table', async () => {
    const db = testDb();
    await db.activities.add(activity({ title: 'NASM course', completedOn: '2026-09-14' }));
    await db.certifications.add(certification({ id: 'nasm-cpt', name: 'NASM-CPT', cycleEnd: '2027-12-31' }));
    render(<LogApp db={db} lead={<CertificationsEditor db={db} hash="" />} />);
    const certifications = await screen.findByRole('heading', { name: 'Certifications' });
    await screen.findByRole('progressbar', { name: 'NASM-CPT renewal progress' });
    const order = [
      screen.getByRole('heading', { name: 'CE Tally – Activity log' }),
      certifications,
      screen.getByLabelText('Search'),
      await screen.findByRole('region', { name: 'Totals' }),
      screen.getByRole('table'),
    ];
    for (let i = 1; i < order.length; i++)
      expect(
        order[i - 1].compareDocumentPosition(order[i]) & Node.DOCUMENT_POSITION_FOLLOWING,
        `item ${i}`,
      ).toBeTruthy();
    // Dates in the user's locale, ISO in the markup.
    const date = screen.getByRole('table').querySelector('tbody .date time')!;
    expect([date.textContent, date.getAttribute('datetime')]).toEqual(['Sep 14, 2026', '2026-09-14']);
  });

  it('shows a page of activities at a time, newest first, and pages through them', async () => {
    const db = testDb();
    const count = PAGE_SIZE * 2 + 5;
    await db.activities.bulkAdd(
      Array.from({ length: count }, (_, i) =>
        activity({
          title: `Course ${String(i).padStart(3, '0')}`,
          courseCode: `CEP${100000 + i}`,
          completedOn: `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
        }),
      ),
    );
    const user = await renderLog(db);
    await screen.findByText(`Page 1 of 3 (activities 1–${PAGE_SIZE})`);
    expect(rowTitles()).toHaveLength(PAGE_SIZE);
    const dates = screen
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.querySelector('.date time')!.getAttribute('dateTime')!);
    expect(dates).toEqual([...dates].sort().reverse());
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(screen.getByText(`Page 3 of 3 (activities ${PAGE_SIZE * 2 + 1}–${count})`)).toBeTruthy();
    // Only the page on screen is read from the database: its rows follow the read.
    await waitFor(() => expect(rowTitles()).toHaveLength(5));
    expect((screen.getByRole('button', { name: 'Next page' }) as HTMLButtonElement).disabled).toBe(true);
    // A new filter goes back to the first page.
    await user.type(screen.getByLabelText('Search'), '104');
    await waitFor(() => expect(rowTitles()).toEqual(['Course 104']));
    expect(screen.getByText(`Showing 1 of ${count} activities`)).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Pages' })).toBeNull();
  });

  it('filters by kind, body and certification, with counts and totals of what is shown', async () => {
    const db = testDb();
    await db.activities.bulkAdd([
      activity({ title: 'ACE course', courseCode: 'CEP100001', completedOn: '2026-03-01' }),
      activity({
        title: 'NASM course',
        provider: 'nasm',
        courseCode: 'N1',
        completedOn: '2026-02-01',
        credits: [{ kind: 'CEC', amount: 0.4, unit: 'CEU', body: 'nasm', hours: 4 }],
      }),
      activity({
        title: 'Workshop',
        provider: undefined,
        organizer: 'Gym',
        courseCode: null,
        completedOn: '2026-01-01',
        credits: [{ kind: 'CEU', amount: 0.5, unit: 'CEU', hours: 5 }],
      }),
    ]);
    await db.certifications.add(
      certification({ id: 'nasm-cpt', body: 'nasm', name: 'NASM-CPT', cycleEnd: '2027-12-31', cycleMonths: 24 }),
    );
    const user = await renderLog(db);
    await screen.findByText('3 activities');
    await user.selectOptions(screen.getByLabelText('Kind'), 'CEU');
    // The first screen came through the date index: the filter waits for every row's summary.
    await waitFor(() => expect(rowTitles()).toEqual(['Workshop']));
    expect(screen.getByText('Showing 1 of 3 activities')).toBeTruthy();
    const totals = screen.getByRole('region', { name: 'Totals' });
    expect(within(totals).getByText('5 contact hours', { selector: 'strong' })).toBeTruthy();
    within(within(totals).getByRole('region', { name: 'Participation' })).getByText('0.5 CEUs, 5 contact hours');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await user.selectOptions(screen.getByLabelText('Certification'), 'nasm-cpt');
    expect(rowTitles()).toEqual(['NASM course']);
    await user.selectOptions(screen.getByLabelText('Certification'), '');
    await user.selectOptions(screen.getByLabelText('Body'), 'ace');
    expect(rowTitles()).toEqual(['ACE course']);
    await user.type(screen.getByLabelText('From'), '2026-04-01');
    await screen.findByText('No activity matches these filters.');
  });

  it('follows what other views change: an edit, an addition and a deletion show without a reload', async () => {
    const db = testDb();
    const first = activity({ title: 'First course', courseCode: 'CEP100001', completedOn: '2026-03-01' });
    await db.activities.add(first);
    await renderLog(db);
    await screen.findByText('1 activity');
    await db.activities.put({ ...first, title: 'First course, renamed' });
    await waitFor(() => expect(rowTitles()).toEqual(['First course, renamed']));
    await db.activities.add(activity({ title: 'Second course', courseCode: 'CEP100002', completedOn: '2026-04-01' }));
    await screen.findByText('2 activities');
    await waitFor(() => expect(rowTitles()).toEqual(['Second course', 'First course, renamed']));
    await db.activities.delete(first.id);
    await screen.findByText('1 activity');
    await waitFor(() => expect(rowTitles()).toEqual(['Second course']));
  });

  it('marks the moment its first screen of activities is shown', async () => {
    performance.clearMarks(PERF_MARKS.logReady);
    const db = testDb();
    await db.activities.add(activity());
    await renderLog(db);
    await waitFor(() => expect(performance.getEntriesByName(PERF_MARKS.logReady)).toHaveLength(1));
    expect(rowTitles()).toEqual(['Functional Training for Older Adults']);
  });

  it('deletes with Undo, saying which certificate file goes with it', async () => {
    const db = testDb();
    const kept = activity({ title: 'With a file', certificateFileId: 'f1' });
    await db.activities.add(kept);
    // Only the metadata matters here; happy-dom's Blob is not cloneable into fake IndexedDB.
    await db.certificates.add({
      id: 'f1',
      activityId: kept.id,
      name: 'cert.pdf',
      type: 'application/pdf',
      size: 3,
      blob: undefined as unknown as Blob,
      addedAt: 1,
    });
    const user = await renderLog(db);
    await user.click(
      within(await waitFor(() => rowOf('With a file'))).getByRole('button', { name: 'Delete “With a file”' }),
    );
    await screen.findByText(/^Deleted “With a file” and its certificate file “cert\.pdf”\./);
    expect(await db.activities.count()).toBe(0);
    expect(await db.certificates.count()).toBe(0);
    // Focus goes to the Undo where the row was, never to the page.
    // (The notice is a row of the table until the empty log has no table left: a paragraph then.)
    const undo = () =>
      within(screen.getByText(/^Deleted “With a file” and its certificate file “cert\.pdf”\./)).getByRole('button', {
        name: 'Undo',
      });
    await waitFor(() => expect(document.activeElement).toBe(undo()));
    await user.keyboard('{Enter}');
    await screen.findByText(/^Restored “With a file”/);
    // The row is back, and focus with it.
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit “With a file”' })),
    );
    expect(await db.activities.get(kept.id)).toEqual(kept);
    expect(await db.certificates.count()).toBe(1);
  });

  it('adds an activity by hand, warning first about the same title on the same day', async () => {
    const db = testDb();
    await db.activities.add(
      activity({
        title: 'Kettlebell Basics',
        provider: undefined,
        organizer: 'City Gym',
        courseCode: null,
        completedOn: '2026-05-01',
      }),
    );
    const user = await renderLog(db);
    await user.click(screen.getByRole('button', { name: 'Add activity' }));
    const form = screen.getByRole('form', { name: 'Add an activity' });
    await user.type(within(form).getByLabelText('Title'), 'Kettlebell Basics');
    await user.type(within(form).getByLabelText('Provider or organizer'), 'Iron Studio');
    await user.type(within(form).getByLabelText('Date completed'), '2026-05-01');
    await user.selectOptions(within(form).getByLabelText('Format'), 'workshop');
    await user.type(within(form).getByLabelText('Amount'), '0.6');
    await user.click(within(form).getByRole('button', { name: 'Save activity' }));
    await within(form).findByText('This may already be in your log:');
    expect(await db.activities.count()).toBe(1);
    await user.click(within(form).getByRole('button', { name: 'Save anyway' }));
    await screen.findByText('Added “Kettlebell Basics”.');
    expect(screen.queryByRole('form')).toBeNull();
    const added = (await db.activities.toArray()).find((a) => a.organizer === 'Iron Studio');
    expect(added).toMatchObject({
      organizer: 'Iron Studio',
      format: 'workshop',
      capturedBy: 'manual',
      credits: [{ kind: 'CEU', amount: 0.6, unit: 'CEU', hours: 6 }],
    });
  });

  it('opens the editor from #edit=<id>, and refuses an edit that collides with another record', async () => {
    const db = testDb();
    const first = activity({ title: 'First', courseCode: 'CEP100001' });
    const second = activity({ title: 'Second', courseCode: 'CEP200002' });
    await db.activities.bulkAdd([first, second]);
    history.replaceState(null, '', `/options.html#edit=${second.id}`);
    const user = await renderLog(db);
    const form = await screen.findByRole('form', { name: 'Edit activity' });
    expect((within(form).getByLabelText('Title') as HTMLInputElement).value).toBe('Second');
    await user.clear(within(form).getByLabelText('Course code'));
    await user.type(within(form).getByLabelText('Course code'), 'CEP100001');
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    // The duplicate check names the other record before anything is written.
    await within(form).findByText(/It is the same completion/);
    expect(await db.activities.get(second.id)).toEqual(second);
    await user.clear(within(form).getByLabelText('Course code'));
    await user.type(within(form).getByLabelText('Course code'), 'CEP200003');
    await user.type(within(form).getByLabelText('Notes'), 'Fixed the course code');
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Saved changes to “Second”.');
    expect(await db.activities.get(second.id)).toMatchObject({
      courseCode: 'CEP200003',
      notes: 'Fixed the course code',
      dedupKey: 'ace|code:CEP200003|2026-09-14',
    });
    expect(window.location.hash).toBe('');
  });

  it('opens on a certification from #certification=<id> (a reminder): the log filtered to its cycle', async () => {
    const db = testDb();
    await db.activities.bulkAdd([
      activity({ title: 'ACE course', courseCode: 'CEP100001', completedOn: '2026-03-01' }),
      activity({
        title: 'NASM course',
        provider: 'nasm',
        courseCode: 'N1',
        completedOn: '2026-02-01',
        credits: [{ kind: 'CEC', amount: 0.4, unit: 'CEU', body: 'nasm', hours: 4 }],
      }),
    ]);
    await db.certifications.add(
      certification({ id: 'nasm-cpt', body: 'nasm', name: 'NASM-CPT', cycleEnd: '2027-12-31', cycleMonths: 24 }),
    );
    history.replaceState(null, '', '/options.html#certification=nasm-cpt');
    const user = await renderLog(db);
    await screen.findByText('Showing 1 of 2 activities');
    expect(rowTitles()).toEqual(['NASM course']);
    expect((screen.getByLabelText('Certification') as HTMLSelectElement).value).toBe('nasm-cpt');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    // The rows are read again after the filters change: wait for them, as a user would.
    await waitFor(() => expect(rowTitles()).toEqual(['ACE course', 'NASM course']));
  });

  it('says so when #edit names an activity that is gone', async () => {
    history.replaceState(null, '', '/options.html#edit=deleted-id');
    await renderLog(testDb());
    expect((await screen.findByRole('alert')).textContent).toContain('That activity is not in your log');
  });

  it('exports what is shown, or everything, to the CSV contract', async () => {
    const db = testDb();
    await db.activities.bulkAdd([
      activity({ title: 'ACE course', courseCode: 'CEP100001' }),
      activity({ title: 'Workshop', provider: undefined, organizer: 'Gym', courseCode: null, credits: [] }),
    ]);
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const user = await renderLog(db);
    await screen.findByText('2 activities');
    await user.type(screen.getByLabelText('Search'), 'workshop');
    await waitFor(() => expect(rowTitles()).toEqual(['Workshop']));
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await screen.findByText('Exported 1 activity to CSV.');
    const csv = (text: string) =>
      Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    const shown = csv(await blobs[0].text());
    expect(shown.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(shown.data.map((r) => [r.title, r.provider, r.credit_kind])).toEqual([['Workshop', 'Gym', '']]);
    await user.selectOptions(screen.getByLabelText('Which activities to export'), 'all');
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await screen.findByText('Exported 2 activities to CSV.');
    expect(
      csv(await blobs[1].text())
        .data.map((r) => r.title)
        .sort(),
    ).toEqual(['ACE course', 'Workshop']);
  });

  it('says so when an export fails midway (its second read), and downloads nothing', async () => {
    const db = testDb();
    const count = READ_BATCH + 10;
    await db.activities.bulkAdd(
      Array.from({ length: count }, (_, i) => activity({ title: `Course ${i}`, courseCode: `CEP${300000 + i}` })),
    );
    const fileUrl = vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:test');
    const linkClick = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const user = await renderLog(db);
    await screen.findByText(`${count} activities`);
    await user.selectOptions(screen.getByLabelText('Which activities to export'), 'all');
    // The export reads the log by key, a batch at a time: the second read fails as a damaged disk would.
    const where = db.activities.where.bind(db.activities);
    let keyReads = 0;
    const failing = {
      above: () => ({
        limit: () => ({
          toArray: () => Promise.reject(new DOMException('The disk could not be read', 'UnknownError')),
        }),
      }),
    };
    vi.spyOn(db.activities, 'where').mockImplementation(((index: string) =>
      index === ':id' && ++keyReads === 2 ? failing : where(index)) as typeof where);
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'The CSV export stopped (The disk could not be read): no file was downloaded. Try again.',
    );
    expect(keyReads).toBe(2);
    expect(fileUrl).not.toHaveBeenCalled();
    expect(linkClick).not.toHaveBeenCalled();
    expect(screen.queryByText(/^Exported/)).toBeNull();
  });

  it('a restore that finds the disk full halfway says so and leaves the log and its summary as they were', async () => {
    const source = testDb();
    await source.activities.bulkAdd(
      Array.from({ length: 600 }, (_, i) => activity({ title: `Backed up ${i}`, courseCode: `CEP${400000 + i}` })),
    );
    const text = await (await createBackup(source)).text();
    const db = testDb();
    await db.activities.add(activity({ title: 'Already in the log' }));
    const before = await dbSnapshot(db);
    const bulkPut = db.activities.bulkPut.bind(db.activities);
    let writes = 0;
    vi.spyOn(db.activities, 'bulkPut').mockImplementation((...args: Parameters<typeof bulkPut>) =>
      ++writes === 2 ? Dexie.Promise.reject(new DOMException('quota', 'QuotaExceededError')) : bulkPut(...args),
    );
    const user = await renderLog(db);
    await user.upload(
      screen.getByLabelText('Backup file to restore'),
      new File([text], 'ce-tally-backup-2026-10-01.jsonl', { type: 'application/x-ndjson' }),
    );
    const panel = await screen.findByRole('region', { name: 'Restore from “ce-tally-backup-2026-10-01.jsonl”' });
    await user.click(await within(panel).findByRole('button', { name: 'Confirm restore' }));
    expect((await within(panel).findByRole('alert')).textContent).toBe(
      'Not restored. Restoring failed. Your browser has no room left to store this. Free some disk space, then try again; everything saved before is safe. Nothing in your log was changed.',
    );
    expect(writes).toBe(2);
    expect(await dbSnapshot(db)).toEqual(before);
    expect(screen.getByText('1 activity')).toBeTruthy();
  });

  it('refuses a broken backup file with the reason, and changes nothing', async () => {
    const db = testDb();
    const kept = activity();
    await db.activities.add(kept);
    const user = await renderLog(db);
    await user.upload(
      screen.getByLabelText('Backup file to restore'),
      new File(['{"format":"ce-tally-backup","version":1,"activities":[{"ti'], 'ce-tally-backup-2026-10-01.json', {
        type: 'application/json',
      }),
    );
    const alert = await screen.findByText(/^Not restored\./);
    expect(alert.textContent).toBe(
      'Not restored. The file is not complete JSON: it is damaged or was cut short. Nothing in your log was changed.',
    );
    expect(await db.activities.toArray()).toEqual([kept]);
  });

  it('shows what a restore will add, merge and skip, and writes only on confirmation', async () => {
    const source = testDb();
    const shared = activity({
      title: 'In both',
      courseCode: 'CEP100001',
      updatedAt: 2_000_000_000_000,
      notes: 'newer in the backup',
    });
    await source.activities.bulkAdd([shared, activity({ title: 'Only in the backup', courseCode: 'CEP200002' })]);
    await source.certifications.add(certification());
    const text = await (await createBackup(source)).text();
    const db = testDb();
    const inLog = { ...shared, notes: 'older in the log', updatedAt: 1_000_000_000_000 };
    await db.activities.add(inLog);
    const user = await renderLog(db);
    await user.upload(
      screen.getByLabelText('Backup file to restore'),
      new File([text], 'ce-tally-backup-2026-10-01.jsonl', { type: 'application/x-ndjson' }),
    );
    const panel = await screen.findByRole('region', { name: 'Restore from “ce-tally-backup-2026-10-01.jsonl”' });
    await within(panel).findByText('Activities: 1 to add, 1 to merge, 0 already in your log');
    expect(within(panel).getByText('Certifications: 1 to add, 0 to merge, 0 already in your log')).toBeTruthy();
    expect(within(panel).getByText(/“In both”, 2026-09-14: the backup’s newer version replaces yours/)).toBeTruthy();
    expect(await db.activities.toArray()).toEqual([inLog]);
    await user.click(within(panel).getByRole('button', { name: 'Confirm restore' }));
    await within(panel).findByText(
      'Restored: 1 activity added, 1 merged, 0 already there; 1 certification and 0 certificate files restored.',
    );
    expect((await db.activities.get(shared.id))?.notes).toBe('newer in the backup');
    expect(await db.activities.count()).toBe(2);
    expect(await db.certifications.count()).toBe(1);
  });
});

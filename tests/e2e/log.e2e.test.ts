import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../lib/export/csv';
import { minimalPdf } from '../support/certificate-files';
import {
  launchExtension,
  openPopup,
  routeFixtures,
  storedActivities,
  tabIdOf,
  waitForBadge,
  type Extension,
} from '../support/browser/extension';
import { seedDatabase } from '../support/browser/seed';

const CERTIFICATE = 'https://www.acefitness.org/myace/certificates/CEP251107/';
const WORKSHOP = 'Kettlebell Fundamentals Workshop';
const PDF = minimalPdf('Certificate of Completion: Kettlebell Fundamentals Workshop, 6 contact hours');

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
  await routeFixtures(ext.context, 'https://www.acefitness.org/**', { [CERTIFICATE]: 'ace/certificate.html' });
});
afterAll(() => ext?.close());

type StoredFile = {
  id: string;
  activityId: string;
  name: string;
  type: string;
  size: number;
  blobType: string;
  bytes: number[];
};

/** The certificate files in the extension's database, with their bytes, read straight from IndexedDB. */
function storedCertificates(page: Page): Promise<StoredFile[]> {
  return page.evaluate(
    () =>
      new Promise<StoredFile[]>((resolve, reject) => {
        const open = indexedDB.open('ce-tally');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('certificates').objectStore('certificates').getAll();
          request.onerror = () => reject(request.error);
          request.onsuccess = async () => {
            const files = await Promise.all(
              request.result.map(async ({ blob, addedAt: _addedAt, ...meta }) => ({
                ...meta,
                blobType: blob.type,
                bytes: [...new Uint8Array(await blob.arrayBuffer())],
              })),
            );
            open.result.close();
            resolve(files);
          };
        };
      }),
  );
}

const byId = <T extends Record<string, unknown>>(rows: T[]) =>
  [...rows].sort((a, b) => String(a.id).localeCompare(String(b.id)));
const row = (page: Page, title: string) =>
  page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: title }) });

async function download(
  page: Page,
  click: () => Promise<void>,
): Promise<{ name: string; text: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const bytes = readFileSync(await file.path());
  return { name: file.suggestedFilename(), text: bytes.toString('utf8'), bytes };
}

it(
  'keeps a whole CE history: add with a PDF, edit, delete and undo, export, back up, clear and restore',
  { timeout: 180_000 },
  async () => {
    // A detected activity, saved through the popup as a click on the toolbar icon does.
    const acePage = await ext.context.newPage();
    await acePage.goto(CERTIFICATE);
    await waitForBadge(ext, await tabIdOf(ext, CERTIFICATE), '0.2');
    const popup = await openPopup(ext, acePage);
    await popup.waitFor(() => document.querySelector('.current .status')?.textContent === 'Saved');
    const [detected] = await storedActivities(popup);
    await popup.close();
    await acePage.close();

    // The log is a tab of its own.
    const log = await ext.context.newPage();
    await log.goto(`chrome-extension://${ext.id}/options.html`);
    await row(log, 'Functional Training for Older Adults').waitFor();

    // Add a workshop by hand, with credits from a body and a plain CEU, and its PDF certificate.
    await log.getByRole('button', { name: 'Add activity', exact: true }).click();
    const form = log.getByRole('form', { name: 'Add an activity' });
    await form.getByLabel('Title').fill(WORKSHOP);
    await form.getByLabel('Provider or organizer').fill('Iron Studio Seminars');
    await form.getByLabel('Date completed').fill('2026-05-02');
    await form.getByLabel('Format').selectOption('workshop');
    await form.getByRole('group', { name: 'Credit 1' }).getByLabel('Certifying body').selectOption('nasm');
    await form.getByRole('group', { name: 'Credit 1' }).getByLabel('Amount').fill('0.6');
    await form.getByRole('button', { name: 'Add credit' }).click();
    await form.getByRole('group', { name: 'Credit 2' }).getByLabel('Amount').fill('0.6');
    await form
      .getByLabel('Certificate file')
      .setInputFiles({ name: 'kettlebell-certificate.pdf', mimeType: 'application/pdf', buffer: Buffer.from(PDF) });
    await form.getByRole('button', { name: 'Save activity' }).click();
    await log.getByText(`Added “${WORKSHOP}” with its certificate file “kettlebell-certificate.pdf”.`).waitFor();
    await row(log, WORKSHOP)
      .getByRole('button', { name: `Open the certificate file of “${WORKSHOP}”` })
      .waitFor();
    const workshop = (await storedActivities(log)).find((a) => a.title === WORKSHOP)!;
    expect(workshop).toMatchObject({
      organizer: 'Iron Studio Seminars',
      completedOn: '2026-05-02',
      format: 'workshop',
      capturedBy: 'manual',
      credits: [
        { kind: 'CEC', amount: 0.6, unit: 'CEU', body: 'nasm', hours: 6 },
        { kind: 'CEU', amount: 0.6, unit: 'CEU', hours: 6 },
      ],
    });
    expect(await storedCertificates(log)).toEqual([
      {
        id: workshop.certificateFileId,
        activityId: workshop.id,
        name: 'kettlebell-certificate.pdf',
        type: 'application/pdf',
        size: PDF.length,
        blobType: 'application/pdf',
        bytes: [...PDF],
      },
    ]);

    // Edit the detected activity, opened as the popup's Edit opens it.
    const edit = await ext.context.newPage();
    await edit.goto(`chrome-extension://${ext.id}/options.html#edit=${detected.id}`);
    const editForm = edit.getByRole('form', { name: 'Edit activity' });
    await editForm.getByRole('group', { name: 'Credit 1' }).getByLabel('Amount').fill('0.3');
    await editForm.getByLabel('Notes').fill('The certificate says 0.3 CECs');
    await editForm.getByRole('button', { name: 'Save changes' }).click();
    await edit.getByText('Saved changes to “Functional Training for Older Adults”.').waitFor();
    const edited = (await storedActivities(edit)).find((a) => a.id === detected.id)!;
    expect(edited).toMatchObject({
      capturedBy: 'detected',
      dedupKey: detected.dedupKey,
      notes: 'The certificate says 0.3 CECs',
      credits: [{ kind: 'CEC', amount: 0.3, unit: 'CEC', body: 'ace', hours: 3 }],
    });
    await edit.close();
    // The log tab sees the edit without a reload.
    await row(log, 'Functional Training for Older Adults').getByText('0.3 ACE CECs').waitFor();

    // Delete says what goes with it; Undo brings back the activity and its file.
    await row(log, WORKSHOP).getByRole('button', { name: 'Delete' }).click();
    const deleted = log
      .getByRole('status')
      .filter({ hasText: `Deleted “${WORKSHOP}” and its certificate file “kettlebell-certificate.pdf”.` });
    await deleted.waitFor();
    expect(await storedActivities(log)).toHaveLength(1);
    expect(await storedCertificates(log)).toEqual([]);
    await deleted.getByRole('button', { name: 'Undo' }).click();
    await log.getByText(`Restored “${WORKSHOP}”`).waitFor();
    expect(await storedActivities(log)).toHaveLength(2);
    expect((await storedCertificates(log)).map((f) => f.bytes)).toEqual([[...PDF]]);

    // Export what the filter shows: only the workshop has a CEU.
    await log.getByLabel('Kind').selectOption('CEU');
    await log.getByText('Showing 1 of 2 activities').waitFor();
    const csv = await download(log, () => log.getByRole('button', { name: 'Export CSV' }).click());
    expect(csv.name).toMatch(/^ce-tally-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(csv.text.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(
      parsed.data.map((r) => [
        r.title,
        r.provider,
        r.format,
        r.credit_kind,
        r.amount,
        r.unit,
        r.certifying_body,
        r.contact_hours,
      ]),
    ).toEqual([
      [WORKSHOP, 'Iron Studio Seminars', 'workshop', 'CEC', '0.6', 'CEU', 'nasm', '6'],
      [WORKSHOP, 'Iron Studio Seminars', 'workshop', 'CEU', '0.6', 'CEU', '', '6'],
    ]);
    await log.getByRole('button', { name: 'Clear filters' }).click();

    // Back up, wipe the database, restore, and find everything again.
    const before = { activities: byId(await storedActivities(log)), files: byId(await storedCertificates(log)) };
    const backup = await download(log, () => log.getByRole('button', { name: 'Back up' }).click());
    expect(backup.name).toMatch(/^ce-tally-backup-\d{4}-\d{2}-\d{2}\.jsonl$/);
    const lines = backup.text
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines[0]).toMatchObject({ format: 'ce-tally-backup', version: 2 });
    expect(lines.at(-1)).toMatchObject({ kind: 'end', counts: { activities: 2, certificateFiles: 1 } });

    await seedDatabase(log, { clear: true });
    await log.reload();
    await log.getByText('Your log is empty.', { exact: false }).waitFor();

    const [chooser] = await Promise.all([
      log.waitForEvent('filechooser'),
      log.getByRole('button', { name: 'Restore' }).click(),
    ]);
    await chooser.setFiles({ name: backup.name, mimeType: 'application/json', buffer: backup.bytes });
    await log.getByText('Activities: 2 to add, 0 to merge, 0 already in your log').waitFor();
    await log.getByText('Certificate files: 1 to add, 0 not restored').waitFor();
    await log.getByRole('button', { name: 'Confirm restore' }).click();
    await log
      .getByText(
        'Restored: 2 activities added, 0 merged, 0 already there; 0 certifications and 1 certificate file restored.',
      )
      .waitFor();
    expect(byId(await storedActivities(log))).toEqual(before.activities);
    expect(byId(await storedCertificates(log))).toEqual(before.files);

    // The certificate file comes back out of the log byte for byte.
    await row(log, WORKSHOP).getByRole('button', { name: 'Edit' }).click();
    const certificate = await download(log, () => log.getByRole('button', { name: 'Download certificate' }).click());
    expect(certificate.name).toBe('kettlebell-certificate.pdf');
    expect(certificate.bytes.equals(Buffer.from(PDF))).toBe(true);
    // The edit form is a dialog over the page: Escape closes it.
    await log.keyboard.press('Escape');
    await log.getByRole('form', { name: 'Edit activity' }).waitFor({ state: 'detached' });

    // Restoring the same backup again adds nothing.
    const [again] = await Promise.all([
      log.waitForEvent('filechooser'),
      log.getByRole('button', { name: 'Restore' }).click(),
    ]);
    await again.setFiles({ name: backup.name, mimeType: 'application/json', buffer: backup.bytes });
    await log.getByText('Everything in this backup is already in your log.').waitFor();
    expect(await log.getByRole('button', { name: 'Confirm restore' }).isDisabled()).toBe(true);
  },
);

it('refuses a backup from a newer version and changes nothing', { timeout: 60_000 }, async () => {
  const log = await ext.context.newPage();
  await log.goto(`chrome-extension://${ext.id}/options.html`);
  const before = await storedActivities(log);
  const future = JSON.stringify({
    format: 'ce-tally-backup',
    version: 7,
    createdAt: '2030-01-01T00:00:00.000Z',
    activities: [],
    certifications: [],
    certificateFiles: [],
  });
  const [chooser] = await Promise.all([
    log.waitForEvent('filechooser'),
    log.getByRole('button', { name: 'Restore' }).click(),
  ]);
  await chooser.setFiles({
    name: 'ce-tally-backup-2030-01-01.json',
    mimeType: 'application/json',
    buffer: Buffer.from(future),
  });
  await log.getByRole('alert').filter({ hasText: 'made by a newer CE Tally (backup format 7' }).waitFor();
  expect(await storedActivities(log)).toEqual(before);
  await log.close();
});

import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { formatAmount } from '../../lib/model/format';
import { launchExtension, storedActivities, type Extension } from '../support/browser/extension';
import { fixtureBytes } from '../support/import-files';

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(() => ext?.close());

const FILES = [
  ['ace-certificate.pdf', 'application/pdf'],
  ['nasm-certificate.pdf', 'application/pdf'],
  ['human-kinetics-certificate.pdf', 'application/pdf'],
  ['coastal-certificate.pdf', 'application/pdf'],
  ['badge-ob2.png', 'image/png'],
  ['badge-ob3.png', 'image/png'],
] as const;

/** Drops files on the page as a person drags them from a folder: a drop event carrying a DataTransfer. */
async function dropFiles(page: Page, files: ReadonlyArray<readonly [string, string]>): Promise<void> {
  const payload = files.map(([name, type]) => ({
    name,
    type,
    data: Buffer.from(fixtureBytes(name)).toString('base64'),
  }));
  const transfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list)
      dt.items.add(new File([Uint8Array.from(atob(f.data), (c) => c.charCodeAt(0))], f.name, { type: f.type }));
    return dt;
  }, payload);
  await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
}

function storedFiles(page: Page): Promise<Array<{ activityId: string; name: string; type: string; size: number }>> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('ce-tally');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('certificates').objectStore('certificates').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result.map(({ activityId, name, type, size }) => ({ activityId, name, type, size })));
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

it(
  'imports dropped certificates: review, uncheck one, Save checked, files attached, totals and CSV',
  { timeout: 120_000 },
  async () => {
    const log = await ext.context.newPage();
    await log.goto(`chrome-extension://${ext.id}/options.html`);
    await log.getByText('Your log is empty.').waitFor();
    expect(await log.getByRole('button', { name: 'Import', exact: true }).isVisible()).toBe(true);
    expect(await log.getByLabel('Import files').getAttribute('type')).toBe('file');

    await dropFiles(log, FILES);
    const review = log.getByRole('region', { name: 'Import review' });
    const drafts = review.getByRole('listitem', { name: /^Draft / });
    await expect.poll(() => drafts.count(), { timeout: 60_000 }).toBe(6);
    expect(await review.getByRole('checkbox', { checked: true }).count()).toBe(6);
    // Nothing is saved before Save checked.
    expect(await storedActivities(log)).toEqual([]);

    const nasm = review.getByRole('listitem', { name: 'Draft “Corrective Exercise for Runners”' });
    expect(await nasm.textContent()).toContain('2026-03-02');
    await nasm.getByRole('checkbox').uncheck();
    await review.getByRole('button', { name: 'Save checked' }).click();
    await review.getByText('Saved 5 activities, 5 with their certificate file.').waitFor();

    const activities = await storedActivities(log);
    expect(activities.map((a) => a.title).sort()).toEqual([
      'Balance and Fall Prevention for Older Adults',
      'Functional Training in Water',
      'Kettlebell Foundations',
      'Wound Care Update',
      'Youth Strength Training',
    ]);
    expect(activities.every((a) => a.capturedBy === 'imported' && typeof a.certificateFileId === 'string')).toBe(true);
    const files = await storedFiles(log);
    expect(files.map((f) => [f.name, f.type]).sort()).toEqual([
      ['ace-certificate.pdf', 'application/pdf'],
      ['badge-ob2.png', 'image/png'],
      ['badge-ob3.png', 'image/png'],
      ['coastal-certificate.pdf', 'application/pdf'],
      ['human-kinetics-certificate.pdf', 'application/pdf'],
    ]);
    expect(new Set(files.map((f) => f.activityId))).toEqual(new Set(activities.map((a) => a.id)));

    // The log shows them, the totals count them.
    await log.getByText('5 activities', { exact: true }).waitFor();
    const cec = log.getByRole('region', { name: 'Accredited' });
    for (const line of [
      formatAmount(0.2, 'CEC', 'ace'),
      formatAmount(0.8, 'CEU', 'nasm'),
      formatAmount(1, 'CEU', 'nsca'),
    ])
      expect(await cec.textContent()).toContain(line);

    // The CSV export holds them.
    const [download] = await Promise.all([
      log.waitForEvent('download'),
      log.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const rows = Papa.parse<Record<string, string>>(
      readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, ''),
      {
        header: true,
        skipEmptyLines: true,
      },
    ).data;
    expect(new Set(rows.map((r) => r.title))).toEqual(new Set(activities.map((a) => a.title)));
    expect(rows.find((r) => r.title === 'Functional Training in Water')).toMatchObject({
      completed_on: '2026-09-14',
      provider: 'ace',
      amount: '0.2',
      certifying_body: 'ace',
      course_code: 'CEP251107',
    });
  },
);

it('an unreadable file gets one line and the others go on', { timeout: 60_000 }, async () => {
  const log = await ext.context.newPage();
  await log.goto(`chrome-extension://${ext.id}/options.html`);
  await log.getByLabel('Import files').setInputFiles(
    ['encrypted.pdf', 'truncated.pdf', 'ob2-assertion.json'].map((name) => ({
      name,
      mimeType: name.endsWith('.json') ? 'application/json' : 'application/pdf',
      buffer: Buffer.from(fixtureBytes(name)),
    })),
  );
  const review = log.getByRole('region', { name: 'Import review' });
  await review.getByText('“encrypted.pdf” is password-protected').waitFor();
  await review.getByText('“truncated.pdf” is not a readable PDF').waitFor();
  // Kettlebell Foundations is in the log already (the first test saved it from its baked PNG): flagged, unchecked.
  const badge = review.getByRole('listitem', { name: 'Draft “Kettlebell Foundations”' });
  await badge.getByText('Already in your log').waitFor();
  expect(await badge.getByRole('checkbox').isChecked()).toBe(false);
});

// A spreadsheet read in its worker, beside a PDF, is a shared flow (tests/e2e/flows/import.ts), run in Firefox too.

it(
  'reads a photo and a scanned PDF by text recognition inside the extension, fetching nothing',
  { timeout: 180_000 },
  async () => {
    const log = await ext.context.newPage();
    // Every request the log page makes, and any the extension's workers make: OCR's engine, core and data
    // must come from the extension itself.
    const requests: string[] = [];
    const record = (request: { url(): string }) => requests.push(request.url());
    log.on('request', record);
    ext.context.on('request', record);
    await log.goto(`chrome-extension://${ext.id}/options.html`);
    await log.getByLabel('Import files').setInputFiles(
      [
        ['ace-photo.jpg', 'image/jpeg'],
        ['nasm-scanned.pdf', 'application/pdf'],
      ].map(([name, mimeType]) => ({ name, mimeType, buffer: Buffer.from(fixtureBytes(name)) })),
    );
    const review = log.getByRole('region', { name: 'Import review' });
    // A progress bar while a file is recognized.
    await review.getByText(/Recognizing text in “/).waitFor({ timeout: 120_000 });
    const photo = review.getByRole('listitem', { name: 'Draft “Functional Training in Water”' });
    const scan = review.getByRole('listitem', { name: 'Draft “Corrective Exercise for Runners”' });
    await photo.waitFor({ timeout: 150_000 });
    await scan.waitFor({ timeout: 150_000 });
    expect(await photo.textContent()).toContain('2026-09-14');
    expect(await photo.textContent()).toContain('From “ace-photo.jpg”');
    expect(await scan.textContent()).toContain('2026-03-02');
    const outside = requests.filter(
      (url) => !url.startsWith(`chrome-extension://${ext.id}/`) && !url.startsWith('data:') && !url.startsWith('blob:'),
    );
    expect(outside).toEqual([]);
    // The engine's files were loaded from the extension (so the recognition really ran here).
    expect(requests.some((url) => url.includes('/ocr/'))).toBe(true);
    ext.context.off('request', record);
  },
);

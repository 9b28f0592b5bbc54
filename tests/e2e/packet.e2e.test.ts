import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../lib/export/csv';
import { minimalPdf } from '../support/certificate-files';
import { parseCsv, pdfText, unzipPacket } from '../support/packet';
import {
  launchExtension,
  openPopup,
  routeFixtures,
  storedActivities,
  tabIdOf,
  waitForBadge,
  type Extension,
} from '../support/browser/extension';

// Two NASM completions at their real addresses.
const CERTIFICATE = 'https://www.nasm.org/my-courses/nutrition-endurance-hot-climates/complete'; // 0.2 CEUs, 2026-04-22
const TRANSCRIPT = 'https://www.nasm.org/my-account/certificates/4417320'; // 0.4 CEUs, 2026-03-07
const RUNNERS = 'Corrective Exercise for Runners';
const PDF = minimalPdf(`Certificate of Completion: ${RUNNERS}, 0.4 CEUs`);

let ext: Extension;
let log: Page;
beforeAll(async () => {
  ext = await launchExtension();
  await routeFixtures(ext.context, 'https://www.nasm.org/**', {
    [CERTIFICATE]: 'nasm/course-complete.html',
    [TRANSCRIPT]: 'nasm/certificate.html',
  });
});
afterAll(() => ext?.close());

async function saveFrom(url: string, badge: string) {
  const page = await ext.context.newPage();
  await page.goto(url);
  await waitForBadge(ext, await tabIdOf(ext, url), badge);
  const popup = await openPopup(ext, page);
  await popup.waitFor(() => document.querySelector('.current .status')?.textContent === 'Saved');
  await popup.close();
  await page.close();
}

const certificationItem = (page: Page) => page.getByRole('group', { name: 'Renewal packet of NASM-CPT' });

async function downloadPacket(page: Page, click: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), click()]);
  const bytes = readFileSync(await download.path());
  return { name: download.suggestedFilename(), blob: new Blob([bytes]) };
}

it(
  'downloads the renewal packet of two completions saved from NASM, one with its certificate attached',
  { timeout: 180_000 },
  async () => {
    await saveFrom(TRANSCRIPT, '0.4');
    await saveFrom(CERTIFICATE, '0.2');

    log = await ext.context.newPage();
    await log.goto(`chrome-extension://${ext.id}/options.html#add-certification`);
    await log.getByLabel('Certifying body').selectOption('nasm');
    await log.getByLabel('Cycle end date (or expiry)').fill('2027-04-10');
    await log.getByRole('button', { name: 'Save certification' }).click();
    await log.getByRole('progressbar', { name: 'NASM-CPT renewal progress' }).waitFor();

    // The certificate of the March course, attached in its editor.
    const row = log.getByRole('row').filter({ has: log.getByRole('rowheader', { name: RUNNERS }) });
    await row.getByRole('button', { name: 'Edit' }).click();
    await log
      .getByLabel('Attach a file (PDF or image, up to 10 MB)')
      .setInputFiles({ name: 'runners.pdf', mimeType: 'application/pdf', buffer: Buffer.from(PDF) });
    await row.getByRole('button', { name: `Open the certificate file of “${RUNNERS}”` }).waitFor();
    // The editor is a dialog over the log: Escape closes it.
    await log.keyboard.press('Escape');
    await log.getByRole('form', { name: 'Edit activity' }).waitFor({ state: 'detached' });

    const group = certificationItem(log);
    expect(await group.getByLabel('Cycle').inputValue()).toBe('2027-04-10');
    const packet = await downloadPacket(log, () =>
      group.getByRole('button', { name: 'Renewal packet', exact: true }).click(),
    );
    expect(packet.name).toBe('ce-tally-NASM-CPT-2027-04-10.zip');
    await group.getByText('Downloaded ce-tally-NASM-CPT-2027-04-10.zip').waitFor();
    await group.getByText('2 activities counted, 1 certificate; 1 counted without a certificate on file').waitFor();

    const { names, files } = await unzipPacket(packet.blob);
    expect(names.sort()).toEqual(['activities.csv', `certificates/2026-03-07_${RUNNERS}_NASM.pdf`, 'summary.pdf']);
    expect(Buffer.from(files[`certificates/2026-03-07_${RUNNERS}_NASM.pdf`]).equals(Buffer.from(PDF))).toBe(true);

    const stored = await storedActivities(log);
    const csv = parseCsv(files['activities.csv']);
    expect(csv.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(csv.data.map((r) => [r.activity_id, r.completed_on, r.title, r.amount, r.certifying_body])).toEqual([
      [stored.find((a) => a.title === RUNNERS)!.id, '2026-03-07', RUNNERS, '0.4', 'nasm'],
      [
        stored.find((a) => a.title !== RUNNERS)!.id,
        '2026-04-22',
        'Nutrition for Endurance Athletes in Hot Climates',
        '0.2',
        'nasm',
      ],
    ]);

    const text = (await pdfText(files['summary.pdf'])).join('\n').replace(/\s+/g, ' ');
    // The popup's figure for this certification: 0.6 of 2 NASM CEUs.
    expect(text).toContain('Earned: 0.6 of 2 NASM CEUs (6 of 20 contact hours) from 2 activities.');
    expect(text).toContain('Current cycle: 2025-04-11 to 2027-04-10');
    expect(text).toContain(`2026-03-07 ${RUNNERS} NASM`);
    // NASM's own courses: NASM lists them itself, said under the amount.
    expect(text).toContain('0.4 NASM CEUs recorded by NASM 4 — yes');
    expect(text).toContain('2026-04-22 Nutrition for Endurance Athletes in Hot Climates NASM');
    expect(text).toContain('0.2 NASM CEUs recorded by NASM 2 — no');
    expect(text.slice(text.indexOf('No certificate on file (1)'))).toContain(
      'Nutrition for Endurance Athletes in Hot Climates',
    );
  },
);

it('Print opens the same summary as a page for the print dialog', { timeout: 60_000 }, async () => {
  const opened = ext.context.waitForEvent('page');
  await certificationItem(log).getByRole('button', { name: 'Print', exact: true }).click();
  const summary = await opened;
  expect(summary.url()).toMatch(
    new RegExp(`^chrome-extension://${ext.id}/summary\\.html\\?certification=.+&cycle=2027-04-10$`),
  );
  await summary.getByRole('heading', { name: 'Renewal packet: NASM-CPT' }).waitFor();
  await summary.getByText('Earned: 0.6 of 2 NASM CEUs (6 of 20 contact hours) from 2 activities.').waitFor();
  const rows = summary.getByRole('table').first().getByRole('row');
  expect(await rows.count()).toBe(3);
  expect(await rows.nth(1).innerText()).toContain(RUNNERS);
  await summary.close();
});

it(
  "the popup's Renewal packet opens the log, which makes the current cycle's packet",
  { timeout: 90_000 },
  async () => {
    const page = await ext.context.newPage();
    await page.goto(CERTIFICATE);
    const popup = await openPopup(ext, page);
    await popup.waitForText('Already saved');
    const opened = ext.context.waitForEvent('page');
    await popup.clickButton('Renewal packet');
    const options = await opened;
    const download = await options.waitForEvent('download', { timeout: 60_000 });
    expect(options.url()).toMatch(/options\.html#packet=/);
    expect(download.suggestedFilename()).toBe('ce-tally-NASM-CPT-2027-04-10.zip');
    await options.close();
    await page.close();
  },
);

it('a cancelled packet leaves no download behind, and the next one is made whole', { timeout: 180_000 }, async () => {
  // Forty 3 MB certificates (random bytes: nothing to compress) make a packet that takes a while.
  await log.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('ce-tally');
        open.onsuccess = () => {
          const db = open.result;
          const read = db.transaction('activities').objectStore('activities').getAll();
          read.onsuccess = () => {
            const activity = read.result.find((a) => a.title === 'Nutrition for Endurance Athletes in Hot Climates');
            const tx = db.transaction(['activities', 'certificates'], 'readwrite');
            const bytes = new Uint8Array(3 * 1024 * 1024);
            for (let i = 0; i < bytes.length; i += 65536) crypto.getRandomValues(bytes.subarray(i, i + 65536));
            bytes.set([0x25, 0x50, 0x44, 0x46, 0x2d]); // %PDF-
            for (let i = 0; i < 40; i++) {
              const copy = { ...activity, id: `big-${i}`, dedupKey: `big-${i}`, certificateFileId: `file-${i}` };
              tx.objectStore('activities').put(copy);
              tx.objectStore('certificates').put({
                id: `file-${i}`,
                activityId: copy.id,
                name: 'big.pdf',
                type: 'application/pdf',
                size: bytes.length,
                blob: new Blob([bytes], { type: 'application/pdf' }),
                addedAt: Date.now(),
              });
            }
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        };
        open.onerror = () => reject(open.error);
      }),
  );
  await log.reload();
  const group = certificationItem(log);
  const downloads: string[] = [];
  log.on('download', (d) => downloads.push(d.suggestedFilename()));
  await group.getByRole('button', { name: 'Renewal packet', exact: true }).click();
  await group.getByRole('progressbar', { name: 'NASM-CPT renewal packet progress' }).waitFor();
  await group.getByRole('button', { name: 'Cancel' }).click();
  await group.getByText('Renewal packet cancelled: nothing was downloaded.').waitFor();
  expect(await group.getByRole('progressbar').count()).toBe(0);
  // Long enough for the packet to have finished had it gone on.
  await log.waitForTimeout(8_000);
  expect(downloads).toEqual([]);

  const whole = await downloadPacket(log, () =>
    group.getByRole('button', { name: 'Renewal packet', exact: true }).click(),
  );
  const { names } = await unzipPacket(whole.blob);
  expect(names.filter((n) => n.startsWith('certificates/'))).toHaveLength(41);
  expect(downloads).toEqual(['ce-tally-NASM-CPT-2027-04-10.zip']);
});

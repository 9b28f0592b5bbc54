import { expect } from 'vitest';
import { storedActivities } from '../../support/browser/extension';
import type { BrowserUnderTest } from '../../support/browser/harness';
import { fixtureBytes } from '../../support/import-files';

const FILES = [
  ['ace-certificate.pdf', 'application/pdf'],
  ['kept-by-hand.csv', 'text/csv'],
] as const;

/**
 * Past certificates on the log: a PDF read by pdf.js and a spreadsheet read in its worker, both inside the
 * extension; reviewed, then Save checked saves them with the PDF attached.
 */
export async function importsAPdfAndASpreadsheet(browser: BrowserUnderTest): Promise<void> {
  const log = await browser.openExtensionPage('options.html');
  await log.waitForText('Your log is empty.', 20_000);
  // Chosen in the file picker: the input is given the files and told, as the browser does after a pick.
  const chosen = FILES.map(([name, type]) => ({
    name,
    type,
    data: Buffer.from(fixtureBytes(name)).toString('base64'),
  }));
  await log.evaluate((files) => {
    const errors: string[] = [];
    (window as unknown as { __errors: string[] }).__errors = errors;
    addEventListener('error', (e) => errors.push(e.message));
    addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
    const input = document.querySelector<HTMLInputElement>('input[type="file"][aria-label="Import files"]')!;
    const transfer = new DataTransfer();
    for (const f of files)
      transfer.items.add(new File([Uint8Array.from(atob(f.data), (c) => c.charCodeAt(0))], f.name, { type: f.type }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, chosen);

  await log.waitFor(() => document.querySelector('[aria-label="Columns of kept-by-hand.csv"]'), undefined, 30_000);
  await log.clickButton('Read these rows');
  await log.waitFor(() => document.querySelectorAll('li.draft').length === 5, undefined, 60_000);
  const drafts = await log.evaluate(() =>
    [...document.querySelectorAll('li.draft')].map((li) => ({
      name: li.getAttribute('aria-label'),
      checked: li.querySelector<HTMLInputElement>('input[type="checkbox"]')?.checked ?? false,
    })),
  );
  expect(drafts.map((d) => d.name)).toEqual(
    expect.arrayContaining(['Draft “Functional Training in Water”', 'Draft “Mobility for Golfers”']),
  );
  // Nothing is saved before Save checked.
  expect(await storedActivities(log)).toEqual([]);

  await log.clickButton('Save checked');
  await log.waitFor(() => /Saved \d+ activit/.test(document.body.innerText), undefined, 30_000);
  const stored = await storedActivities(log);
  expect(stored).toHaveLength(drafts.filter((d) => d.checked).length);
  expect(stored.every((a) => a.capturedBy === 'imported')).toBe(true);
  const fromPdf = stored.find((a) => a.title === 'Functional Training in Water' && a.certificateFileId);
  expect(fromPdf).toMatchObject({ completedOn: '2026-09-14', courseCode: 'CEP251107' });
  expect(stored.map((a) => a.title)).toContain('Mobility for Golfers');
  expect(await log.evaluate(() => (window as unknown as { __errors: string[] }).__errors)).toEqual([]);
  await log.close();
}

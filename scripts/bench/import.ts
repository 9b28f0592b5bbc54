/**
 * The import on the log, in the bench extension, each figure beside its floor (scripts/bench/floors/import-floor.ts,
 * added to the same page):
 * - 200 one-page text PDFs dropped on the log, to every draft in the review (read, checked against the log,
 *   shown), beside pdf.js's text of the same files from the same worker, four at a time;
 * - one photo of a certificate read by text recognition, to its draft shown, beside Tesseract's text of the
 *   same picture (both warm: the engine and its data loaded by the warm-up pair; the first, cold, is an extra).
 * - a 10,000-row spreadsheet kept by hand, to its drafts in the review (its columns confirmed as guessed),
 *   beside papaparse's rows of the same file;
 * The longest main-thread task during each is kept (the goal: the page never freezes, no task over 200 ms).
 */
import type { Page } from 'playwright-core';
import { certificateHtml, CERTIFICATES } from '../make-import-fixtures';
import { launchExtension } from '../../tests/support/browser/extension';
import { fixtureBytes } from '../../tests/support/import-files';
import { BENCH_EXTENSION_DIR } from './bench-extension';
import { interleave, type Measured, type Suite, type Timing } from './figure';

const PDF_COUNT = 200;
const SHEET_ROWS = 10_000;

/** A spreadsheet as people keep them: a date, the course, its provider and the credits in one cell. */
function keptByHand(): Buffer {
  const lines = ['Date,Course,Provider,Credits'];
  for (let i = 0; i < SHEET_ROWS; i++)
    lines.push(`2026-01-${String((i % 28) + 1).padStart(2, '0')},Course ${i} on program design,ACE,0.1 CECs`);
  return Buffer.from(lines.join('\n'));
}

/** 200 distinct one-page certificates, printed by the same Chromium as the test fixtures are. */
async function certificatePdfs(page: Page): Promise<Buffer[]> {
  const pdfs: Buffer[] = [];
  const kinds = Object.values(CERTIFICATES);
  for (let i = 0; i < PDF_COUNT; i++) {
    const c = kinds[i % kinds.length];
    const day = String((i % 28) + 1).padStart(2, '0');
    await page.setContent(
      `<!doctype html><html><head><style>@page{size:11in 8.5in;margin:0}body{margin:0;font-family:serif}` +
        `.cert{box-sizing:border-box;width:11in;height:8.5in;padding:0.8in;text-align:center}</style></head><body>` +
        certificateHtml({ ...c, title: `${c.title}, part ${i + 1}`, date: `2026-0${(i % 9) + 1}-${day}` }) +
        '</body></html>',
    );
    pdfs.push(await page.pdf({ width: '11in', height: '8.5in' }));
  }
  return pdfs;
}

/** Puts the files into the page once, as File objects kept on window (the figures then time only the reading). */
async function holdFiles(page: Page, name: string, files: Array<{ name: string; type: string; bytes: Buffer }>) {
  await page.evaluate(
    ({ name, files }) => {
      const w = window as unknown as Record<string, File[]>;
      w[name] = files.map(
        (f) => new File([Uint8Array.from(atob(f.data), (c) => c.charCodeAt(0))], f.name, { type: f.type }),
      );
    },
    { name, files: files.map((f) => ({ name: f.name, type: f.type, data: f.bytes.toString('base64') })) },
  );
}

/** Drops the held files on the log and waits, in the page, for `drafts` drafts and no file still being read. */
async function dropAndReview(page: Page, name: string, drafts: number): Promise<Timing> {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  const ms = await page.evaluate(
    async ({ name, drafts }) => {
      const w = window as unknown as Record<string, File[]> & { longTasks: number[] };
      w.longTasks = [];
      const transfer = new DataTransfer();
      for (const file of w[name]) transfer.items.add(file);
      const start = performance.now();
      document
        .querySelector('main')!
        .dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      for (;;) {
        const text = document.querySelector('[aria-label="Import review"]')?.textContent ?? '';
        if (text.includes(`of ${drafts} checked`) && !text.includes('Reading files')) return performance.now() - start;
        // A spreadsheet's columns, as guessed, confirmed at once (the user's reading of the preview is not timed).
        [...document.querySelectorAll('button')].find((b) => b.textContent === 'Read these rows')?.click();
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
    },
    { name, drafts },
  );
  const longestTaskMs = await page.evaluate(() =>
    Math.round(Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks)),
  );
  await page.getByRole('button', { name: 'Close import' }).click();
  return { ms, longestTaskMs };
}

async function floor(page: Page, which: 'pdfs' | 'ocr' | 'sheet', name: string): Promise<Timing> {
  return page.evaluate(
    async ({ which, name }) => {
      const w = window as unknown as Record<string, File[]> & {
        longTasks: number[];
        ceTallyImportFloors: Record<string, (arg: File[] | File) => Promise<unknown>>;
      };
      w.longTasks = [];
      const start = performance.now();
      await w.ceTallyImportFloors[which](which === 'pdfs' ? w[name] : w[name][0]);
      const ms = performance.now() - start;
      return { ms, longestTaskMs: Math.round(Math.max(0, ...w.longTasks)) };
    },
    { which, name },
  );
}

export const importSuite: Suite = {
  name: 'import',
  async run(runs) {
    const ext = await launchExtension({ dir: BENCH_EXTENSION_DIR });
    const base = `chrome-extension://${ext.id}`;
    try {
      const printer = await ext.context.newPage();
      const pdfs = await certificatePdfs(printer);
      await printer.close();
      const page = await ext.context.newPage();
      await page.goto(`${base}/options.html`);
      await page.getByText('Your log is empty.').waitFor();
      await page.addScriptTag({ url: `${base}/bench/import-floor.js` });
      await page.evaluate(() => {
        const w = window as unknown as { longTasks: number[] };
        w.longTasks = [];
        new PerformanceObserver((list) => w.longTasks.push(...list.getEntries().map((e) => e.duration))).observe({
          type: 'longtask',
        });
      });
      await holdFiles(
        page,
        'benchPdfs',
        pdfs.map((bytes, i) => ({ name: `certificate-${i + 1}.pdf`, type: 'application/pdf', bytes })),
      );
      await holdFiles(page, 'benchSheet', [{ name: 'kept-by-hand.csv', type: 'text/csv', bytes: keptByHand() }]);
      await holdFiles(page, 'benchPhoto', [
        { name: 'ace-photo.jpg', type: 'image/jpeg', bytes: Buffer.from(fixtureBytes('ace-photo.jpg')) },
      ]);

      // The first photo pays for loading the OCR engine and its English data: kept apart, as the user meets it once.
      const cold = await dropAndReview(page, 'benchPhoto', 1);
      const heavyRuns = Math.max(1, Math.round(runs / 3));
      const pdfPairs = await interleave(
        heavyRuns,
        () => dropAndReview(page, 'benchPdfs', PDF_COUNT),
        () => floor(page, 'pdfs', 'benchPdfs'),
      );
      const sheetPairs = await interleave(
        heavyRuns,
        () => dropAndReview(page, 'benchSheet', SHEET_ROWS),
        () => floor(page, 'sheet', 'benchSheet'),
      );
      const ocrPairs = await interleave(
        heavyRuns,
        () => dropAndReview(page, 'benchPhoto', 1),
        () => floor(page, 'ocr', 'benchPhoto'),
      );
      const measured: Measured[] = [
        {
          figure: {
            name: 'import',
            suffix: '_200_pdf',
            label: `${PDF_COUNT} one-page certificate PDFs dropped on the log, to every draft in the review (goal: 30 s here)`,
            floor: "pdf.js's text of the same files from the same worker, four at a time",
            goal: { longestTaskMs: 200 },
          },
          pairs: pdfPairs,
          extras: { import_pdf_bytes_200: pdfs.reduce((n, b) => n + b.length, 0) },
        },
        {
          figure: {
            name: 'import',
            suffix: '_10k_csv',
            label: `a ${SHEET_ROWS.toLocaleString('en-US')}-row spreadsheet kept by hand, to its drafts in the review`,
            floor: "papaparse's rows of the same file",
            goal: { longestTaskMs: 200 },
          },
          pairs: sheetPairs,
        },
        {
          figure: {
            name: 'import_ocr',
            suffix: '_page',
            label: 'one photo of a certificate read by text recognition, to its draft (engine warm)',
            floor: "Tesseract's text of the same picture, its worker warm",
            goal: { longestTaskMs: 200 },
          },
          pairs: ocrPairs,
          extras: { import_ocr_cold_ms: Math.round(cold.ms) },
        },
      ];
      return measured;
    } finally {
      await ext.close();
    }
  },
};

/**
 * npm run screenshots: the popup and the log with sample data, in real headless Chromium, into docs/, and the
 * first page of a renewal packet's summary.pdf as pdf.js draws it (docs/summary-pdf.png).
 * The popup is shown over ACE's certificate page (served from the test fixture), as a user sees it
 * right after the click that saved the course.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import type { BrowserContext } from 'playwright-core';
import { launchExtension, openPopup, routeFixtures, tabIdOf, waitForBadge } from '../tests/support/browser/extension';
import { seedDatabase } from '../tests/support/browser/seed';
import { sampleLog } from './sample-data';

const DOCS = resolve(import.meta.dirname, '../docs');
const CERTIFICATE = 'https://www.acefitness.org/myace/certificates/CEP251107/';

/** Draws page 1 of a PDF with pdf.js (the project's own copy, served to a page of its own) into a PNG. */
async function renderPdfPage(context: BrowserContext, pdf: Uint8Array, path: string): Promise<void> {
  const build = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/build/pdf.min.mjs'));
  const origin = 'https://pdf-render.invalid';
  await context.route(`${origin}/**`, (route) => {
    const name = new URL(route.request().url()).pathname.slice(1);
    if (name === 'summary.pdf') return route.fulfill({ contentType: 'application/pdf', body: Buffer.from(pdf) });
    if (name.endsWith('.mjs'))
      return route.fulfill({ contentType: 'text/javascript', body: readFileSync(resolve(build, name)) });
    return route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><body style="margin:0;background:#888"><canvas id="page"></canvas><script type="module">
        import * as pdfjs from './pdf.min.mjs';
        pdfjs.GlobalWorkerOptions.workerSrc = './pdf.worker.min.mjs';
        const doc = await pdfjs.getDocument('./summary.pdf').promise;
        const page = await doc.getPage(1);
        const viewport = page.getViewport({ scale: 1.5 });
        const canvas = document.getElementById('page');
        canvas.width = viewport.width;
        canvas.height = viewport.height;
        await page.render({ canvas, canvasContext: canvas.getContext('2d'), viewport }).promise;
        document.title = 'rendered';
      </script></body>`,
    });
  });
  const page = await context.newPage();
  await page.setViewportSize({ width: 1000, height: 1300 });
  await page.goto(`${origin}/index.html`);
  await page.waitForFunction(() => document.title === 'rendered', null, { timeout: 60_000 });
  await page.locator('#page').screenshot({ path });
  await page.close();
}

mkdirSync(DOCS, { recursive: true });
const ext = await launchExtension();
try {
  await routeFixtures(ext.context, 'https://www.acefitness.org/**', { [CERTIFICATE]: 'ace/certificate.html' });
  const log = await ext.context.newPage();
  await log.setViewportSize({ width: 1200, height: 800 });
  await log.goto(`chrome-extension://${ext.id}/options.html`);
  const { activities, certifications } = sampleLog();
  // The ACE course of the sample is the one the popup saves from the page below.
  await seedDatabase(log, { activities: activities.filter((a) => a.courseCode !== 'CEP251107'), certifications });

  const page = await ext.context.newPage();
  await page.goto(CERTIFICATE);
  await waitForBadge(ext, await tabIdOf(ext, CERTIFICATE), '0.2');
  const popup = await openPopup(ext, page);
  await popup.waitFor(
    () =>
      document.querySelector('.current .status')?.textContent === 'Saved' &&
      document.querySelector('[role="progressbar"]') &&
      document.querySelector('.recent details'),
  );
  // The popup's window is at most 600 px high: its content's height says whether it scrolls.
  const popupHeight = await popup.evaluate(() =>
    Math.ceil(document.querySelector('.popup')!.getBoundingClientRect().height),
  );
  const popupWidth = await popup.evaluate(() => document.documentElement.scrollWidth);
  const wide = await popup.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > 361)
      .map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`)
      .slice(0, 5),
  );
  if (wide.length > 0) console.log('wider than 360 px:', wide.join(', '));
  // Headless Chromium's popup window is shorter than a real one (its browser window is small): the whole content is drawn.
  await popup.screenshot(resolve(DOCS, 'popup.png'), { full: true });
  await popup.close();
  console.log(
    `popup (after the click that saved): ${popupWidth} x ${popupHeight} px (a popup's window is at most 800 x 600)`,
  );

  // The popup's page in a tab at other widths (the current tab is the popup's own: nothing detected).
  for (const width of [360, 800, 1280]) {
    const tab = await ext.context.newPage();
    await tab.setViewportSize({ width, height: 600 });
    await tab.goto(`chrome-extension://${ext.id}/popup.html`);
    await tab.locator('.recent details').waitFor({ state: 'attached' });
    await tab.locator('[role="progressbar"]').first().waitFor();
    const height = await tab.evaluate(() =>
      Math.ceil(document.querySelector('.popup')!.getBoundingClientRect().height),
    );
    console.log(`popup page at ${width} px, nothing detected: ${height} px high`);
    await tab.screenshot({ path: resolve(DOCS, `popup-${width}.png`) });
    await tab.close();
  }

  await log.reload();
  await log.waitForSelector('table tbody tr');
  for (const width of [360, 390, 800, 1280, 1920]) {
    await log.setViewportSize({ width, height: 900 });
    const overflow = await log.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    console.log(`log at ${width} px: ${overflow > 0 ? `overflows by ${overflow} px` : 'no horizontal overflow'}`);
    if ([360, 800, 1280].includes(width)) await log.screenshot({ path: resolve(DOCS, `log-${width}.png`) });
  }
  await log.setViewportSize({ width: 1200, height: 800 });
  await log.screenshot({ path: resolve(DOCS, 'log.png'), fullPage: false });

  // The certifications with their Renewal packet, and the first page of the packet's summary.pdf.
  const certificationsSection = log.locator('#certifications');
  await certificationsSection.scrollIntoViewIfNeeded();
  await certificationsSection.screenshot({ path: resolve(DOCS, 'certifications.png') });
  const packetGroup = log.getByRole('group', { name: 'Renewal packet of NASM-CPT' });
  const [download] = await Promise.all([
    log.waitForEvent('download', { timeout: 120_000 }),
    packetGroup.getByRole('button', { name: 'Renewal packet', exact: true }).click(),
  ]);
  const zip = unzipSync(new Uint8Array(readFileSync(await download.path())));
  await renderPdfPage(ext.context, zip['summary.pdf'], resolve(DOCS, 'summary-pdf.png'));
  console.log(`Screenshots written to ${DOCS}`);
} finally {
  await ext.close();
}

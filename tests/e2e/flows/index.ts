import { afterAll, beforeAll, it } from 'vitest';
import type { BrowserUnderTest, SitePages } from '../../support/browser/harness';
import { capturesAPageWithoutHostPermission } from './capture';
import { importsAPdfAndASpreadsheet } from './import';
import { refusesMalformedMessages } from './refuse-messages';
import { detectsSavesExportsAndUndoes, showsNothingOnACatalogPage } from './save-from-popup';
import { SITE_PAGES } from './site-pages';

/** The main flows, written once: each browser's test file runs them all in its own browser. */
const FLOWS: Array<[string, (browser: BrowserUnderTest) => Promise<void>]> = [
  ['shows no badge on a provider page that is no completion (a catalog advertising CECs)', showsNothingOnACatalogPage],
  [
    'detects a certificate (badge and title), saves it on the first click, "Already saved" on the second, lists it in the log, exports the CSV contract and undoes it',
    detectsSavesExportsAndUndoes,
  ],
  [
    'captures a page on a site without host permission after a click on the icon, and saves it on "Save"',
    capturesAPageWithoutHostPermission,
  ],
  [
    'refuses a message from a web page and malformed ones from its own pages, and writes nothing',
    refusesMalformedMessages,
  ],
  // Last: it leaves its activities in the log.
  [
    'imports a PDF certificate and a spreadsheet on the log, read in their workers, and saves the checked drafts',
    importsAPdfAndASpreadsheet,
  ],
];

export function runFlows(launch: (pages: SitePages) => Promise<BrowserUnderTest>, timeoutMs = 120_000): void {
  let browser: BrowserUnderTest;
  beforeAll(async () => {
    browser = await launch(SITE_PAGES);
  }, timeoutMs);
  afterAll(() => browser?.close());
  for (const [name, flow] of FLOWS) it(name, { timeout: timeoutMs }, () => flow(browser));
}

import { DOMParser } from 'linkedom';
import { detectPage } from '../../../lib/detect/registry';
import type { Detection } from '../../../lib/detect/types';
import { parseHtml } from '../parse-html';
import { generatePage, type GeneratedPage } from './generate';
import { scorePage, type PageScore } from './score';

/**
 * Detection of generated pages through the detect CLI's own call, detectPage (lib/detect/registry) on the
 * page's document. The CLI parses with happy-dom (tests/support/parse-html), which costs 10 to 70 ms a page
 * on this machine; linkedom builds the same tree several times faster. `cliParser` runs a page both ways and
 * says whether they agree, so that every run proves its figures are the CLI's.
 */
const parser = new DOMParser();

export function detectFast(page: GeneratedPage): Detection | null {
  const doc = parser.parseFromString(page.html, 'text/html') as unknown as Document;
  return detectPage(doc, new URL(page.url));
}

/** What the detect CLI prints for the page (its parser, its call). */
export function detectAsCli(page: GeneratedPage): Detection | null {
  const parsed = parseHtml(page.html, page.url);
  try {
    return detectPage(parsed.document, new URL(page.url));
  } finally {
    parsed.close();
  }
}

/** The detection as the CLI prints it: the contract's fields only, so that two parsers compare field by field. */
export function cliView(detection: Detection | null): string {
  if (!detection) return JSON.stringify({ detected: false });
  const { title, completedOn, courseCode, credits, sourceUrl, certificateUrl } = detection.activity;
  return JSON.stringify({
    provider: detection.provider,
    title,
    completedOn,
    courseCode,
    credits,
    sourceUrl,
    certificateUrl,
  });
}

export interface SeedResult {
  score: PageScore;
  /** Set on the pages also read the CLI's way: whether both read the same. */
  sameAsCli?: boolean;
}

/** Scores the pages of these seeds; every `cliEvery`-th page is also detected the CLI's way and compared. */
export function runSeedList(seeds: readonly number[], cliEvery = 0): SeedResult[] {
  return seeds.map((seed, i) => {
    const page = generatePage(seed);
    const got = detectFast(page);
    const result: SeedResult = { score: scorePage(page, got) };
    if (cliEvery > 0 && i % cliEvery === 0) result.sameAsCli = cliView(detectAsCli(page)) === cliView(got);
    return result;
  });
}

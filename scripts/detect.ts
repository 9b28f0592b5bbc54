/**
 * The detect CLI (a contract, see docs/contracts.md):
 *   npm run -s detect -- FILE.html --url URL [--explain]
 * prints one JSON object and exits 0; an unreadable file or a bad URL: one line on stderr, exit 2.
 * --explain prints on stderr why: the provider, the completion statement, where the title came from and
 * which candidates were refused, the text each credit was read from (stdout stays the same JSON).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseHtml } from '../tests/support/parse-html';
import { explaining } from '../lib/detect/explain';
import { detectPage, providerForUrl } from '../lib/detect/registry';

function fail(message: string): never {
  process.stderr.write(`detect: ${message}\n`);
  process.exit(2);
}

let file: string | undefined;
let urlText: string | undefined;
let explain = false;
try {
  const { values, positionals } = parseArgs({
    options: { url: { type: 'string' }, explain: { type: 'boolean' } },
    allowPositionals: true,
  });
  [file] = positionals;
  urlText = values.url;
  explain = values.explain === true;
} catch (error) {
  fail((error as Error).message);
}
if (!file) fail('usage: detect FILE.html --url URL [--explain]');
if (!urlText) fail('--url URL is required');
let url: URL;
try {
  url = new URL(urlText);
  if (!/^https?:$/.test(url.protocol)) throw new Error();
} catch {
  fail(`not an http(s) URL: ${urlText}`);
}
let html: string;
try {
  html = readFileSync(file, 'utf8');
} catch (error) {
  fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
}

const page = parseHtml(html, url.href);
const { result: detection, reasons } = explaining(() => detectPage(page.document, url));
if (explain) {
  const provider = providerForUrl(url);
  const lines = [
    provider
      ? `provider: ${provider.id} (${provider.kind}, matched by ${url.host})`
      : `provider: none matches ${url.host}`,
    ...reasons,
    detection ? `detected: ${detection.provider}` : 'detected: nothing',
  ];
  process.stderr.write(`${lines.map((line) => `explain: ${line}`).join('\n')}\n`);
}
const { title, completedOn, courseCode, sourceUrl, certificateUrl } = detection?.activity ?? {};
// The contract's credits have no categories (set or proposed): where one came from is said by --explain only.
const credits = detection?.activity.credits.map(({ categories: _set, statedShares: _proposed, ...credit }) => credit);
process.stdout.write(
  `${JSON.stringify(detection ? { detected: true, provider: detection.provider, activity: { title, completedOn, courseCode, credits, sourceUrl, certificateUrl } } : { detected: false })}\n`,
);
page.close();
process.exit(0);

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import contentScript from '../../entrypoints/providers.content';
import { parseHtml } from '../support/parse-html';
import { DETECT_RETRY_DELAYS_MS } from '../../lib/model/limits';
import { FIXTURES } from '../support/helpers';

const CERTIFICATE = 'https://www.acefitness.org/myace/certificates/CEP251107/';
const ALL_LOOKS_MS = DETECT_RETRY_DELAYS_MS.reduce((sum, delay) => sum + delay, 0);

/** Shows a fixture page at its real address in the test's window, as the content script sees it (its styles and scripts left out). */
function showPage(url: string, fixture: string): void {
  (window as unknown as { happyDOM: { setURL: (url: string) => void } }).happyDOM.setURL(url);
  const page = parseHtml(readFileSync(join(FIXTURES, fixture), 'utf8'), url);
  page.document.querySelectorAll('link, script').forEach((element) => element.remove());
  document.head.innerHTML = page.document.head.innerHTML;
  document.body.innerHTML = page.document.body.innerHTML;
  page.close();
}

/** What the content script sends to the background. */
function sentMessages(): unknown[] {
  const sent: unknown[] = [];
  fakeBrowser.runtime.onMessage.addListener((message) => void sent.push(message));
  return sent;
}

/** An update or removal of the extension, as Chrome shows it to a script left in the page. */
function cutOffExtension(): void {
  vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(() => {
    throw new Error('Extension context invalidated.');
  });
}

let ctx: ContentScriptContext;
beforeEach(() => {
  vi.useFakeTimers();
  ctx = new ContentScriptContext('providers');
});
afterEach(() => {
  ctx.abort();
  vi.useRealTimers();
});

describe('the provider content script', () => {
  it('reports a completion on the page to the background', async () => {
    const sent = sentMessages();
    showPage(CERTIFICATE, 'ace/certificate.html');
    await contentScript.main(ctx);
    await vi.waitFor(() =>
      expect(sent).toEqual([{ type: 'detection', detection: expect.objectContaining({ provider: 'ace' }) }]),
    );
  });

  it('does nothing, and throws nothing into the page, when it starts after the extension was cut off', async () => {
    const sent = sentMessages();
    showPage(CERTIFICATE, 'ace/certificate.html');
    cutOffExtension();
    expect(() => contentScript.main(ctx)).not.toThrow();
    await vi.advanceTimersByTimeAsync(ALL_LOOKS_MS);
    expect(sent).toEqual([]);
  });

  it('stops its pending looks once the extension is cut off: a completion rendered later is not sent to a dead runtime', async () => {
    const sent = sentMessages();
    showPage(CERTIFICATE, 'ace/catalog-course.html');
    await contentScript.main(ctx);
    await vi.advanceTimersByTimeAsync(DETECT_RETRY_DELAYS_MS[0]);
    cutOffExtension();
    showPage(CERTIFICATE, 'ace/certificate.html');
    await expect(vi.advanceTimersByTimeAsync(ALL_LOOKS_MS)).resolves.not.toThrow();
    expect(sent).toEqual([{ type: 'detection', detection: null }]);
  });
});

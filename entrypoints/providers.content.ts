import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PROVIDER_MATCHES, detectPage } from '../lib/detect/registry';
import { DETECT_RETRY_DELAYS_MS } from '../lib/model/limits';

export default defineContentScript({
  matches: PROVIDER_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    let lastSent = '';
    // Each navigation starts a new round of looks; a timer left from an earlier page stops itself.
    let round = 0;

    const report = (): boolean => {
      const detection = detectPage(document, new URL(location.href));
      const key = JSON.stringify(detection);
      if (key !== lastSent) {
        lastSent = key;
        // The background may be asleep or reloading; a lost report is retried on the next look.
        browser.runtime.sendMessage({ type: 'detection', detection }).catch(() => (lastSent = ''));
      }
      return detection !== null;
    };

    // An update or removal of the extension cuts this script off (its runtime is gone, a call would throw
    // into the page): ctx's timers stop then, and a script started during an update does nothing.
    const look = (myRound: number, attempt: number): void => {
      if (ctx.isInvalid || myRound !== round) return;
      if (report() || attempt >= DETECT_RETRY_DELAYS_MS.length) return;
      ctx.setTimeout(() => look(myRound, attempt + 1), DETECT_RETRY_DELAYS_MS[attempt]);
    };

    look(round, 0);
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      const myRound = ++round;
      // The background forgets a tab's page when its URL changes: the new page is always reported.
      lastSent = '';
      // The event can come before the URL is committed (Navigation API): look once it is.
      ctx.setTimeout(() => look(myRound, 0), 0);
    });
  },
});

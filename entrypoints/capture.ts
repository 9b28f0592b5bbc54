import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { capturePage } from '../lib/detect/generic';

/**
 * Injected on request by the popup ("Capture this page", activeTab + scripting):
 * `browser.scripting.executeScript({ target: { tabId }, files: ['/capture.js'] })` answers with the draft.
 */
export default defineUnlistedScript(() => capturePage(document, new URL(location.href)));

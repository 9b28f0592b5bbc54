import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startOpening } from './popup/opening';

/**
 * Loaded by popup.html as a plain script before the popup's bundle (React, Dexie): it asks the
 * background to save what the tab shows while that bundle is still loading.
 */
export default defineUnlistedScript(() => {
  void startOpening();
});

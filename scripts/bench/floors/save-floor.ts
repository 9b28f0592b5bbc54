/**
 * The save's floor: the popup's floor page, plus one IndexedDB write of the same activity
 * (window.benchActivity, written by the bench) and one setBadgeText.
 */
import { FLOOR_READY, done, openDatabase } from './idb';

void (async () => {
  const [[tab], db] = await Promise.all([chrome.tabs.query({ active: true, currentWindow: true }), openDatabase()]);
  const tx = db.transaction('activities', 'readwrite');
  tx.objectStore('activities').put((window as unknown as { benchActivity: unknown }).benchActivity);
  await done(tx);
  await chrome.action.setBadgeText({ tabId: tab.id, text: '✓' });
  document.getElementById('figures')!.textContent = 'Saved';
  performance.mark(FLOOR_READY);
})();

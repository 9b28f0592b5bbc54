import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import type { CeTallyDb } from '../store/db';
import type { PageMessage } from './messages';

/**
 * Tells the background when the certifications change while this page is open (added, edited, removed,
 * restored from a backup, reminders turned off), so that it looks at the renewal reminders again and sets
 * their alarm for the new dates. What the page first reads is no change. Returns the unsubscribe, and
 * `read` once that first reading is done.
 */
export function tellBackgroundOfCertificationChanges(
  db: CeTallyDb,
  send: (message: PageMessage) => Promise<unknown> = (message) => browser.runtime.sendMessage(message),
): { stop: () => void; read: Promise<void> } {
  let last: string | undefined;
  let firstRead!: () => void;
  const read = new Promise<void>((resolve) => (firstRead = resolve));
  const subscription = liveQuery(() => db.certifications.toArray()).subscribe({
    next: (certifications) => {
      const now = JSON.stringify(certifications);
      if (last !== undefined && now !== last)
        // A background that cannot answer (being updated) sets the alarm at its next start anyway.
        void send({ type: 'certifications-changed' }).catch(() => undefined);
      last = now;
      firstRead();
    },
  });
  return { stop: () => subscription.unsubscribe(), read };
}

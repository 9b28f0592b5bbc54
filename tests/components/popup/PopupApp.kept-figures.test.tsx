import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { expect, it } from 'vitest';
import { addDays, todayIso } from '../../../lib/model/calendar';
import { saveActivity } from '../../../lib/store/activities';
import { isBucket } from '../../../lib/store/credit-summary';
import type { CeTallyDb } from '../../../lib/store/db';
import { certification, draft, testDb } from '../../support/helpers';
import { renderIdlePopup } from '../../support/popup';

/** Opens the popup again: the one before closed. */
function openPopup(db: CeTallyDb) {
  cleanup();
  renderIdlePopup(db);
}

/** The popup's line of ACE CECs in its totals, as the user reads it ("0.2 ACE CECs (2 h)"). */
const aceLine = async () =>
  within(await screen.findByRole('region', { name: 'Totals' }))
    .queryAllByRole('listitem')
    .map((li) => li.textContent)
    .find((text) => text?.includes('ACE CECs'));

/** A log whose popup was opened once: its figures counted and kept. */
async function openedOnce() {
  const db = testDb();
  const today = todayIso();
  await db.certifications.add(
    certification({ id: 'ace', body: 'ace', name: 'ACE-CPT', cycleEnd: addDays(today, 300), requirement: 2 }),
  );
  await saveActivity(db, draft({ completedOn: addDays(today, -10) }), 'detected');
  openPopup(db);
  await waitFor(async () => expect(await aceLine()).toBe('0.2 ACE CECs (2 h)'));
  await waitFor(async () => expect(await db.creditSummary.get('figures:popup')).toBeDefined());
  return db;
}

/** Empties the summary's rows without a write to the activities: only figures counted again would show it. */
async function emptySummaryRows(db: CeTallyDb) {
  const buckets = (await db.creditSummary.toArray()).filter(isBucket);
  await db.creditSummary.bulkPut(buckets.map((bucket) => ({ ...bucket, rows: '[]' })));
}

it('opens with the figures kept from its last opening, without counting the summary again', async () => {
  const db = await openedOnce();
  await emptySummaryRows(db);
  openPopup(db);
  await waitFor(async () => expect(await aceLine()).toBe('0.2 ACE CECs (2 h)'));
  expect(screen.getByText(/0\.2 of 2 ACE CECs/)).toBeTruthy();
  // A change to a certification is a new basis: the popup counts again (from the emptied rows, here).
  await db.certifications.update('ace', { requirement: 3 });
  await waitFor(async () => expect(await aceLine()).toBeUndefined());
  expect(await screen.findByText(/0 of 3 ACE CECs/)).toBeTruthy();
});

it('counts a save made while it is open, though its figures were kept, the kept ones on screen meanwhile', async () => {
  const db = await openedOnce();
  openPopup(db);
  await waitFor(async () => expect(await aceLine()).toBe('0.2 ACE CECs (2 h)'));
  // The same bar, updated: the figures never gave way to "Loading…" while counted again.
  const bar = screen.getByRole('progressbar', { name: 'ACE-CPT renewal progress' });
  await saveActivity(
    db,
    draft({ courseCode: 'ACE-2', title: 'Kettlebell Basics', completedOn: addDays(todayIso(), -3) }),
    'detected',
  );
  await waitFor(async () => expect(await aceLine()).toBe('0.4 ACE CECs (4 h)'));
  expect(screen.getByText(/0\.4 of 2 ACE CECs/)).toBeTruthy();
  expect(bar.isConnected && bar.getAttribute('aria-valuenow')).toBe('0.4');
});

it('offers the export of a log whose kept figures count nothing in the period shown', async () => {
  const db = testDb();
  const today = todayIso();
  await db.certifications.add(
    certification({ id: 'ace', body: 'ace', name: 'ACE-CPT', cycleEnd: addDays(today, 300), cycleMonths: 24 }),
  );
  // Completed before the cycle began: in the log, not in the cycle's totals.
  await saveActivity(db, draft({ completedOn: addDays(today, -1000) }), 'detected');
  openPopup(db);
  await waitFor(async () => expect(await db.creditSummary.get('figures:popup')).toBeDefined());
  openPopup(db);
  await screen.findByText(/0 of /);
  expect(screen.getByRole('button', { name: 'Export CSV' }).hasAttribute('disabled')).toBe(false);
});

import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { deleteActivity, restoreActivity, saveActivity } from '../../../lib/store/activities';
import type { CeTallyDb } from '../../../lib/store/db';
import type { TabReply } from '../../../lib/background/messages';
import { PopupApp } from '../../../components/popup/PopupApp';
import { draft, testDb } from '../../support/helpers';

function renderPopup(db: CeTallyDb, reply: TabReply | undefined) {
  const openLog = vi.fn();
  const openEditor = vi.fn();
  render(
    <PopupApp
      db={db}
      reply={reply}
      openLog={openLog}
      addCertification={vi.fn()}
      actions={{
        undo: (id) => deleteActivity(db, id),
        saveAgain: (removed) => restoreActivity(db, removed),
        openEditor,
      }}
    />,
  );
  return { openLog, openEditor };
}

/** A line of the popup's totals ("29 ACSM CECs (29 h)"), its hours in an element of their own. */
const totalLine = (text: string) => (_: string, element: Element | null) =>
  element?.tagName === 'LI' && element.textContent === text;

describe('the popup', () => {
  it('says "Saved" for a fresh save and shows totals and recent activities from the log', async () => {
    const db = testDb();
    const saved = await saveActivity(db, draft(), 'detected');
    await saveActivity(
      db,
      draft({
        courseCode: null,
        provider: undefined,
        organizer: 'City Rec',
        title: 'Aqua Workshop',
        completedOn: '2026-01-10',
        credits: [{ kind: 'CEU', amount: 0.6, unit: 'CEU', hours: 6 }],
      }),
      'manual',
    );
    renderPopup(db, saved);
    expect(screen.getByText('Saved')).toBeTruthy();
    const totals = await screen.findByRole('region', { name: 'Totals' });
    await waitFor(() => expect(within(totals).getByText(totalLine('0.2 ACE CECs (2 h)'))).toBeTruthy());
    expect(within(totals).getByText(totalLine('0.6 CEUs (6 h)'))).toBeTruthy();
    const recent = screen.getByRole('region', { name: 'Recent activities' });
    await waitFor(() =>
      expect(
        within(recent)
          .getAllByRole('listitem')
          .map((li) => li.textContent),
      ).toEqual([
        expect.stringContaining('Functional Training for Older Adults'),
        expect.stringContaining('Aqua Workshop'),
      ]),
    );
  });

  it('undoes a save, updates every view, and saves again on "Save"', async () => {
    const db = testDb();
    const saved = await saveActivity(db, draft(), 'detected');
    renderPopup(db, saved);
    const user = userEvent.setup();
    await screen.findByText(totalLine('0.2 ACE CECs (2 h)'));
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('Removed');
    // Focus goes to the button that takes the place of the one clicked, never to the page.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Save' })));
    expect(await db.activities.count()).toBe(0);
    await waitFor(() => expect(screen.queryByText(totalLine('0.2 ACE CECs (2 h)'))).toBeNull());
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo' })));
    // Edit names its activity.
    screen.getByRole('button', { name: 'Edit “Functional Training for Older Adults”' });
    expect(await db.activities.get(saved.activity.id)).toEqual(saved.activity);
  });

  it('says "Already saved" on a second click', async () => {
    const db = testDb();
    const first = await saveActivity(db, draft(), 'detected');
    renderPopup(db, await saveActivity(db, draft(), 'detected'));
    expect(screen.getByText('Already saved')).toBeTruthy();
    expect(first.status).toBe('saved');
  });

  it('offers "Capture this page" when nothing is detected, and shows page text as text', async () => {
    const db = testDb();
    const capture = vi.fn();
    render(
      <PopupApp
        db={db}
        reply={{ status: 'none' }}
        openLog={vi.fn()}
        addCertification={vi.fn()}
        actions={{ undo: vi.fn(), saveAgain: vi.fn(), openEditor: vi.fn(), capture }}
      />,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Capture this page' }));
    expect(capture).toHaveBeenCalled();

    const hostile = await saveActivity(db, draft({ title: '<img src=x onerror="window.pwned=1">Core' }), 'detected');
    render(
      <PopupApp
        db={db}
        reply={hostile}
        openLog={vi.fn()}
        addCertification={vi.fn()}
        actions={{ undo: vi.fn(), saveAgain: vi.fn(), openEditor: vi.fn() }}
      />,
    );
    expect((await screen.findAllByText('<img src=x onerror="window.pwned=1">Core')).length).toBeGreaterThan(0);
    expect(document.querySelector('img')).toBeNull();
  });

  it('exports the log as a CSV download and opens the log', async () => {
    const db = testDb();
    await saveActivity(db, draft(), 'detected');
    const clicks: Array<{ name: string; href: string }> = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ name: this.download, href: this.href });
    });
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    const { openLog } = renderPopup(db, { status: 'none' });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(clicks).toHaveLength(1));
    expect(clicks[0].name).toMatch(/^ce-tally-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await blobs[0].text();
    expect(text).toContain('Functional Training for Older Adults');
    await user.click(screen.getByRole('button', { name: 'Open log' }));
    expect(openLog).toHaveBeenCalled();
  });
});

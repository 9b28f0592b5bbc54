import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { deleteActivity, restoreActivity, saveActivity } from '../../../lib/store/activities';
import type { CeTallyDb } from '../../../lib/store/db';
import type { TabReply } from '../../../lib/background/messages';
import { PopupApp } from '../../../components/popup/PopupApp';
import { draft, testDb } from '../../support/helpers';

function renderPopup(db: CeTallyDb, reply: TabReply) {
  render(
    <PopupApp
      db={db}
      reply={reply}
      openLog={vi.fn()}
      addCertification={vi.fn()}
      actions={{
        undo: (id) => deleteActivity(db, id),
        saveAgain: (removed) => restoreActivity(db, removed),
        openEditor: vi.fn(),
      }}
    />,
  );
}

const massage = { kind: 'CEC' as const, amount: 3, unit: 'CE hour', body: 'ncbtmb' as const, hours: 3 };

describe("a category the saved course's title only suggests", () => {
  it('is saved without it, and counts as ethics once the user checks "Count as ethics?" (and not once unchecked)', async () => {
    const db = testDb();
    const saved = await saveActivity(
      db,
      draft({ title: 'Professional Ethics for Massage Therapists', credits: [massage], courseCode: null }),
      'detected',
    );
    renderPopup(db, saved);
    const stored = async () => (await db.activities.get(saved.activity.id))!.credits[0].categories;
    const box = await screen.findByRole('checkbox', { name: 'Count as ethics?' });
    expect(box).toHaveProperty('checked', false);
    expect(await stored()).toBeUndefined();
    const user = userEvent.setup();
    // The keyboard alone: tab to it, Space checks it.
    box.focus();
    await user.keyboard(' ');
    await waitFor(async () => expect(await stored()).toEqual([{ id: 'ethics', amount: 3 }]));
    expect(box).toHaveProperty('checked', true);
    await user.click(box);
    await waitFor(async () => expect(await stored()).toBeUndefined());
  });

  it('is not offered where the page stated the category, which the popup shows on the credit', async () => {
    const db = testDb();
    const stated = await saveActivity(
      db,
      draft({
        title: 'Self-Care for Bodyworkers',
        credits: [{ ...massage, categories: [{ id: 'self-care', amount: 3 }] }],
        courseCode: null,
      }),
      'detected',
    );
    renderPopup(db, stated);
    await screen.findByText('Saved');
    expect(screen.getByText(/in Self-care/)).toBeTruthy();
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('offers a share the page stated for part of the credit: checking it splits the credit, unchecking joins it again', async () => {
    const db = testDb();
    const whole = { ...massage, amount: 6, hours: 6, statedShares: [{ id: 'ethics', amount: 3 }] };
    const saved = await saveActivity(
      db,
      draft({ title: 'Ethics in Practice', credits: [whole], courseCode: null }),
      'detected',
    );
    renderPopup(db, saved);
    const stored = async () => (await db.activities.get(saved.activity.id))!.credits;
    const box = await screen.findByRole('checkbox', { name: 'Count 3 CE hours as Ethics?' });
    // The title's own "Count as ethics?" is not offered beside it: the page said which part is ethics.
    expect(screen.getAllByRole('checkbox')).toHaveLength(1);
    expect(box.getAttribute('aria-describedby')).toBeTruthy();
    expect(await stored()).toEqual([whole]);
    const user = userEvent.setup();
    box.focus();
    await user.keyboard(' ');
    await waitFor(async () =>
      expect(await stored()).toEqual([
        { ...massage, amount: 3, hours: 3, categories: [{ id: 'ethics', amount: 3 }] },
        { ...massage, amount: 3, hours: 3 },
      ]),
    );
    expect(box).toHaveProperty('checked', true);
    await user.click(box);
    await waitFor(async () => expect(await stored()).toEqual([whole]));
    expect(box).toHaveProperty('checked', false);
  });
});

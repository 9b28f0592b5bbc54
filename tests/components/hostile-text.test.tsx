import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LogApp } from '../../components/log/LogApp';
import { PopupApp } from '../../components/popup/PopupApp';
import { saveActivity } from '../../lib/store/activities';
import type { CeTallyDb } from '../../lib/store/db';
import { parseHtml } from '../support/parse-html';
import { detectPage } from '../../lib/detect/registry';
import { detectionSchema } from '../../lib/model/schema';
import { detectionDraft } from '../../lib/background/tab-service';
import { providerFixtures, testDb } from '../support/helpers';

/**
 * The hostile ACE certificate (a megabyte-long title that starts with a formula, markup and script) through
 * the real path: detected, validated as the background validates it, saved, then shown by the popup and the log.
 */
const page = providerFixtures().find((f) => f.provider === 'ace' && f.name === 'hostile-long-title')!;
const PAYLOAD_FLAG = 'ceTallyPwned';

async function saveHostilePage(db: CeTallyDb) {
  const { document, close } = parseHtml(page.html, page.url);
  try {
    const detection = detectionSchema.parse(detectPage(document, new URL(page.url)));
    return await saveActivity(db, detectionDraft(detection), 'detected');
  } finally {
    close();
  }
}

/** Nothing from the page became an element or ran. */
function expectNothingRan() {
  expect(document.querySelectorAll('img, script, iframe, svg, [onerror], [onload]')).toHaveLength(0);
  expect((window as unknown as Record<string, unknown>)[PAYLOAD_FLAG]).toBeUndefined();
}

afterEach(() => history.replaceState(null, '', '/options.html'));

describe('hostile page text', () => {
  it('reaches the saved activity as text within the limits, with the length the page gave its title', async () => {
    const saved = await saveHostilePage(testDb());
    if (!page.expected.detected) throw new Error('the hostile page is a completion page');
    expect(saved.activity.title).toBe(page.expected.activity.title);
    expect(saved.activity.title).toContain('<img src=x onerror="window.ceTallyPwned=1;alert(\'pwned\')">');
    expect(saved.activity.title.length).toBeLessThanOrEqual(300);
    expect(saved.activity.shortened).toEqual({ title: 1_048_576 });
    expect(saved.activity.certificateUrl).toBeNull();
  });

  it('the popup shows it as text, runs nothing, and says the title was shortened', async () => {
    const db = testDb();
    const reply = await saveHostilePage(db);
    const { title } = reply.activity;
    render(
      <PopupApp
        db={db}
        reply={reply}
        openLog={vi.fn()}
        addCertification={vi.fn()}
        actions={{ undo: vi.fn(), saveAgain: vi.fn(), openEditor: vi.fn() }}
      />,
    );

    const current = document.querySelector('.current-title')!;
    expect(current.textContent).toBe(title);
    expect(current.children).toHaveLength(0);
    const recent = screen.getByRole('region', { name: 'Recent activities' });
    await waitFor(() => expect(within(recent).getByText(title).children).toHaveLength(0));
    expect(screen.getByRole('note').textContent).toBe(
      `The page’s title was 1,048,576 characters long; it was shortened to ${title.length}. Edit it in the log.`,
    );
    expectNothingRan();
  });

  it('the popup says nothing about shortening an activity whose title fit', async () => {
    const db = testDb();
    const reply = await saveActivity(
      db,
      { ...(await saveHostilePage(testDb())).activity, title: 'Resistance Training', shortened: undefined },
      'detected',
    );
    render(
      <PopupApp
        db={db}
        reply={reply}
        openLog={vi.fn()}
        addCertification={vi.fn()}
        actions={{ undo: vi.fn(), saveAgain: vi.fn(), openEditor: vi.fn() }}
      />,
    );
    await screen.findByText('Saved');
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('the log shows it as text, its form says the title was shortened until the user saves it, and nothing runs', async () => {
    const db = testDb();
    const { activity } = await saveHostilePage(db);
    history.replaceState(null, '', `/options.html#edit=${activity.id}`);
    render(<LogApp db={db} />);
    const user = userEvent.setup();

    const form = await screen.findByRole('form', { name: 'Edit activity' });
    expect((within(form).getByLabelText('Title') as HTMLInputElement).value).toBe(activity.title);
    expect(within(form).getByRole('note').textContent).toBe(
      `The page’s title was 1,048,576 characters long; it was shortened to ${activity.title.length}. Check the title above and complete it if you need to.`,
    );
    // The title cell: the title as one text node, then its details.
    const cell = (await screen.findAllByRole('rowheader')).find((th) => th.firstChild?.textContent === activity.title);
    expect(cell?.firstChild?.nodeType).toBe(Node.TEXT_NODE);
    // No link from a javascript: or data: certificate address.
    expect(screen.queryByRole('link')).toBeNull();
    expectNothingRan();

    // Once the user has saved it from the form, the activity no longer carries the note.
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    await screen.findByText(`Saved changes to “${activity.title}”.`);
    expect(await db.activities.get(activity.id)).not.toHaveProperty('shortened');
    expect(screen.queryByRole('note')).toBeNull();
  });
});

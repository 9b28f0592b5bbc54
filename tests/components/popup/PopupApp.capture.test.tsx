import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deleteActivity, restoreActivity, saveActivity } from '../../../lib/store/activities';
import type { CeTallyDb } from '../../../lib/store/db';
import { capturePage } from '../../../lib/detect/generic';
import type { CaptureDraft } from '../../../lib/model/schema';
import { parseHtml } from '../../support/parse-html';
import { PopupApp } from '../../../components/popup/PopupApp';
import { draft, testDb } from '../../support/helpers';

const CERTIFICATE_URL = 'https://www.example-workshops.org/certificates/4411';

/** What capture.js answers on the workshop certificate, read by the real generic extractor. */
function workshopCapture(): CaptureDraft {
  const page = parseHtml(
    readFileSync(join(import.meta.dirname, '../../fixtures/capture/workshop-certificate.html'), 'utf8'),
    CERTIFICATE_URL,
  );
  try {
    return capturePage(page.document, new URL(CERTIFICATE_URL));
  } finally {
    page.close();
  }
}

/** The popup over a page where nothing was detected; `capture` stands for running capture.js in the tab. */
function renderPopup(db: CeTallyDb, capture?: () => Promise<unknown>) {
  const refreshTab = vi.fn(async () => undefined);
  const view = render(
    <PopupApp
      db={db}
      reply={{ status: 'none' }}
      openLog={vi.fn()}
      addCertification={vi.fn()}
      actions={{
        undo: (id) => deleteActivity(db, id),
        saveAgain: (removed) => restoreActivity(db, removed),
        openEditor: vi.fn(),
        capture,
        refreshTab,
      }}
    />,
  );
  return { refreshTab, unmount: view.unmount, user: userEvent.setup() };
}

const form = () => within(screen.getByRole('form'));
const valueOf = (label: string) => (form().getByLabelText(label) as HTMLInputElement).value;
const creditValue = (label: string) =>
  (within(screen.getByRole('group', { name: 'Credit 1' })).getByLabelText(label) as HTMLInputElement).value;
const messageOf = (label: string) => {
  const field = form().getByLabelText(label);
  return document.getElementById(field.getAttribute('aria-describedby') ?? '')?.textContent;
};

afterEach(() => localStorage.clear());

describe('"Capture this page" in the popup', () => {
  it('marks a captured Red Cross "Adult First Aid/CPR/AED" certificate as a CPR/AED course, and asks for the card', async () => {
    const db = testDb();
    const capture = vi.fn(async () => ({ ...workshopCapture(), title: 'Adult First Aid/CPR/AED', credits: [] }));
    const { user } = renderPopup(db, capture);
    await user.click(screen.getByRole('button', { name: 'Capture this page' }));
    await screen.findByRole('form', { name: 'Captured from this page' });
    expect((form().getByLabelText('CPR/AED course') as HTMLInputElement).checked).toBe(true);
    expect(valueOf('Title')).toBe('Adult First Aid/CPR/AED');
    await user.click(form().getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved');
    expect((await db.activities.toArray())[0]).toMatchObject({ title: 'Adult First Aid/CPR/AED', cprAed: true });
    screen.getByText('CPR/AED course: add your card’s expiry to each certification that asks for one.');
  });

  it('says a likely duplicate before Save, at the top of the form', async () => {
    const db = testDb();
    const page = workshopCapture();
    await saveActivity(
      db,
      draft({
        title: page.title!,
        provider: undefined,
        organizer: 'Another organizer',
        completedOn: page.completedOn!,
        courseCode: null,
        credits: [],
      }),
      'manual',
    );
    const { user } = renderPopup(
      db,
      vi.fn(async () => page),
    );
    await user.click(screen.getByRole('button', { name: 'Capture this page' }));
    const warning = await screen.findByText('This may already be in your log:');
    const title = form().getByLabelText('Title');
    expect(warning.compareDocumentPosition(title) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(await db.activities.count()).toBe(1);
  });

  it('leaves a workshop that is no CPR/AED course unmarked', async () => {
    const { user } = renderPopup(
      testDb(),
      vi.fn(async () => workshopCapture()),
    );
    await user.click(screen.getByRole('button', { name: 'Capture this page' }));
    await screen.findByRole('form', { name: 'Captured from this page' });
    expect((form().getByLabelText('CPR/AED course') as HTMLInputElement).checked).toBe(false);
  });

  it('opens the form prefilled with what the page shows, and saves nothing before "Save"', async () => {
    const db = testDb();
    const capture = vi.fn(async () => workshopCapture());
    const { user } = renderPopup(db, capture);
    await user.click(screen.getByRole('button', { name: 'Capture this page' }));
    expect(await screen.findByRole('form', { name: 'Captured from this page' })).toBeTruthy();
    expect(capture).toHaveBeenCalledTimes(1);
    expect(valueOf('Title')).toBe('Trauma-Informed Care in Practice');
    expect(valueOf('Provider or organizer')).toBe('Example Workshops');
    expect(valueOf('Date completed')).toBe('2026-03-03');
    expect(valueOf('Course page')).toBe(CERTIFICATE_URL);
    expect(valueOf('Certificate page')).toBe(
      'https://www.example-workshops.org/wp-content/uploads/certificates/jordan-alvarez-tic-2026-03-03.pdf',
    );
    expect(creditValue('Certifying body')).toBe('aswb');
    expect(creditValue('Amount')).toBe('6');
    expect(creditValue('Unit')).toBe('CE hour');
    expect(creditValue('Contact hours')).toBe('6');
    // The popup offers no certificate file: a file chooser would close it.
    expect(form().queryByLabelText(/Certificate file/)).toBeNull();
    expect(await db.activities.count()).toBe(0);
  });

  it('saves exactly one record, captured, then shows it as saved with Undo and asks for the badge', async () => {
    const db = testDb();
    const { user, refreshTab } = renderPopup(db, async () => workshopCapture());
    await user.click(screen.getByRole('button', { name: 'Capture this page' }));
    await screen.findByRole('form', { name: 'Captured from this page' });
    await user.selectOptions(form().getByLabelText('Format'), 'webinar');
    await user.click(form().getByRole('button', { name: 'Save' }));

    await screen.findByText('Saved');
    expect(screen.queryByRole('form')).toBeNull();
    const stored = await db.activities.toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      title: 'Trauma-Informed Care in Practice',
      organizer: 'Example Workshops',
      completedOn: '2026-03-03',
      format: 'webinar',
      capturedBy: 'captured',
      credits: [{ kind: 'CEC', amount: 6, unit: 'CE hour', body: 'aswb', hours: 6 }],
      sourceUrl: CERTIFICATE_URL,
    });
    expect(stored[0].provider).toBeUndefined();
    expect(refreshTab).toHaveBeenCalledTimes(1);

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('Removed');
    expect(await db.activities.count()).toBe(0);
  });

  it('shows what is missing or wrong beside the field and saves nothing', async () => {
    const db = testDb();
    const little: CaptureDraft = {
      title: '',
      completedOn: null,
      credits: [],
      organizer: 'example.org',
      sourceUrl: 'https://example.org/thanks',
      certificateUrl: null,
    };
    const { user } = renderPopup(db, async () => little);
    await user.click(screen.getByRole('button', { name: 'Capture this page' }));
    await screen.findByRole('form', { name: 'Captured from this page' });
    expect(screen.getByRole('status').textContent).toMatch(/^Little was found on this page .*: fill in the rest\.$/);
    await user.clear(form().getByLabelText('Course page'));
    await user.type(form().getByLabelText('Course page'), 'javascript:alert(1)');
    await user.click(form().getByRole('button', { name: 'Save' }));

    expect(form().getByRole('alert').textContent).toBe('Check the 3 fields marked below.');
    expect(messageOf('Title')).toBe('Enter a title');
    expect(messageOf('Date completed')).toBe('Enter the date you completed it');
    expect(messageOf('Course page')).toBe('Enter a web address that starts with https:// or http://');
    expect(await db.activities.count()).toBe(0);
  });

  it('says when the page cannot be read and offers the empty form, saved as a manual entry', async () => {
    const db = testDb();
    const { user } = renderPopup(db, async () => {
      throw new Error('Cannot access a chrome:// URL');
    });
    await user.click(screen.getByRole('button', { name: 'Capture this page' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('CE Tally cannot read this page');
    expect(alert.textContent).toContain('The browser said: Cannot access a chrome:// URL');
    await screen.findByRole('form', { name: 'Add an activity' });
    expect(valueOf('Title')).toBe('');
    expect(valueOf('Course page')).toBe('');

    await user.type(form().getByLabelText('Title'), 'Aquatic Exercise Fundamentals');
    fireEvent.change(form().getByLabelText('Date completed'), { target: { value: '2026-04-18' } });
    await user.selectOptions(form().getByLabelText('Certifying body'), 'aea');
    await user.type(form().getByLabelText('Amount'), '0.8');
    await user.click(form().getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved');
    const stored = await db.activities.toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      title: 'Aquatic Exercise Fundamentals',
      completedOn: '2026-04-18',
      capturedBy: 'manual',
      credits: [{ kind: 'CEC', body: 'aea', amount: 0.8 }],
    });
  });

  it('refuses an answer that is not a page summary', async () => {
    const db = testDb();
    const { user } = renderPopup(db, async () => ({ title: 'Core Stability', credits: 'all of them' }));
    await user.click(screen.getByRole('button', { name: 'Capture this page' }));
    expect((await screen.findByRole('alert')).textContent).toContain('CE Tally cannot read this page');
    await screen.findByRole('form', { name: 'Add an activity' });
    expect(valueOf('Title')).toBe('');
  });

  it('shows page text only as text', async () => {
    const hostile = { ...workshopCapture(), title: '<img src=x onerror="window.pwned=1">Core' };
    const { user } = renderPopup(testDb(), async () => hostile);
    await user.click(screen.getByRole('button', { name: 'Capture this page' }));
    await screen.findByRole('form', { name: 'Captured from this page' });
    expect(valueOf('Title')).toBe('<img src=x onerror="window.pwned=1">Core');
    expect(document.querySelector('img')).toBeNull();
  });

  it('warns of a possible duplicate before saving, and saves it anyway only on request', async () => {
    const db = testDb();
    // The same workshop, logged by hand under another organizer name.
    await saveActivity(
      db,
      draft({
        title: 'Trauma-Informed Care in Practice',
        provider: undefined,
        organizer: 'Dana Whitfield',
        completedOn: '2026-03-03',
        courseCode: null,
        credits: [],
      }),
      'manual',
    );
    const { user } = renderPopup(db, async () => workshopCapture());
    await user.click(screen.getByRole('button', { name: 'Capture this page' }));
    await screen.findByRole('form', { name: 'Captured from this page' });
    await user.click(form().getByRole('button', { name: 'Save' }));

    const warning = await screen.findByText('This may already be in your log:');
    expect(warning.closest('[role="alert"]')?.textContent).toContain(
      '“Trauma-Informed Care in Practice”, 2026-03-03, Dana Whitfield',
    );
    expect(await db.activities.count()).toBe(1);
    await user.click(screen.getByRole('button', { name: 'Save anyway' }));
    await screen.findByText('Saved');
    expect((await db.activities.toArray()).map((a) => a.capturedBy).sort()).toEqual(['captured', 'manual']);
  });

  it('never saves the same completion twice: no "Save anyway" for it', async () => {
    const db = testDb();
    const found = workshopCapture();
    await saveActivity(db, { ...found, completedOn: '2026-03-03', courseCode: null }, 'captured');
    const { user } = renderPopup(db, async () => found);
    await user.click(screen.getByRole('button', { name: 'Capture this page' }));
    await screen.findByRole('form', { name: 'Captured from this page' });
    await user.click(form().getByRole('button', { name: 'Save' }));
    expect(
      (await screen.findByText('This may already be in your log:')).closest('[role="alert"]')?.textContent,
    ).toContain('It is the same completion');
    expect(screen.queryByRole('button', { name: 'Save anyway' })).toBeNull();
    expect(await db.activities.count()).toBe(1);
  });
});

describe('"Add manually" in the popup', () => {
  it('opens the empty form and saves a manual entry', async () => {
    const db = testDb();
    const { user, refreshTab, unmount } = renderPopup(db, async () => workshopCapture());
    await user.click(screen.getByRole('button', { name: 'Add manually' }));
    await screen.findByRole('form', { name: 'Add an activity' });
    expect(valueOf('Title')).toBe('');
    await user.type(form().getByLabelText('Title'), 'CPR/AED Recertification');
    fireEvent.change(form().getByLabelText('Date completed'), { target: { value: '2026-02-07' } });
    await user.click(form().getByLabelText('CPR/AED course'));
    await user.click(form().getByRole('button', { name: 'Remove credit 1' }));
    await user.click(form().getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved');
    expect(await db.activities.toArray()).toEqual([
      expect.objectContaining({ title: 'CPR/AED Recertification', cprAed: true, credits: [], capturedBy: 'manual' }),
    ]);
    expect(refreshTab).toHaveBeenCalledTimes(1);
    // Saved, the typed entry is not offered again.
    unmount();
    renderPopup(db);
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('is offered without "Capture this page" where the popup cannot run the capture', async () => {
    renderPopup(testDb());
    expect(screen.getByRole('button', { name: 'Add manually' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Capture this page' })).toBeNull();
  });
});

describe('what the user typed', () => {
  it('comes back when the popup opens again, until it is saved or cancelled', async () => {
    const db = testDb();
    const first = renderPopup(db, async () => {
      throw new Error('Cannot access contents of url "file:///home/jordan/certificate.pdf"');
    });
    await first.user.click(screen.getByRole('button', { name: 'Capture this page' }));
    await screen.findByRole('form', { name: 'Add an activity' });
    await first.user.type(form().getByLabelText('Title'), 'Youth Strength Training');
    await first.user.type(form().getByLabelText('Amount'), '1,5');
    // A click outside closes the popup.
    first.unmount();

    const second = renderPopup(db, async () => workshopCapture());
    await screen.findByRole('form', { name: 'Add an activity' });
    expect(screen.getByRole('status').textContent).toBe('Restored what you typed before the popup closed.');
    expect(valueOf('Title')).toBe('Youth Strength Training');
    expect(creditValue('Amount')).toBe('1,5');
    await second.user.click(form().getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Capture this page' })).toBeTruthy();
    second.unmount();

    renderPopup(db);
    expect(screen.queryByRole('form')).toBeNull();
    expect(await db.activities.count()).toBe(0);
  });

  it('stays in the form when saving fails', async () => {
    const db = testDb();
    const { user } = renderPopup(db, async () => workshopCapture());
    await user.click(screen.getByRole('button', { name: 'Capture this page' }));
    await screen.findByRole('form', { name: 'Captured from this page' });
    await user.type(form().getByLabelText('Notes'), 'Bring the CE form to the board');
    vi.spyOn(db.activities, 'add').mockRejectedValueOnce(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    await user.click(form().getByRole('button', { name: 'Save' }));
    expect((await form().findByText(/^Not saved:/)).textContent).toContain('quota');
    expect(valueOf('Notes')).toBe('Bring the CE form to the board');
    expect(valueOf('Title')).toBe('Trauma-Informed Care in Practice');
    expect(await db.activities.count()).toBe(0);
  });

  it('ignores a stored entry it cannot read', async () => {
    localStorage.setItem('ce-tally:popup-entry', '{"capturedBy":"manual","fields":{"title":3}}');
    renderPopup(testDb(), async () => workshopCapture());
    await waitFor(() => expect(screen.getByRole('button', { name: 'Capture this page' })).toBeTruthy());
    expect(screen.queryByRole('form')).toBeNull();
  });
});

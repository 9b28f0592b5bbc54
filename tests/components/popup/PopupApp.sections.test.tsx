import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { todayIso } from '../../../lib/model/calendar';
import type { CeTallyDb } from '../../../lib/store/db';
import { sampleLog } from '../../../scripts/sample-data';
import { draft, testDb } from '../../support/helpers';
import { renderIdlePopup } from '../../support/popup';
import { saveActivity } from '../../../lib/store/activities';

async function seeded(): Promise<CeTallyDb> {
  const db = testDb();
  const { certifications, activities } = sampleLog(todayIso());
  await db.certifications.bulkAdd(certifications);
  await db.activities.bulkAdd(activities);
  return db;
}

/** The option a select shows. */
const shown = (select: HTMLElement) => (select as HTMLSelectElement).selectedOptions[0]?.textContent;
const totalsOf = (kind: 'CECs' | 'CEUs') =>
  screen.getByRole('heading', { name: kind === 'CECs' ? 'Accredited' : 'Participation' }).closest('section')!;

/** A line of the popup's totals ("29 ACSM CECs (29 h)"), its hours in an element of their own. */
const totalLine = (text: string) => (_: string, element: Element | null) =>
  element?.tagName === 'LI' && element.textContent === text;

describe('the popup', () => {
  it('lays out Export CSV and Open log at the top, then the current tab, certifications, totals, and recent activities folded', async () => {
    renderIdlePopup(await seeded());
    await screen.findByRole('progressbar', { name: 'NASM-CPT renewal progress' });
    const order = [
      screen.getByRole('button', { name: 'Export CSV' }),
      screen.getByRole('button', { name: 'Open log' }),
      screen.getByText('No finished course detected on this page.').closest('section')!,
      screen.getByRole('heading', { name: 'Certifications' }),
      screen.getByRole('heading', { name: 'Totals' }),
      screen.getByRole('heading', { name: 'Recent activities' }),
    ];
    for (let i = 1; i < order.length; i++) {
      expect(
        order[i - 1].compareDocumentPosition(order[i]) & Node.DOCUMENT_POSITION_FOLLOWING,
        `item ${i}`,
      ).toBeTruthy();
    }
    // The recent list is a query of its own: it may arrive after the progress bars.
    await waitFor(() =>
      expect(
        within(screen.getByRole('heading', { name: 'Recent activities' }).closest('section')!).getAllByRole('listitem'),
      ).toHaveLength(5),
    );
  });

  it('shows each certification as a progress bar with its values, what is needed and the deadline', async () => {
    renderIdlePopup(await seeded());
    const nasm = await screen.findByRole('progressbar', { name: 'NASM-CPT renewal progress' });
    // 0.4 + 0.5 + 0.3 NASM CEUs and 0.1 for the CPR/AED course; the ACE course and plain CEUs do not count.
    expect(nasm.getAttribute('aria-valuenow')).toBe('1.3');
    expect(nasm.getAttribute('aria-valuemax')).toBe('2');
    expect(nasm.getAttribute('aria-valuetext')).toBe('1.3 of 2 NASM CEUs, 13 of 20 contact hours');
    const acsm = screen.getByRole('progressbar', { name: 'ACSM-CPT renewal progress' });
    expect(acsm.getAttribute('aria-valuenow')).toBe('29');
    const acsmItem = acsm.closest('li')!;
    // What is still needed and the days left, in one line (StillNeededLine).
    expect(acsmItem.querySelector('.still-needed')!.textContent).toMatch(/^16 CECs still needed · \d+ days left$/);
    within(acsmItem).getByText('Due soon');
    // The card's state in one wording, the credit its course earns beside it: no "still needed · includes 0.1 for CPR/AED".
    within(nasm.closest('li')!).getByText(/^CPR\/AED card current until .+ \(counts 0\.1\)$/);
    within(nasm.closest('li')!).getByText('0.7 CEUs still needed');
    expect(nasm.closest('li')!.textContent).not.toMatch(/includes/);
    // Soonest deadline first.
    expect(screen.getAllByRole('progressbar').map((p) => p.getAttribute('aria-label'))).toEqual([
      'ACSM-CPT renewal progress',
      'NASM-CPT renewal progress',
    ]);
  });

  it('says plainly when a renewal is overdue', async () => {
    const db = testDb();
    const { certifications } = sampleLog('2026-11-28');
    await db.certifications.add({ ...certifications[0], cycleEnd: '2026-01-31', cprExpires: undefined });
    renderIdlePopup(db);
    await screen.findByText(/^overdue by \d+ days$/);
    screen.getByText('Overdue');
    screen.getByText('A current CPR/AED card is needed');
  });

  it('opens the totals on the next cycle and changes period with the selector', async () => {
    const user = userEvent.setup();
    renderIdlePopup(await seeded());
    const period = await screen.findByRole('combobox', { name: 'Period' });
    await waitFor(() => expect(shown(period)).toBe('Current cycle: ACSM-CPT'));
    // The certifications may arrive before the credit rows: the totals follow when both are read.
    await waitFor(() => within(totalsOf('CECs')).getByText(totalLine('29 ACSM CECs (29 h)')));

    within(totalsOf('CEUs')).getByText(totalLine('2.1 CEUs (21 h)'));

    await user.selectOptions(period, 'Last 12 months');
    within(totalsOf('CECs')).getByText(totalLine('25 ACSM CECs (25 h)'));
    within(totalsOf('CECs')).getByText(totalLine('1.2 NASM CEUs (12 h)'));
    within(totalsOf('CEUs')).getByText(totalLine('0.6 CEUs (6 h)'));

    await user.selectOptions(period, 'All time');
    within(totalsOf('CECs')).getByText(totalLine('29 ACSM CECs (29 h)'));
    within(totalsOf('CECs')).getByText(totalLine('1.4 NASM CEUs (14 h)'));
    within(totalsOf('CEUs')).getByText(totalLine('2.1 CEUs (21 h)'));
    screen.getByText('Every saved activity');
    // The Human Kinetics course approved by NASM (0.5 CEUs) and ACSM (5 CECs) is 5 hours once, not 10:
    // 29 + 14 + 2 (ACE) - 5 accredited hours; with the 21 participation hours, 61 hours of learning.
    within(totalsOf('CECs')).getByText('40 contact hours', { selector: '.total-hours' });
    within(screen.getByRole('region', { name: 'Totals' })).getByText('61 contact hours', { selector: 'strong' });
    // Each kind says what it is where its numbers are.
    const explanation = document.getElementById(totalsOf('CECs').getAttribute('aria-describedby')!)!;
    expect(totalsOf('CEUs').getAttribute('aria-describedby')).toBe(explanation.id);
    expect(explanation.textContent).toMatch(
      /^Accredited: counts toward the approving body’s renewals, in its own unit/,
    );
    expect(explanation.textContent).toMatch(/Participation CEUs \(1 CEU = 10 contact hours\) count toward none/);
  });

  it('counts a course older than every cycle in all time only, and follows it being saved while open', async () => {
    const user = userEvent.setup();
    const db = await seeded();
    renderIdlePopup(db);
    const period = await screen.findByRole('combobox', { name: 'Period' });
    await waitFor(() => expect(shown(period)).toBe('Current cycle: ACSM-CPT'));
    // Ten years back: before every certification's cycle and the one before it, which the popup reads.
    await saveActivity(
      db,
      draft({
        completedOn: '2016-01-10',
        courseCode: 'OLD1',
        credits: [{ kind: 'CEU', amount: 1, unit: 'CEU', hours: 10 }],
      }),
      'manual',
    );
    await user.selectOptions(period, 'All time');
    await waitFor(() => within(totalsOf('CEUs')).getByText(totalLine('3.1 CEUs (31 h)')));
    await user.selectOptions(period, 'Current cycle: ACSM-CPT');
    await waitFor(() => within(totalsOf('CEUs')).getByText(totalLine('2.1 CEUs (21 h)')));
  });

  it('updates progress and totals while open when an activity is saved', async () => {
    const db = await seeded();
    renderIdlePopup(db);
    const nasm = await screen.findByRole('progressbar', { name: 'NASM-CPT renewal progress' });
    await saveActivity(
      db,
      draft({
        provider: 'nasm',
        title: 'Mobility for Golfers',
        courseCode: null,
        completedOn: todayIso(),
        credits: [{ kind: 'CEC', amount: 0.2, unit: 'CEU', body: 'nasm', hours: 2 }],
      }),
      'detected',
    );
    await waitFor(() => expect(nasm.getAttribute('aria-valuenow')).toBe('1.5'));
    await screen.findByText('Mobility for Golfers');
    within(totalsOf('CECs')).getByText(totalLine('1.6 NASM CEUs (16 h)'));
  });

  it('without certifications: offers the short path to add one, and totals cover all time', async () => {
    const db = testDb();
    await saveActivity(db, draft(), 'detected');
    const { addCertification } = renderIdlePopup(db);
    await screen.findByText('Add the certifications you hold to see how far each renewal is.');
    const period = screen.getByRole('combobox', { name: 'Period' });
    expect(shown(period)).toBe('All time');
    expect(within(period).queryByText(/Current cycle/)).toBeNull();
    within(totalsOf('CECs')).getByText(totalLine('0.2 ACE CECs (2 h)'));
    fireEvent.click(screen.getByRole('button', { name: 'Add certification' }));
    expect(addCertification).toHaveBeenCalledOnce();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('falls back to all time when the certification whose cycle was shown is deleted', async () => {
    const db = await seeded();
    renderIdlePopup(db);
    const period = await screen.findByRole('combobox', { name: 'Period' });
    await waitFor(() => expect(shown(period)).toBe('Current cycle: ACSM-CPT'));
    fireEvent.change(period, { target: { value: 'cycle:sample-nasm-cpt' } });
    await db.certifications.delete('sample-nasm-cpt');
    await screen.findByText(/that certification was removed/);
    expect(shown(period)).toBe('All time');
  });
});

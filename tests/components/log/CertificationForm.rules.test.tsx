import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CertificationsEditor } from '../../../components/log/CertificationsEditor';
import type { CeTallyDb } from '../../../lib/store/db';
import { testDb } from '../../support/helpers';

/** The certification form's "Requirement rules": a body's defaults edited, an "other" certification's own categories. */
async function openForm(db: CeTallyDb, body: string) {
  render(<CertificationsEditor db={db} hash="" />);
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Add certification' }));
  const form = screen.getByRole('form', { name: 'Add certification' });
  await user.selectOptions(within(form).getByLabelText('Certifying body'), body);
  fireEvent.change(within(form).getByLabelText('Cycle end date (or expiry)'), { target: { value: '2027-12-31' } });
  return { user, form, rules: within(form).getByRole('group', { name: 'Requirement rules' }) };
}
const valueOf = (element: HTMLElement) => (element as HTMLInputElement).value;

describe('requirement rules in the certification form', () => {
  it("shows NSCA's categories and limits, saves an edited maximum and grace period on the certification", async () => {
    const db = testDb();
    const { user, form, rules } = await openForm(db, 'nsca');
    const d = within(rules).getByRole('group', { name: 'Category D: NSCA Quizzes & Assessments' });
    expect(valueOf(within(d).getByLabelText('Maximum'))).toBe('4');
    expect(valueOf(within(rules).getByLabelText('At most per event (CEUs)'))).toBe('2');
    expect(valueOf(within(rules).getByLabelText('From at least (categories)'))).toBe('2');
    // A body's categories are its own: no adding or removing them.
    expect(within(rules).queryByRole('button', { name: 'Add category' })).toBeNull();

    await user.clear(within(d).getByLabelText('Maximum'));
    await user.type(within(d).getByLabelText('Maximum'), '3');
    await user.type(within(rules).getByLabelText('Grace period (months)'), '2');
    await user.click(within(form).getByRole('button', { name: 'Save certification' }));
    await screen.findByRole('progressbar', { name: 'NSCA-CSCS renewal progress' });
    const [saved] = await db.certifications.toArray();
    expect(saved.rules).toMatchObject({
      categories: [{ id: 'A', max: 5.5 }, { id: 'B' }, { id: 'C' }, { id: 'D', max: 3 }],
      eventMax: 2,
      minCategories: 2,
      graceMonths: 2,
    });
  });

  it('says what is wrong with a limit next to it, focuses it, keeps what was typed and writes nothing', async () => {
    const db = testDb();
    const { user, form, rules } = await openForm(db, 'nsca');
    const b = within(rules).getByRole('group', { name: 'Category B: Share Your Expertise' });
    const max = within(b).getByLabelText('Maximum');
    await user.clear(max);
    await user.type(max, 'four');
    await user.click(within(form).getByRole('button', { name: 'Save certification' }));
    within(b).getByText('Enter the maximum of "Category B: Share Your Expertise", a number above 0, or leave it empty');
    await waitFor(() => expect(document.activeElement).toBe(max));
    expect(max.getAttribute('aria-invalid')).toBe('true');
    expect(valueOf(max)).toBe('four');
    expect(await db.certifications.count()).toBe(0);
  });

  it("notes AFAA's minimum as one to check with AFAA", async () => {
    const { rules } = await openForm(testDb(), 'afaa');
    const own = within(rules).getByRole('group', { name: "AFAA's own courses" });
    expect(valueOf(within(own).getByLabelText('Minimum'))).toBe('2');
    within(own).getByText(
      /^Check this with AFAA: the minimum of AFAA's own courses comes from pages that leave it open/,
    );
  });

  it("drops AFAA's note once the minimum is the user's own, and shows it again at AFAA's own figure", async () => {
    const { user, rules } = await openForm(testDb(), 'afaa');
    const own = within(rules).getByRole('group', { name: "AFAA's own courses" });
    const note = /^Check this with AFAA: the minimum/;
    await user.clear(within(own).getByLabelText('Minimum'));
    await user.type(within(own).getByLabelText('Minimum'), '3');
    expect(within(own).queryByText(note)).toBeNull();
    await user.clear(within(own).getByLabelText('Minimum'));
    await user.type(within(own).getByLabelText('Minimum'), '2');
    within(own).getByText(note);
  });

  it("drops ISSA's note on its requirement once the user has typed their own", async () => {
    const { user, form } = await openForm(testDb(), 'issa');
    const note = /^Check this with ISSA: this requirement comes from other sites/;
    within(form).getByText(note);
    const requirement = within(form).getByRole('spinbutton', { name: /^Requirement/ });
    await user.clear(requirement);
    await user.type(requirement, '24');
    expect(within(form).queryByText(note)).toBeNull();
  });

  it("keeps rules the user typed when the body changes, and offers the new body's instead", async () => {
    const db = testDb();
    const { user, form } = await openForm(db, 'nsca');
    const rulesGroup = () => within(form).getByRole('group', { name: 'Requirement rules' });
    const d = within(rulesGroup()).getByRole('group', { name: 'Category D: NSCA Quizzes & Assessments' });
    await user.clear(within(d).getByLabelText('Maximum'));
    await user.type(within(d).getByLabelText('Maximum'), '3');

    await user.selectOptions(within(form).getByLabelText('Certifying body'), 'acsm');
    const kept = within(rulesGroup()).getByRole('group', { name: 'Category D: NSCA Quizzes & Assessments' });
    expect(valueOf(within(kept).getByLabelText('Maximum'))).toBe('3');
    // The courses the body records itself are the new body's own, with the date it began.
    expect(valueOf(within(rulesGroup()).getByLabelText('Recorded since (optional)'))).toBe('2025-02-22');
    await user.click(within(form).getByRole('button', { name: "Use ACSM's rules instead" }));
    expect(within(rulesGroup()).queryByRole('group', { name: /^Category D/ })).toBeNull();
    expect(within(form).queryByRole('button', { name: /rules instead/ })).toBeNull();
    // The focus stays in the rules just put in place (a keyboard user goes on from there).
    expect(rulesGroup().contains(document.activeElement)).toBe(true);
  });

  it("follows the new body's rules when the user has typed none", async () => {
    const { user, form } = await openForm(testDb(), 'nsca');
    await user.selectOptions(within(form).getByLabelText('Certifying body'), 'acsm');
    const rules = within(form).getByRole('group', { name: 'Requirement rules' });
    expect(within(rules).queryByRole('group', { name: /^Category D/ })).toBeNull();
    expect(within(form).queryByRole('button', { name: /rules instead/ })).toBeNull();
  });

  it("shows NSCA's proration and own-course recording, and saves carry-over, proration and recording as edited", async () => {
    const db = testDb();
    const { user, form, rules } = await openForm(db, 'nsca');
    const prorate = within(rules).getByRole('checkbox', { name: /prorated by the certification date/ });
    const recorded = within(rules).getByRole('checkbox', { name: /^NSCA records its own courses/ });
    expect((prorate as HTMLInputElement).checked).toBe(true);
    expect((recorded as HTMLInputElement).checked).toBe(true);
    await user.click(prorate);
    await user.click(within(rules).getByRole('checkbox', { name: /carry over to the next cycle/ }));
    const months = within(rules).getByLabelText("Those earned in the cycle's last (months)");
    expect(valueOf(months)).toBe('12');
    await user.clear(months);
    await user.type(months, '18');
    await user.type(within(rules).getByLabelText('At most (CEUs, optional)'), '1');
    await user.type(within(rules).getByLabelText('Recorded since (optional)'), '2025-01-01');
    await user.click(within(form).getByRole('button', { name: 'Save certification' }));
    await screen.findByRole('progressbar', { name: 'NSCA-CSCS renewal progress' });
    const [saved] = await db.certifications.toArray();
    expect(saved.rules?.prorate).toBeUndefined();
    expect(saved.rules?.carryOver).toEqual({ lastMonths: 18, max: 1 });
    expect(saved.rules?.recordedBy).toEqual({ providers: ['nsca'], since: '2025-01-01' });
  });

  it('says what is wrong with the carry-over months next to them and writes nothing', async () => {
    const db = testDb();
    const { user, form, rules } = await openForm(db, 'pmi');
    const months = within(rules).getByLabelText("Those earned in the cycle's last (months)");
    await user.clear(months);
    await user.type(months, '0');
    await user.click(within(form).getByRole('button', { name: 'Save certification' }));
    await within(form).findByText('Enter the months whose credits carry over, a whole number 1 to 120');
    expect(await db.certifications.count()).toBe(0);
  });

  it('lets an "other" certification add and remove categories of its own, and edit them again later', async () => {
    const db = testDb();
    const { user, form, rules } = await openForm(db, 'other');
    await user.type(within(form).getByLabelText('Certification name'), 'State license');
    await user.type(within(form).getByLabelText('Unit'), 'CE credits');
    await user.type(within(form).getByLabelText('Requirement (CE credits)'), '20');
    within(rules).getByText(/No categories: CE Tally tracks the deadline only/);
    await user.click(within(rules).getByRole('button', { name: 'Add category' }));
    // The new category takes the focus on its name.
    expect(document.activeElement).toBe(within(within(rules).getByRole('group')).getByLabelText('Name'));
    await user.click(within(rules).getByRole('button', { name: 'Add category' }));
    const [first, second] = within(rules).getAllByRole('group');
    await user.type(within(first).getByLabelText('Name'), 'State law');
    await user.type(within(first).getByLabelText('Minimum'), '2');
    await user.selectOptions(within(first).getByLabelText('Counted in'), 'contact hours');
    await user.type(within(second).getByLabelText('Name'), 'Electives');
    await user.click(within(rules).getByRole('button', { name: 'Add category' }));
    await user.click(within(rules).getByRole('button', { name: 'Remove category Category 3' }));
    expect(
      within(rules)
        .getAllByRole('group')
        .map((g) => g.querySelector('legend')?.textContent),
    ).toEqual(['State law', 'Electives']);
    await user.click(within(form).getByRole('button', { name: 'Save certification' }));
    await screen.findByRole('progressbar', { name: 'State license renewal progress' });
    const [saved] = await db.certifications.toArray();
    expect(saved.rules?.categories).toEqual([
      { id: 'state-law', label: 'State law', min: 2, inHours: true },
      { id: 'electives', label: 'Electives' },
    ]);

    await user.click(screen.getByRole('button', { name: 'Edit State license' }));
    const edit = screen.getByRole('form', { name: 'Edit State license' });
    const again = within(edit).getByRole('group', { name: 'Requirement rules' });
    await user.click(within(again).getByRole('button', { name: 'Remove category Electives' }));
    await user.click(within(edit).getByRole('button', { name: 'Save certification' }));
    await waitFor(async () =>
      expect((await db.certifications.toArray())[0].rules?.categories.map((c) => c.id)).toEqual(['state-law']),
    );
  });
});

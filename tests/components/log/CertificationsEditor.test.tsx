import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CertificationsEditor } from '../../../components/log/CertificationsEditor';
import { saveActivity } from '../../../lib/store/activities';
import { addMonths, todayIso } from '../../../lib/model/calendar';
import type { CeTallyDb } from '../../../lib/store/db';
import { draft, testDb } from '../../support/helpers';

function renderSection(db: CeTallyDb, hash = '') {
  render(<CertificationsEditor db={db} hash={hash} />);
  return userEvent.setup();
}

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const setDate = (label: string, value: string) => fireEvent.change(field(label), { target: { value } });

describe('the certifications section of the options page', () => {
  it('adds a NASM-CPT with the body defaults and lists its progress', async () => {
    const db = testDb();
    const user = renderSection(db);
    await user.click(await screen.findByRole('button', { name: 'Add certification' }));
    const form = screen.getByRole('form', { name: 'Add certification' });
    // It starts from no body (NASM first would be a trap for a nurse), and nothing filled in.
    expect((within(form).getByLabelText('Certifying body') as HTMLSelectElement).value).toBe('');
    expect(field('Certification name').value).toBe('');
    expect(within(form).queryByText(/contact hours/)).toBeNull();
    await user.selectOptions(within(form).getByLabelText('Certifying body'), 'nasm');
    expect(field('Certification name').value).toBe('NASM-CPT');
    expect(field('Requirement (CEUs)').value).toBe('2');
    expect(field('Cycle length (months)').value).toBe('24');
    expect((field('Renewal needs a current CPR/AED') as HTMLInputElement).checked).toBe(true);
    // The hint matches the default beside it, and what is unconfirmed says so in plain words.
    within(form).getByText('2.0 CEUs in all, 0.1 of them for a current CPR/AED.');
    within(form).getByText(
      "Check this with NASM: CE Tally counts 1 CEU as 10 contact hours, which NASM's own pages do not say.",
    );
    within(form).getByText('= 20 contact hours');

    setDate('Cycle end date (or expiry)', '2027-06-30');
    setDate('CPR/AED card expires (optional)', '2027-03-01');
    await user.click(within(form).getByRole('button', { name: 'Save certification' }));

    const bar = await screen.findByRole('progressbar', { name: 'NASM-CPT renewal progress' });
    expect(bar.getAttribute('aria-valuenow')).toBe('0');
    expect(screen.queryByRole('form')).toBeNull();
    // The save is confirmed, and focus goes back to the button that opened the form.
    screen.getByText('Added NASM-CPT: its renewal is followed above.');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add certification' })));
    expect(await db.certifications.toArray()).toEqual([
      expect.objectContaining({
        body: 'nasm',
        name: 'NASM-CPT',
        cycleEnd: '2027-06-30',
        cycleMonths: 24,
        requirement: 2,
        cprRequired: true,
        cprExpires: '2027-03-01',
      }),
    ]);
    expect((await db.certifications.toArray())[0]).not.toHaveProperty('unit');
  });

  it('fills in the defaults of the body picked, and notes the unconfirmed ones', async () => {
    const user = renderSection(testDb(), '#add-certification');
    const body = await screen.findByLabelText('Certifying body');
    await user.selectOptions(body, 'acsm');
    expect(field('Certification name').value).toBe('ACSM-CPT');
    expect(field('Requirement (CECs)').value).toBe('45');
    expect(field('Cycle length (months)').value).toBe('36');
    screen.getByText('45 CECs for CPT and GEI, 60 for EP and CEP; 6-month grace period.');
    expect(screen.queryByText(/^Check this with/)).toBeNull();

    await user.selectOptions(body, 'issa');
    expect(field('Requirement (CEUs)').value).toBe('20');
    screen.getByText(/^Check this with ISSA: this requirement comes from other sites, not ISSA's own/);

    await user.selectOptions(body, 'afaa');
    screen.getByText(/^Check this with AFAA: CE Tally counts a CPR\/AED course as 2 CEUs/);

    // A name the user typed survives a change of body.
    await user.clear(field('Certification name'));
    await user.type(field('Certification name'), 'AFAA Group Fitness');
    await user.selectOptions(body, 'ace');
    expect(field('Certification name').value).toBe('AFAA Group Fitness');
  });

  it('shows the schema messages next to the fields, focuses the first, and writes nothing', async () => {
    const db = testDb();
    const user = renderSection(db, '#add-certification');
    await user.selectOptions(await screen.findByLabelText('Certifying body'), 'nasm');
    await user.clear(field('Certification name'));
    await user.clear(field('Requirement (CEUs)'));
    await user.click(screen.getByRole('button', { name: 'Save certification' }));

    const name = field('Certification name');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(name.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Enter the certification name',
    );
    expect(document.activeElement).toBe(name);
    const end = field('Cycle end date (or expiry)');
    expect(document.getElementById(end.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Enter the cycle end date',
    );
    const requirement = field('Requirement (CEUs)');
    expect(document.getElementById(requirement.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Enter the requirement, a number above 0',
    );
    expect(field('Cycle length (months)').getAttribute('aria-invalid')).toBeNull();
    expect(await db.certifications.count()).toBe(0);
  });

  it('asks for a unit and scale for "other" and shows the requirement in them', async () => {
    const db = testDb();
    const user = renderSection(db, '#add-certification');
    await user.selectOptions(await screen.findByLabelText('Certifying body'), 'other');
    expect(field('Certification name').value).toBe('');
    await user.type(field('Certification name'), 'State massage license');
    await user.type(field('Unit'), 'CE credits');
    await user.clear(field('Contact hours per unit'));
    await user.type(field('Contact hours per unit'), '2');
    await user.type(field('Requirement (CE credits)'), '12');
    screen.getByText('= 24 contact hours');
    setDate('Cycle end date (or expiry)', '2028-02-29');
    await user.click(screen.getByRole('button', { name: 'Save certification' }));
    await screen.findByRole('heading', { name: 'State massage license' });
    screen.getByText(/Requirement 12 CE credits\. CE Tally counts credits only for the bodies it knows/);
    expect(await db.certifications.toArray()).toEqual([
      expect.objectContaining({
        body: 'other',
        unit: 'CE credits',
        hoursPerUnit: 2,
        requirement: 12,
        cycleEnd: '2028-02-29',
      }),
    ]);
  });

  it('edits, deletes and undoes the delete', async () => {
    const db = testDb();
    await saveActivity(
      db,
      draft({
        provider: 'nasm',
        courseCode: null,
        completedOn: todayIso(),
        credits: [{ kind: 'CEC', amount: 0.5, unit: 'CEU', body: 'nasm', hours: 5 }],
      }),
      'detected',
    );
    const user = renderSection(db, '#add-certification');
    await user.selectOptions(await screen.findByLabelText('Certifying body'), 'nasm');
    setDate('Cycle end date (or expiry)', addMonths(todayIso(), 12));
    await user.click(await screen.findByRole('button', { name: 'Save certification' }));
    const bar = await screen.findByRole('progressbar', { name: 'NASM-CPT renewal progress' });
    expect(bar.getAttribute('aria-valuenow')).toBe('0.5');

    await user.click(screen.getByRole('button', { name: 'Edit NASM-CPT' }));
    const form = screen.getByRole('form', { name: 'Edit NASM-CPT' });
    expect(field('Cycle end date (or expiry)').value).toBe(addMonths(todayIso(), 12));
    await user.clear(within(form).getByLabelText('Requirement (CEUs)'));
    await user.type(within(form).getByLabelText('Requirement (CEUs)'), '1');
    await user.click(within(form).getByRole('button', { name: 'Save certification' }));
    await waitFor(() =>
      expect(screen.getByRole('progressbar', { name: 'NASM-CPT renewal progress' }).getAttribute('aria-valuemax')).toBe(
        '1',
      ),
    );
    // NASM asks for a current CPR/AED card too: the line says both.
    screen.getByText('0.5 CEUs; a current CPR/AED card still needed');

    await user.click(screen.getByRole('button', { name: 'Delete NASM-CPT' }));
    await screen.findByText(/Deleted NASM-CPT/);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(await db.certifications.count()).toBe(0);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByRole('progressbar', { name: 'NASM-CPT renewal progress' });
    expect(await db.certifications.count()).toBe(1);
  });

  it('turns renewal reminders off and on again for one certification', async () => {
    const db = testDb();
    const user = renderSection(db, '#add-certification');
    await user.selectOptions(await screen.findByLabelText('Certifying body'), 'nasm');
    const reminders = () =>
      screen.getByRole('checkbox', { name: 'Remind me before this cycle ends' }) as HTMLInputElement;
    expect(reminders().checked).toBe(true);
    screen.getByText(
      'A notification 90, 30 and 7 days before the cycle ends, while something is still missing, and before the CPR/AED card you entered expires.',
    );
    setDate('Cycle end date (or expiry)', '2027-06-30');
    await user.click(screen.getByRole('button', { name: 'Save certification' }));
    await screen.findByRole('progressbar', { name: 'NASM-CPT renewal progress' });
    // On is the default: nothing stored.
    expect((await db.certifications.toArray())[0]).not.toHaveProperty('reminders');

    await user.click(screen.getByRole('button', { name: 'Edit NASM-CPT' }));
    await user.click(reminders());
    await user.click(screen.getByRole('button', { name: 'Save certification' }));
    await waitFor(async () => expect((await db.certifications.toArray())[0].reminders).toBe(false));

    await user.click(await screen.findByRole('button', { name: 'Edit NASM-CPT' }));
    expect(reminders().checked).toBe(false);
    await user.click(reminders());
    await user.click(screen.getByRole('button', { name: 'Save certification' }));
    await waitFor(async () => expect((await db.certifications.toArray())[0]).not.toHaveProperty('reminders'));
  });
});

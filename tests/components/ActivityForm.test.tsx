import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { findPossibleDuplicates, saveActivity } from '../../lib/store/activities';
import type { ActivityDraft } from '../../lib/model/schema';
import { ActivityForm } from '../../components/ActivityForm';
import { minimalPdf } from '../support/certificate-files';
import { draft, testDb } from '../support/helpers';

function renderForm(props: Partial<Parameters<typeof ActivityForm>[0]> = {}) {
  const onSubmit = vi.fn<(d: ActivityDraft, f: File | undefined) => Promise<string | undefined>>(async () => undefined);
  render(<ActivityForm heading="Add activity" submitLabel="Save activity" onSubmit={onSubmit} {...props} />);
  return { onSubmit, user: userEvent.setup() };
}

const credit = (n: number) => within(screen.getByRole('group', { name: `Credit ${n}` }));
const valueOf = (field: HTMLElement) => (field as HTMLInputElement).value;
const messageOf = (field: HTMLElement) =>
  document.getElementById(field.getAttribute('aria-describedby') ?? '')?.textContent;

describe('ActivityForm validation', () => {
  it('shows a clear message next to each field to fix, marks it invalid, focuses the first, and saves nothing', async () => {
    const { onSubmit, user } = renderForm();
    await user.click(screen.getByRole('button', { name: 'Save activity' }));
    expect(screen.getByRole('alert').textContent).toContain('Check the 3 fields marked below.');
    const title = screen.getByLabelText('Title');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(messageOf(title)).toBe('Enter a title');
    expect(messageOf(screen.getByLabelText('Date completed'))).toBe('Enter the date you completed it');
    expect(messageOf(credit(1).getByLabelText('Amount'))).toBe('Enter the amount, a number above 0');
    expect(credit(1).getByLabelText('Contact hours').hasAttribute('aria-invalid')).toBe(false);
    await vi.waitFor(() => expect(document.activeElement).toBe(title));
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('refuses a javascript: link and a negative amount with their own messages', async () => {
    const { onSubmit, user } = renderForm();
    await user.type(screen.getByLabelText('Title'), 'Kettlebell Workshop');
    await user.type(screen.getByLabelText('Date completed'), '2026-05-01');
    await user.type(credit(1).getByLabelText('Amount'), '-1');
    await user.type(screen.getByLabelText('Course page'), 'javascript:alert(1)');
    await user.click(screen.getByRole('button', { name: 'Save activity' }));
    expect(messageOf(screen.getByLabelText('Course page'))).toBe(
      'Enter a web address that starts with https:// or http://',
    );
    expect(messageOf(credit(1).getByLabelText('Amount'))).toBe('Enter the amount, a number above 0');
    expect(screen.getByLabelText('Title').hasAttribute('aria-invalid')).toBe(false);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('derives kind, unit and hours from the body, keeps hours the user typed, and offers to recalculate', async () => {
    const { user } = renderForm();
    await user.type(credit(1).getByLabelText('Amount'), '1.5');
    expect(valueOf(credit(1).getByLabelText('Unit'))).toBe('CEU');
    expect(valueOf(credit(1).getByLabelText('Contact hours'))).toBe('15');
    expect(credit(1).getByText(/no certifying body: a record of training, counts toward no renewal/)).toBeTruthy();
    await user.selectOptions(credit(1).getByLabelText('Certifying body'), 'acsm');
    expect(valueOf(credit(1).getByLabelText('Unit'))).toBe('CEC');
    expect(valueOf(credit(1).getByLabelText('Contact hours'))).toBe('1.5');
    expect(credit(1).getByText(/by ACSM: counts toward ACSM renewals/)).toBeTruthy();
    await user.clear(credit(1).getByLabelText('Contact hours'));
    await user.type(credit(1).getByLabelText('Contact hours'), '2');
    await user.clear(credit(1).getByLabelText('Amount'));
    await user.type(credit(1).getByLabelText('Amount'), '3');
    expect(valueOf(credit(1).getByLabelText('Contact hours'))).toBe('2');
    await user.click(credit(1).getByRole('button', { name: 'Use 3 (from the unit)' }));
    expect(valueOf(credit(1).getByLabelText('Contact hours'))).toBe('3');
  });

  it('saves a workshop with credits from two bodies, CPR/AED and a known provider’s name', async () => {
    const { onSubmit, user } = renderForm();
    await user.type(screen.getByLabelText('Title'), '  Aquatic CPR/AED and Water Fitness ');
    await user.type(screen.getByLabelText('Provider or organizer'), 'AEA');
    await user.type(screen.getByLabelText('Date completed'), '2026-05-01');
    await user.selectOptions(screen.getByLabelText('Format'), 'workshop');
    await user.click(screen.getByLabelText('CPR/AED course'));
    await user.selectOptions(credit(1).getByLabelText('Certifying body'), 'aea');
    await user.type(credit(1).getByLabelText('Amount'), '3');
    await user.click(screen.getByRole('button', { name: 'Add credit' }));
    await user.selectOptions(credit(2).getByLabelText('Certifying body'), 'nasm');
    await user.type(credit(2).getByLabelText('Amount'), '0,3');
    await user.type(screen.getByLabelText('Notes'), 'Pool session');
    await user.click(screen.getByRole('button', { name: 'Save activity' }));
    expect(onSubmit).toHaveBeenCalledWith(
      {
        title: 'Aquatic CPR/AED and Water Fitness',
        provider: 'aea',
        completedOn: '2026-05-01',
        format: 'workshop',
        cprAed: true,
        credits: [
          { kind: 'CEC', amount: 3, unit: 'CEC', body: 'aea', hours: 3 },
          { kind: 'CEC', amount: 0.3, unit: 'CEU', body: 'nasm', hours: 3 },
        ],
        courseCode: null,
        sourceUrl: null,
        certificateUrl: null,
        notes: 'Pool session',
      },
      undefined,
    );
  });

  it('starts from a draft (an activity to edit) and saves it back unchanged', async () => {
    const detected = draft({
      format: 'online',
      notes: 'Read from the certificate',
      certificateUrl: 'https://www.acefitness.org/myace/certificates/CEP251107/download.pdf',
    });
    const { onSubmit, user } = renderForm({ initial: detected, submitLabel: 'Save changes' });
    expect(valueOf(screen.getByLabelText('Provider or organizer'))).toBe('ACE');
    expect(valueOf(credit(1).getByLabelText('Amount'))).toBe('0.2');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(onSubmit).toHaveBeenCalledWith(detected, undefined);
  });

  it('shows a message the save returns, and keeps the form', async () => {
    const { user } = renderForm({ initial: draft(), onSubmit: async () => 'Another activity is the same completion.' });
    await user.click(screen.getByRole('button', { name: 'Save activity' }));
    expect(await screen.findByText('Another activity is the same completion.')).toBeTruthy();
    expect(valueOf(screen.getByLabelText('Title'))).toBe('Functional Training for Older Adults');
  });
});

describe('certificate file', () => {
  it('refuses a file that is not a PDF or image, whatever its name, and passes a real PDF on', async () => {
    const { onSubmit, user } = renderForm({ initial: draft(), withCertificateFile: true });
    const input = screen.getByLabelText('Certificate file (PDF or image, up to 10 MB)');
    await user.upload(
      input,
      new File(['<html><script>alert(1)</script></html>'], 'certificate.pdf', { type: 'application/pdf' }),
    );
    await vi.waitFor(() =>
      expect(messageOf(input)).toBe('“certificate.pdf” is not a PDF or an image (PNG, JPEG, WebP or GIF).'),
    );
    await user.click(screen.getByRole('button', { name: 'Save activity' }));
    expect(onSubmit).not.toHaveBeenCalled();
    const pdf = new File([minimalPdf()], 'workshop.pdf', { type: 'application/pdf' });
    await user.upload(input, pdf);
    await vi.waitFor(() => expect(input.hasAttribute('aria-invalid')).toBe(false));
    await user.click(screen.getByRole('button', { name: 'Save activity' }));
    expect(onSubmit).toHaveBeenCalledWith(draft(), pdf);
  });
});

describe('duplicate warning', () => {
  it('shows an activity with the same title and date before saving, and saves only on “Save anyway”', async () => {
    const db = testDb();
    await saveActivity(
      db,
      draft({
        provider: undefined,
        organizer: 'City Gym',
        courseCode: null,
        title: 'Kettlebell Basics',
        completedOn: '2026-05-01',
      }),
      'manual',
    );
    const { onSubmit, user } = renderForm({ findDuplicates: (d) => findPossibleDuplicates(db, d) });
    await user.type(screen.getByLabelText('Title'), 'Kettlebell basics');
    await user.type(screen.getByLabelText('Provider or organizer'), 'Kettlebell Academy');
    await user.type(screen.getByLabelText('Date completed'), '2026-05-01');
    await user.type(credit(1).getByLabelText('Amount'), '0.5');
    await user.click(screen.getByRole('button', { name: 'Save activity' }));
    const warning = await screen.findByRole('alert');
    expect(warning.textContent).toContain('This may already be in your log:');
    expect(warning.textContent).toContain('“Kettlebell Basics”, 2026-05-01, City Gym');
    expect(warning.textContent).toContain('same title and date');
    expect(onSubmit).not.toHaveBeenCalled();
    await user.click(within(warning).getByRole('button', { name: 'Save anyway' }));
    expect(onSubmit).toHaveBeenCalledOnce();
    expect(onSubmit.mock.calls[0][0]).toMatchObject({ title: 'Kettlebell basics', organizer: 'Kettlebell Academy' });
  });

  it('for the same completion (same dedup key) offers no way to save a second record', async () => {
    const db = testDb();
    await saveActivity(db, draft(), 'detected');
    const { onSubmit, user } = renderForm({
      initial: draft({ title: 'Functional training (typed by hand)' }),
      findDuplicates: (d) => findPossibleDuplicates(db, d),
    });
    await user.click(screen.getByRole('button', { name: 'Save activity' }));
    const warning = await screen.findByRole('alert');
    expect(warning.textContent).toContain('It is the same completion');
    expect(within(warning).queryByRole('button', { name: 'Save anyway' })).toBeNull();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('says nothing when nothing looks the same', async () => {
    const db = testDb();
    await saveActivity(db, draft(), 'detected');
    const { onSubmit, user } = renderForm({
      initial: draft({ courseCode: 'CEP999999', title: 'Another course' }),
      findDuplicates: (d) => findPossibleDuplicates(db, d),
    });
    await user.click(screen.getByRole('button', { name: 'Save activity' }));
    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalledOnce());
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

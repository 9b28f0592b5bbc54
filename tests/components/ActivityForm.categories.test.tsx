import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ActivityDraft } from '../../lib/model/schema';
import { ActivityForm } from '../../components/ActivityForm';
import { certification } from '../support/renewal-fixtures';

/** The category picker of each credit: a certification's category, none, or a split whose parts add up. */
const cscs = certification({ id: 'cscs', body: 'nsca', name: 'NSCA-CSCS', requirement: 6, cycleMonths: 36 });
const board = certification({
  id: 'board',
  body: 'other',
  name: 'State license',
  unit: 'CE credits',
  hoursPerUnit: 1,
  rules: { categories: [{ id: 'state-law', label: 'State law', min: 2 }] },
});

async function fillActivity(body: string, amount: string) {
  const onSubmit = vi.fn<(d: ActivityDraft, f: File | undefined) => Promise<string | undefined>>(async () => undefined);
  render(
    <ActivityForm
      heading="Add activity"
      submitLabel="Save activity"
      onSubmit={onSubmit}
      certifications={[cscs, board]}
    />,
  );
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Title'), 'Olympic Lifting Clinic');
  await user.type(screen.getByLabelText('Date completed'), '2026-05-02');
  const credit = within(screen.getByRole('group', { name: 'Credit 1' }));
  if (body) await user.selectOptions(credit.getByLabelText('Certifying body'), body);
  await user.type(credit.getByLabelText('Amount'), amount);
  return { onSubmit, user, credit };
}
const optionsOf = (select: HTMLElement) =>
  [...select.querySelectorAll('option')].map(
    (o) => `${(o.parentElement as HTMLOptGroupElement).label ?? ''}|${o.textContent}`,
  );

describe('the category picker of a credit', () => {
  it('offers the categories of the certifications the credit counts toward, and saves the one chosen', async () => {
    const { onSubmit, user, credit } = await fillActivity('nsca', '0.5');
    const picker = credit.getByLabelText('Requirement category');
    expect(optionsOf(picker)).toEqual([
      '|No category',
      'NSCA-CSCS|Category A: Attendance',
      'NSCA-CSCS|Category B: Share Your Expertise',
      'NSCA-CSCS|Category C: Educational Activities',
      'NSCA-CSCS|Category D: NSCA Quizzes & Assessments',
      'State license|State law',
      '|Split across categories…',
    ]);
    await user.selectOptions(picker, 'D');
    await user.click(screen.getByRole('button', { name: 'Save activity' }));
    expect(onSubmit.mock.calls[0][0].credits[0].categories).toEqual([{ id: 'D', amount: 0.5 }]);
  });

  it('a plain credit can go to an "other" certification\'s own category', async () => {
    const { onSubmit, user, credit } = await fillActivity('', '2');
    await user.selectOptions(credit.getByLabelText('Requirement category'), 'state-law');
    await user.click(screen.getByRole('button', { name: 'Save activity' }));
    expect(onSubmit.mock.calls[0][0].credits[0]).toMatchObject({
      kind: 'CEU',
      categories: [{ id: 'state-law', amount: 2 }],
    });
  });

  it('splits a credit into parts, says what they add up to, refuses a split that misses and keeps every part', async () => {
    const { onSubmit, user, credit } = await fillActivity('nsca', '2');
    await user.selectOptions(credit.getByLabelText('Requirement category'), 'A');
    await user.selectOptions(credit.getByLabelText('Requirement category'), 'Split across categories…');
    const parts = within(credit.getByRole('group', { name: 'Parts of the credit' }));
    // The category chosen before holds the whole credit at first; the second part is to fill in.
    expect((parts.getByLabelText('Part 1 category') as HTMLSelectElement).value).toBe('A');
    expect((parts.getByLabelText('Part 1 amount (CEU)') as HTMLInputElement).value).toBe('2');
    await user.clear(parts.getByLabelText('Part 1 amount (CEU)'));
    await user.type(parts.getByLabelText('Part 1 amount (CEU)'), '1');
    await user.selectOptions(parts.getByLabelText('Part 2 category'), 'C');
    await user.type(parts.getByLabelText('Part 2 amount (CEU)'), '0.5');
    parts.getByText('The parts add up to 1.5 of 2 CEUs: 0.5 left to assign');

    await user.click(screen.getByRole('button', { name: 'Save activity' }));
    expect(onSubmit).not.toHaveBeenCalled();
    const picker = credit.getByLabelText('Requirement category');
    expect(picker.getAttribute('aria-invalid')).toBe('true');
    credit.getByText('The parts add up to 1.5 of 2 CEUs: 0.5 left to assign');
    expect((parts.getByLabelText('Part 2 amount (CEU)') as HTMLInputElement).value).toBe('0.5');

    await user.click(parts.getByRole('button', { name: 'Add part' }));
    await user.selectOptions(parts.getByLabelText('Part 3 category'), 'D');
    await user.type(parts.getByLabelText('Part 3 amount (CEU)'), '0.5');
    parts.getByText("The parts add up to the credit's 2 CEUs");
    await user.click(screen.getByRole('button', { name: 'Save activity' }));
    expect(onSubmit.mock.calls[0][0].credits[0].categories).toEqual([
      { id: 'A', amount: 1 },
      { id: 'C', amount: 0.5 },
      { id: 'D', amount: 0.5 },
    ]);
  });

  it('shows a stored split as its parts, and keeps a category no certification holds any more', async () => {
    const onSubmit = vi.fn(async () => undefined);
    render(
      <ActivityForm
        heading="Edit activity"
        submitLabel="Save changes"
        onSubmit={onSubmit}
        certifications={[board]}
        initial={{
          title: 'Strength Conference',
          completedOn: '2026-04-01',
          courseCode: null,
          sourceUrl: null,
          certificateUrl: null,
          credits: [
            {
              kind: 'CEC',
              amount: 1,
              unit: 'CEU',
              body: 'nsca',
              hours: 10,
              categories: [
                { id: 'A', amount: 0.4 },
                { id: 'B', amount: 0.6 },
              ],
            },
          ],
        }}
      />,
    );
    const credit = within(screen.getByRole('group', { name: 'Credit 1' }));
    expect((credit.getByLabelText('Requirement category') as HTMLSelectElement).value).toBe('*split');
    expect((credit.getByLabelText('Part 2 amount (CEU)') as HTMLInputElement).value).toBe('0.6');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Save changes' }));
    expect(onSubmit).toHaveBeenCalledOnce();
  });
});

describe('a category the title suggests, before the save', () => {
  it('"Count as ethics" for an NCBTMB credit of a course whose title says ethics: offered, set only when chosen', async () => {
    const onSubmit = vi.fn<(d: ActivityDraft, f: File | undefined) => Promise<string | undefined>>(
      async () => undefined,
    );
    render(<ActivityForm heading="Add activity" submitLabel="Save activity" onSubmit={onSubmit} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Date completed'), '2026-05-02');
    const credit = within(screen.getByRole('group', { name: 'Credit 1' }));
    await user.selectOptions(credit.getByLabelText('Certifying body'), 'ncbtmb');
    await user.type(credit.getByLabelText('Amount'), '3');
    // No ethics in the title: nothing offered.
    await user.type(screen.getByLabelText('Title'), 'Draping and Boundaries');
    expect(credit.queryByRole('button', { name: 'Count as ethics' })).toBeNull();
    await user.type(screen.getByLabelText('Title'), ': Professional Ethics');
    // Offered, not set: saving now saves no category.
    await user.click(screen.getByRole('button', { name: 'Save activity' }));
    expect(onSubmit.mock.calls[0][0].credits[0].categories ?? []).toEqual([]);
    await user.click(credit.getByRole('button', { name: 'Count as ethics' }));
    expect((credit.getByLabelText('Requirement category') as HTMLSelectElement).value).toBe('ethics');
    expect(credit.queryByRole('button', { name: 'Count as ethics' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save activity' }));
    expect(onSubmit.mock.calls[1][0].credits[0].categories).toEqual([{ id: 'ethics', amount: 3 }]);
  });

  const whole = { kind: 'CEC' as const, amount: 6, unit: 'CE hour', body: 'ncbtmb' as const, hours: 6 };
  /** The form on a draft whose page stated 3 of the credit's 6 CE hours as ethics. */
  const renderStatedShare = () => {
    const onSubmit = vi.fn<(d: ActivityDraft, f: File | undefined) => Promise<string | undefined>>(
      async () => undefined,
    );
    render(
      <ActivityForm
        heading="Add activity"
        submitLabel="Save activity"
        initial={{
          title: 'Boundaries in Practice',
          completedOn: '2026-05-02',
          courseCode: null,
          credits: [{ ...whole, statedShares: [{ id: 'ethics', amount: 3 }] }],
        }}
        onSubmit={onSubmit}
      />,
    );
    return onSubmit;
  };

  it('a share the page stated for part of a credit: "Count 3 CE hours as Ethics" splits the credit, set only when chosen', async () => {
    const onSubmit = renderStatedShare();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Save activity' }));
    // Not chosen: the one credit as the page states it, still offered later.
    expect(onSubmit.mock.calls[0][0].credits).toEqual([{ ...whole, statedShares: [{ id: 'ethics', amount: 3 }] }]);
    const offer = within(screen.getByRole('group', { name: 'Credit 1' })).getByRole('button', {
      name: 'Count 3 CE hours as Ethics',
    });
    offer.focus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('button', { name: 'Count 3 CE hours as Ethics' })).toBeNull();
    const second = within(screen.getByRole('group', { name: 'Credit 2' }));
    expect((second.getByLabelText('Amount') as HTMLInputElement).value).toBe('3');
    expect((second.getByLabelText('Requirement category') as HTMLSelectElement).value).toBe('');
    await user.click(screen.getByRole('button', { name: 'Save activity' }));
    expect(onSubmit.mock.calls[1][0].credits).toEqual([
      { ...whole, amount: 3, hours: 3, categories: [{ id: 'ethics', amount: 3 }] },
      { ...whole, amount: 3, hours: 3 },
    ]);
  });

  it('a stated share no longer offered once the credit is no more than it', async () => {
    const onSubmit = renderStatedShare();
    const user = userEvent.setup();
    const amount = within(screen.getByRole('group', { name: 'Credit 1' })).getByLabelText('Amount');
    await user.clear(amount);
    await user.type(amount, '3');
    await user.click(screen.getByRole('button', { name: 'Save activity' }));
    expect(onSubmit.mock.calls[0][0].credits[0].statedShares).toBeUndefined();
  });
});

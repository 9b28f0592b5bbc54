import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renewalProgress } from '../../../lib/tally/renewal';
import { RequirementTable } from '../../../components/log/RequirementTable';
import { StillNeededLine } from '../../../components/StillNeededLine';
import { RenewalProgressItem } from '../../../components/RenewalProgressItem';
import { cec, certification, completed, inCategory } from '../../support/renewal-fixtures';

const CSCS = certification({
  id: 'cscs',
  body: 'nsca',
  name: 'NSCA-CSCS',
  cycleEnd: '2027-12-31',
  cycleMonths: 36,
  requirement: 6,
  cprRequired: true,
});
const nsca = (amount: number, category: string) => inCategory(cec('nsca', amount, 'CEU'), category);
// Category D over its 4.0 maximum; a conference over the 2.0 an event.
const LOG = [
  completed('2025-02-01', [nsca(2, 'D')], { id: 'q1' }),
  completed('2025-03-01', [nsca(2, 'D')], { id: 'q2' }),
  completed('2025-04-01', [nsca(0.5, 'D')], { id: 'q3' }),
  completed('2025-05-01', [nsca(2.4, 'A')], { id: 'c1' }),
];

describe("a certification's requirement in the log", () => {
  it('shows a row per category with earned, counted, minimum, maximum and still needed, and the rules in words', () => {
    render(<RequirementTable progress={renewalProgress(CSCS, LOG, '2026-12-01')} />);
    const table = screen.getByRole('table', { name: 'NSCA-CSCS: requirement in CEUs' });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Requirement', 'Earned', 'Counted', 'Minimum', 'Maximum', 'Still needed'],
      ['Total', '6.9', '6', '6', '—', '0'],
      ['Category A: Attendance', '2.4', '2', '—', '5.5', '—'],
      ['Category B: Share Your Expertise', '0', '0', '—', '4', '—'],
      ['Category C: Educational Activities', '0', '0', '—', '5.5', '—'],
      ['Category D: NSCA Quizzes & Assessments', '4.5', '4', '—', '4', '—'],
    ]);
    screen.getByText('Credits from at least 2 categories: 2 so far.');
    screen.getByText('At most 2 CEUs count from any one event.');
    screen.getByText('0.9 CEUs earned over a maximum are not counted (the renewal packet lists them).');
  });

  it('has no table for a total alone (NASM)', () => {
    const { container } = render(<RequirementTable progress={renewalProgress(certification(), [], '2026-12-01')} />);
    expect(container.textContent).toBe('');
  });

  it('says in one line what is still needed, with the days left', () => {
    render(<StillNeededLine progress={renewalProgress(CSCS, LOG.slice(0, 2), '2026-12-01')} />);
    expect(document.querySelector('.still-needed')!.textContent).toBe(
      '2 CEUs; credits from 1 more category; a current CPR/AED card still needed · 395 days left',
    );
  });

  it('says the days left once in the log, on the deadline line, and beside what is needed in the popup', () => {
    const progress = renewalProgress(CSCS, LOG.slice(0, 2), '2026-12-01');
    const log = render(<RenewalProgressItem progress={progress} />);
    expect(log.container.textContent!.match(/395 days left/g)).toHaveLength(1);
    expect(log.container.querySelector('.still-needed')!.textContent).toBe(
      '2 CEUs; credits from 1 more category; a current CPR/AED card still needed',
    );
    log.unmount();
    const popup = render(<RenewalProgressItem progress={progress} compact />);
    expect(popup.container.querySelector('.still-needed')!.textContent).toMatch(/still needed · 395 days left$/);
  });
});

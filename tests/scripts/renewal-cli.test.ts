import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '../..');
const FIXTURE = (name: string) => join(ROOT, 'tests/fixtures/renewal', name);
const CSCS = '{"body":"nsca","name":"NSCA-CSCS","cycleEnd":"2027-12-31"}';

/** The CLI as issue 16 and docs/contracts.md specify it: `npm run -s renewal -- FILE.csv --certification JSON --today YYYY-MM-DD`. */
async function renewal(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npm', ['run', '-s', 'renewal', '--', ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('the renewal CLI', { timeout: 60_000 }, () => {
  it("prints NSCA-CSCS's renewal from an export: an event over 2.0 CEUs and Category D over its maximum earned but not counted", async () => {
    // nsca-cscs.csv: a 2.5-CEU conference (A), quizzes of 2 + 2 + 0.5 CEUs (D), a clinic split 0.6 A + 0.4 C
    // (two rows), an ACE credit and a course before the cycle.
    const result = await renewal(FIXTURE('nsca-cscs.csv'), '--certification', CSCS, '--today', '2026-12-01');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(result.stdout)).toEqual({
      required: 6,
      earned: 8,
      counted: 7,
      missing: 0,
      unit: 'CEUs',
      daysLeft: 395,
      state: 'in-progress',
      categories: [
        { id: 'A', earned: 3.1, counted: 2.6, min: null, max: 5.5, missing: 0 },
        { id: 'B', earned: 0, counted: 0, min: null, max: 4, missing: 0 },
        { id: 'C', earned: 0.4, counted: 0.4, min: null, max: 5.5, missing: 0 },
        { id: 'D', earned: 4.5, counted: 4, min: null, max: 4, missing: 0 },
      ],
      // The export carries no CPR/AED card: the certification's cprExpires says it.
      cpr: { required: true, met: false },
    });
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    const withCard = await renewal(
      FIXTURE('nsca-cscs.csv'),
      '--certification',
      '{"body":"nsca","name":"NSCA-CSCS","cycleEnd":"2027-12-31","cprExpires":"2028-03-01"}',
      '--today',
      '2026-12-01',
    );
    expect(JSON.parse(withCard.stdout)).toMatchObject({ state: 'complete', cpr: { required: true, met: true } });
  });

  it('still needs an ethics hour with 24 NCBTMB hours earned, self-care over its 4 not counted', async () => {
    const result = await renewal(
      FIXTURE('ncbtmb.csv'),
      '--certification',
      '{"body":"ncbtmb","name":"NCBTMB","cycleEnd":"2027-06-30"}',
      '--today',
      '2027-05-01',
    );
    expect(JSON.parse(result.stdout)).toEqual({
      required: 24,
      earned: 24,
      counted: 22,
      missing: 2,
      unit: 'CE hours',
      daysLeft: 60,
      state: 'due-soon',
      categories: [
        { id: 'ethics', earned: 2, counted: 2, min: 3, max: null, missing: 1 },
        { id: 'self-care', earned: 6, counted: 4, min: null, max: 4, missing: 0 },
      ],
      cpr: { required: false, met: true },
    });
  });

  it.each([
    [
      'a file that is no export',
      [FIXTURE('not-an-export.csv'), '--certification', CSCS, '--today', '2026-12-01'],
      /is not a CE Tally CSV export/,
    ],
    [
      'a missing file',
      [FIXTURE('missing.csv'), '--certification', CSCS, '--today', '2026-12-01'],
      /cannot read .*ENOENT/,
    ],
    [
      'a certification that is not JSON',
      [FIXTURE('ncbtmb.csv'), '--certification', '{body', '--today', '2026-12-01'],
      /--certification is not JSON/,
    ],
    [
      'an unknown body',
      [
        FIXTURE('ncbtmb.csv'),
        '--certification',
        '{"body":"nope","name":"x","cycleEnd":"2027-06-30"}',
        '--today',
        '2026-12-01',
      ],
      /body: not a body id \(nasm, ace/,
    ],
    [
      'a bad cycle end',
      [
        FIXTURE('ncbtmb.csv'),
        '--certification',
        '{"body":"ncbtmb","name":"x","cycleEnd":"June 2027"}',
        '--today',
        '2026-12-01',
      ],
      /cycleEnd/,
    ],
    [
      'a body with no requirement of its own and none given',
      [
        FIXTURE('ncbtmb.csv'),
        '--certification',
        '{"body":"aswb","name":"LCSW","cycleEnd":"2027-06-30"}',
        '--today',
        '2026-12-01',
      ],
      /cycleMonths: needed for aswb/,
    ],
    ['no --today', [FIXTURE('ncbtmb.csv'), '--certification', CSCS], /--today YYYY-MM-DD is required/],
  ])('refuses %s with one line on stderr and exit 2', async (_name, args, message) => {
    const result = await renewal(...args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});

import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../lib/model/limits';
import { FIXTURES } from '../support/helpers';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '../..');

/** The CLI as docs/contracts.md specifies it: `npm run -s detect -- FILE.html --url URL`. */
async function detect(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npm', ['run', '-s', 'detect', '--', ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('the detect CLI', { timeout: 30_000 }, () => {
  it('prints one JSON object for a completion page and exits 0', async () => {
    const result = await detect(
      join(FIXTURES, 'ace', 'certificate.html'),
      '--url',
      'https://www.acefitness.org/myace/certificates/CEP251107/',
    );
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(result.stdout)).toEqual({
      detected: true,
      provider: 'ace',
      activity: {
        title: 'Functional Training for Older Adults',
        completedOn: '2026-09-14',
        courseCode: 'CEP251107',
        credits: [{ kind: 'CEC', amount: 0.2, unit: 'CEC', body: 'ace', hours: 2 }],
        sourceUrl: 'https://www.acefitness.org/myace/certificates/CEP251107/',
        certificateUrl: 'https://www.acefitness.org/myace/certificates/CEP251107/download.pdf',
      },
    });
  });

  it('prints the six fields of the contract even for a page whose title had to be shortened', async () => {
    const result = await detect(
      join(FIXTURES, 'ace', 'hostile-long-title.html'),
      '--url',
      'https://www.acefitness.org/myace/certificates/CEP250912/',
    );
    expect(result.code).toBe(0);
    const { activity } = JSON.parse(result.stdout);
    expect(Object.keys(activity)).toEqual([
      'title',
      'completedOn',
      'courseCode',
      'credits',
      'sourceUrl',
      'certificateUrl',
    ]);
    expect(activity.title.length).toBeLessThanOrEqual(LIMITS.title);
    expect(activity.title).toMatch(/^=HYPERLINK\(.*…$/);
  });

  it('prints {"detected": false} for a near-miss and for a site that is no provider', async () => {
    const catalog = await detect(
      join(FIXTURES, 'ace', 'catalog-course.html'),
      '--url',
      'https://www.acefitness.org/continuing-education/x/',
    );
    expect([catalog.code, JSON.parse(catalog.stdout)]).toEqual([0, { detected: false }]);
    const elsewhere = await detect(
      join(FIXTURES, 'ace', 'certificate.html'),
      '--url',
      'https://example.org/certificate',
    );
    expect([elsewhere.code, JSON.parse(elsewhere.stdout)]).toEqual([0, { detected: false }]);
  });

  it('never runs the page’s scripts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'detect-'));
    const file = join(dir, 'page.html');
    writeFileSync(
      file,
      `<script>require('fs').writeFileSync(${JSON.stringify(join(dir, 'pwned'))}, 'x'); process.exit(9)</script><h1>Hi</h1>`,
    );
    const result = await detect(file, '--url', 'https://www.acefitness.org/x');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ detected: false });
  });

  it.each([
    ['an unreadable file', ['/no/such/file.html', '--url', 'https://www.acefitness.org/']],
    ['a bad URL', [join(FIXTURES, 'ace', 'certificate.html'), '--url', 'not a url']],
    ['a javascript: URL', [join(FIXTURES, 'ace', 'certificate.html'), '--url', 'javascript:alert(1)']],
    ['no URL', [join(FIXTURES, 'ace', 'certificate.html')]],
  ])('exits 2 with one line on stderr for %s', async (_, args) => {
    const result = await detect(...args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it("--explain prints the same JSON on stdout and, on stderr, the completion signal, the title and its refusals, each credit's text", async () => {
    const file = join(FIXTURES, 'pesi', 'online-course-certificate-professions.html');
    const url = 'https://www.pesi.com/myaccount/online-courses/POS071122/certificate';
    const explained = await detect(file, '--url', url, '--explain');
    expect(explained.code).toBe(0);
    // stdout is exactly what the CLI prints without --explain: the fixture's expected output, on one line.
    const expected = JSON.parse(readFileSync(file.replace(/\.html$/, '.json'), 'utf8')).expected;
    expect(explained.stdout).toBe(`${JSON.stringify(expected)}\n`);
    const lines = explained.stderr.trim().split('\n');
    expect(lines[0]).toBe('explain: provider: pesi (ce-site, matched by www.pesi.com)');
    expect(lines).toContain('explain: completion: "Certificate of Completion"');
    expect(lines).toContain(
      'explain: title: "Trauma-Informed Care for Counselors and Psychologists" (line after the completion sentence)',
    );
    expect(lines).toContain('explain: credit: 0.625 CEU (aota, by named) = 6.25 h, read from "0.625 AOTA CEUs"');
    expect(lines).toContain('explain: credit: 6 CEU (boc, by paragraph) = 6 h, read from "6.0 Category A hours/CEUs"');
    expect(lines.at(-1)).toBe('explain: detected: pesi');
  });

  it('--explain names each title candidate it refused, and why', async () => {
    const result = await detect(
      join(FIXTURES, 'afaa', 'elearning-certificate-table.html'),
      '--url',
      'https://www.afaa.com/elearning-center/certificates/step-fundamentals',
      '--explain',
    );
    const lines = result.stderr.trim().split('\n');
    // "has completed the AFAA-approved course" names no course: the emphasised line below it does.
    expect(lines).toContain('explain: title refused: "approved course" (completion sentence): names no course');
    expect(lines).toContain(
      'explain: title: "Step Fundamentals: Choreography and Cueing" (line after the completion sentence)',
    );
    expect(lines).toContain('explain: credit: 6 CEU (afaa, by named) = 6 h, read from "AFAA CEUs 6"');
  });

  it('--explain says why a near-miss is no completion', async () => {
    const result = await detect(
      join(FIXTURES, 'netce', 'transcript-take-test.html'),
      '--url',
      'https://www.netce.com/transcript.php',
      '--explain',
    );
    expect(JSON.parse(result.stdout)).toEqual({ detected: false });
    expect(result.stderr).toMatch(/^explain: not a completion: .+$/m);
    expect(result.stderr.trim().split('\n').at(-1)).toBe('explain: detected: nothing');
  });
});

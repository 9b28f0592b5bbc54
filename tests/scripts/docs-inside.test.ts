import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/support/import-graph';

/** A contributor who clones the project has only the project: the design is in docs/. */
const OUTSIDE = /\.\.\/shared\b|\bDESIGN\.md\b|\bDOMAIN\.md\b/;

describe('the design lives in the repository', () => {
  it('has no file that points to design documents outside it', () => {
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
      cwd: ROOT,
      encoding: 'utf8',
    })
      .split('\n')
      .filter(
        (f) =>
          /\.(ts|tsx|md|json|js|css|html)$/.test(f) &&
          !f.startsWith('tests/fixtures/') &&
          f !== 'tests/scripts/docs-inside.test.ts',
      );
    const pointing = files.filter((f) => OUTSIDE.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(pointing).toEqual([]);
  });

  it('has the documents the README points to', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const doc of ['architecture', 'contracts', 'domain', 'performance']) {
      expect(readme).toContain(`docs/${doc}.md`);
      expect(readFileSync(join(ROOT, 'docs', `${doc}.md`), 'utf8').length).toBeGreaterThan(500);
    }
  });
});

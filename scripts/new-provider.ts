/**
 * npm run new-provider -- <id> <host> [--name "Site Name"] [--platform]
 * writes lib/detect/providers/<id>.ts, its registry line, its id and two fixture skeletons (scripts/support/new-provider.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { ROOT } from './support/import-graph';
import { scaffoldProvider } from './support/new-provider';

try {
  const { values, positionals } = parseArgs({
    options: { name: { type: 'string' }, platform: { type: 'boolean' } },
    allowPositionals: true,
  });
  const [id, host] = positionals;
  if (!id || !host || positionals.length > 2)
    throw new Error('usage: npm run new-provider -- <id> <host> [--name "Site Name"] [--platform]');
  const written = scaffoldProvider(ROOT, {
    id,
    host,
    name: values.name,
    kind: values.platform ? 'platform' : 'ce-site',
  });
  // In the project's style, whatever the length of the names.
  for (const file of written.filter((f) => f.endsWith('.ts'))) {
    const path = join(ROOT, file);
    const options = { ...(await resolveConfig(path)), filepath: path };
    writeFileSync(path, await format(readFileSync(path, 'utf8'), options));
  }
  process.stdout.write(
    `${written.map((f) => `wrote ${f}`).join('\n')}\n` +
      `Next: add "${id}" to the provider ids in docs/contracts.md, replace the TODOs with real pages (four completions and four ` +
      `near-misses at least, in different shapes), then npx vitest run tests/detect/providers.test.ts\n`,
  );
} catch (error) {
  process.stderr.write(`new-provider: ${(error as Error).message}\n`);
  process.exit(2);
}

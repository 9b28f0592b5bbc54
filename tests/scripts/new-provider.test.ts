import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/support/import-graph';
import { scaffoldProvider } from '../../scripts/support/new-provider';

// The scaffolder runs on a copy of lib/ in tmp/ (ignored by git; inside the project, so the copy finds its
// packages and the test runner compiles it), never on the project itself.
let copy: string;
beforeEach(() => {
  mkdirSync(join(ROOT, 'tmp'), { recursive: true });
  copy = mkdtempSync(join(ROOT, 'tmp/new-provider-'));
  cpSync(join(ROOT, 'lib'), join(copy, 'lib'), { recursive: true });
});
afterEach(() => rmSync(copy, { recursive: true, force: true }));

const read = (path: string) => readFileSync(join(copy, path), 'utf8');

describe('npm run new-provider', () => {
  it('writes a CE site that the registry serves on its host, with its id, name, kind and fixture skeletons', async () => {
    scaffoldProvider(copy, { id: 'ce-zoom', host: 'cezoom.com', name: 'CE Zoom' });
    expect(read('lib/model/provider-ids.ts')).toContain("'ce-zoom',\n] as const");
    expect(read('lib/detect/provider-files.ts')).toContain("export { ceZoom } from './providers/ce-zoom';");

    const registry = await import(/* @vite-ignore */ join(copy, 'lib/detect/registry.ts'));
    const provider = registry.PROVIDERS.find((p: { id: string }) => p.id === 'ce-zoom');
    expect(provider).toMatchObject({
      name: 'CE Zoom',
      kind: 'ce-site',
      matches: ['https://cezoom.com/*', 'https://*.cezoom.com/*'],
    });
    expect(registry.PROVIDER_NAMES['ce-zoom']).toBe('CE Zoom');
    expect(registry.providerForUrl(new URL('https://www.cezoom.com/certificates/1'))?.id).toBe('ce-zoom');
    // The existing providers stay, in their order, the new one last.
    expect(registry.PROVIDERS.map((p: { id: string }) => p.id).slice(0, 2)).toEqual(['nasm', 'ace']);
    expect(registry.PROVIDERS.at(-1).id).toBe('ce-zoom');

    for (const name of ['certificate', 'catalog-course']) {
      const meta = JSON.parse(read(`tests/fixtures/providers/ce-zoom/${name}.json`));
      expect(meta.url).toMatch(/^https:\/\/cezoom\.com\//);
      expect(meta.expected.detected).toBe(name === 'certificate');
      expect(read(`tests/fixtures/providers/ce-zoom/${name}.html`)).toMatch(/<header>[\s\S]*<main>[\s\S]*<footer>/);
    }
  });

  it('writes a platform provider, known by the URL shape of its certificates', async () => {
    scaffoldProvider(copy, { id: 'skillshare', host: 'www.skillshare.com', kind: 'platform' });
    const registry = await import(/* @vite-ignore */ join(copy, 'lib/detect/registry.ts'));
    const provider = registry.PROVIDERS.find((p: { id: string }) => p.id === 'skillshare');
    expect(provider).toMatchObject({ name: 'Skillshare', kind: 'platform', matches: ['https://www.skillshare.com/*'] });
  });

  it('refuses a bad id, a bad host or a provider that exists, saying why, and writes nothing', () => {
    const before = read('lib/model/provider-ids.ts');
    expect(() => scaffoldProvider(copy, { id: 'CE Zoom', host: 'cezoom.com' })).toThrow(/not a provider id/);
    expect(() => scaffoldProvider(copy, { id: 'ce-zoom', host: 'https://cezoom.com/' })).toThrow(/not a host name/);
    expect(() => scaffoldProvider(copy, { id: 'nasm', host: 'nasm.org' })).toThrow(/exists already/);
    expect(read('lib/model/provider-ids.ts')).toBe(before);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../support/parse-html';
import { foldText } from '../../lib/model/dedup';
import { PROVIDER_IDS, type ProviderId } from '../../lib/model/provider-ids';
import { PROVIDERS, detectPage } from '../../lib/detect/registry';
import { FIXTURES, providerFixtures } from '../support/helpers';

const fixtures = providerFixtures();
/** Completion pages and near-misses each provider has at least. */
const MIN_SHAPES = 4;

function detectFixture(html: string, url: string) {
  const page = parseHtml(html, url);
  try {
    return detectPage(page.document, new URL(url));
  } finally {
    page.close();
  }
}

describe('provider fixtures', () => {
  it.each(fixtures.map((f) => [`${f.provider}/${f.name}`, f] as const))('%s', (_, fixture) => {
    const detection = detectFixture(fixture.html, fixture.url);
    if (!fixture.expected.detected) {
      expect(detection).toBeNull();
      return;
    }
    expect(detection?.provider).toBe(fixture.expected.provider);
    // What the CLI prints, and beside it whether the title had to be shortened and the credits' categories.
    const { shortened, credits = [], ...printed } = detection?.activity ?? {};
    expect({
      ...printed,
      credits: credits.map(({ categories: _, statedShares: _proposed, ...credit }) => credit),
    }).toEqual(fixture.expected.activity);
    expect(shortened).toEqual(fixture.shortened);
    expect(credits.map((c) => c.categories ?? [])).toEqual(fixture.categories ?? credits.map(() => []));
    expect(credits.map((c) => c.statedShares ?? [])).toEqual(fixture.statedShares ?? credits.map(() => []));
  });
});

describe('the registry', () => {
  const files = readdirSync(join(import.meta.dirname, '../../lib/detect/providers')).map((f) => f.replace(/\.ts$/, ''));
  const registry = readFileSync(join(import.meta.dirname, '../../lib/detect/provider-files.ts'), 'utf8');

  // Each failure says the fix: `npm run new-provider -- <id> <host>` does all of it for a new provider.
  it('registers every provider file under its own id, one line each', () => {
    for (const file of files) {
      const provider = PROVIDERS.find((p) => p.id === file);
      expect(
        PROVIDER_IDS.includes(file as ProviderId),
        `${file}: add '${file}' to PROVIDER_IDS in lib/model/provider-ids.ts (and to the provider ids in docs/contracts.md)`,
      ).toBe(true);
      expect(
        registry.includes(`from './providers/${file}';`),
        `${file}: add \`export { … } from './providers/${file}';\` to lib/detect/provider-files.ts`,
      ).toBe(true);
      expect(
        provider,
        `${file}: lib/detect/providers/${file}.ts must build a provider whose id is '${file}'`,
      ).toBeDefined();
    }
    for (const id of PROVIDER_IDS)
      expect(files, `${id}: write lib/detect/providers/${id}.ts (npm run new-provider)`).toContain(id);
  });

  it('has completion pages and near-misses for every provider', () => {
    for (const provider of PROVIDERS) {
      const folder = `tests/fixtures/providers/${provider.id}/`;
      const own = fixtures.filter((f) => f.provider === provider.id);
      const completions = own.filter((f) => f.expected.detected).length;
      const nearMisses = own.filter((f) => !f.expected.detected && !f.rendersByScript).length;
      // Four shapes of each: a detector that reads one shape only is a patch for one page.
      expect(
        completions,
        `${provider.id}: add ${MIN_SHAPES - completions} more completion page(s) under ${folder}, in shapes its others do not use`,
      ).toBeGreaterThanOrEqual(MIN_SHAPES);
      expect(
        nearMisses,
        `${provider.id}: add ${MIN_SHAPES - nearMisses} more near-miss(es) under ${folder} (a catalog or store card with credits, a failed or unfinished attempt, a dashboard, a transcript)`,
      ).toBeGreaterThanOrEqual(MIN_SHAPES);
    }
    for (const folder of readdirSync(FIXTURES))
      expect(
        PROVIDER_IDS.includes(folder as ProviderId),
        `tests/fixtures/providers/${folder}/: no provider has the id '${folder}' (rename the folder to its provider's id)`,
      ).toBe(true);
  });

  it("names each provider so that its id, folded, reads as its name (the log's search relies on it)", () => {
    for (const provider of PROVIDERS)
      expect(
        foldText(provider.id),
        `${provider.id}: choose an id that is the name "${provider.name}" in lower case with hyphens (lib/store/credit-summary.ts searches the id)`,
      ).toBe(foldText(provider.name));
  });

  it('claims a completion page only while the page names its own site (what keeps the matrix below from claiming)', () => {
    // Platforms claim only their own certificate URL shapes; a CE site is known by the name the page gives its site.
    const ceSite = (id: string) => PROVIDERS.find((p) => p.id === id)?.kind === 'ce-site';
    for (const fixture of fixtures.filter((f) => f.expected.detected && ceSite(f.provider))) {
      const page = parseHtml(fixture.html, fixture.url);
      const provider = PROVIDERS.find((p) => p.id === fixture.provider)!;
      expect(
        provider.detect(page.document, new URL(fixture.url)),
        `${fixture.provider}/${fixture.name}`,
      ).not.toBeNull();
      for (const el of page.document.querySelectorAll(
        'title, meta[property^="og:"], link[rel="canonical"], footer, [role="contentinfo"], img[src*="logo" i], img[class*="logo" i], [class*="logo" i] img',
      ))
        el.remove();
      expect(
        provider.detect(page.document, new URL(fixture.url)),
        `${fixture.provider}/${fixture.name} without its site's name`,
      ).toBeNull();
      page.close();
    }
  });

  it("finds nothing with one provider's detector on another provider's pages", () => {
    for (const fixture of fixtures) {
      const page = parseHtml(fixture.html, fixture.url);
      for (const provider of PROVIDERS.filter((p) => p.id !== fixture.provider)) {
        // Run the other detector as if the page were on its own site.
        const home = new URL(provider.matches[0].replace('*.', 'www.').replace(/\*$/, 'x'));
        expect(
          provider.detect(page.document, home),
          `${provider.id} on ${fixture.provider}/${fixture.name}`,
        ).toBeNull();
      }
      page.close();
    }
  }, 30_000); // every detector on every page: a few seconds on a busy machine
});

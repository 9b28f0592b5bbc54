import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../support/parse-html';
import { PROVIDER_IDS } from '../../lib/model/provider-ids';
import { PROVIDERS, detectPage } from '../../lib/detect/registry';
import { FIXTURES, providerFixtures } from '../support/helpers';

const fixtures = providerFixtures();

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
    // What the CLI prints, and beside it whether the title had to be shortened.
    const { shortened, ...printed } = detection?.activity ?? {};
    expect(printed).toEqual(fixture.expected.activity);
    expect(shortened).toEqual(fixture.shortened);
  });
});

describe('the registry', () => {
  it('registers every provider file, and each provider has completion pages and near-misses', () => {
    const files = readdirSync(join(import.meta.dirname, '../../lib/detect/providers')).map((f) =>
      f.replace(/\.ts$/, ''),
    );
    expect(PROVIDERS.map((p) => p.id).sort()).toEqual(files.sort());
    for (const provider of PROVIDERS) {
      expect(PROVIDER_IDS).toContain(provider.id);
      const own = fixtures.filter((f) => f.provider === provider.id);
      expect(own.filter((f) => f.expected.detected).length, `${provider.id} completion pages`).toBeGreaterThanOrEqual(
        2,
      );
      expect(
        own.filter((f) => !f.expected.detected && !f.rendersByScript).length,
        `${provider.id} near-misses`,
      ).toBeGreaterThanOrEqual(2);
    }
    expect(readdirSync(FIXTURES).sort()).toEqual(PROVIDERS.map((p) => p.id).sort());
  });

  // Certificate and badge platforms claim only their own certificate URL shapes (lib/detect/credential-page.ts);
  // the CE providers' sites are identified by the name the page gives its site.
  const URL_SHAPED = new Set(['coursera', 'udemy', 'edx', 'linkedin-learning', 'credly', 'accredible']);

  it('claims a completion page only while the page names its own site (what keeps the matrix below from claiming)', () => {
    for (const fixture of fixtures.filter((f) => f.expected.detected && !URL_SHAPED.has(f.provider))) {
      const page = parseHtml(fixture.html, fixture.url);
      const provider = PROVIDERS.find((p) => p.id === fixture.provider)!;
      expect(
        provider.detect(page.document, new URL(fixture.url)),
        `${fixture.provider}/${fixture.name}`,
      ).not.toBeNull();
      for (const el of page.document.querySelectorAll(
        'title, meta[property^="og:"], link[rel="canonical"], footer, [role="contentinfo"]',
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
  });
});

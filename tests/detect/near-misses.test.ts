import { describe, expect, it } from 'vitest';
import { parseHtml } from '../support/parse-html';
import { PROVIDERS } from '../../lib/detect/registry';
import { providerFixtures } from '../support/helpers';

const fixtures = providerFixtures();

/**
 * A near-miss must be refused for what it says, not only for where it lives: each provider's detector
 * runs on its own near-miss pages as if they were served at each of its completion pages' URLs.
 */
describe('near-misses at a completion URL', () => {
  for (const provider of PROVIDERS) {
    const completionUrls = [
      ...new Set(fixtures.filter((f) => f.provider === provider.id && f.expected.detected).map((f) => f.url)),
    ];
    const nearMisses = fixtures.filter((f) => f.provider === provider.id && !f.expected.detected);
    it.each(nearMisses.map((f) => [`${provider.id}/${f.name}`, f] as const))('%s', (_, fixture) => {
      const page = parseHtml(fixture.html, fixture.url);
      try {
        for (const url of completionUrls) expect(provider.detect(page.document, new URL(url)), url).toBeNull();
      } finally {
        page.close();
      }
    });
  }
});

import { CE_NEAR_MISSES, ceNearMissPage } from './ce-near-misses';
import { CE_SITES, ceCompletionPage } from './ce-sites';
import type { GeneratedPage } from './page';
import { PLATFORM_IDS, platformCompletionPage, platformNearMissPage } from './platforms';
import { Random } from './random';

export type { GeneratedPage, Truth } from './page';

/** The share of pages that are completions; the rest are near-misses built from the same parts. */
const COMPLETION_SHARE = 0.7;
/** Every provider: the CE sites and the platforms, equally often. */
const PROVIDERS = [...CE_SITES.map((site) => site.id), ...PLATFORM_IDS];

/** The page of one seed, always the same: composed from independent parts, with its ground truth. */
export function generatePage(seed: number): GeneratedPage {
  const random = new Random(seed);
  const provider = random.pick(PROVIDERS);
  const completion = random.chance(COMPLETION_SHARE);
  const site = CE_SITES.find((s) => s.id === provider);
  if (site)
    return completion
      ? ceCompletionPage(random, site, seed)
      : ceNearMissPage(random, site, random.pick(CE_NEAR_MISSES), seed);
  const platform = PLATFORM_IDS.find((id) => id === provider)!;
  return completion ? platformCompletionPage(random, platform, seed) : platformNearMissPage(random, platform, seed);
}

/** The seeds of a run: 1..count, so that a page's seed alone rebuilds it. */
export function runSeeds(count: number, first = 1): number[] {
  return Array.from({ length: count }, (_, i) => first + i);
}

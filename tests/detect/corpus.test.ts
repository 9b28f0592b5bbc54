import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { providerForUrl } from '../../lib/detect/registry';
import { CE_NEAR_MISSES } from '../support/corpus/ce-near-misses';
import { BODIES } from '../support/corpus/credits';
import { DATE_FORMAT_NAMES } from '../support/corpus/dates';
import { generatePage, runSeeds, type GeneratedPage } from '../support/corpus/generate';
import { PLATFORM_IDS } from '../support/corpus/platforms';
import { detectAsCli, detectFast, cliView, runSeedList } from '../support/corpus/run';
import { sameCredits, sameTitle, scorePage, summarize } from '../support/corpus/score';
import { esc } from '../support/corpus/vocabulary';

/**
 * The generated corpus (tests/support/corpus): its pages are reproducible, fair (a person reads each
 * completion without doubt: the provider's own URL, the title on the page), varied (every part appears),
 * and today's detection is held to its floor. `npm run accuracy` runs 5,000 pages; this runs the first 400.
 */
const PAGES = 400;
/**
 * Measured on seeds 1-400 (2026-12-02), after the corpus was widened (eight more phrasings, the name above the
 * sentence or in capitals, og:title with chrome or none, a body's name on the row above its amount, four more
 * date shapes, edx.org's own wording, three more near-misses): 271 of 272 completion pages fully right (99.6%),
 * no near-miss detected (44.5% when the corpus was added). Raise the floor as detection improves; never lower it
 * to pass.
 */
const FLOOR_FULLY_RIGHT = 0.995;
const FLOOR_FALSE_POSITIVES = 0;

const pages: GeneratedPage[] = runSeeds(PAGES).map(generatePage);
const completions = pages.filter((p) => p.truth.detected);
/** Variety is checked over more pages than are detected: generating is cheap. */
const parts = new Set(runSeeds(2000).flatMap((seed) => generatePage(seed).parts));

describe('the generated corpus', () => {
  it('rebuilds the same page from the same seed, and a different one from another', () => {
    expect(generatePage(17)).toEqual(generatePage(17));
    expect(generatePage(17).html).not.toBe(generatePage(18).html);
  });

  it("puts every completion at a URL of its provider's certificate pages", () => {
    const wrong = completions.filter((p) => providerForUrl(new URL(p.url))?.id !== p.truth.provider);
    expect(wrong.map((p) => `${p.seed} ${p.url}`)).toEqual([]);
  });

  it('names the title on the page (in its text, or in its tab title for og:title-only pages)', () => {
    // In any case: a certificate may print the name in capitals.
    const missing = completions.filter((p) => !p.html.toLowerCase().includes(esc(p.truth.title!).toLowerCase()));
    expect(missing.map((p) => p.seed)).toEqual([]);
  });

  it('shows on every completion page the date and course code its truth claims, in the text a person reads', () => {
    const parser = new DOMParser();
    const unshown = completions.flatMap((p) => {
      const doc = parser.parseFromString(p.html, 'text/html');
      for (const el of doc.querySelectorAll('script, style, noscript')) el.remove();
      const text = (doc.body.textContent ?? '').replace(/\s+/g, ' ');
      const shown = (s: string) => text.includes(s.replace(/\s+/g, ' '));
      const wrong: string[] = [];
      if (!p.shows || !shown(p.shows.date)) wrong.push(`${p.seed}: date ${p.shows?.date} (${p.truth.completedOn})`);
      if ((p.shows?.code ?? null) !== (p.truth.courseCode ?? null) || (p.shows?.code && !shown(p.shows.code)))
        wrong.push(`${p.seed}: code ${p.truth.courseCode}`);
      return wrong;
    });
    expect(unshown).toEqual([]);
  });

  it('gives every completion a date, and every CE site certificate a credit', () => {
    expect(completions.every((p) => /^\d{4}-\d{2}-\d{2}$/.test(p.truth.completedOn!))).toBe(true);
    const ceSites = completions.filter((p) => p.parts.some((part) => part.startsWith('site:')));
    expect(ceSites.every((p) => p.truth.credits!.length > 0)).toBe(true);
  });

  it('composes its pages from every part: layouts, title placements, a dozen phrasings, every date shape and body', () => {
    const named = (prefix: string) => [...parts].filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length));
    expect(new Set(named('layout:'))).toEqual(
      new Set(['table', 'definition-list', 'label-spans', 'prose', 'card', 'print', 'transcript-row']),
    );
    expect(new Set(named('title:'))).toEqual(
      new Set(['heading', 'heading-before', 'emphasis', 'plain', 'labelled', 'link', 'og-only']),
    );
    expect(parts).toContain('title-capitals');
    for (const og of ['og:plain', 'og:chrome', 'og:none']) expect(parts, og).toContain(og);
    expect(named('phrasing:').length).toBeGreaterThanOrEqual(12);
    expect(new Set(named('date:'))).toEqual(new Set(DATE_FORMAT_NAMES));
    const bodies = new Set(named('credit:').map((c) => c.split(':')[0]));
    expect(new Set(bodies)).toEqual(new Set(Object.keys(BODIES)));
    for (const kind of CE_NEAR_MISSES) expect(named('near-miss:'), kind).toContain(kind);
    for (const id of PLATFORM_IDS) expect(named('platform:'), id).toContain(id);
  });
});

describe('scoring a detection against the truth', () => {
  const page = completions.find((p) => p.truth.credits!.length > 0)!;
  const right = {
    provider: page.truth.provider,
    activity: {
      title: page.truth.title!,
      completedOn: page.truth.completedOn!,
      courseCode: page.truth.courseCode ?? null,
      credits: page.truth.credits!.map((c) => ({
        kind: 'CEC' as const,
        amount: c.amount,
        unit: 'CEU',
        body: c.body as 'nasm',
        hours: c.hours,
      })),
      sourceUrl: page.url,
      certificateUrl: null,
    },
  };

  it('counts a page fully right only when every field is', () => {
    expect(scorePage(page, right).fullyRight).toBe(true);
    expect(
      scorePage(page, { ...right, activity: { ...right.activity, title: 'Certificate of Completion' } }).fullyRight,
    ).toBe(false);
    expect(
      scorePage(page, { ...right, activity: { ...right.activity, completedOn: '1999-01-01' } }).right.completedOn,
    ).toBe(false);
    expect(scorePage(page, { ...right, provider: 'udemy' }).right.detected).toBe(false);
    expect(scorePage(page, null).fullyRight).toBe(false);
  });

  it('compares titles as a person does, credits by body and hours', () => {
    expect(
      sameTitle('“Youth Exercise: Foundations & Progressions.”', 'youth exercise: foundations & progressions'),
    ).toBe(true);
    expect(sameTitle('AFAA-approved course Youth Exercise', 'Youth Exercise')).toBe(false);
    expect(
      sameCredits(
        [{ body: 'nasm', amount: 0.8, hours: 8 }],
        [{ kind: 'CEC', amount: 80, unit: 'CEU', body: 'nasm', hours: 800 }],
      ),
    ).toBe(false);
    expect(
      sameCredits([{ body: 'nasm', amount: 0.8, hours: 8 }], [{ kind: 'CEU', amount: 0.8, unit: 'CEU', hours: 8 }]),
    ).toBe(false);
  });

  it('counts a detected near-miss as a false positive', () => {
    const miss = pages.find((p) => !p.truth.detected)!;
    expect(summarize([scorePage(miss, right)]).falsePositives).toHaveLength(1);
  });
});

describe('detection on the generated corpus', () => {
  it('reads pages as the detect CLI does (its parser, happy-dom, gives the same detections)', () => {
    const sample = pages.filter((_, i) => i % 40 === 0);
    expect(sample.map((p) => cliView(detectFast(p)))).toEqual(sample.map((p) => cliView(detectAsCli(p))));
  });

  it(`reads at least ${(FLOOR_FULLY_RIGHT * 100).toFixed(1)}% of completion pages fully right, with ${FLOOR_FALSE_POSITIVES} false positives`, () => {
    const report = summarize(runSeedList(runSeeds(PAGES)).map((r) => r.score));
    expect(report.completions.fullyRight / report.completions.pages).toBeGreaterThanOrEqual(FLOOR_FULLY_RIGHT);
    expect(report.falsePositives.map((s) => `${s.seed} ${s.kind}`)).toHaveLength(FLOOR_FALSE_POSITIVES);
  });
});

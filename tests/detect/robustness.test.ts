import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../support/parse-html';
import { PROVIDERS } from '../../lib/detect/registry';
import { activityDraftSchema } from '../../lib/model/schema';
import { providerFixtures } from '../support/helpers';

/** Far above a real page's few milliseconds, far below what runaway backtracking takes. */
const PROMPT_MS = 1000;
const TIMEOUT = { timeout: 120_000 };

const fixtures = providerFixtures();

/**
 * Runs every provider's detector on the page, as if on its own site: none may throw or dawdle,
 * and whatever one finds is a draft the background would accept.
 */
function detectEverywhere(html: string): void {
  const page = parseHtml(html, 'https://www.example.org/page');
  try {
    for (const provider of PROVIDERS) {
      const url = new URL(provider.matches[0].replace('*.', 'www.').replace(/\*$/, 'certificate'));
      const started = performance.now();
      const activity = provider.detect(page.document, url);
      expect(performance.now() - started, provider.id).toBeLessThan(PROMPT_MS);
      if (activity) expect(activityDraftSchema.safeParse({ ...activity, provider: provider.id }).error).toBeUndefined();
    }
  } finally {
    page.close();
  }
}

/** Words, dates, amounts and body names that send the detectors down every path. */
const PHRASES = [
  'Certificate of Completion',
  'This certifies that',
  'has successfully completed',
  'has completed the course',
  'You passed!',
  'Course Complete',
  'Completed on:',
  'Date completed',
  'Issued',
  'Expiration date:',
  'Congratulations!',
  '9/14/2026',
  '2/30/2026',
  'Sept. 3, 2026 at 4:12 PM PDT',
  '2026-09-14T16:12:00Z',
  '14-Nov-2026',
  '9/14/26',
  '0.2 CECs',
  '1.0 NSCA CEUs',
  'NASM: 0.4 CEUs',
  'approved by ASWB ACE for 3 CE hours',
  'ANCC contact hours: 2',
  'PMI PDUs: 1.5',
  '(10 contact hours)',
  '.5',
  '1000000 CEUs',
  'CEUs:',
  'Course #94143',
  'CEP251107',
  'Course:',
  '©',
  '2026',
  'NASM',
  'ACE',
  'PESI',
  'Human Kinetics',
  'MedBridge',
  'NetCE',
  'Aquatic Exercise Association',
  'ISSA',
  'AFAA',
  'ACSM',
  'NSCA',
];
/** What makes a page a near-miss; rarer, so that many generated pages still read as completions. */
const CONTRARY = ['Add to cart', '$149.00', 'did not pass', '45% complete', 'Search results', 'Enrolled on'];
const words = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...PHRASES) },
  { weight: 1, arbitrary: fc.constantFrom(...CONTRARY) },
  { weight: 3, arbitrary: fc.string({ maxLength: 20 }) },
);
const TAGS = [
  'main',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'nav',
  'aside',
  'p',
  'span',
  'h1',
  'h2',
  'h3',
  'table',
  'tr',
  'td',
  'th',
  'dl',
  'dt',
  'dd',
  'li',
  'a',
  'time',
  'strong',
  'script',
  'style',
  'template',
  'input',
  'br',
  'svg',
  'title',
  'meta',
  'link',
];
const ATTRIBUTES = [
  'class="course-title"',
  'class="certificate__recipient-name"',
  'class="recommended-courses"',
  'class="label"',
  'role="main"',
  'role="navigation"',
  'hidden',
  'style="display:none"',
  'aria-hidden="true"',
  'itemscope itemtype="https://schema.org/Course"',
  'itemprop="name"',
  'itemtype="https://schema.org/Person"',
  'href="/certificate.pdf"',
  'href="javascript:alert(1)"',
  'href="http://[::1"',
  `href="https://x.org/certificate/${'a'.repeat(3000)}.pdf"`,
  'rel="canonical" href="https://www.nasm.org/"',
  'property="og:site_name" content="PESI"',
  'value="9/14/2026"',
  'rel="author"',
];

const { node } = fc.letrec<{ node: string; text: string; element: string }>((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, tie('text'), tie('element')),
  text: words,
  element: fc
    .record({
      tag: fc.constantFrom(...TAGS),
      attributes: fc.subarray(ATTRIBUTES, { maxLength: 3 }),
      children: fc.array(tie('node'), { maxLength: 6 }),
      closed: fc.boolean(),
    })
    .map(
      ({ tag, attributes, children, closed }) =>
        `<${[tag, ...attributes].join(' ')}>${children.join('')}${closed ? `</${tag}>` : ''}`,
    ),
}));

/** A page that names one provider's site, so the detectors get past the identity check. */
const tagSoupPage = fc
  .tuple(fc.constantFrom(...PROVIDERS), fc.array(node, { maxLength: 8 }))
  .map(
    ([site, body]) => `<title>Certificate | ${site.name}</title>${body.join('')}<footer>© 2026 ${site.name}</footer>`,
  );

describe('detection never throws and finishes promptly', () => {
  it('finds only drafts the background accepts, even where a page lists more credits than an activity holds', () => {
    const rows = Array.from({ length: 25 }, (_, i) => `<li>Course ${i + 1}: ${(i + 1) / 10} CEUs</li>`).join('');
    for (const site of PROVIDERS)
      detectEverywhere(
        `<title>${site.name}</title><main><h1>Certificate of Completion</h1><p>Completed on 9/14/2026</p><ul>${rows}</ul></main>`,
      );
  });

  it('on arbitrary text as HTML', TIMEOUT, () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), detectEverywhere), { numRuns: 150 });
  });

  it('on real fixture pages cut off at any point', TIMEOUT, () => {
    const truncated = fc
      .tuple(fc.constantFrom(...fixtures), fc.double({ min: 0, max: 1, noNaN: true }))
      .map(([fixture, fraction]) => fixture.html.slice(0, Math.floor(fixture.html.length * fraction)));
    fc.assert(fc.property(truncated, detectEverywhere), { numRuns: 300 });
  });

  it('on real fixture pages with a piece cut out of the middle', TIMEOUT, () => {
    const spliced = fc
      .tuple(fc.constantFrom(...fixtures), fc.nat(), fc.nat({ max: 2000 }))
      .map(([fixture, at, length]) => {
        const start = at % (fixture.html.length + 1);
        return fixture.html.slice(0, start) + fixture.html.slice(start + length);
      });
    fc.assert(fc.property(spliced, detectEverywhere), { numRuns: 200 });
  });

  it('on random tag soup full of certificate words', TIMEOUT, () => {
    // Found by this property once: a certificate link longer than the model keeps.
    const longLink = `<title>NASM</title><main>Certificate of Completion 9/14/2026 <a href="https://x.org/certificate/${'a'.repeat(3000)}.pdf">PMI PDUs: 1.5</a></main>`;
    fc.assert(fc.property(tagSoupPage, detectEverywhere), { numRuns: 300, examples: [[longLink]] });
  });

  it('on long runs of trigger words, dates and amounts (no runaway backtracking)', TIMEOUT, () => {
    const longRun = fc
      .tuple(
        fc.constantFrom(...PROVIDERS),
        fc.array(fc.oneof(words, fc.constantFrom(' ', '\n', '(', ':', '"')), { minLength: 1000, maxLength: 4000 }),
      )
      .map(([site, words]) => `<title>${site.name}</title><main><p>${words.join(' ')}</p></main>`);
    fc.assert(fc.property(longRun, detectEverywhere), { numRuns: 30 });
  });
});

import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CAPTURE_TEXT_LIMIT, capturePage } from '../../lib/detect/generic';
import { completionDate } from '../../lib/detect/dates';
import { findCredits } from '../../lib/detect/credits';

// The text capture's readers are handed, to test that their work is bounded (the readers themselves unchanged).
vi.mock('../../lib/detect/dates', async (load) => {
  const real = await load<typeof import('../../lib/detect/dates')>();
  return { ...real, completionDate: vi.fn(real.completionDate) };
});
vi.mock('../../lib/detect/credits', async (load) => {
  const real = await load<typeof import('../../lib/detect/credits')>();
  return { ...real, findCredits: vi.fn(real.findCredits) };
});
import type { CaptureDraft } from '../../lib/model/schema';
import { parseHtml } from '../support/parse-html';
import { LIMITS } from '../../lib/model/limits';
import { activityDraftSchema, captureDraftSchema } from '../../lib/model/schema';
import { FIXTURES, providerFixtures } from '../support/helpers';

const CAPTURE_FIXTURES = join(import.meta.dirname, '../fixtures/capture');

function capture(html: string, url: string): CaptureDraft {
  const page = parseHtml(html, url);
  try {
    return capturePage(page.document, new URL(url));
  } finally {
    page.close();
  }
}

const fixture = (name: string) => readFileSync(join(CAPTURE_FIXTURES, name), 'utf8');

describe('capturePage', () => {
  it("reads a workshop certificate on a site that is no provider's", () => {
    expect(capture(fixture('workshop-certificate.html'), 'https://www.example-workshops.org/certificate#top')).toEqual({
      title: 'Trauma-Informed Care in Practice',
      completedOn: '2026-03-03',
      credits: [{ kind: 'CEC', amount: 6, unit: 'CE hour', body: 'aswb', hours: 6 }],
      organizer: 'Example Workshops',
      sourceUrl: 'https://www.example-workshops.org/certificate',
      // The javascript: link beside it is never a certificate link.
      certificateUrl:
        'https://www.example-workshops.org/wp-content/uploads/certificates/jordan-alvarez-tic-2026-03-03.pdf',
    });
  });

  it("reads an Accredible credential on its issuer's own domain by Accredible's markup, not the recipient's name", () => {
    const url = 'https://skillsoft.digitalbadges.skillsoft.com/e62a0eab-9c1d-4f2e-8b3a-5d6c7e8f9a0b';
    expect(capture(fixture('accredible-issuer-domain.html'), url)).toEqual({
      title: 'Leading Teams: Fostering Trust',
      completedOn: '2022-03-28',
      credits: [],
      organizer: 'Skillsoft Digital Badges',
      sourceUrl: url,
      certificateUrl: null,
    });
  });

  it('shortens a megabyte-long title as detection does, and says by how much', () => {
    const page = providerFixtures().find((f) => f.name === 'hostile-long-title')!;
    if (!page.expected.detected) throw new Error('the hostile page is a completion page');
    const draft = capture(page.html, page.url);
    expect(draft.title).toBe(page.expected.activity.title);
    expect(draft.shortened).toEqual({ title: 1_048_576 });
    // A page whose title fits says nothing of shortening.
    expect(
      capture(fixture('workshop-certificate.html'), 'https://www.example-workshops.org/certificate'),
    ).not.toHaveProperty('shortened');
  });

  it('reads a page that is no completion, without taking its publication date for one', () => {
    const draft = capture(fixture('blog-post.html'), 'https://blog.trainernotes.example/2026/01/how-many-ceus/');
    expect(draft.title).toBe('How Many CEUs Do You Need to Renew?');
    expect(draft.completedOn).toBeNull();
    expect(draft.organizer).toBe('Trainer Notes');
    expect(draft.certificateUrl).toBeNull();
  });

  it("takes a certifying body's own site as the body of credits stated without one", () => {
    const html = readFileSync(join(FIXTURES, 'ace', 'certificate.html'), 'utf8');
    expect(capture(html, 'https://www.acefitness.org/myace/certificates/CEP251107/')).toEqual({
      title: 'Functional Training for Older Adults',
      completedOn: '2026-09-14',
      credits: [{ kind: 'CEC', amount: 0.2, unit: 'CEC', body: 'ace', hours: 2 }],
      organizer: 'ACE Fitness',
      sourceUrl: 'https://www.acefitness.org/myace/certificates/CEP251107/',
      certificateUrl: 'https://www.acefitness.org/myace/certificates/CEP251107/download.pdf',
    });
  });

  it('names the site by its host when it has no site name, and reads a landing page without a date', () => {
    const html =
      '<html><head><title>Core Stability Workshop</title></head><body><main><h1>Core Stability Workshop</h1><p>Register now: 1.5 CEUs.</p></main></body></html>';
    expect(capture(html, 'https://www.fitcon-events.example/core')).toEqual({
      title: 'Core Stability Workshop',
      completedOn: null,
      credits: [{ kind: 'CEU', amount: 1.5, unit: 'CEU', hours: 15 }],
      organizer: 'fitcon-events.example',
      sourceUrl: 'https://www.fitcon-events.example/core',
      certificateUrl: null,
    });
  });

  it('gives no source URL for a page that is not on the web', () => {
    const draft = capture(
      '<title>Saved certificate</title><p>Completed on 05/06/2026</p>',
      'file:///home/jordan/certificate.html',
    );
    expect(draft).toMatchObject({
      title: 'Saved certificate',
      completedOn: '2026-05-06',
      sourceUrl: null,
      certificateUrl: null,
    });
  });

  it('reads an empty page into an empty draft', () => {
    expect(capture('', 'https://example.org/')).toEqual({
      title: '',
      completedOn: null,
      credits: [],
      organizer: 'example.org',
      sourceUrl: 'https://example.org/',
      certificateUrl: null,
    });
  });

  it('reads no further than its limit into a huge page', () => {
    const filler = '<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>'.repeat(
      Math.ceil((CAPTURE_TEXT_LIMIT * 2) / 56),
    );
    const html = `<html><body><main><h1>Annual Conference Recordings</h1>${filler}<p>Completed on March 3, 2026: 2 contact hours</p></main></body></html>`;
    vi.mocked(completionDate).mockClear();
    vi.mocked(findCredits).mockClear();
    const draft = capture(html, 'https://conference.example/recordings');
    // Bounded work (the time it takes is npm run bench's to measure): the date and credit readers see at most the limit.
    for (const reader of [completionDate, findCredits]) {
      const seen = vi.mocked(reader).mock.calls.map((call) => (call[0] as string).length);
      expect(seen.length).toBeGreaterThan(0);
      expect(Math.max(...seen)).toBeLessThanOrEqual(CAPTURE_TEXT_LIMIT);
    }
    expect(draft.title).toBe('Annual Conference Recordings');
    // The date and credit lie past the limit: the draft leaves them for the user.
    expect(draft.completedOn).toBeNull();
    expect(draft.credits).toEqual([]);
    // Within the limit, the same line is read.
    expect(capture(html.replace(filler, ''), 'https://conference.example/recordings').completedOn).toBe('2026-03-03');
  });

  it('fills the form with what the schema accepts, once a date is known', () => {
    for (const { html, url } of providerFixtures()) {
      const draft = capture(html, url);
      if (!draft.title || !draft.completedOn) continue;
      const parsed = activityDraftSchema.safeParse({ ...draft, courseCode: null });
      expect(parsed.success, `${url}: ${parsed.error?.message}`).toBe(true);
    }
  });

  it('keeps a long site name, a long address and a page of many credits within what the popup accepts', () => {
    const credits = Array.from({ length: 30 }, (_, i) => `<li>Session ${i + 1}: ${i + 1} contact hours</li>`).join('');
    const html = `<html><head><title>Summit Recordings</title><meta property="og:site_name" content="${'Summit '.repeat(80)}"></head><body><main><h1>Summit Recordings</h1><ul>${credits}</ul></main></body></html>`;
    const long = capture(html, `https://summit.example/recordings?${'utm=x&'.repeat(400)}`);
    expect(long.organizer.length).toBeLessThanOrEqual(LIMITS.title);
    expect(long.organizer.startsWith('Summit Summit')).toBe(true);
    expect(long.sourceUrl).toBeNull();
    expect(long.credits.length).toBeGreaterThan(0);
    expect(long.credits.length).toBeLessThanOrEqual(LIMITS.credits);
    expect(captureDraftSchema.safeParse(long).error).toBeUndefined();
    // An address of a length the model keeps stays.
    expect(capture(html, 'https://summit.example/recordings?session=4').sourceUrl).toBe(
      'https://summit.example/recordings?session=4',
    );
  });

  it('never throws on arbitrary and truncated HTML, and gives a draft the popup accepts', () => {
    const pages = providerFixtures().map((f) => f.html);
    const html = fc.oneof(
      fc.string({ maxLength: 2000 }),
      fc
        .tuple(fc.constantFrom(...pages), fc.double({ min: 0, max: 1, noNaN: true }))
        .map(([page, cut]) => page.slice(0, Math.floor(page.length * cut))),
      fc
        .array(
          fc.constantFrom(
            '<main>',
            '</main>',
            '<h1>',
            'Certificate of Completion',
            'Completed on 9/14/2026',
            '0.2 CECs',
            '<a href="javascript:alert(1)">Download certificate</a>',
            '<script>',
            '<table><tr><th>Course</th>',
            '&#0;',
            '\u0000',
          ),
          { maxLength: 60 },
        )
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(
        html,
        fc.constantFrom(
          'https://example.org/a',
          'http://localhost:8080/x?y=1#z',
          'file:///tmp/a.html',
          'data:text/html,x',
        ),
        (page, url) => {
          const draft = capture(page, url);
          expect(draft.title.length).toBeLessThanOrEqual(300);
          expect(draft.certificateUrl === null || /^https?:/.test(draft.certificateUrl)).toBe(true);
          // The popup refuses a draft its schema does not accept: every page's draft must pass.
          expect(captureDraftSchema.safeParse(draft).error).toBeUndefined();
        },
      ),
      { numRuns: 150 },
    );
  });
});

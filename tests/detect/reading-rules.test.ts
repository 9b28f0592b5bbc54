import { describe, expect, it } from 'vitest';
import { detectPage } from '../../lib/detect/registry';
import { parseHtml } from '../support/parse-html';

/**
 * Reading rules shared by every CE site, each on a whole page (header, navigation, footer around the
 * certificate), beside a near-miss of the same shape that must stay undetected.
 */
function page(site: string, main: string, title = 'My Certificates'): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title} | ${site}</title></head><body>
<header class="site-header"><a class="logo" href="/">${site}</a>
<nav><ul><li><a href="/courses">Courses</a></li><li><a href="/certification">Certification</a></li><li><a href="/cart">Cart (0)</a></li></ul></nav></header>
<main id="main">${main}</main>
<footer><p>© 2026 ${site}. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>`;
}

function detect(html: string, url: string) {
  const parsed = parseHtml(html, url);
  try {
    return detectPage(parsed.document, new URL(url));
  } finally {
    parsed.close();
  }
}

describe('the title set above a completion sentence', () => {
  const url = 'https://www.acefitness.org/myace/certificates/3944814';

  it('is read whole when it holds a colon ("ACL Injury Prevention: A Team Approach")', () => {
    const html = page(
      'ACE Fitness',
      `<article><h1>Quiz Results</h1>
<p class="course-heading"><strong>ACL Injury Prevention: A Team Approach</strong></p>
<p>Marcus Allen has completed this course.</p>
<p>Date Completed Saturday, 9 March 2019</p><p>ACE: 0.4 CECs</p><p>Course number: CP500822</p></article>`,
    );
    expect(detect(html, url)?.activity).toMatchObject({
      title: 'ACL Injury Prevention: A Team Approach',
      completedOn: '2019-03-09',
      courseCode: 'CP500822',
      credits: [{ body: 'ace', amount: 0.4, hours: 4 }],
    });
  });

  it("is not a label ending in a colon above the sentence, nor the site's name in the tab title (ACE Fitness on acefitness.org)", () => {
    const html = page(
      'ACE Fitness',
      `<article><h1>Quiz Results</h1><p>Your course:</p>
<p>Marcus Allen has completed this course.</p>
<p>Date Completed Saturday, 9 March 2019</p><p>ACE: 0.4 CECs</p></article>`,
    );
    expect(detect(html, url)).toBeNull();
  });

  it('in a store card of the same shape, is no completion', () => {
    const html = page(
      'ACE Fitness',
      `<article><h1>Course Details</h1>
<p class="course-heading"><strong>ACL Injury Prevention: A Team Approach</strong></p>
<p>Upon completing this course you will earn 0.4 CECs.</p><p>Price: $49.00</p><button>Add to cart</button></article>`,
    );
    expect(detect(html, url)).toBeNull();
  });
});

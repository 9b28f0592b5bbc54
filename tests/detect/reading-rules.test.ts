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

describe("each body's credit statement is its own", () => {
  const url = 'https://www.netce.com/account/certificates/4501952';

  it('a row naming its approver and its own amount, and the next row with another body', () => {
    const html = page(
      'NetCE',
      `<article class="certificate-body"><h1>CERTIFICATE OF ACHIEVEMENT</h1>
<p><span class="recipient-name">Priya Natarajan</span> has successfully finished this course on 19 August, 2023.</p>
<p>Program Shoulder Rehabilitation After Rotator Cuff Repair</p>
<p>Approved by ANCC 15.75 contact hours</p>
<p>Credits 5.5 clock hours (NBCC)</p>
<p class="approval-statement">NetCE has been approved by NBCC as an Approved Continuing Education Provider, ACEP No. 2587.</p></article>`,
    );
    expect(detect(html, url)?.activity.credits).toEqual([
      { kind: 'CEC', amount: 15.75, unit: 'contact hour', body: 'ancc', hours: 15.75 },
      { kind: 'CEC', amount: 5.5, unit: 'clock hour', body: 'nbcc', hours: 5.5 },
    ]);
  });

  it('the hours said to be equivalent are the same credit, not a second one of the site', () => {
    const html = page(
      'AFAA',
      `<div class="certificate"><h1>Well done!</h1>
<p><span class="recipient-name">Emily Chen</span> has completed the course <a href="/courses/resistance-band-training">Resistance Band Training</a>.</p>
<table><tr><th>Completion date</th><td>12/17/2024</td></tr><tr><th>AFAA CEUs</th><td>7.0</td></tr>
<tr><td colspan="2">This course is worth 1.6 NASM CEUs – equivalent to 16 contact hours.</td></tr></table></div>`,
    );
    expect(detect(html, 'https://www.afaa.com/courses/resistance-band-training/complete')?.activity.credits).toEqual([
      { kind: 'CEC', amount: 7, unit: 'CEU', body: 'afaa', hours: 7 },
      { kind: 'CEC', amount: 1.6, unit: 'CEU', body: 'nasm', hours: 16 },
    ]);
  });

  it("a credential after the learner's name (NASM-CPT) is not the approver: the page's approval statement is", () => {
    const main = (lead: string) => `<section><h1>Congratulations!</h1>
<h2 class="course">Documentation for Occupational Therapy</h2>
<p>${lead}</p>
<dl><dt>Date completed</dt><dd>OCTOBER 27, 2026</dd><dt>Credits</dt><dd>This program is eligible for a maximum of 5.50 Category A CEUs.</dd></dl>
<p class="approval-statement">NetCE is a BOC Approved Provider (P7315).</p></section>`;
    const html = page(
      'NetCE',
      main(
        'Certificate of Attendance: <span class="recipient-name">Kwame Mensah, NASM-CPT</span> attended and completed this program.',
      ),
    );
    expect(detect(html, url)?.activity.credits).toEqual([
      { kind: 'CEC', amount: 5.5, unit: 'CEU', body: 'boc', hours: 5.5 },
    ]);
    // The same card where the course is still to be taken is no completion.
    const unfinished = page('NetCE', main('Kwame Mensah, NASM-CPT, has enrolled in this program. Take Test'));
    expect(detect(unfinished, url)).toBeNull();
  });

  it('in a catalog entry stating the same credits, is no completion', () => {
    const html = page(
      'NetCE',
      `<article><h1>Shoulder Rehabilitation After Rotator Cuff Repair</h1>
<p>Approved by ANCC 15.75 contact hours</p><p>Credits 5.5 clock hours (NBCC)</p>
<p>Price $49.00</p><button>Add to cart</button></article>`,
    );
    expect(detect(html, url)).toBeNull();
  });
});

describe('an LMS course page with its progress', () => {
  const url = 'https://learn.aeawave.com/courses/deep-water-interval-training/';
  const course = (progress: string) =>
    page(
      'AEA Online Learning',
      `<article><h1>Deep Water Interval Training</h1><p>Current Status</p><p>${progress}</p>
<p>Last activity on November 12, 2026 4:10 pm</p><p>Approved for 4 AEA CECs.</p><a href="/certificate/?course_id=2231">Download Certificate</a></article>`,
      'Deep Water Interval Training',
    );

  it('at 100% complete, or every step of six completed, is a completion', () => {
    for (const progress of ['Complete · 100% Complete', 'Complete · Completed 6 of 6 steps'])
      expect(detect(course(progress), url)?.activity).toMatchObject({
        title: 'Deep Water Interval Training',
        completedOn: '2026-11-12',
        credits: [{ amount: 4, unit: 'CEC', body: 'aea' }],
      });
  });

  it('at 67% complete, or 4 of 6 steps completed, is unfinished', () => {
    for (const progress of ['Complete the quiz · 67% Complete', 'Status: Complete · Completed 4 of 6 steps'])
      expect(detect(course(progress), url)).toBeNull();
  });
});

describe("a print certificate without the site's header or footer", () => {
  const url = 'https://www.acefitness.org/myace/certificates/print/?course=CEP260311';
  const print = (logoAlt: string) => `<!DOCTYPE html><html lang="en"><head><title>Certificate</title></head><body>
<div class="frame"><img src="/assets/img/ace-logo-print.png" alt="${logoAlt}"><div>Certificate of Completion</div>
<div>This is to certify that</div><div>Marisol Ortega</div><div>has completed</div><div>Mobility and Flexibility for Active Aging</div>
<p>Date Completed: 10/27/2026</p><p>Continuing Education Credits: 0.3 CECs</p></div></body></html>`;

  it("is the site's own when its logo's alt names the site", () => {
    expect(detect(print('American Council on Exercise'), url)?.activity).toMatchObject({
      title: 'Mobility and Flexibility for Active Aging',
      credits: [{ amount: 0.3, unit: 'CEC', body: 'ace' }],
    });
  });

  it("is not the site's when the logo names another", () => {
    expect(detect(print('Northwind Fitness Academy'), url)).toBeNull();
  });
});

describe('a completion said with a contraction', () => {
  const url = 'https://www.medbridge.com/my-learning/courses/vestibular-rehabilitation/complete';
  const panel = (sentence: string) =>
    page(
      'MedBridge',
      `<section><h2>Nice work, Avery!</h2><p>${sentence}</p>
<ul><li>Completed Nov 18, 2026</li><li>2.5 contact hours</li></ul><a href="/certificates/9981235/download">Download certificate</a></section>`,
      'Course Complete',
    );

  it('"You\'ve completed <strong>…</strong>." is a completion, named by its emphasis', () => {
    expect(
      detect(panel("You've completed <strong>Vestibular Rehabilitation: Evidence-Based Assessment</strong>."), url)
        ?.activity,
    ).toMatchObject({ title: 'Vestibular Rehabilitation: Evidence-Based Assessment', completedOn: '2026-11-18' });
  });

  it('"When you\'ve completed …, you\'ll …" and "After you have completed …" are promises', () => {
    for (const sentence of [
      "When you've completed <strong>Vestibular Rehabilitation</strong>, download your certificate here.",
      'After you have completed <strong>Vestibular Rehabilitation</strong> the exam opens.',
    ])
      expect(detect(panel(sentence).replace(/Completed Nov 18, 2026/, 'Available Nov 18, 2026'), url)).toBeNull();
  });
});

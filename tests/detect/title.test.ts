import { describe, expect, it } from 'vitest';
import { courseTitle, namesSite } from '../../lib/detect/completion';
import { contentText } from '../../lib/detect/text';

function titleOf(body: string, head = '<title>Certificate | NASM</title>'): string {
  const doc = new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html');
  return courseTitle(doc, contentText(doc), 'NASM');
}

describe("courseTitle is the course's own name", () => {
  it('not the certificate heading nor the learner named in a heading', () => {
    const body = `<main><h1>Certificate of Completion</h1><h2 class="recipient-name">Taylor Brooks</h2><p>is recognised for</p><h2>Corrective Exercise for Runners</h2></main>`;
    expect(titleOf(body)).toBe('Corrective Exercise for Runners');
  });

  it('not a person marked up with schema.org, but a course', () => {
    const body = `<main><div itemscope itemtype="https://schema.org/Person"><span itemprop="name">Taylor Brooks</span></div>
      <div itemscope itemtype="https://schema.org/Course"><h2 itemprop="name">Foam Rolling Fundamentals</h2></div></main>`;
    expect(titleOf(body)).toBe('Foam Rolling Fundamentals');
  });

  it('not the sentence around it, even when the title says "in" or "with"', () => {
    expect(
      titleOf(
        '<main><h1>Congratulations!</h1><p>You have successfully completed Training in Water with Bands on April 22, 2026 and earned 0.2 CEUs.</p></main>',
      ),
    ).toBe('Training in Water with Bands');
    expect(
      titleOf(
        '<main><p>This certifies that Dana Ruiz has successfully completed "Motivational Interviewing for Clinicians" on March 2, 2026.</p></main>',
      ),
    ).toBe('Motivational Interviewing for Clinicians');
    expect(titleOf('<main><p>You passed the Volume 48 Issue 1 CEU Quiz with a score of 80%.</p></main>')).toBe(
      'Volume 48 Issue 1 CEU Quiz',
    );
  });

  it('a labelled value, in a table, a definition list or a line of text', () => {
    expect(
      titleOf(
        '<main><table><tr><th>Course Title</th><td>Alzheimer Disease and Related Dementias</td></tr></table></main>',
      ),
    ).toBe('Alzheimer Disease and Related Dementias');
    expect(titleOf('<main><dl><dt>Program title</dt><dd>Trauma-Focused CBT</dd></dl></main>')).toBe(
      'Trauma-Focused CBT',
    );
    expect(
      titleOf('<main><h1>Course Complete</h1><p><strong>Course:</strong> Group Exercise Leadership</p></main>'),
    ).toBe('Group Exercise Leadership');
  });

  it("not the site's chrome: the page title loses its site name and its certificate prefix", () => {
    expect(
      titleOf(
        '<main><h1>Certificate of Completion</h1></main>',
        '<title>Certificate - Sports Nutrition Essentials | NASM</title>',
      ),
    ).toBe('Sports Nutrition Essentials');
    expect(titleOf('<main><h1>Certificate of Completion</h1><h2>Course-Based Coaching</h2></main>')).toBe(
      'Course-Based Coaching',
    );
    expect(
      titleOf(
        '<header><h1>NASM Blog</h1></header><main><h1>Certificate of Completion</h1><h2>Youth Exercise</h2></main>',
      ),
    ).toBe('Youth Exercise');
  });
});

describe('namesSite', () => {
  const page = (head: string, footer: string) =>
    new DOMParser().parseFromString(
      `<html><head>${head}</head><body><main>Approved by NASM and ACE</main><footer><a href="/privacy">Privacy</a><p>${footer}</p></footer></body></html>`,
      'text/html',
    );

  it("reads where a page names its own site, not its content's mentions of other sites", () => {
    const doc = page(
      '<title>Certificate</title><meta property="og:site_name" content="Human Kinetics">',
      '© 2026 Human Kinetics, Inc.',
    );
    expect(namesSite(doc, /\bHuman Kinetics\b/i)).toBe(true);
    expect(namesSite(doc, /\b(NASM|ACE)\b/)).toBe(false);
  });

  it('finds the site in the canonical address or, last, in the copyright line', () => {
    expect(
      namesSite(page('<link rel="canonical" href="https://ce.humankinetics.com/c/1">', ''), /\bhumankinetics\.com\b/i),
    ).toBe(true);
    expect(namesSite(page('<title>Certificate</title>', '© 2026 Human Kinetics, Inc.'), /\bHuman Kinetics\b/i)).toBe(
      true,
    );
    expect(namesSite(page('<title>Certificate</title>', 'Human Kinetics newsletter'), /\bHuman Kinetics\b/i)).toBe(
      false,
    );
  });
});

describe('a sentence about the quiz', () => {
  it('does not make "final quiz" the course title', () => {
    const doc = new DOMParser().parseFromString(
      '<main><h1>Functional Training for Older Adults</h1><p>Once you have successfully completed the final quiz, you earn 0.2 CECs.</p></main>',
      'text/html',
    );
    expect(
      courseTitle(
        doc,
        'Functional Training for Older Adults\nOnce you have successfully completed the final quiz, you earn 0.2 CECs.',
      ),
    ).toBe('Functional Training for Older Adults');
  });
});

describe('courseTitle refuses what a person would not take for the course', () => {
  it('the learner named in bold in "certifies that … passed", not the course set below it', () => {
    const body = `<main><h1>Certificate of Completion</h1><p>Human Kinetics certifies that <strong>Samuel Ortiz</strong> passed the exam for</p>
      <h2>Strength Training for Seniors Online CE Course</h2><p>January 30, 2026</p></main>`;
    expect(titleOf(body)).toBe('Strength Training for Seniors Online CE Course');
  });

  it('a status line\'s outcome ("Status: Passed (score 9/10)") and "this self-test" name no course: the heading above does', () => {
    const body = `<main><h1>Self-Test Results</h1><h2>Heat Illness Prevention in Youth Sports</h2>
      <p><strong>Status:</strong> Passed (score 9/10)</p>
      <p>Congratulations, you have passed this self-test and earned <strong>1 CEC</strong>.</p></main>`;
    expect(titleOf(body)).toBe('Heat Illness Prevention in Youth Sports');
  });

  it('the course\'s number after its name is not part of it ("Kettlebell Foundations (CEP250934)")', () => {
    const body = `<main><h1>You passed!</h1><p>You passed the quiz for <strong>Kettlebell Foundations (CEP250934)</strong> on November 14, 2026.</p></main>`;
    expect(titleOf(body)).toBe('Kettlebell Foundations');
    expect(titleOf(body.replace('CEP250934', 'Part 2'))).toBe('Kettlebell Foundations (Part 2)');
  });

  it('a portal greeting its learner ("Welcome back, Derek Lin"): the document title names the course', () => {
    const body = `<main><p>Welcome back, Derek Lin</p><p>You passed the quiz on February 18, 2026.</p><p>Your score: 88%</p></main>`;
    expect(titleOf(body, '<title>Functional Training for Older Adults – Quiz Results | NASM</title>')).toBe(
      'Functional Training for Older Adults',
    );
  });

  it("the site's name beside its certificate heading, but the name after a course number and a dash", () => {
    const body = `<main><h1>CERTIFICATE OF COMPLETION</h1><p>Course #97210 — <i>Sepsis Recognition and Early Management</i></p>
      <p>has been successfully completed on 01/22/2026.</p></main>`;
    expect(titleOf(body, '<title>NASM Certificate of Completion</title>')).toBe(
      'Sepsis Recognition and Early Management',
    );
    expect(
      titleOf(
        '<main><h1>Certificate of Completion</h1><p>Completed on 01/22/2026.</p></main>',
        '<title>NASM Certificate of Completion</title>',
      ),
    ).toBe('');
  });
});

describe('a label beside its value, read as a person reads a table', () => {
  it('is no label before a lowercase word nor before a numbered part ("Course evaluation", "Module 1–4 videos")', () => {
    const body = `<main><p>Status: Complete</p><table><tr><th>Criteria</th><th>Completion date</th></tr>
      <tr><td>Module 1–4 videos</td><td>10 November 2026</td></tr><tr><td>Course evaluation</td><td>10 November 2026</td></tr></table></main>`;
    expect(titleOf(body, '<title>Course completion status: Exercise Is Medicine for Diabetes | NASM</title>')).toBe(
      'Exercise Is Medicine for Diabetes',
    );
  });

  it('is no label before a section heading ("Course Content", "Course Description")', () => {
    const body = `<main><p>You have completed this course on 12 November 2026.</p><h2>Course Content</h2><h2>Course Description</h2></main>`;
    expect(titleOf(body, '<title>Deep Water Interval Training – NASM</title>')).toBe('Deep Water Interval Training');
  });
});

describe("a table's column headings", () => {
  it('are no title, though they stand on the line after the completion sentence', () => {
    const body = `<main><h2>Essentials of Strength Training</h2><p><strong>Congratulations, you passed!</strong></p>
      <table><tr><th>Organization</th><th>Credits</th></tr><tr><td>NSCA</td><td>2.0 CEUs</td></tr></table></main>`;
    expect(titleOf(body, '<title>Exam Results</title>')).toBe('Essentials of Strength Training');
  });
});

import type { ProviderId } from '../../../lib/model/provider-ids';
import { cookieBanner, siteFooter, siteHeader, siteScripts, type SiteLook } from './chrome';
import {
  BODIES,
  approvalSentence,
  creditText,
  expectedCredit,
  randomAmount,
  type CreditText,
  type ExpectedCredit,
} from './credits';
import { DATE_FORMATS, DATE_FORMAT_NAMES, iso, later, randomDay, type Day } from './dates';
import { documentHtml, type GeneratedPage, type Shell } from './page';
import type { Random } from './random';
import { FITNESS_COURSES, HEALTH_COURSES, POSTNOMINALS, SIGNERS, esc, learner, slug } from './vocabulary';

/**
 * The CE providers' sites. No real certificate text is public for any of them (public scrapers, verifiers and help pages show none), so their
 * completion pages are composed from what certificates everywhere show, in each site's own words for its
 * credits: the body's approval, its unit and scale, its course numbers.
 */
export interface CeSite extends SiteLook {
  id: ProviderId;
  hosts: readonly string[];
  /** The body whose own site this is: its credits may be stated without naming it. */
  ownBody?: string;
  /** The bodies whose credits the site's certificates carry, the own body first. */
  bodies: readonly string[];
  courses: readonly string[];
  paths: readonly string[];
  /** A course number the site prints, and how. */
  code?: (random: Random) => { code: string; line: string; pair: [string, string] };
}

const FITNESS_NAV = ['Certifications', 'Continuing Education', 'Earn CEUs', 'Recertify', 'Resources', 'Blog'];
const HEALTH_NAV = ['Courses', 'Live Webinars', 'Certificates', 'Pricing', 'For Teams', 'Help'];

export const CE_SITES: readonly CeSite[] = [
  {
    id: 'nasm',
    name: 'NASM',
    legalName: 'National Academy of Sports Medicine',
    host: 'www.nasm.org',
    hosts: ['www.nasm.org'],
    ownBody: 'nasm',
    bodies: ['nasm'],
    courses: FITNESS_COURSES,
    nav: FITNESS_NAV,
    paths: [
      '/my-account/certificates/{n}',
      '/customer-portal/certificates/{n}',
      '/continuing-education/course-complete/{slug}',
    ],
  },
  {
    id: 'ace',
    name: 'ACE Fitness',
    legalName: 'American Council on Exercise',
    host: 'www.acefitness.org',
    hosts: ['www.acefitness.org'],
    ownBody: 'ace',
    bodies: ['ace'],
    courses: FITNESS_COURSES,
    nav: ['Certifications', 'Continuing Education', 'MyACE', 'Resources', 'Find a Pro'],
    paths: ['/myace/certificates/{code}/', '/continuing-education/quiz-results/{n}', '/myace/my-cecs/{n}'],
    code: (r) => {
      const code = `${r.pick(['CEP', 'CP', 'CA', 'CS', 'CL'])}${r.int(10000, 999999)}`;
      return r.pick([
        { code, line: `ACE Course #: ${code}`, pair: ['ACE Course Number', code] as [string, string] },
        { code, line: `Course number: ${code}`, pair: ['Course #', code] as [string, string] },
      ]);
    },
  },
  {
    id: 'acsm',
    name: 'ACSM',
    legalName: 'American College of Sports Medicine',
    host: 'www.acsm.org',
    hosts: ['www.acsm.org', 'certification.acsm.org', 'www.onlinelearning-acsm.org'],
    ownBody: 'acsm',
    bodies: ['acsm'],
    courses: FITNESS_COURSES,
    nav: ['Certification', 'Education', 'ACSM ceOnline', 'Membership', 'Journals'],
    paths: ['/education/ceonline/certificate/{n}', '/my-cec-history/{n}'],
  },
  {
    id: 'nsca',
    name: 'NSCA',
    legalName: 'National Strength and Conditioning Association',
    host: 'www.nsca.com',
    hosts: ['www.nsca.com', 'dxpprod.nsca.com'],
    ownBody: 'nsca',
    bodies: ['nsca'],
    courses: FITNESS_COURSES,
    nav: ['Certification', 'Continuing Education', 'CEU Quizzes', 'Events', 'Store'],
    paths: ['/education/ceu-quizzes/{slug}/results/', '/my-account/ceu-history/{n}'],
  },
  {
    id: 'afaa',
    name: 'AFAA',
    legalName: 'Athletics and Fitness Association of America',
    host: 'www.afaa.com',
    hosts: ['www.afaa.com'],
    ownBody: 'afaa',
    bodies: ['afaa', 'nasm'],
    courses: FITNESS_COURSES,
    nav: ['Certifications', 'Continuing Education', 'eLearning Center', 'Recertify'],
    paths: ['/my-account/elearning/certificate/{n}', '/courses/{slug}/complete'],
  },
  {
    id: 'issa',
    name: 'ISSA',
    legalName: 'International Sports Sciences Association',
    host: 'www.issaonline.com',
    hosts: ['www.issaonline.com'],
    ownBody: 'issa',
    bodies: ['issa'],
    courses: FITNESS_COURSES,
    nav: ['Certifications', 'Specializations', 'Student Portal', 'CEUs', 'Blog'],
    paths: ['/student-portal/courses/{n}/certificate', '/student-portal/certificates/{n}'],
  },
  {
    id: 'aea',
    name: 'AEA',
    legalName: 'Aquatic Exercise Association',
    host: 'www.aeawave.com',
    hosts: ['www.aeawave.com'],
    ownBody: 'aea',
    bodies: ['aea'],
    courses: FITNESS_COURSES,
    nav: ['Certification', 'Continuing Education', 'CEC Tracking', 'Events'],
    paths: ['/Education/Certificate.aspx?id={n}', '/CEC/CourseComplete.aspx?course={n}'],
  },
  {
    id: 'human-kinetics',
    name: 'Human Kinetics',
    legalName: 'Human Kinetics, Inc.',
    host: 'us.humankinetics.com',
    hosts: ['us.humankinetics.com', 'www.humankinetics.com'],
    bodies: ['nasm', 'ace', 'nsca', 'acsm', 'boc', 'aota', 'ncbtmb'],
    courses: FITNESS_COURSES,
    nav: ['Books', 'Continuing Education', 'Courses', 'Journals', 'My Account'],
    paths: ['/pages/my-courses/{n}/certificate', '/account/ce/{slug}/certificate'],
  },
  {
    id: 'medbridge',
    name: 'MedBridge',
    legalName: 'MedBridge, Inc.',
    host: 'www.medbridge.com',
    hosts: ['www.medbridge.com', 'www.medbridgeeducation.com'],
    bodies: ['boc', 'aota', 'ancc', 'nbcc', 'iacet'],
    courses: HEALTH_COURSES,
    nav: HEALTH_NAV,
    paths: ['/courses/{slug}/certificate', '/my-account/certificates/{n}'],
  },
  {
    id: 'pesi',
    name: 'PESI',
    legalName: 'PESI, Inc.',
    host: 'www.pesi.com',
    hosts: ['www.pesi.com'],
    bodies: ['aswb', 'nbcc', 'apa', 'ancc', 'aota'],
    courses: HEALTH_COURSES,
    nav: ['Live Seminars', 'Online Courses', 'Certifications', 'My Account'],
    paths: ['/myaccount/certificates/{n}', '/certificate-of-completion/{n}'],
  },
  {
    id: 'netce',
    name: 'NetCE',
    legalName: 'NetCE',
    host: 'www.netce.com',
    hosts: ['www.netce.com'],
    bodies: ['ancc', 'aswb', 'nbcc', 'apa', 'aota', 'boc', 'iacet'],
    courses: HEALTH_COURSES,
    nav: ['Courses', 'Special Offers', 'My Account', 'Transcript', 'State Requirements'],
    paths: ['/certificate.php?course={n}', '/account/certificates/{n}'],
    code: (r) => {
      const code = String(r.int(90000, 99999));
      return r.pick([
        { code, line: `Course #${code}`, pair: ['Course Number', code] as [string, string] },
        { code, line: `Course Number: ${code}`, pair: ['Course #', code] as [string, string] },
      ]);
    },
  },
];

function siteUrl(random: Random, site: CeSite, title: string, code?: string): string {
  const host = random.pick(site.hosts);
  const path = random
    .pick(site.paths)
    .replace('{n}', String(random.int(100000, 9999999)))
    .replace('{slug}', slug(title))
    .replace('{code}', code ?? random.code(8));
  return `https://${host}${path}`;
}

function shellFor(
  random: Random,
  site: CeSite,
  pageTitle: string,
  url: string,
  name: string,
  dates: string[],
  ogTitle?: string,
): Shell {
  const look = { ...site, host: new URL(url).host };
  const cookies = random.chance(0.5) ? cookieBanner(random) : '';
  const meta: Record<string, string> = { description: `${site.name} - ${site.legalName}` };
  if (random.chance(0.7)) meta['og:site_name'] = site.name;
  if (ogTitle) {
    meta['og:title'] = ogTitle;
    if (random.chance(0.5)) meta['twitter:title'] = ogTitle;
  }
  return {
    title: pageTitle,
    meta,
    canonical: random.chance(0.5) ? url : undefined,
    before: `${random.chance(0.5) ? cookies : ''}${siteHeader(random, look, name)}`,
    after: `${siteFooter(random, look)}\n${random.chance(0.5) ? cookies : ''}\n${siteScripts(random, dates)}`,
    main: random.chance(0.8),
    mainAttributes: random.pick(['id="main-content"', 'class="account-page"', 'id="content" role="main"']),
  };
}

/** How a certificate says the course was completed: the sentence around the title, or before it, or without it. */
interface Phrasing {
  id: string;
  /** The sentence with the title in it. */
  inline(name: string, title: string): string;
  /** The sentence that leads to a title on its own line. */
  lead(name: string): string;
  /** The sentence when the title is stated elsewhere. */
  bare(name: string): string;
}

/** A date said at the sentence's end: "… you finished the final quiz on 18 October 2020." */
const withDate = (sentence: string, date: string) =>
  date ? `${sentence.replace(/[.!]$/, '')}${date}${/!$/.test(sentence) ? '!' : '.'}` : sentence;

/** Text in capitals, its markup left alone. */
const upper = (html: string) => html.replace(/(^|>)([^<]*)/g, (_, a: string, b: string) => a + b.toUpperCase());

/** The learner's first name, inside the name's markup if it has some ('<span class="recipient-name">Ana</span>'). */
const firstName = (nameHtml: string) => nameHtml.replace(/(>|^)([^<\s]+)[^<]*/, '$1$2');

const PHRASINGS: readonly Phrasing[] = [
  {
    id: 'certify-successfully-completed',
    inline: (n, t) => `This is to certify that ${n} has successfully completed ${t}`,
    lead: (n) => `This is to certify that ${n} has successfully completed`,
    bare: (n) => `This is to certify that ${n} has successfully completed this course`,
  },
  {
    id: 'has-completed-the-course',
    inline: (n, t) => `${n} has completed the course ${t}`,
    lead: (n) => `${n} has completed the course`,
    bare: (n) => `${n} has completed this course`,
  },
  {
    id: 'congratulations-you-completed',
    inline: (_, t) => `Congratulations! You have completed ${t}.`,
    lead: () => `Congratulations! You have completed the course`,
    bare: () => `Congratulations! You have completed this course.`,
  },
  {
    id: 'passed-final-exam',
    inline: (_, t) => `You passed the final exam for ${t}.`,
    lead: () => `You passed the final exam for`,
    bare: () => `You passed the final exam for this course.`,
  },
  {
    id: 'quiz-passed-score',
    inline: (_, t) => `Quiz passed! You scored 90% on the post-test for ${t}.`,
    lead: () => `Quiz passed! You scored 90% on the post-test for`,
    bare: () => `Quiz passed! You scored 90% on the post-test.`,
  },
  {
    id: 'you-completed',
    inline: (_, t) => `You completed ${t}`,
    lead: () => `You completed`,
    bare: () => `You completed this course`,
  },
  {
    id: 'awarded-for-successful-completion',
    inline: (n, t) => `This certificate is awarded to ${n} for the successful completion of ${t}`,
    lead: (n) => `This certificate is awarded to ${n} for the successful completion of`,
    bare: (n) => `This certificate is awarded to ${n} for the successful completion of this course`,
  },
  {
    id: 'satisfactorily-completed-requirements',
    inline: (n, t) => `This certifies that ${n} has satisfactorily completed the requirements of ${t}`,
    lead: (n) => `This certifies that ${n} has satisfactorily completed the requirements of`,
    bare: (n) => `This certifies that ${n} has satisfactorily completed the requirements of this course`,
  },
  {
    id: 'attended-and-completed',
    inline: (n, t) => `Certificate of Attendance: ${n} attended and completed ${t}`,
    lead: (n) => `Certificate of Attendance: ${n} attended and completed`,
    bare: (n) => `Certificate of Attendance: ${n} attended and completed this program`,
  },
  {
    id: 'course-complete-you-finished',
    inline: (n, t) => `Course complete! ${firstName(n)}, you finished ${t}.`,
    lead: (n) => `Course complete! ${firstName(n)}, you finished`,
    bare: (n) => `Course complete! ${firstName(n)}, you finished every lesson and the final quiz.`,
  },
  {
    id: 'earned-by-completing',
    inline: (n, t) => `${n} earned this certificate by completing ${t}`,
    lead: (n) => `${n} earned this certificate by completing`,
    bare: (n) => `${n} earned this certificate by completing the course and its exam`,
  },
  {
    id: 'passed-post-test',
    inline: (n, t) => `${n} successfully passed the post-test for ${t}`,
    lead: (n) => `${n} successfully passed the post-test for`,
    bare: (n) => `${n} successfully passed the post-test for this course`,
  },
  {
    id: 'hereby-granted',
    inline: (n, t) => `This Certificate of Completion is hereby granted to ${n} for completing ${t}`,
    lead: (n) => `This Certificate of Completion is hereby granted to ${n} for completing`,
    bare: (n) => `This Certificate of Completion is hereby granted to ${n}`,
  },
  {
    id: 'hereby-awarded-recognition',
    inline: (n, t) => `This certificate is hereby awarded to ${n} in recognition of the successful completion of ${t}`,
    lead: (n) => `This certificate is hereby awarded to ${n} in recognition of the successful completion of`,
    bare: (n) => `This certificate is hereby awarded to ${n} in recognition of successful completion of this program`,
  },
  {
    id: 'presented-for-completing',
    inline: (n, t) => `Presented to ${n} for completing ${t}`,
    lead: (n) => `Presented to ${n} for completing`,
    bare: (n) => `Presented to ${n} for completing all course requirements`,
  },
  {
    id: 'youve-successfully-completed',
    inline: (_, t) => `You've successfully completed ${t}!`,
    lead: () => `You've successfully completed`,
    bare: () => `You've successfully completed this course!`,
  },
  {
    id: 'thank-you-for-completing',
    inline: (_, t) => `Thank you for completing ${t}.`,
    lead: () => `Thank you for completing`,
    bare: () => `Thank you for completing this course. Your certificate is ready.`,
  },
  {
    id: 'completed-plain',
    inline: (n, t) => `${n} completed ${t}`,
    lead: (n) => `${n} completed`,
    bare: (n) => `${n} completed this course`,
  },
  {
    id: 'congratulations-on-completing',
    inline: (_, t) => `Congratulations on completing ${t}!`,
    lead: () => `Congratulations on completing`,
    bare: () => `Congratulations on completing your course!`,
  },
  {
    id: 'well-done-passed',
    inline: (_, t) => `Well done! You passed ${t} with a score of 88%.`,
    lead: () => `Well done! You passed the assessment for`,
    bare: () => `Well done! You passed the final assessment with a score of 88%.`,
  },
  {
    id: 'capitals-certify',
    inline: (n, t) => `THIS IS TO CERTIFY THAT ${upper(n)} HAS SUCCESSFULLY COMPLETED ${t}`,
    lead: (n) => `THIS IS TO CERTIFY THAT ${upper(n)} HAS SUCCESSFULLY COMPLETED`,
    bare: (n) => `THIS IS TO CERTIFY THAT ${upper(n)} HAS SUCCESSFULLY COMPLETED THE COURSE`,
  },
  {
    id: 'successfully-finished',
    inline: (n, t) => `${n} has successfully finished ${t}`,
    lead: (n) => `${n} has successfully finished`,
    bare: (n) => `${n} has successfully finished this course`,
  },
];

type TitlePlacement = 'heading' | 'heading-before' | 'emphasis' | 'plain' | 'labelled' | 'link' | 'og-only';
type Layout = 'table' | 'definition-list' | 'label-spans' | 'prose' | 'card' | 'print' | 'transcript-row';

const PAGE_HEADINGS = [
  'Certificate of Completion',
  'Congratulations!',
  'Course Complete',
  'Quiz Results',
  'My Certificates',
  'Certificate',
  'You passed!',
  'CERTIFICATE OF ACHIEVEMENT',
  'Certificate of Attendance',
  'Your Certificate',
  'Course completed',
  'Assessment Passed',
  'Well done!',
];
const DATE_LABELS = [
  'Completed on',
  'Date completed:',
  'Completion date:',
  'Date of completion',
  'Passed on',
  'Date Completed',
  'Completed:',
  'Completion Date',
  'Date Passed',
  'Finished on',
  'Date Earned',
  'Awarded on',
  'Date',
];
const TITLE_LABELS = [
  'Course',
  'Course Title',
  'Program',
  'Course Name',
  'Activity',
  'Title',
  'Course title:',
  'Program Title',
  'Activity Title',
  'Webinar',
  'Workshop',
];

interface Field {
  label: string;
  value: string;
}

/** A completion page of a CE site: the certificate composed from independent parts, and what a person reads off it. */
export function ceCompletionPage(random: Random, site: CeSite, seed: number): GeneratedPage {
  const title = random.pick(site.courses);
  const name = `${learner(random)}${random.pick(POSTNOMINALS)}`;
  const day = randomDay(random);
  const dateFormat = random.pick(DATE_FORMAT_NAMES);
  const dateText = DATE_FORMATS[dateFormat](day, random);
  const layout = random.pick<Layout>([
    'table',
    'definition-list',
    'label-spans',
    'prose',
    'card',
    'print',
    'transcript-row',
  ]);
  // A dashboard card or a transcript row without the course's name is no page a person reads without doubt.
  const placements: TitlePlacement[] = ['heading', 'heading-before', 'emphasis', 'plain', 'labelled', 'link'];
  if (layout !== 'card' && layout !== 'transcript-row') placements.push('og-only');
  const placement = random.pick(placements);
  const phrasing = random.pick(PHRASINGS);
  const parts: string[] = [
    `site:${site.id}`,
    `layout:${layout}`,
    `title:${placement}`,
    `phrasing:${phrasing.id}`,
    `date:${dateFormat}`,
  ];

  // Credits: the own body's, or one to three of the bodies the site's certificates carry.
  const bodies = site.ownBody
    ? random.chance(0.2) && site.bodies.length > 1
      ? site.bodies.slice(0, 2)
      : [site.ownBody]
    : random.sample(site.bodies, random.int(1, Math.min(3, site.bodies.length)));
  const credits: ExpectedCredit[] = [];
  const creditTexts: CreditText[] = [];
  for (const id of bodies) {
    const amount = randomAmount(random, BODIES[id]);
    const credit = expectedCredit(id, amount);
    credits.push(credit);
    const text = creditText(random, credit, id === site.ownBody);
    creditTexts.push(text);
    parts.push(`credit:${text.phrasing}`);
  }
  const approvals = [...new Set(bodies.map((id) => approvalSentence(random, id, site.name)).filter(Boolean))];
  const code = site.code && random.chance(0.75) ? site.code(random) : undefined;
  if (code) parts.push('code');

  const url = siteUrl(random, site, title, code?.code);
  // Some certificates print the course's name in capitals (a person reads the same name).
  const capitals = random.chance(0.12);
  if (capitals) parts.push('title-capitals');
  const titleHtml = capitals ? esc(title.toUpperCase()) : esc(title);
  const inlineTitle =
    placement === 'emphasis'
      ? random.pick([
          `<strong>${titleHtml}</strong>`,
          `<em>${titleHtml}</em>`,
          `<b class="course">${titleHtml}</b>`,
          `“<strong>${titleHtml}</strong>”`,
        ])
      : placement === 'link'
        ? `<a href="/courses/${slug(title)}">${titleHtml}</a>`
        : placement === 'plain'
          ? random.pick([titleHtml, `“${titleHtml}”`, `the course ${titleHtml}`])
          : '';
  const nameHtml = random.chance(0.5) ? `<span class="recipient-name">${esc(name)}</span>` : esc(name);
  const sentenceDate = random.chance(0.3);
  const inlineDate = sentenceDate ? ` on ${esc(dateText)}` : '';
  let sentence: string;
  let titleBlock = '';
  if (placement === 'heading') {
    sentence = `${phrasing.lead(nameHtml)}${random.pick([':', ''])}`;
    titleBlock = random.pick([
      `<h2>${titleHtml}</h2>`,
      `<h3 class="certificate-title">${titleHtml}</h3>`,
      `<p class="course-heading"><strong>${titleHtml}</strong></p>`,
      `<h2 class="course-name">${titleHtml}</h2>`,
    ]);
    // The sentence goes on below the title: "… has completed / <h2>Title</h2> / on March 3, 2026".
    if (sentenceDate)
      titleBlock += `<p class="date-line">${random.pick(['on ', 'Completed ', ''])}${esc(dateText)}</p>`;
  } else if (placement === 'heading-before') {
    // The course's name heads the certificate; the sentence below says it was completed.
    sentence = withDate(phrasing.bare(nameHtml), inlineDate);
    titleBlock = '';
  } else if (placement === 'emphasis' || placement === 'link' || placement === 'plain') {
    sentence = withDate(phrasing.inline(nameHtml, inlineTitle), inlineDate);
  } else {
    sentence = withDate(phrasing.bare(nameHtml), inlineDate);
  }
  if (!/[.!]$/.test(sentence) && !titleBlock) sentence += '.';

  const fields: Field[] = [];
  if (placement === 'labelled') fields.push({ label: random.pick(TITLE_LABELS), value: titleHtml });
  if (placement === 'link' && random.chance(0.3))
    fields.push({ label: 'Course', value: `<a href="/courses/${slug(title)}">${titleHtml}</a>` });
  if (!sentenceDate) fields.push({ label: random.pick(DATE_LABELS), value: esc(dateText) });
  for (const text of creditTexts)
    if (text.rows) for (const [label, value] of text.rows) fields.push({ label, value: esc(value) });
    else
      fields.push(
        random.chance(0.5) ? { label: text.pair[0], value: esc(text.pair[1]) } : { label: '', value: esc(text.line) },
      );
  if (code)
    fields.push(random.chance(0.5) ? { label: code.pair[0], value: code.pair[1] } : { label: '', value: code.line });
  // Dates a certificate shows that are not the completion: expiry, printing, enrolment.
  const trapDates: string[] = [];
  if (random.chance(0.35)) {
    const trap = random.pick([
      ['Recertification due:', later(day, 2)],
      ['Expires:', later(day, 2)],
      ['Valid through', later(day, 1)],
      ['Enrolled:', { ...day, year: day.year - 1, day: Math.min(day.day, 28) }],
      ['Printed', later(day, 1)],
    ] as Array<[string, Day]>);
    const [label, d] = trap;
    const fixed = d;
    trapDates.push(iso(fixed));
    fields.push({ label, value: esc(DATE_FORMATS[random.pick(DATE_FORMAT_NAMES)](fixed, random)) });
    parts.push(`trap-date:${label.replace(/\W+$/, '').toLowerCase()}`);
  }
  if (random.chance(0.4))
    fields.push({
      label: 'Certificate ID:',
      value: `${site.name.split(' ')[0].toUpperCase()}-CE-${random.int(100000, 9999999)}`,
    });

  const heading = random.pick(PAGE_HEADINGS);
  const content = renderLayout(random, layout, {
    heading,
    sentence,
    titleBlock,
    fields,
    approvals,
    name,
    site,
    titleHtml,
    placement,
    dateHtml: esc(dateText),
  });
  const related = random.chance(0.35) ? relatedCourses(random, site) : '';
  if (related) parts.push('related-courses');

  const pageTitle =
    placement === 'og-only' || random.chance(0.3)
      ? random.pick([
          `${title} | Certificate | ${site.name}`,
          `${title} - ${site.name}`,
          `Certificate: ${title} | ${site.name}`,
          `${site.name} | ${title}`,
          `${title} – Certificate of Completion – ${site.name}`,
          `Course Complete: ${title} | ${site.name}`,
        ])
      : random.pick([
          `My Certificates | ${site.name}`,
          `${heading} | ${site.name}`,
          `Certificate of Completion - ${site.name}`,
          `${site.name} | Course Complete`,
        ]);
  // The name in og:title as it is, or with the site's chrome around it, or in the tab's title only.
  const ogTitle =
    placement === 'og-only'
      ? random.pick([
          title,
          title,
          `${title} | ${site.name}`,
          `Certificate of Completion: ${title}`,
          `${title} - Certificate`,
          undefined,
        ])
      : random.chance(0.3)
        ? pageTitle
        : undefined;
  if (placement === 'og-only')
    parts.push(ogTitle === undefined ? 'og:none' : ogTitle === title ? 'og:plain' : 'og:chrome');
  const shell = shellFor(random, site, pageTitle, url, name, trapDates, ogTitle);
  if (!shell.main) parts.push('no-main');
  const html = documentHtml(shell, `${content}\n${related}`);
  return {
    seed,
    url,
    html,
    kind: `completion:${site.id}`,
    parts,
    shows: { date: dateText, ...(code ? { code: code.code } : {}) },
    truth: {
      detected: true,
      provider: site.id,
      title,
      completedOn: iso(day),
      courseCode: code?.code ?? null,
      credits,
    },
  };
}

interface LayoutInput {
  heading: string;
  sentence: string;
  titleBlock: string;
  fields: Field[];
  approvals: string[];
  name: string;
  site: CeSite;
  titleHtml: string;
  placement: TitlePlacement;
  dateHtml: string;
}

const fieldText = (f: Field) => (f.label ? `${esc(f.label)} ${f.value}` : f.value);

function renderLayout(random: Random, layout: Layout, input: LayoutInput): string {
  const { heading, sentence, titleBlock, fields, approvals, site } = input;
  const approvalHtml = approvals.map((a) => `<p class="approval-statement">${esc(a)}</p>`).join('\n');
  const sign = random.chance(0.5) ? `<p class="signature">${esc(random.pick(SIGNERS))}</p>` : '';
  const download = random.pick([
    `<a class="btn" href="/certificates/${random.int(1000, 99999)}/download">Download PDF</a>`,
    `<a href="#" onclick="window.print()">Print certificate</a>`,
    `<button type="button" class="btn-print">Print</button>`,
    '',
  ]);
  const intro =
    input.placement === 'heading-before'
      ? `${random.pick([`<h2 class="course">${input.titleHtml}</h2>`, `<h2>${input.titleHtml}</h2>`, `<p class="course-heading"><strong>${input.titleHtml}</strong></p>`])}\n<p class="lead">${sentence}</p>`
      : `<p class="lead">${sentence}</p>\n${titleBlock}`;
  switch (layout) {
    case 'table':
      return `<div class="certificate"><h1>${esc(heading)}</h1>\n${intro}\n<table class="certificate-details"><tbody>${fields
        .map((f) =>
          f.label
            ? `<tr><th>${esc(f.label.replace(/:$/, ''))}</th><td>${f.value}</td></tr>`
            : `<tr><td colspan="2">${f.value}</td></tr>`,
        )
        .join('')}</tbody></table>\n${approvalHtml}\n${sign}</div>\n${download}`;
    case 'definition-list':
      return `<section class="certificate-panel"><h1>${esc(heading)}</h1>\n${intro}\n<dl class="certificate-meta">${fields
        .map((f) => `<dt>${esc(f.label.replace(/:$/, '')) || 'Credits'}</dt><dd>${f.value}</dd>`)
        .join('')}</dl>\n${approvalHtml}</section>\n${download}`;
    case 'label-spans':
      return `<div class="cert-wrapper"><h1 class="page-title">${esc(heading)}</h1>\n${intro}\n<div class="cert-fields">${fields
        .map(
          (f) =>
            `<div class="cert-field"><span class="cert-label">${esc(f.label.replace(/:$/, ''))}</span> <span class="cert-value">${f.value}</span></div>`,
        )
        .join('\n')}</div>\n${approvalHtml}\n${sign}</div>\n${download}`;
    case 'prose':
      return `<article class="certificate-body"><h1>${esc(heading)}</h1>\n${intro}\n${fields.map((f) => `<p>${fieldText(f)}</p>`).join('\n')}\n${approvalHtml}\n${sign}</article>\n${download}`;
    case 'card':
      return `<div class="dashboard"><h1>${esc(random.pick(['My Certificates', 'Completed Courses', heading]))}</h1><div class="card certificate-card"><div class="card-body">\n${intro}\n<ul class="card-meta">${fields
        .map((f) => `<li>${fieldText(f)}</li>`)
        .join('')}</ul>${download}</div></div>\n${approvalHtml}</div>`;
    case 'print':
      return `<div class="print-certificate" style="text-align:center"><img class="seal" src="/assets/img/seal.png" alt="${esc(site.name)} seal"><p class="eyebrow">${esc(site.legalName)}</p><h1>CERTIFICATE OF COMPLETION</h1>\n${intro}\n<div class="print-details">${fields
        .map((f) => `<p>${fieldText(f)}</p>`)
        .join('')}</div>\n${approvalHtml}\n${sign}</div>`;
    case 'transcript-row': {
      const labelled = (re: RegExp) => fields.find((f) => re.test(f.label))?.value ?? '';
      const credits = fields
        .filter((f) => !re(f.label))
        .map(fieldText)
        .join('<br>');
      // A row without its date has it in its Completed column, unless the sentence above says it.
      const date = labelled(/complet|passed/i) || (sentence.includes(input.dateHtml) ? '' : input.dateHtml);
      const titleCell =
        input.placement === 'labelled' || input.placement === 'og-only' ? input.titleHtml : `${input.titleHtml}`;
      return `<h1>${esc(random.pick(['Transcript', 'My Transcript', 'Course History']))}</h1>\n<p class="lead">${sentence}</p>\n<table class="order-table"><thead><tr><th>Title</th><th>Credits</th><th>Completed</th><th>Certificate</th></tr></thead><tbody><tr><td>${titleCell}</td><td>${credits}</td><td>${date}</td><td><a href="/certificates/${random.int(1000, 99999)}.pdf">Print</a></td></tr></tbody></table>\n${approvalHtml}`;
    }
  }
}

/** Labels of fields that go into a transcript row's own columns. */
const re = (label: string) => /complet|passed|^course$|course title|program|course name|activity|^title$/i.test(label);

function relatedCourses(random: Random, site: CeSite): string {
  const cards = random
    .sample(site.courses, 3)
    .map((t) => {
      const id = site.ownBody ?? random.pick(site.bodies);
      const b = BODIES[id];
      const amount = randomAmount(random, b);
      return `<div class="course-card"><h3>${esc(t)}</h3><p>${amount} ${b.label} ${b.units}</p><a href="/courses/${slug(t)}">Learn more</a></div>`;
    })
    .join('');
  return random.pick([
    `<aside class="related"><h2>You may also like</h2>${cards}</aside>`,
    `<section class="recommended-courses"><h2>Recommended for you</h2>${cards}</section>`,
    `<section class="related-courses"><h2>Related courses</h2>${cards}</section>`,
    `<div class="more-courses"><h2>Keep learning</h2>${cards}</div>`,
  ]);
}

export { shellFor, siteUrl };

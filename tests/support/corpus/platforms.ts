import type { ProviderId } from '../../../lib/model/provider-ids';
import { cookieBanner } from './chrome';
import { amountText, expectedCredit, randomAmount, BODIES, type ExpectedCredit } from './credits';
import { DATE_FORMATS, iso, monthName, pad, randomDay, shortMonth, type Day } from './dates';
import { documentHtml, type GeneratedPage, type Shell, type Truth } from './page';
import type { Random } from './random';
import { INSTRUCTORS, SKILLS, TECH_COURSES, UNIVERSITIES, esc, learner, slug } from './vocabulary';

/**
 * The learning and credential platforms in the markup public evidence documents for each (the platforms' open-source code, scrapers and verifiers written against the live sites, owners' copies of their certificates):
 * Coursera's verify pages and meta tags, Udemy's data-purpose attributes and verification sentence, Open edX's
 * accomplishment markup and edX's program certificates, LinkedIn Learning's web and PDF wording (and Spanish),
 * Credly's two badge-page generations, Accredible's Angular markup and per-issuer og:title.
 */
export const PLATFORM_IDS = ['coursera', 'udemy', 'edx', 'linkedin-learning', 'credly', 'accredible'] as const;
export type PlatformId = (typeof PLATFORM_IDS)[number];

interface Composed {
  url: string;
  shell: Shell;
  content: string;
  truth: Truth;
  parts: string[];
  /** The date as the page writes it. */
  date: string;
}

const longDate = (d: Day) => DATE_FORMATS['month-long'](d, undefined as unknown as Random);

function platformShell(
  random: Random,
  name: string,
  title: string,
  meta: Record<string, string>,
  header: string,
  footer: string,
): Shell {
  return {
    title,
    meta: { 'og:site_name': name, ...meta },
    before: `${random.chance(0.4) ? cookieBanner(random) : ''}${header}`,
    after: `${footer}<script src="/static/js/app.${random.hex(8)}.js"></script>`,
    main: true,
  };
}

function coursera(random: Random): Composed {
  const title = random.pick(TECH_COURSES);
  const [partner] = random.pick(UNIVERSITIES);
  const name = learner(random);
  const day = randomDay(random);
  const specialization = random.chance(0.25);
  const id = random.code(12);
  const url = random.pick([
    `https://www.coursera.org/account/accomplishments/${specialization ? 'specialization' : 'certificate'}/${id}`,
    `https://www.coursera.org/verify/${specialization ? 'specialization/' : ''}${id}`,
    `https://www.coursera.org/share/${random.hex(32)}`,
  ]);
  const hours = random.int(3, 60);
  const statement = specialization
    ? `${esc(name)}'s account is verified. Coursera certifies their successful completion of ${esc(partner)} <strong>${esc(title)}</strong> Specialization.`
    : `${esc(name)}'s account is verified. Coursera certifies their successful completion of <a class="product-link" href="/learn/${slug(title)}">${esc(title)}</a>`;
  const content = `<div class="rc-Certificate"><h2 class="course-name">${esc(title)}</h2><div class="course-details"><p>Completed by ${esc(name)}</p><p>${longDate(day)}</p><span>${specialization ? `Approximately ${random.int(2, 6)} months at 10 hours a week to complete` : `${hours} hours (approximately)`}</span>${random.chance(0.5) ? `<span>Grade Achieved: ${random.int(80, 100)}%</span>` : ''}</div><p class="account-verification-description">${statement}</p><img alt="Certificate" src="https://s3.amazonaws.com/coursera_assets/meta_images/generated/CERTIFICATE_LANDING_PAGE/${id}.jpeg"></div>
<section class="about"><h2>About the course</h2><p>What you'll learn: ${esc(random.pick(SKILLS))} and more. Enroll for free.</p></section>`;
  const header = `<header class="c-ph-header"><a href="/" aria-label="Coursera"><img src="/logo.svg" alt="Coursera"></a><nav aria-label="Main"><a href="/browse">Explore</a> <a href="/degrees">Degrees</a></nav><div class="c-ph-right-nav"><a href="/my-learning">My Learning</a> <span>${esc(name)}</span></div></header>`;
  const footer = `<footer class="rc-PageFooter"><p>© ${day.year + 1} Coursera Inc. All rights reserved.</p></footer>`;
  const og = `Completion Certificate for ${title}`;
  const meta: Record<string, string> = {
    'og:title': og,
    'twitter:title': og,
    'og:description': `This certificate verifies my successful completion of ${partner}'s "${title}" on Coursera`,
  };
  return {
    url,
    shell: platformShell(random, 'Coursera', `${og} | Coursera`, meta, header, footer),
    content,
    truth: {
      detected: true,
      provider: 'coursera',
      title,
      titleAlso: specialization ? [`${title} Specialization`] : undefined,
      completedOn: iso(day),
      courseCode: null,
      credits: [],
    },
    date: longDate(day),
    parts: [
      'platform:coursera',
      specialization ? 'coursera:specialization' : 'coursera:course',
      `url:${url.split('/')[3]}`,
    ],
  };
}

function udemy(random: Random): Composed {
  const title = random.pick(TECH_COURSES);
  const name = learner(random);
  const teacher = random.pick(INSTRUCTORS);
  const day = randomDay(random);
  const legacy = random.chance(0.2);
  const id = legacy ? `UC-${random.code(8)}` : `UC-${random.uuid()}`;
  const url = `https://www.udemy.com/certificate/${id}/`;
  const us = `${pad(day.month)}/${pad(day.day)}/${day.year}`;
  const user = slug(name);
  const content = `<div class="certificate-page--container" data-purpose="certificate-page"><div class="certificate-page--certificate-column"><img data-purpose="certificate-image" src="https://udemy-certificate.s3.amazonaws.com/image/${id}.jpg" alt="Certificate of Completion"><div data-purpose="certificate-details"><p>Certificate no: ${id}</p><p>Certificate url: ude.my/${id}</p><p>Reference Number: ${pad(random.int(1, 99)).padStart(4, '0')}</p></div></div>
<div class="certificate-page--sidebar"><h2>Certificate Recipient:</h2><div data-purpose="certificate-recipient"><a href="/user/${user}/">${esc(name)}</a></div><h2>About the Course:</h2><div class="course-card--container" data-purpose="course-card"><h3 class="course-card--course-title"><a href="/course/${slug(title)}/">${esc(title)}</a></h3><p data-purpose="instructor-list">${esc(teacher)}</p><div data-purpose="course-meta-info"><span>${random.int(2, 40)}.5 total hours</span> <span>Updated ${day.month}/${day.year}</span></div><div data-purpose="course-price-text"><span>Current price</span> <span>$${random.int(15, 130)}.99</span></div><a class="ud-btn" href="/cart/subscribe/course/${random.int(10000, 999999)}/">Buy this course</a></div></div>
<div data-purpose="certificate-description"><p>This certificate above verifies that <a data-purpose="certificate-recipient-url" href="/user/${user}/">${esc(name)}</a> successfully completed the course <a data-purpose="certificate-course-url" href="/course/${slug(title)}/">${esc(title)}</a> on ${us} as taught by <a href="/user/${slug(teacher)}/">${esc(teacher)}</a> on Udemy. The certificate indicates the entire course was completed as validated by the student. The course duration represents the total video hours of the course at time of most recent completion.</p></div></div>`;
  const header = `<header class="ud-header" data-purpose="header"><a href="/" data-purpose="logo"><img src="/logo-udemy.svg" alt="Udemy"></a><nav aria-label="Categories"><button>Explore</button></nav><nav aria-label="Account"><a href="/cart/">Cart</a> <a href="/user/${user}/">${esc(name)}</a></nav></header>`;
  const footer = `<footer class="ud-footer"><p class="copyright">&copy; ${day.year + 1} Udemy, Inc.</p></footer>`;
  const meta: Record<string, string> = random.chance(0.5)
    ? { 'og:title': `${title} - Udemy Certificate of Completion` }
    : {};
  return {
    url,
    shell: platformShell(random, 'Udemy', 'Certificate of Completion | Udemy', meta, header, footer),
    content,
    date: us,
    truth: { detected: true, provider: 'udemy', title, completedOn: iso(day), courseCode: null, credits: [] },
    parts: [
      'platform:udemy',
      legacy ? 'udemy:legacy-id' : 'udemy:uuid',
      meta['og:title'] ? 'udemy:og-title' : 'udemy:no-og',
    ],
  };
}

function edx(random: Random): Composed {
  const [university, org] = random.pick(UNIVERSITIES);
  const title = random.pick(TECH_COURSES);
  const name = learner(random);
  const day = randomDay(random);
  const program = random.chance(0.3);
  const header = `<header class="header-global"><a href="https://www.edx.org"><img src="/logo.svg" alt="edX"></a><nav aria-label="Account"><a href="/dashboard">Dashboard</a> <span>${esc(name)}</span></nav></header>`;
  const footer = `<footer class="footer-app"><p>© ${day.year + 1} edX LLC. All rights reserved.</p></footer>`;
  if (program) {
    // Program certificates give the month and year only: the first of the month is what a person would log.
    const monthOnly = random.chance(0.5);
    const url = `https://credentials.edx.org/credentials/${random.hex(32)}/`;
    const issued = monthOnly ? `${monthName(day.month)} ${day.year}` : longDate(day);
    const content = `<div class="accomplishment"><p class="accomplishment-statement">This is to certify that <span class="accomplishment-recipient">${esc(name)}</span> successfully completed all courses and received passing grades for a Professional Certificate in <span class="accomplishment-program-name">${esc(title)}</span> a program offered by ${esc(university)}, in collaboration with edX.</p><ul class="accomplishment-stamps"><li class="accomplishment-stamp-date">Professional Certificate<br>Issued ${issued}</li><li class="accomplishment-stamp-validity">Valid Certificate ID<br>${random.hex(32)}</li>${random.chance(0.5) ? `<li class="accomplishment-stamp-effort">Effort ${random.int(20, 120)} hours</li>` : ''}</ul></div>`;
    return {
      url,
      shell: platformShell(random, 'edX', `${title} | edX`, {}, header, footer),
      content,
      truth: {
        detected: true,
        provider: 'edx',
        title,
        completedOn: monthOnly ? `${day.year}-${pad(day.month)}-01` : iso(day),
        courseCode: null,
        credits: [],
      },
      date: issued,
      parts: ['platform:edx', monthOnly ? 'edx:program-month-only' : 'edx:program'],
    };
  }
  const number = random.pick([
    'PH125.3x',
    'CS50x',
    'CD0131EN',
    'SKILLS105X',
    `${org.slice(0, 3).toUpperCase()}${random.int(100, 999)}x`,
  ]);
  const url = `https://courses.edx.org/certificates/${random.hex(32)}`;
  const issued = random.chance(0.5) ? longDate(day) : DATE_FORMATS['month-short'](day, random);
  if (random.chance(0.4)) {
    // edx.org's own theme: the course in capitals and quotes, the date at the statement's end (owners' copies).
    const caps = random.chance(0.6);
    const course = caps ? `${number}: ${title}`.toUpperCase() : `${org} ${number}: ${title}`;
    const content = `<div class="certificate-wrapper"><h1 class="hd-1">${random.pick(['Verified Certificate', 'Certificate of Achievement', 'VERIFIED CERTIFICATE OF ACHIEVEMENT'])}</h1><p class="certificate-recipient">${esc(name)}</p><p class="accomplishment-statement">${random.pick(['has', 'has'])} successfully completed and received a passing grade in “${esc(course)}”, a course of study offered by ${esc(org)}, an online learning initiative of ${esc(university)}, ${issued}.</p><p class="certificate-id">Certificate ID: ${random.hex(32)}</p><p>Verify the authenticity of this certificate at https://courses.edx.org/certificates/${random.hex(8)}</p></div>`;
    const shell = platformShell(random, 'edX', `${org} ${number} Certificate | edX`, {}, header, footer);
    return {
      url,
      shell,
      content,
      date: issued,
      truth: {
        detected: true,
        provider: 'edx',
        title,
        titleAlso: [`${number}: ${title}`, `${org} ${number}: ${title}`],
        completedOn: iso(day),
        courseCode: caps ? number.toUpperCase() : number,
        credits: [],
      },
      parts: ['platform:edx', caps ? 'edx:edx-org-capitals' : 'edx:edx-org'],
    };
  }
  const content = `<div class="accomplishment-rendering"><p class="accomplishment-statement-lead"><strong class="accomplishment-recipient">${esc(name)}</strong> <span class="accomplishment-summary">successfully completed and received a passing grade in</span> <span class="accomplishment-course"><span class="accomplishment-course-org">${esc(org)}</span> <span class="accomplishment-course-number">${esc(number)}</span>: <span class="accomplishment-course-name">${esc(title)}</span></span></p><p class="accomplishment-statement-detail">a course of study offered by ${esc(org)}, an online learning initiative of ${esc(university)}.</p><div class="accomplishment-metadata"><dl class="accomplishment-id"><dt>Certificate ID Number:</dt><dd>${random.hex(32)}</dd></dl><dl class="accomplishment-date"><dt>Issued On:</dt><dd>${issued}</dd></dl></div></div>`;
  const shell = platformShell(
    random,
    'edX',
    `${org} ${number} Certificate | edX`,
    { description: `This is a valid edX certificate for ${name}, who participated in ${org} ${number}` },
    header,
    footer,
  );
  shell.bodyClass = 'layout-accomplishment view-valid-accomplishment certificate certificate-verified';
  return {
    url,
    shell,
    content,
    truth: { detected: true, provider: 'edx', title, completedOn: iso(day), courseCode: number, credits: [] },
    date: issued,
    parts: ['platform:edx', 'edx:course'],
  };
}

/** Spanish month abbreviations as LinkedIn Learning prints them. */
const SPANISH_MONTHS = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'];

function linkedin(random: Random): Composed {
  const title = random.pick(TECH_COURSES);
  const name = learner(random);
  const day = randomDay(random);
  const hex = random.hex(64);
  const query = random.pick([
    '',
    `?lipi=urn%3Ali%3Apage%3Ad_flagship3_profile_view_base%3B${random.code(22)}%3D%3D`,
    '?trk=share_certificate',
    `?lipi=urn%3Ali%3Apage%3Ad_flagship3_profile_view_base_certifications_details%3B${random.code(22)}`,
  ]);
  const url = `https://www.linkedin.com/learning/certificates/${hex}${query}`;
  const style = random.weighted([
    ['web', 2],
    ['pdf', 1],
    ['spanish', 1],
  ] as const);
  const credits: ExpectedCredit[] = [];
  let creditBlock = '';
  if (random.chance(0.3)) {
    const amount = randomAmount(random, BODIES.pmi);
    credits.push(expectedCredit('pmi', amount));
    creditBlock = `<div class="certificate-credits"><p>Project Management Institute (PMI)®</p><p>PDUs/ContactHours: ${amount.toFixed(2)}</p><p>Activity #: ${random.code(6)}LIL${random.int(100000, 999999)}</p></div>`;
  } else if (random.chance(0.15)) {
    const amount = randomAmount(random, BODIES.nasba);
    credits.push(expectedCredit('nasba', amount));
    creditBlock = `<div class="certificate-credits"><p>NASBA CPE credits: ${amount.toFixed(1)}</p><p>Delivery Method: QAS Self-Study</p><p>National Registry of CPE Sponsors Number: 138340</p></div>`;
  }
  const duration = `${random.int(1, 7)} hour ${random.int(1, 59)} minutes`;
  let body: string;
  const date =
    style === 'web'
      ? longDate(day)
      : style === 'pdf'
        ? `${shortMonth(day.month)} ${day.day}, ${day.year}`
        : `${SPANISH_MONTHS[day.month - 1]}. ${day.day}, ${day.year}`;
  if (style === 'web')
    body = `<h1 class="certificate-heading">Certificate of Completion</h1><p>Congratulations, <span class="certificate-details__recipient-profile">${esc(name)}</span></p><h2 class="base-search-card__title">${esc(title)}</h2><p>Course completed on ${date} • ${duration}</p><p>By continuing to learn, you have expanded your perspective, sharpened your skills, and made yourself even more in demand.</p>`;
  else if (style === 'pdf')
    body = `<p>LinkedIn</p><p>Learning</p><h2 class="base-search-card__title">${esc(title)}</h2><p>Course completed by <span class="certificate-details__recipient-profile">${esc(name)}</span></p><p>${date} at ${pad(random.int(1, 12))}:${pad(random.int(0, 59))}${random.pick(['AM', 'PM'])} UTC • ${random.int(1, 5)} hour ${random.int(1, 59)} min</p><p>Top skills covered</p><ul class="course-skills__skill-list"><li>${esc(random.pick(SKILLS))}</li></ul><p>Head of Learning Content</p><p>Certificate ID: ${hex}</p>`;
  else
    body = `<p>¡Felicidades, <span class="certificate-details__recipient-profile">${esc(name)}</span>!</p><h2 class="base-search-card__title">${esc(title)}</h2><p>Curso completado el ${date} at ${pad(random.int(1, 12))}:${pad(random.int(0, 59))}AM</p><p>ID del certificado: ${hex}</p>`;
  const content = `<section class="certificate"><img class="certificate-image" src="https://media.licdn.com/certificate/${hex}.png" alt="">${body}${creditBlock}</section><section class="show-more-less-html"><div class="show-more-less-html__markup">In this course, learn ${esc(random.pick(SKILLS).toLowerCase())}.</div></section>`;
  const header = `<header class="global-nav"><a href="/learning/" aria-label="LinkedIn Learning">LinkedIn Learning</a><nav aria-label="Primary"><a href="/learning/me">My Library</a></nav></header>`;
  const footer = `<footer class="li-footer"><p>LinkedIn Corporation © ${day.year + 1}</p><p>LinkedIn Learning 1000 W Maude Ave Sunnyvale, CA 94085</p></footer>`;
  const shell = platformShell(random, 'LinkedIn', `Certificate of Completion | LinkedIn Learning`, {}, header, footer);
  if (style === 'spanish') shell.lang = 'es';
  return {
    url,
    shell,
    content,
    date,
    truth: { detected: true, provider: 'linkedin-learning', title, completedOn: iso(day), courseCode: null, credits },
    parts: [
      'platform:linkedin-learning',
      `linkedin:${style}`,
      query ? `linkedin:query` : 'linkedin:no-query',
      ...(credits.length ? [`credit:${credits[0].body}`] : []),
    ],
  };
}

function credly(random: Random): Composed {
  const badge = random.pick([
    'CFCD: Cloud Foundry Certified Developer',
    'Certified Kubernetes Administrator',
    'AWS Certified Cloud Practitioner',
    'Project Management Essentials',
    'Agile Foundations',
  ]);
  const issuer = random.pick([
    'The Linux Foundation',
    'Amazon Web Services Training and Certification',
    'Security Compass',
    'IBM',
    'PMI',
  ]);
  const name = learner(random);
  const day = randomDay(random);
  const uuid = random.uuid();
  const url = random.pick([
    `https://www.credly.com/badges/${uuid}`,
    `https://www.credly.com/badges/${uuid}/public_url`,
  ]);
  const generation = random.pick(['a', 'b'] as const);
  const criteria = `<ul class="cr-badges-earning-criteria__criteria"><li>Successful completion of the ${esc(badge)} course.</li></ul>`;
  const content =
    generation === 'a'
      ? `<div class="cr-badges-full-badge"><img class="cr-badges-full-badge__img" src="/badge.png" alt="${esc(badge)}"><h1 class="ac-heading ac-heading--badge-name-hero">${esc(badge)}</h1><div class="cr-badges-badge-issuer__entity">Issued by <a href="/org/${slug(issuer)}">${esc(issuer)}</a></div><div class="badge-banner-issued-to-text"><p>Issued to <a aria-label="View ${esc(name)}'s profile" href="/users/${slug(name)}">${esc(name)}</a></p><p>Date issued: ${longDate(day)}</p></div><div class="cr-badges-full-badge__description"><span class="shiitake-children">Earners of this designation demonstrated the skills of ${esc(badge)}.</span></div><h2>Skills</h2><ul class="cr-badges-badge-skills__skills"><li>${esc(random.pick(SKILLS))}</li></ul><h2>Earning Criteria</h2>${criteria}</div>`
      : `<div class="cr-badges-full-badge__head-group">${esc(badge)}</div><a class="cr-badge-organization-name" href="/org/${slug(issuer)}">${esc(issuer)}</a><p class="badge-banner-issued-to-text__name-and-celebrator-list">Issued to ${esc(name)}</p><p class="cr-badge-banner-issued-at-text">Issued on ${longDate(day)}</p>${random.chance(0.5) ? `<span class="cr-badge-banner-expires-at-text">Expires on ${longDate({ ...day, year: day.year + 3, day: Math.min(day.day, 28) })}</span>` : ''}<h2>Earning Criteria</h2>${criteria}`;
  const header = `<header class="cr-header"><a href="/" aria-label="Credly"><img src="/credly.svg" alt="Credly"></a><nav><a href="/earner/dashboard">Dashboard</a></nav></header>`;
  const footer = `<footer class="cr-footer"><p>© ${day.year + 1} Credly, Inc.</p></footer>`;
  const shell = platformShell(
    random,
    'Credly',
    `${badge} - Credly`,
    { 'og:title': `${badge} was issued by ${issuer} to ${name}.` },
    header,
    footer,
  );
  shell.mainAttributes = 'id="root"';
  return {
    url,
    shell,
    content: `<noscript>Some features of Credly require Javascript</noscript>${content}`,
    date: longDate(day),
    truth: { detected: true, provider: 'credly', title: badge, completedOn: iso(day), courseCode: null, credits: [] },
    parts: ['platform:credly', `credly:generation-${generation}`],
  };
}

function accredible(random: Random): Composed {
  const title = random.pick([...TECH_COURSES, 'Advanced Sports Nutrition', 'Corrective Exercise Specialist']);
  const issuer = random.pick(['Skillsoft', 'Acme Academy', 'Coastal Fitness Institute']);
  const name = learner(random);
  const day = randomDay(random);
  const id = random.chance(0.7) ? random.uuid() : String(random.int(10000000, 999999999));
  const url = `https://www.credential.net/${id}${random.pick(['', `#acc.${random.code(8)}`, '#gs.6bfdvx'])}`;
  const credits: ExpectedCredit[] = [];
  let creditLine = '';
  if (random.chance(0.5)) {
    // Issuers on Accredible are of every field: fitness, project management, accounting, engineering, IACET CEUs.
    const id2 = random.pick(['nasm', 'ace', 'pmi', 'nasba', 'ncees', 'iacet']);
    const amount = randomAmount(random, BODIES[id2]);
    credits.push(expectedCredit(id2, amount));
    const b = BODIES[id2];
    creditLine = `<p class="credits">${random.pick([`${b.label}: ${amountText(random, amount)} ${b.units}`, `${amountText(random, amount)} ${b.label} ${b.units} awarded`])}</p>`;
  }
  const content = `<div class="column-structure ng-star-inserted"><div class="certificate-bg ng-star-inserted"><img src="/certificate.png" alt="Certificate"></div><h1 class="mat-h1">${esc(title)}</h1><h2 class="name mat-h2">${esc(name)}</h2><div class="issued-on"><span>Issued on</span><div>${longDate(day)}</div></div><div class="issuer-logo"><img alt="${esc(issuer)}" src="/issuer.png"></div><div class="description">This credential was awarded for the successful completion of ${esc(title)}.</div>${creditLine}<accredible-chip-list><ul><li>${esc(random.pick(SKILLS))}</li></ul></accredible-chip-list></div>`;
  const header = `<header class="mat-toolbar"><img src="/accredible.svg" alt="Accredible"><a href="/wallet">Wallet</a></header>`;
  const footer = `<footer><p>Powered by Accredible</p></footer>`;
  const og = random.pick([`${issuer}® Digital Badge: ${title}`, `${title} • ${name} • ${issuer}`, title]);
  return {
    url,
    shell: platformShell(random, 'Accredible', `${title} • ${issuer}`, { 'og:title': og }, header, footer),
    content,
    date: longDate(day),
    truth: { detected: true, provider: 'accredible', title, completedOn: iso(day), courseCode: null, credits },
    parts: ['platform:accredible', ...(credits.length ? [`credit:${credits[0].body}`] : [])],
  };
}

const COMPLETIONS: Record<PlatformId, (random: Random) => Composed> = {
  coursera,
  udemy,
  edx,
  'linkedin-learning': linkedin,
  credly,
  accredible,
};

export function platformCompletionPage(random: Random, id: PlatformId, seed: number): GeneratedPage {
  const made = COMPLETIONS[id](random);
  return {
    seed,
    url: made.url,
    html: documentHtml(made.shell, made.content),
    kind: `completion:${id}`,
    parts: made.parts,
    shows: { date: made.date, ...(made.truth.courseCode ? { code: made.truth.courseCode } : {}) },
    truth: made.truth,
  };
}

/** Platform pages that are not certificates: course landing pages (with the credit blocks), invalid and revoked certificates, profiles, pending badges. */
export function platformNearMissPage(random: Random, id: PlatformId, seed: number): GeneratedPage {
  const title = random.pick(TECH_COURSES);
  const name = learner(random);
  const day = randomDay(random);
  const provider: ProviderId = id;
  const shell = (t: string) =>
    platformShell(
      random,
      id,
      t,
      {},
      `<header><a href="/">${id}</a></header>`,
      `<footer><p>© ${day.year} ${id}</p></footer>`,
    );
  type Made = () => { url: string; content: string; title: string };
  const byPlatform: Record<PlatformId, Array<[string, Made]>> = {
    coursera: [
      [
        'course-page',
        () => ({
          url: `https://www.coursera.org/learn/${slug(title)}`,
          title: `${title} | Coursera`,
          content: `<h1>${esc(title)}</h1><p>Enroll for free. Starts ${longDate(day)}.</p><p>Shareable certificate: earn a certificate of completion when you complete the course.</p><p>${random.int(10, 40)} hours (approximately)</p><button>Enroll for free</button>`,
        }),
      ],
      [
        'invalid',
        () => ({
          url: `https://www.coursera.org/verify/${random.code(12)}`,
          title: 'Coursera',
          content: `<h1>Invalid verification code</h1><p>We couldn't find a certificate with this verification code. Completed by: unknown.</p>`,
        }),
      ],
      [
        'in-progress',
        () => ({
          url: `https://www.coursera.org/account/accomplishments/certificate/${random.code(12)}`,
          title: `${title} | Coursera`,
          content: `<h1>${esc(title)}</h1><p>In progress: ${random.int(10, 90)}% complete. Completed by ${esc(name)} once all graded items are passed.</p>`,
        }),
      ],
    ],
    udemy: [
      [
        'course-credit-block',
        () => ({
          url: `https://www.udemy.com/course/${slug(title)}/`,
          title: `${title} | Udemy`,
          content: `<h1>${esc(title)}</h1><div data-purpose="training-credits"><p>NASBA CPE accredited course</p><p>NASBA CPE credits: ${(random.int(6, 40) / 5).toFixed(1)}</p><p>To earn NASBA CPE credits: Complete all videos. Score 70% or higher on final exam.</p></div><p>$${random.int(15, 130)}.99</p><button>Add to cart</button>`,
        }),
      ],
      [
        'not-found',
        () => ({
          url: `https://www.udemy.com/certificate/UC-${random.uuid()}/`,
          title: 'Udemy',
          content: `<h1>We can’t find the page you’re looking for</h1><p>This certificate above verifies that nothing. Certificate no: UC-${random.uuid()}</p>`,
        }),
      ],
    ],
    edx: [
      [
        'invalid',
        () => ({
          url: `https://courses.edx.org/certificates/${random.hex(32)}`,
          title: 'Invalid Certificate | edX',
          content: `<h1>Invalid Certificate</h1><p>This certificate is no longer valid. It has been revoked on ${longDate(day)}.</p>`,
        }),
      ],
      [
        'progress',
        () => ({
          url: `https://courses.edx.org/certificates/${random.hex(32)}`,
          title: `${title} | edX`,
          content: `<h1>${esc(title)}</h1><p>Your certificate is not yet available. You will have successfully completed and received a passing grade in this course once your grade is final.</p><a href="/courses">Resume course</a>`,
        }),
      ],
    ],
    'linkedin-learning': [
      [
        'course-credit-block',
        () => ({
          url: `https://www.linkedin.com/learning/${slug(title)}`,
          title: `${title} | LinkedIn Learning`,
          content: `<h1>${esc(title)}</h1><h2>Course details</h2><p>${random.int(1, 3)}h ${random.int(1, 59)}m · Advanced · Updated: ${pad(day.month)}/${pad(day.day)}/${day.year}</p><h2>Professional Certifications and Continuing Education Units (CEUs)</h2><p>Project Management Institute (PMI)®</p><p>PDUs/ContactHours: ${random.int(1, 3)}</p><p>LinkedIn Learning has been reviewed and approved by the PMI® Authorized Training Partner Program.</p><h2>Certificates</h2><a>Show all</a>`,
        }),
      ],
      [
        'learning-history',
        () => ({
          url: `https://www.linkedin.com/learning/certificates/${random.hex(64)}`,
          title: 'Learning History | LinkedIn Learning',
          content: `<h1>Learning history</h1>${random
            .sample(TECH_COURSES, 3)
            .map((c) => `<div><h3>${esc(c)}</h3><p>Course completed on ${longDate(randomDay(random))}</p></div>`)
            .join('')}`,
        }),
      ],
    ],
    credly: [
      [
        'pending',
        () => ({
          url: `https://www.credly.com/badges/${random.uuid()}`,
          title: 'Credly',
          content: `<h1 class="ac-heading ac-heading--badge-name-hero">${esc(title)}</h1><p>Issued to ${esc(name)}</p><p>Date issued: ${longDate(day)}</p><p>This badge is pending acceptance by its earner.</p>`,
        }),
      ],
      [
        'profile',
        () => ({
          url: `https://www.credly.com/users/${slug(name)}/badges`,
          title: `${name} - Credly`,
          content: `<h1 class="ac-heading ac-heading--badge-name-hero">${esc(name)}</h1>${random
            .sample(TECH_COURSES, 3)
            .map(
              (c) =>
                `<a class="cr-public-earned-badge-grid-item" href="/badges/${random.uuid()}" title="${esc(c)}"><div class="cr-standard-grid-item-content__title">${esc(c)}</div><div class="cr-standard-grid-item-content__subtitle">IBM</div></a>`,
            )
            .join('')}`,
        }),
      ],
    ],
    accredible: [
      [
        'revoked',
        () => ({
          url: `https://www.credential.net/${random.uuid()}`,
          title: `${title} • Accredible`,
          content: `<h1 class="mat-h1">${esc(title)}</h1><h2 class="name mat-h2">${esc(name)}</h2><div class="issued-on"><span>Issued on</span><div>${longDate(day)}</div></div><p>This credential has been revoked by the issuer.</p>`,
        }),
      ],
      [
        'wallet',
        () => ({
          url: `https://www.credential.net/profile/${slug(name)}/wallet`,
          title: `${name} • Wallet`,
          content: `<h1>${esc(name)}'s Wallet</h1>${random
            .sample(TECH_COURSES, 3)
            .map((c) => `<div><h3>${esc(c)}</h3><p>Issued on ${longDate(randomDay(random))}</p></div>`)
            .join('')}`,
        }),
      ],
    ],
  };
  const [kind, make] = random.pick(byPlatform[id]);
  const made = make();
  return {
    seed,
    url: made.url,
    html: documentHtml(shell(made.title), made.content),
    kind: `near-miss:${kind}`,
    parts: [`platform:${id}`, `near-miss:${kind}`],
    truth: { detected: false, provider },
  };
}

import { CE_SITES, shellFor, siteUrl, type CeSite } from './ce-sites';
import { BODIES, amountText, approvalSentence, randomAmount } from './credits';
import { DATE_FORMATS, DATE_FORMAT_NAMES, iso, later, randomDay } from './dates';
import { documentHtml, type GeneratedPage } from './page';
import type { Random } from './random';
import { esc, learner, slug } from './vocabulary';

/**
 * Pages of the same sites that are not a completion, built from the same parts (chrome, credits, dates, the
 * words certificates use), so that a detector cannot tell them apart by vocabulary alone: the traps the
 * evidence about real sites lists (store cards with "0.5 NASM CEUs", PESI catalog cards with a credits field, course pages with
 * a PMI PDU or NASBA CPE block, an ISSA dashboard with "Expiration" dates, a NetCE transcript whose unfinished
 * rows say "Take Test").
 */
export type CeNearMiss =
  | 'catalog'
  | 'product'
  | 'in-progress'
  | 'failed'
  | 'article'
  | 'listing'
  | 'profile'
  | 'dashboard-expiration'
  | 'transcript-unfinished'
  | 'course-credit-block'
  | 'registration-confirmation'
  | 'order-confirmation'
  | 'in-progress-fields';

export const CE_NEAR_MISSES: readonly CeNearMiss[] = [
  'catalog',
  'product',
  'in-progress',
  'failed',
  'article',
  'listing',
  'profile',
  'dashboard-expiration',
  'transcript-unfinished',
  'course-credit-block',
  'registration-confirmation',
  'order-confirmation',
  'in-progress-fields',
];

function creditLine(random: Random, site: CeSite): string {
  const id = site.ownBody ?? random.pick(site.bodies);
  const b = BODIES[id];
  return `${amountText(random, randomAmount(random, b))} ${b.label} ${b.units}`;
}

const price = (random: Random) => `$${random.int(19, 349)}${random.pick(['.00', '.99', ''])}`;

export function ceNearMissPage(random: Random, site: CeSite, kind: CeNearMiss, seed: number): GeneratedPage {
  const title = random.pick(site.courses);
  const name = learner(random);
  const day = randomDay(random);
  const date = (d = day) => esc(DATE_FORMATS[random.pick(DATE_FORMAT_NAMES)](d, random));
  const t = esc(title);
  let content: string;
  let pageTitle = `${title} | ${site.name}`;
  let url = siteUrl(random, site, title);
  const host = new URL(url).origin;
  switch (kind) {
    case 'catalog':
    case 'listing': {
      const cards = random
        .sample(site.courses, random.int(4, 8))
        .map(
          (c) =>
            `<div class="cardItem"><p class="name"><a href="/courses/${slug(c)}">${esc(c)}</a></p><p class="credits">${esc(creditLine(random, site))}</p><p class="duration">${random.int(1, 12)} hours</p><p class="calcPrice"><span class="priceValue">${price(random)}</span></p><p class="productType">Online course &middot; Certificate of completion included</p><a class="btn" href="/cart/add">Add to cart</a></div>`,
        )
        .join('\n');
      content =
        kind === 'catalog'
          ? `<h1>Continuing Education Courses</h1><p>Earn your ${esc(site.name)} credits online. Every course includes a certificate of completion.</p><div class="fcSlide">${cards}</div>`
          : `<h1>Search results</h1><p>${random.int(12, 240)} results for "ceu"</p><p>Showing 1-${random.int(8, 24)} of ${random.int(25, 240)}</p><div class="results">${cards}</div>`;
      url = `${host}/${kind === 'catalog' ? 'continuing-education' : 'search?q=ceu'}`;
      pageTitle = `${kind === 'catalog' ? 'CE Courses' : 'Search'} | ${site.name}`;
      break;
    }
    case 'product':
      content = `<div class="product"><h1>${t}</h1><p class="price">${price(random)}</p><ul><li>${esc(creditLine(random, site))}</li><li>Online, self-paced</li><li>Certificate of completion upon passing the final exam</li></ul><p>Complete this course to earn a certificate of completion and credits toward recertification.</p><button class="btn">Add to cart</button> <a href="/checkout">Buy now</a></div>`;
      url = `${host}/products/${slug(title)}`;
      break;
    case 'in-progress': {
      const percent = random.int(5, 95);
      content = `<div class="course-player"><h1>${t}</h1><p>Welcome back, ${esc(name)}.</p><div class="progress" role="progressbar" aria-valuenow="${percent}" aria-valuemin="0" aria-valuemax="100"><div class="bar" style="width:${percent}%"></div></div><p>${percent}% complete</p><p>Lesson ${random.int(2, 5)} of ${random.int(6, 12)}</p><p>Complete all lessons and pass the final quiz to earn ${esc(creditLine(random, site))} and your certificate of completion.</p><p>Enrolled on ${date()}</p><a class="btn" href="/learn/${slug(title)}">${random.pick(['Continue', 'Resume course', 'Continue learning'])}</a></div>`;
      break;
    }
    case 'failed':
      content = `<div class="quiz-results"><h1>Quiz Results</h1><h2>${t}: Final Quiz</h2><p>Your score: ${random.int(40, 69)}%. A score of 70% is required to pass.</p><p>${random.pick(['You did not pass this quiz.', 'Not passed', 'Unfortunately, you failed the final exam.'])} You have ${random.int(1, 2)} attempts remaining.</p><p>Date: ${date()}</p><p>Pass to earn ${esc(creditLine(random, site))} and your certificate of completion.</p><a class="btn" href="/quiz/retake">Retake the quiz</a></div>`;
      break;
    case 'article':
      content = `<article class="post" itemscope itemtype="https://schema.org/BlogPosting"><h1 itemprop="headline">How to Earn ${esc(site.name)} Credits Fast: ${random.int(5, 9)} Tips</h1><p class="byline">Written by <a rel="author" href="/authors/${slug(name)}">${esc(name)}</a> &middot; Posted on ${date()} &middot; ${random.int(4, 9)} min read</p><p>Once you have successfully completed a course, you receive a certificate of completion. Courses like ${t} are approved for ${esc(creditLine(random, site))}.</p><p>Date completed, credits earned and the course title all appear on the certificate.</p><h2>Related articles</h2></article>`;
      url = `${host}/blog/${slug(title)}-tips`;
      pageTitle = `Tips for earning CE credits | ${site.name} Blog`;
      break;
    case 'profile':
      content = `<div class="profile"><h1>${esc(name)}</h1><p class="title">Certified Professional &middot; Member since ${day.year}</p><h2>Certifications</h2><ul><li>${esc(site.name)} Certified (earned ${date()})</li><li>CPR/AED (expires ${date(later(day, 2))})</li></ul><h2>Completed courses</h2><ul>${random
        .sample(site.courses, 3)
        .map((c) => `<li>${esc(c)} &middot; ${esc(creditLine(random, site))}</li>`)
        .join('')}</ul><a href="/profile/edit">Edit profile</a></div>`;
      url = `${host}/profile/${slug(name)}`;
      pageTitle = `${name} | ${site.name}`;
      break;
    case 'dashboard-expiration': {
      const rows = random
        .sample(site.courses, random.int(3, 6))
        .map((c) => {
          const start = randomDay(random, 2025, 2026);
          return `<div class="course-row"><h3>${esc(c)}</h3><p>Status: ${random.pick(['Not started', 'In progress', 'Enrolled'])}</p><p>Expiration: ${date(later(start, 1))}</p><a href="/student-portal/${slug(c)}">Continue</a></div>`;
        })
        .join('\n');
      content = `<h1>Student Dashboard</h1><p>Welcome, ${esc(name)}. Course access expires one year after enrollment.</p>${rows}`;
      url = `${host}/student-portal/dashboard`;
      pageTitle = `Student Dashboard | ${site.name}`;
      break;
    }
    case 'transcript-unfinished': {
      const rows = random
        .sample(site.courses, random.int(3, 7))
        .map((c, i) => {
          const done = i % 2 === 0;
          const b = BODIES[site.ownBody ?? random.pick(site.bodies)];
          return `<tr><td>${random.int(90000, 99999)}</td><td>${esc(c)}</td><td>${amountText(random, randomAmount(random, b))}</td><td>${done ? date(randomDay(random)) : random.pick(['Take Test', 'Complete for Credit'])}</td><td>${done ? '<a href="/certificate.php">Print</a>' : ''}</td></tr>`;
        })
        .join('');
      content = `<h1>Transcript</h1><p>Courses for ${esc(name)}</p><table class="order-table"><thead><tr><th>No.</th><th>Title</th><th>Credits</th><th>Completed</th><th>Print</th></tr></thead><tbody>${rows}</tbody></table>`;
      url = `${host}/transcript.php`;
      pageTitle = `Transcript | ${site.name}`;
      break;
    }
    case 'course-credit-block': {
      const block = random.pick([
        `<div data-purpose="training-credits"><h2>Professional Certifications and Continuing Education Units (CEUs)</h2><p>Project Management Institute (PMI)&reg;</p><p>PDUs/ContactHours: ${random.int(1, 6)}</p><p>${esc(site.name)} has been reviewed and approved by the PMI&reg; Authorized Training Partner Program. This course qualifies for professional development units (PDUs).</p></div>`,
        `<div data-purpose="training-credits"><p>NASBA CPE accredited course</p><p>National Association of State Boards of Accountancy (NASBA)</p><p>NASBA CPE credits: ${(random.int(6, 40) / 5).toFixed(1)}</p><p>Recommended NASBA field of study: Information Technology</p><p>Program level: Basic</p><p>To earn NASBA CPE credits: Complete all videos. Score 70% or higher on final exam.</p><p>${esc(approvalSentence(random, 'nasba', site.name))}</p></div>`,
      ]);
      content = `<div class="course-landing"><h1>${t}</h1><p>Course details &middot; ${random.int(1, 6)}h ${random.int(0, 59)}m &middot; Updated: ${date()}</p><p>Earn a certificate of completion when you finish.</p>${block}<a class="btn" href="/enroll">Start course</a></div>`;
      url = `${host}/courses/${slug(title)}`;
      break;
    }
    case 'registration-confirmation': {
      // The words of a certificate ("hereby", "Approved by", credits, a date) on a page that only confirms a seat.
      const b = BODIES[site.ownBody ?? random.pick(site.bodies)];
      content = `<div class="confirmation"><h1>${random.pick(['Registration Confirmed', 'You are registered!', 'Thank you for registering'])}</h1><p>Thank you for registering for <strong>${t}</strong>, ${esc(name)}.</p><table><tr><th>Course</th><td>${t}</td></tr><tr><th>Starts</th><td>${date()}</td></tr><tr><th>Approved by</th><td>${esc(b.name)}</td></tr><tr><th>${esc(b.units)}</th><td>${amountText(random, randomAmount(random, b))}</td></tr></table><p>Upon completion of the course and its quiz, a certificate of completion will be issued to you.</p><a class="btn" href="/learn/${slug(title)}">Start course</a></div>`;
      url = `${host}/registration/confirmation/${random.int(10000, 99999)}`;
      pageTitle = `Registration Confirmed | ${site.name}`;
      break;
    }
    case 'order-confirmation': {
      const b = BODIES[site.ownBody ?? random.pick(site.bodies)];
      content = `<div class="order"><h1>Thank you for your order!</h1><p>Order #${random.int(100000, 999999)} placed on ${date()}</p><table class="order-items"><tr><th>Item</th><th>Credits</th><th>Price</th></tr><tr><td>${t}</td><td>${amountText(random, randomAmount(random, b))} ${esc(b.label)} ${esc(b.units)}</td><td>${price(random)}</td></tr></table><p>Subtotal ${price(random)}</p><p>Your certificate of completion will be available in My Account once you pass the final exam.</p></div>`;
      url = `${host}/checkout/order-received/${random.int(10000, 99999)}`;
      pageTitle = `Order received | ${site.name}`;
      break;
    }
    case 'in-progress-fields': {
      const b = BODIES[site.ownBody ?? random.pick(site.bodies)];
      content = `<div class="cert-wrapper"><h1 class="page-title">${random.pick(['My Course', 'Course Details', 'Certificate'])}</h1><div class="cert-fields"><div class="cert-field"><span class="cert-label">Course</span> <span class="cert-value">${t}</span></div><div class="cert-field"><span class="cert-label">Status</span> <span class="cert-value">${random.pick(['In progress', 'Not started', 'Incomplete'])}</span></div><div class="cert-field"><span class="cert-label">Enrolled</span> <span class="cert-value">${date()}</span></div><div class="cert-field"><span class="cert-label">Approved by</span> <span class="cert-value">${esc(b.name)}</span></div><div class="cert-field"><span class="cert-label">${esc(b.units)}</span> <span class="cert-value">${amountText(random, randomAmount(random, b))}</span></div></div><p>Your certificate of completion appears here once you finish.</p><a class="btn" href="/learn/${slug(title)}">Resume course</a></div>`;
      url = `${host}/my-account/courses/${random.int(100000, 999999)}`;
      pageTitle = `${title} | ${site.name}`;
      break;
    }
  }
  const shell = shellFor(random, site, pageTitle, url, name, [iso(day)]);
  return {
    seed,
    url,
    html: documentHtml(shell, content),
    kind: `near-miss:${kind}`,
    parts: [`site:${site.id}`, `near-miss:${kind}`],
    truth: { detected: false, provider: site.id },
  };
}

export { CE_SITES };

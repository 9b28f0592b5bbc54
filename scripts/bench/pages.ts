import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const FIXTURES = resolve(import.meta.dirname, '../../tests/fixtures/providers');
/** The address both pages are served at (an ACE certificate). */
export const PROVIDER_URL = 'https://www.acefitness.org/myace/certificates/CEP251107/';

/** The ACE certificate page both large pages are built on, as it is. */
export const bareProviderPage = () => readFileSync(resolve(FIXTURES, 'ace/certificate.html'), 'utf8');

/**
 * A realistic 1 MB provider page: ACE's certificate page as a modern site serves it, with the weight
 * where real pages carry it: the app's inline state (JSON in a script), a mega-menu in the navigation,
 * the member's course history in a sidebar, and a long footer.
 */
export function largeProviderPage(targetBytes = 1_000_000): string {
  const page = bareProviderPage();
  const course = (i: number) => ({
    id: `CEP${100000 + i}`,
    title: `Continuing education course ${i}: program design, coaching and behavior change`,
    credits: `0.${(i % 9) + 1} CECs`,
    completed: `${2010 + (i % 16)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    description:
      'Learn evidence-based strategies to help clients reach their goals, with video lessons and a final quiz.',
  });
  const share = targetBytes / 4;
  const state: unknown[] = [];
  for (let i = 0; JSON.stringify(state).length < share; i++) state.push(course(i));
  const menu: string[] = [];
  for (let i = 0; menu.join('').length < share; i++)
    menu.push(
      `<li><a href="/continuing-education/course-${i}/">${course(i).title}</a> <span>${course(i).credits}</span></li>`,
    );
  const history: string[] = [];
  for (let i = 0; history.join('').length < share; i++) {
    const c = course(i);
    history.push(
      `<tr><td>${c.completed}</td><td><a href="/myace/certificates/${c.id}/">${c.title}</a></td><td>${c.id}</td><td>${c.credits}</td></tr>`,
    );
  }
  const links: string[] = [];
  for (let i = 0; page.length + links.join('').length < share; i++)
    links.push(
      `<li><a href="/resources/article-${i}/">Fitness article ${i}: how trainers earn CECs before renewal</a></li>`,
    );
  return page
    .replace('</head>', `<script>window.__INITIAL_STATE__ = ${JSON.stringify({ catalog: state })};</script>\n</head>`)
    .replace('</ul>\n  </nav>', `<li class="mega-menu"><ul>${menu.join('\n')}</ul></li></ul>\n  </nav>`)
    .replace(
      '<main id="main"',
      `<aside class="course-history"><h2>Your course history</h2><table>${history.join('\n')}</table></aside>\n<main id="main"`,
    )
    .replace('<p>&copy; 2026', `<ul class="footer-links">${links.join('\n')}</ul>\n<p>&copy; 2026`);
}

/**
 * The other shape of a 1 MB page: the weight in the content itself (a member's whole transcript under
 * the certificate). Detection reads a bounded share of it (MAX_TEXT in lib/detect/text.ts).
 */
export function largeTranscriptPage(targetBytes = 1_000_000): string {
  const page = bareProviderPage();
  const rows: string[] = [];
  let size = page.length;
  for (let i = 0; size < targetBytes; i++) {
    const row = `<tr class="transcript-row"><td>${2010 + (i % 16)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}</td><td><a href="/myace/certificates/CEP${100000 + i}/">Continuing education course number ${i}: program design, coaching and behavior change</a></td><td>CEP${100000 + i}</td><td>0.${(i % 9) + 1} CECs</td><td>Recorded</td></tr>\n`;
    rows.push(row);
    size += row.length;
  }
  const transcript = `<section class="transcript"><h2>Your transcript</h2><table><thead><tr><th>Date</th><th>Course</th><th>Number</th><th>Credits</th><th>Status</th></tr></thead><tbody>\n${rows.join('')}</tbody></table></section>`;
  return page.replace('</main>', `${transcript}\n</main>`);
}

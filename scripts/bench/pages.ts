import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const FIXTURES = resolve(import.meta.dirname, '../../tests/fixtures/providers');

/**
 * A realistic 1 MB provider page: ACE's certificate page with the learner's whole course history
 * (a long transcript table) below it, as an account page of a long-time member looks.
 */
export function largeProviderPage(targetBytes = 1_000_000): string {
  const page = readFileSync(resolve(FIXTURES, 'ace/certificate.html'), 'utf8');
  const rows: string[] = [];
  let size = page.length;
  for (let i = 0; size < targetBytes; i++) {
    const row = `<tr class="transcript-row"><td>${2010 + (i % 16)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}</td><td><a href="/myace/certificates/CEP${String(100000 + i)}/">Continuing education course number ${i}: program design, coaching and behavior change</a></td><td>CEP${100000 + i}</td><td>0.${(i % 9) + 1} CECs</td><td>Recorded</td></tr>\n`;
    rows.push(row);
    size += row.length;
  }
  const transcript = `<section class="transcript"><h2>Your transcript</h2><table><thead><tr><th>Date</th><th>Course</th><th>Number</th><th>Credits</th><th>Status</th></tr></thead><tbody>\n${rows.join('')}</tbody></table></section>`;
  return page.replace('</main>', `${transcript}\n</main>`);
}

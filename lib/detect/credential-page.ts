import { cleanTitle, courseTitle, explainCredits, foundActivity, isArticle, refuse, refusedBy } from './completion';
import { readCredits } from './credits';
import { withStatedCategories } from './category';
import { note } from './explain';
import { completionDate, dateOrderOf } from './dates';
import type { ProviderId } from '../model/provider-ids';
import { cleanText, contentText, metaContent } from './text';
import type { DetectedActivity, Provider } from './types';

/**
 * Certificate, verify and badge pages of learning platforms (Coursera, Udemy, edX, LinkedIn Learning,
 * Credly, Accredible). Each lives at a URL of a known shape and states who completed what. These pages
 * carry the platform's own advertising beside the certificate ("Enroll for free", a course card with a
 * price), so they are read by their own markers, not by the commerce and progress words of a CE body's site.
 */
export interface CredentialPage {
  /** Text that only an issued certificate shows. */
  completion: RegExp;
  /** Text of a page at such a URL that is not a completion on this site (in progress, pending), beyond GONE. */
  notCompletion?: RegExp;
  /** A line a certificate shows once: a page showing it twice lists several (a wallet, a learning history). */
  listedBy?: RegExp;
  /** The course's own name. */
  title(doc: Document, text: string): string;
  /** The certificate's own part of the text, where its date and credits are (the default: all of it). */
  certificatePart?(text: string): string;
  courseCode?(doc: Document, text: string): string | null;
}

/** A certificate that is not there, or no longer valid. */
const GONE =
  /(?:can[’']t|cannot|couldn[’']t|could not) find|page (?:is )?not found|no longer (?:valid|available)|(?:has been|was) (?:revoked|invalidated)|\brevoked on\b/i;

/** A person's profile (Credly's reuses its badge page's heading) lists badges: it is no single completion. */
function isProfile(doc: Document): boolean {
  return /profile$/i.test(metaContent(doc, 'og:type')) || /['’]s profile on /i.test(metaContent(doc, 'og:title'));
}

function isList(text: string, line: RegExp | undefined): boolean {
  return !!line && (text.match(new RegExp(line.source, 'gim')) ?? []).length > 1;
}

/** A UUID as these platforms write it in their URLs. */
export const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

export function detectCredentialPage(
  doc: Document,
  url: URL,
  siteName: string,
  path: RegExp,
  page: CredentialPage,
): DetectedActivity | null {
  if (!path.test(url.hostname + url.pathname)) return refuse(`not a certificate address of ${siteName}`);
  const text = contentText(doc);
  const signal = page.completion.exec(text);
  if (!signal) return refuse(`none of ${siteName}'s certificate statements`);
  note(`completion: "${signal[0].replace(/\s+/g, ' ')}"`);
  const refused =
    refusedBy(text, [
      ['a certificate that is not there', GONE],
      [`not a completion on ${siteName}`, page.notCompletion ?? /$^/],
    ]) ||
    (isList(text, page.listedBy) ? 'a list of several certificates' : '') ||
    (isProfile(doc) ? "a person's profile" : '') ||
    (isArticle(doc, text) ? 'an article' : '');
  if (refused) return refuse(refused);
  const part = page.certificatePart?.(text) ?? text;
  const completedOn = completionDate(part, dateOrderOf(doc));
  if (!completedOn) return refuse('no completion date');
  // The platform's own markup first, then what every certificate shares.
  const own = cleanTitle(page.title(doc, text), siteName);
  if (own) note(`title: "${own}" (${siteName}'s markup or statement)`);
  const title = own || courseTitle(doc, part, siteName);
  if (!title) return refuse('no course title');
  const credits = readCredits(part);
  explainCredits(credits);
  return foundActivity(doc, url, {
    title,
    completedOn,
    courseCode: page.courseCode?.(doc, text) || null,
    credits: withStatedCategories(part, credits),
  });
}

/** Who a learning platform is: its id (one of PROVIDER_IDS), its name, and the URL shapes of its certificate pages. */
export interface Platform<Id extends ProviderId> {
  id: Id;
  name: string;
  /** Chrome match patterns: what the content script runs on (wider than `path`: a page may become a certificate). */
  matches: string[];
  /** `hostname + pathname` of the site's certificate pages (the query and fragment are not part of it). */
  path: RegExp;
}

/** A learning platform whose certificate pages (`matches`, narrowed by `path`) detectCredentialPage reads. */
export function platformProvider<Id extends ProviderId>(
  { id, name, matches, path }: Platform<Id>,
  page: CredentialPage,
): Provider<Id> {
  return {
    id,
    name,
    kind: 'platform',
    matches,
    detect: (doc, url) => detectCredentialPage(doc, url, name, path, page),
  };
}

/** The text before the first line that matches `end` (a section that is not the certificate's). */
export function textBefore(text: string, end: RegExp): string {
  const at = text.search(end);
  return at === -1 ? text : text.slice(0, at);
}

/** The first capture of `re` in the text, tidied; '' when absent. */
export function captured(text: string, re: RegExp): string {
  return cleanText(re.exec(text)?.[1]);
}

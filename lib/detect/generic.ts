import type { BodyId } from '../model/bodies';
import { LIMITS } from '../model/limits';
import type { CaptureDraft } from '../model/schema';
import { certificateLink, cleanTitle, courseTitle, fitTitle, pageUrl } from './completion';
import { withStatedCategories } from './category';
import { bodyFromName, readCredits } from './credits';
import { completionDate, dateOrderOf } from './dates';
import { ACCREDIBLE_TITLE } from './providers/accredible';
import { cleanText, contentText, metaContent } from './text';

/**
 * "Capture this page": whatever any page offers (a provider's or not, finished or not) as a draft for
 * an editable form. Nothing here is trusted or saved: the user checks it, and the form parses it.
 */
/** Capture reads at most this much of a page's text: dates and credits sit near the top of a certificate. */
export const CAPTURE_TEXT_LIMIT = 50_000;

function siteName(doc: Document, url: URL): string {
  return (metaContent(doc, 'og:site_name') || url.hostname.replace(/^www\./, '')).slice(0, LIMITS.title).trim();
}

/** A certifying body's own site ("ACE Fitness", "NASM") accredits the credits it states without naming a body. */
function siteBody(organizer: string): BodyId | undefined {
  // Acronyms as written: "ACE Fitness" is ACE's site, "Ace Hardware" is not.
  return (
    bodyFromName(organizer) ??
    organizer
      .split(/\s+/)
      .filter((word) => word === word.toUpperCase())
      .map(bodyFromName)
      .find(Boolean)
  );
}

function setTitle(draft: CaptureDraft, title: string): void {
  const fitted = fitTitle(title);
  draft.title = fitted.title;
  if (fitted.shortened) draft.shortened = fitted.shortened;
  else delete draft.shortened;
}

/**
 * Reads the page into a draft, within the model's limits (captureDraftSchema), so that the popup accepts it.
 * Never throws: a page it cannot read gives a draft with its URL and title only.
 */
export function capturePage(doc: Document, url: URL): CaptureDraft {
  const web = url.protocol === 'https:' || url.protocol === 'http:';
  const address = web ? pageUrl(url) : null;
  // An address longer than the model keeps is left out rather than refused later with the whole draft.
  const draft: CaptureDraft = {
    title: '',
    completedOn: null,
    credits: [],
    organizer: '',
    sourceUrl: address && address.length <= LIMITS.url ? address : null,
    certificateUrl: null,
  };
  try {
    draft.organizer = siteName(doc, url);
    setTitle(draft, cleanTitle(cleanText(doc.title), draft.organizer));
    const text = contentText(doc).slice(0, CAPTURE_TEXT_LIMIT);
    // A credential platform's markup on an issuer's own domain (Accredible's) names the credential first.
    const title = courseTitle(doc, text, draft.organizer, ACCREDIBLE_TITLE, url);
    if (title) setTitle(draft, title);
    draft.completedOn = completionDate(text, dateOrderOf(doc));
    const credits = readCredits(text, siteBody(draft.organizer)).slice(0, LIMITS.credits);
    draft.credits = withStatedCategories(text, credits);
    draft.certificateUrl = web ? certificateLink(doc, url) : null;
  } catch {
    // A strange page yields what was read before it went wrong.
  }
  return draft;
}

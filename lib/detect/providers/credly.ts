import { UUID, platformProvider } from '../credential-page';
import { firstText, metaContent } from '../text';

/**
 * Credly badges: the public page /badges/{uuid} (og:title "{badge} was issued by {issuer} to {name}")
 * and the earner's own /earner/earned/badge/{uuid}. The badge's name is the title; credits are those its
 * page states (an issuer's earning criteria may name PDUs or CECs).
 */
export const credly = platformProvider(
  {
    id: 'credly',
    name: 'Credly',
    // Also the legacy host (youracclaim.com), the LinkedIn-share suffix and the /go/ short links.
    matches: ['credly.com', 'youracclaim.com'].flatMap((domain) =>
      [`www.${domain}`, domain].flatMap((host) =>
        ['badges', 'earner', 'go'].map((path) => `https://${host}/${path}/*`),
      ),
    ),
    path: new RegExp(
      String.raw`^(?:www\.)?(?:credly|youracclaim)\.com/(?:(?:badges|earner/earned/badge)/${UUID}(?:/public_url|/linked_in_profile)?|go/[A-Za-z0-9]{6,12})/?$`,
      'i',
    ),
  },
  {
    // The badge page's own labels, at the start of a line (a template page says "issued to you" in a sentence).
    completion: /^(?:issued to|date issued|issued on)\b/im,
    // A pending badge waits for its earner to accept it: not yet theirs.
    notCompletion:
      /pending acceptance|\bpending\b.{0,40}\baccept|\b(?:accept|claim) (?:your|this|the) badge\b|^(?:badge )?status\s*:?\s*pending\b/im,
    listedBy: /^(?:date issued|issued on)\b/,
    title: (doc) =>
      /^(.+?) was issued by /.exec(metaContent(doc, 'og:title'))?.[1] ??
      firstText(doc, ['.cr-badges-full-badge__head-group', 'h1.ac-heading--badge-name-hero', 'main h1', 'h1']),
  },
);

import { UUID, platformProvider } from '../credential-page';
import { firstText, metaContent } from '../text';

/**
 * Where Accredible's markup names the credential. Many issuers serve their credentials on a domain of their own
 * (skillsoft.digitalbadges.skillsoft.com/{uuid}) that no manifest lists: "Capture this page" reads these too.
 */
export const ACCREDIBLE_TITLE = ['.credential-name', 'h1.mat-h1'] as const;

/**
 * Accredible credentials on credential.net/{uuid or number}: certificates and badges in the issuer's own
 * design, with issue date and sometimes credits ("NASM: 0.8 CEUs", "1.2 CEUs awarded").
 */
export const accredible = platformProvider(
  {
    id: 'accredible',
    name: 'Accredible',
    matches: ['https://www.credential.net/*', 'https://credential.net/*'],
    path: new RegExp(String.raw`^(?:www\.)?credential\.net/(?:${UUID}|\d{5,10})/?$`, 'i'),
  },
  {
    completion: /^(?:issued to|issued on|issue date|date issued)\b|this is to certify that/im,
    listedBy: /^(?:issued on|issue date)\b/,
    title: (doc) => firstText(doc, [...ACCREDIBLE_TITLE, 'main h1']) || metaContent(doc, 'og:title'),
  },
);

import { detectCredentialPage } from '../credential-page';
import { firstText, metaContent } from '../text';
import type { Provider } from '../types';

/**
 * Accredible credentials on credential.net/{uuid or number}: certificates and badges in the issuer's own
 * design, with issue date and sometimes credits ("NASM: 0.8 CEUs", "1.2 CEUs awarded").
 */
export const accredible: Provider = {
  id: 'accredible',
  name: 'Accredible',
  matches: ['https://www.credential.net/*', 'https://credential.net/*'],
  detect(doc, url) {
    return detectCredentialPage(doc, url, {
      siteName: 'Accredible',
      path: /^(?:www\.)?credential\.net\/(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d{5,10})\/?$/i,
      completion: /^(?:issued to|issued on|issue date|date issued)\b|this is to certify that/im,
      listedBy: /^(?:issued on|issue date)\b/,
      title: (doc) => firstText(doc, ['.credential-name', 'main h1']) || metaContent(doc, 'og:title'),
    });
  },
};

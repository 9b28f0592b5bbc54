import { captured, detectCredentialPage } from '../credential-page';
import { firstText, metaContent } from '../text';
import type { Provider } from '../types';

/**
 * Udemy certificates at /certificate/UC-{uuid}/, rendered by script (the content script looks again while
 * it arrives). "22 total hours" is the course's video length, not a credit. The course card beside the
 * certificate has a price and "Buy this course": a certificate is known by its verification sentence and number.
 */
export const udemy: Provider = {
  id: 'udemy',
  name: 'Udemy',
  matches: ['https://www.udemy.com/certificate/*'],
  detect(doc, url) {
    return detectCredentialPage(doc, url, {
      siteName: 'Udemy',
      path: /^www\.udemy\.com\/certificate\/UC-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/?$/i,
      completion: /verifies that [^\n]{1,200}? successfully completed the course|certificate no\.?:?\s*UC-[0-9a-f]{8}-/i,
      title: (doc, text) =>
        captured(text, /successfully completed the course\s+(.+?)\s+on\s+(?:\d{1,2}\/|[A-Z][a-z]{2})/) ||
        firstText(doc, ['[data-purpose="course-title-url"]']) ||
        metaContent(doc, 'og:title').replace(/\s*-\s*Udemy Certificate of Completion$/i, ''),
    });
  },
};

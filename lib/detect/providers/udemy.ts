import { UUID, captured, credentialProvider } from '../credential-page';
import { firstText, metaContent } from '../text';

/**
 * Udemy certificates at /certificate/UC-{uuid}/, rendered by script (the content script looks again while
 * it arrives). "22 total hours" is the course's video length, not a credit. The course card beside the
 * certificate has a price and "Buy this course": a certificate is known by its verification sentence and number.
 */
export const udemy = credentialProvider('udemy', ['https://www.udemy.com/certificate/*'], {
  path: new RegExp(String.raw`^www\.udemy\.com/certificate/UC-${UUID}/?$`, 'i'),
  completion: /verifies that [^\n]{1,200}? successfully completed the course|certificate no\.?:?\s*UC-[0-9a-f]{8}-/i,
  title: (doc, text) =>
    captured(text, /successfully completed the course\s+(.+?)\s+on\s+(?:\d{1,2}\/|[A-Z][a-z]{2})/) ||
    firstText(doc, ['[data-purpose="course-title-url"]']) ||
    metaContent(doc, 'og:title').replace(/\s*-\s*Udemy Certificate of Completion$/i, ''),
});

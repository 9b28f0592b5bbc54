import { UUID, captured, platformProvider } from '../credential-page';
import { firstText, metaContent } from '../text';

/**
 * Udemy certificates at /certificate/UC-{uuid}/ (legacy ones: UC-{8 characters}), rendered by script (the
 * content script looks again while it arrives). "22 total hours" is the course's video length, not a credit. The course card beside the
 * certificate has a price and "Buy this course": a certificate is known by its verification sentence and number.
 */
export const udemy = platformProvider(
  {
    id: 'udemy',
    name: 'Udemy',
    // ude.my/UC-… is the short address printed on the certificate image.
    matches: ['https://www.udemy.com/certificate/*', 'https://ude.my/*'],
    // Legacy certificates have an 8-character id (UC-UOHZKCAG) instead of a UUID.
    path: new RegExp(String.raw`^(?:www\.udemy\.com/certificate/|ude\.my/)UC-(?:${UUID}|[A-Z0-9]{8})/?$`, 'i'),
  },
  {
    // The verification sentence, or the certificate number (a UUID, or a legacy 8-character id).
    completion:
      /verifies that [^\n]{1,200}? successfully completed the course|certificate no\.?:?\s*UC-(?:[0-9a-f]{8}-|[A-Z0-9]{8}\b)/i,
    // Udemy's markup: the course link inside the certificate's description (data-purpose attributes).
    title: (doc, text) =>
      firstText(doc, [
        '[data-purpose="certificate-description"] [data-purpose="certificate-course-url"]',
        '[data-purpose="certificate-course-url"]',
        '[data-purpose="course-title-url"]',
      ]) ||
      captured(text, /successfully completed the course\s+(.+?)\s+on\s+(?:\d{1,2}[/.]|[A-Z][a-z]{2})/) ||
      metaContent(doc, 'og:title').replace(/\s*[-|]\s*Udemy Certificate of Completion$/i, ''),
  },
);

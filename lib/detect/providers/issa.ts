import { completionProvider } from '../completion';

/** ISSA course-complete pages and certificates in the student portal on issaonline.com. ISSA names its credits CEUs. */
export const issa = completionProvider('issa', 'International Sports Sciences Association', 'issaonline.com', {
  siteName: 'ISSA',
  siteBody: 'issa',
  requireCredits: true,
});

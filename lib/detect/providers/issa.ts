import { completionProvider } from '../completion';

/** ISSA course-complete pages and certificates in the student portal on issaonline.com. ISSA names its credits CEUs. */
export const issa = completionProvider('issa', 'issaonline.com', { siteBody: 'issa' });

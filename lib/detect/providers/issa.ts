import { ceSiteProvider } from '../completion';

/** ISSA course-complete pages and certificates in the student portal on issaonline.com. ISSA names its credits CEUs. */
export const issa = ceSiteProvider({ id: 'issa', name: 'ISSA', hosts: ['issaonline.com'] }, { siteBody: 'issa' });

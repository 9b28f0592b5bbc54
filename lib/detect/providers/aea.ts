import { ceSiteProvider } from '../completion';

/** AEA workshop certificates (of attendance) and passed online-course exams on aeawave.com. AEA names its credits CECs. */
export const aea = ceSiteProvider({ id: 'aea', name: 'AEA', hosts: ['aeawave.com'] }, { siteBody: 'aea' });

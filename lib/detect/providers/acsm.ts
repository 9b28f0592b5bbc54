import { completionProvider } from '../completion';

/** ACSM online-course certificates and passed post-tests on acsm.org. ACSM's CECs are one hour each. */
export const acsm = completionProvider('acsm', 'acsm.org', { siteBody: 'acsm' });

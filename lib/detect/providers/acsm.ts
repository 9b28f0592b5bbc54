import { ceSiteProvider } from '../completion';

/** ACSM online-course certificates and passed post-tests on acsm.org. ACSM's CECs are one hour each. */
export const acsm = ceSiteProvider(
  { id: 'acsm', name: 'ACSM', hosts: ['acsm.org', 'onlinelearning-acsm.org'] },
  { siteBody: 'acsm' },
);

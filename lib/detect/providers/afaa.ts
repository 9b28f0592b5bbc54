import { ceSiteProvider } from '../completion';

/** AFAA certificates and course-complete pages on afaa.com; AFAA courses often list NASM CEUs beside AFAA's own. */
export const afaa = ceSiteProvider({ id: 'afaa', name: 'AFAA', hosts: ['afaa.com'] }, { siteBody: 'afaa' });

import { ceSiteProvider } from '../completion';

/** NASM account certificates and course-complete pages on nasm.org. NASM names its credits CEUs (0.1 CEU = 1 hour). */
export const nasm = ceSiteProvider({ id: 'nasm', name: 'NASM', hosts: ['nasm.org'] }, { siteBody: 'nasm' });

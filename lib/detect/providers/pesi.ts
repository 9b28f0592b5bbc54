import { ceSiteProvider } from '../completion';

/** PESI certificates of completion: CE hours per profession, each approved by its own body (ASWB ACE, ANCC...). */
export const pesi = ceSiteProvider({ id: 'pesi', name: 'PESI', hosts: ['pesi.com'] });

import type { ProviderId } from './provider-ids';

/** Display names, without loading every detector (the popup and log need only the names). */
export const PROVIDER_NAMES: Record<ProviderId, string> = {
  nasm: 'NASM',
  ace: 'ACE',
  acsm: 'ACSM',
  nsca: 'NSCA',
  afaa: 'AFAA',
  issa: 'ISSA',
  aea: 'AEA',
  'human-kinetics': 'Human Kinetics',
  medbridge: 'MedBridge',
  pesi: 'PESI',
  netce: 'NetCE',
  coursera: 'Coursera',
  udemy: 'Udemy',
  edx: 'edX',
  'linkedin-learning': 'LinkedIn Learning',
  credly: 'Credly',
  accredible: 'Accredible',
};

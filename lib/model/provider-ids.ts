/** The provider ids of docs/contracts.md, a contract: each has one file in ./providers/. */
export const PROVIDER_IDS = [
  'nasm',
  'ace',
  'acsm',
  'nsca',
  'afaa',
  'issa',
  'aea',
  'human-kinetics',
  'medbridge',
  'pesi',
  'netce',
  'coursera',
  'udemy',
  'edx',
  'linkedin-learning',
  'credly',
  'accredible',
] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

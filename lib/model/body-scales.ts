export const BODY_IDS = [
  'nasm',
  'ace',
  'acsm',
  'nsca',
  'afaa',
  'issa',
  'aea',
  'ncbtmb',
  'ancc',
  'nasba',
  'pmi',
  'ncees',
  'aswb',
  'iacet',
  'nbcc',
  'boc',
  'apa',
  'aota',
] as const;
export type BodyId = (typeof BODY_IDS)[number];

/** What reading and counting a credit needs to know of a body; BODIES adds names, renewal and notes. */
export interface BodyScale {
  /** The credit unit as the body names it (singular). */
  unit: string;
  /** Contact hours (60 minutes) per one unit. */
  hoursPerUnit: number;
  /** Whether the body accredits credits (false: participation only). */
  accredits: boolean;
  /** Names that identify the body in page text. */
  aliases: readonly string[];
}

function scale(unit: string, hoursPerUnit: number, aliases: readonly string[], accredits = true): BodyScale {
  return { unit, hoursPerUnit, accredits, aliases };
}

/**
 * Kept apart from BODIES so the content script carries only this table.
 * Values from the body table of docs/domain.md.
 */
export const BODY_SCALES: Record<BodyId, BodyScale> = {
  nasm: scale('CEU', 10, ['National Academy of Sports Medicine', 'NASM']),
  ace: scale('CEC', 10, ['American Council on Exercise', 'ACE']),
  acsm: scale('CEC', 1, ['American College of Sports Medicine', 'ACSM']),
  nsca: scale('CEU', 10, ['National Strength and Conditioning Association', 'NSCA']),
  afaa: scale('CEU', 1, ['Athletics and Fitness Association of America', 'AFAA']),
  issa: scale('CEU', 1, ['International Sports Sciences Association', 'ISSA']),
  aea: scale('CEC', 1, ['Aquatic Exercise Association', 'AEA']),
  ncbtmb: scale('CE hour', 1, ['National Certification Board for Therapeutic Massage and Bodywork', 'NCBTMB']),
  ancc: scale('contact hour', 1, ['American Nurses Credentialing Center', 'ANCC']),
  nasba: scale('CPE credit', 50 / 60, ['National Association of State Boards of Accountancy', 'NASBA']),
  pmi: scale('PDU', 1, ['Project Management Institute', 'PMI']),
  ncees: scale('PDH', 1, ['NCEES']),
  aswb: scale('CE hour', 1, ['Association of Social Work Boards', 'ASWB ACE', 'ASWB']),
  iacet: scale('CEU', 10, ['IACET'], false),
  nbcc: scale('CE hour', 1, ['National Board for Certified Counselors', 'NBCC']),
  boc: scale('CEU', 1, ['Board of Certification', 'BOC']),
  apa: scale('CE credit', 1, ['American Psychological Association', 'APA']),
  aota: scale('CEU', 10, ['American Occupational Therapy Association', 'AOTA']),
};

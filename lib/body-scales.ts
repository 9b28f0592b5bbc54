import type { BodyId } from './bodies';

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

/**
 * Kept apart from BODIES so the content script (15 kB budget) carries only this table.
 * Values from DOMAIN.md's body table.
 */
export const BODY_SCALES: Record<BodyId, BodyScale> = {
  nasm: { unit: 'CEU', hoursPerUnit: 10, accredits: true, aliases: ['National Academy of Sports Medicine', 'NASM'] },
  ace: { unit: 'CEC', hoursPerUnit: 10, accredits: true, aliases: ['American Council on Exercise', 'ACE'] },
  acsm: { unit: 'CEC', hoursPerUnit: 1, accredits: true, aliases: ['American College of Sports Medicine', 'ACSM'] },
  nsca: { unit: 'CEU', hoursPerUnit: 10, accredits: true, aliases: ['National Strength and Conditioning Association', 'NSCA'] },
  afaa: { unit: 'CEU', hoursPerUnit: 1, accredits: true, aliases: ['Athletics and Fitness Association of America', 'AFAA'] },
  issa: { unit: 'CEU', hoursPerUnit: 1, accredits: true, aliases: ['International Sports Sciences Association', 'ISSA'] },
  aea: { unit: 'CEC', hoursPerUnit: 1, accredits: true, aliases: ['Aquatic Exercise Association', 'AEA'] },
  ncbtmb: { unit: 'CE hour', hoursPerUnit: 1, accredits: true, aliases: ['National Certification Board for Therapeutic Massage and Bodywork', 'NCBTMB'] },
  ancc: { unit: 'contact hour', hoursPerUnit: 1, accredits: true, aliases: ['American Nurses Credentialing Center', 'ANCC'] },
  nasba: { unit: 'CPE credit', hoursPerUnit: 50 / 60, accredits: true, aliases: ['National Association of State Boards of Accountancy', 'NASBA'] },
  pmi: { unit: 'PDU', hoursPerUnit: 1, accredits: true, aliases: ['Project Management Institute', 'PMI'] },
  ncees: { unit: 'PDH', hoursPerUnit: 1, accredits: true, aliases: ['NCEES'] },
  aswb: { unit: 'CE hour', hoursPerUnit: 1, accredits: true, aliases: ['Association of Social Work Boards', 'ASWB ACE', 'ASWB'] },
  iacet: { unit: 'CEU', hoursPerUnit: 10, accredits: false, aliases: ['IACET'] },
};

/**
 * Certifying bodies, their units and renewal defaults, from DOMAIN.md.
 * `unconfirmed` lists the fields DOMAIN.md marks as coming from third-party pages only:
 * the UI shows them as editable defaults with a note.
 */
export const BODY_IDS = [
  'nasm', 'ace', 'acsm', 'nsca', 'afaa', 'issa', 'aea',
  'ncbtmb', 'ancc', 'nasba', 'pmi', 'ncees', 'aswb', 'iacet',
] as const;
export type BodyId = (typeof BODY_IDS)[number];

export interface BodyInfo {
  id: BodyId;
  /** Short label shown beside amounts, e.g. "NASM". */
  label: string;
  name: string;
  /** The credit unit as the body names it (singular). */
  unit: string;
  unitPlural: string;
  /** Contact hours (60 minutes) per one unit. */
  hoursPerUnit: number;
  /** Smallest step amounts come in. */
  step: number;
  /** Default renewal requirement in the body's unit; null where it is set elsewhere (by a state). */
  requirement: number | null;
  /** Default cycle length in months; null where it varies. */
  cycleMonths: number | null;
  /** Whether renewal needs a current CPR/AED. */
  cprRequired: boolean;
  /** How many units a CPR/AED course counts for, where the body says. */
  cprCredit: number | null;
  /** Whether the body accredits credits (false: participation only). */
  accredits: boolean;
  unconfirmed: ReadonlyArray<'hoursPerUnit' | 'requirement' | 'cycleMonths' | 'cprCredit'>;
  notes: string;
  /** Names that identify the body in page text, longest first where they overlap. */
  aliases: readonly string[];
}

export const BODIES: Record<BodyId, BodyInfo> = {
  nasm: {
    id: 'nasm', label: 'NASM', name: 'National Academy of Sports Medicine', unit: 'CEU', unitPlural: 'CEUs',
    hoursPerUnit: 10, step: 0.1, requirement: 2.0, cycleMonths: 24, cprRequired: true, cprCredit: 0.1,
    accredits: true, unconfirmed: ['hoursPerUnit'], notes: '1.9 CEUs plus 0.1 for a current CPR/AED.',
    aliases: ['National Academy of Sports Medicine', 'NASM'],
  },
  ace: {
    id: 'ace', label: 'ACE', name: 'American Council on Exercise', unit: 'CEC', unitPlural: 'CECs',
    hoursPerUnit: 10, step: 0.1, requirement: 2.0, cycleMonths: 24, cprRequired: true, cprCredit: null,
    accredits: true, unconfirmed: [], notes: 'A current CPR/AED is required.',
    aliases: ['American Council on Exercise', 'ACE'],
  },
  acsm: {
    id: 'acsm', label: 'ACSM', name: 'American College of Sports Medicine', unit: 'CEC', unitPlural: 'CECs',
    hoursPerUnit: 1, step: 0.5, requirement: 45, cycleMonths: 36, cprRequired: true, cprCredit: null,
    accredits: true, unconfirmed: [], notes: '45 CECs for CPT and GEI, 60 for EP and CEP; 6-month grace period.',
    aliases: ['American College of Sports Medicine', 'ACSM'],
  },
  nsca: {
    id: 'nsca', label: 'NSCA', name: 'National Strength and Conditioning Association', unit: 'CEU', unitPlural: 'CEUs',
    hoursPerUnit: 10, step: 0.1, requirement: 6.0, cycleMonths: 36, cprRequired: true, cprCredit: null,
    accredits: true, unconfirmed: [], notes: 'Cycle ends December 31; prorated; category maximums (A-D).',
    aliases: ['National Strength and Conditioning Association', 'NSCA'],
  },
  afaa: {
    id: 'afaa', label: 'AFAA', name: 'Athletics and Fitness Association of America', unit: 'CEU', unitPlural: 'CEUs',
    hoursPerUnit: 1, step: 0.5, requirement: 15, cycleMonths: 24, cprRequired: true, cprCredit: 2,
    accredits: true, unconfirmed: ['hoursPerUnit', 'cprCredit'], notes: '2 from AFAA/NASM courses; hands-on CPR/AED counts 2.',
    aliases: ['Athletics and Fitness Association of America', 'AFAA'],
  },
  issa: {
    id: 'issa', label: 'ISSA', name: 'International Sports Sciences Association', unit: 'CEU', unitPlural: 'CEUs',
    hoursPerUnit: 1, step: 1, requirement: 20, cycleMonths: 24, cprRequired: true, cprCredit: null,
    accredits: true, unconfirmed: ['hoursPerUnit', 'requirement'], notes: 'Hands-on CPR/AED required.',
    aliases: ['International Sports Sciences Association', 'ISSA'],
  },
  aea: {
    id: 'aea', label: 'AEA', name: 'Aquatic Exercise Association', unit: 'CEC', unitPlural: 'CECs',
    hoursPerUnit: 1, step: 0.5, requirement: 15, cycleMonths: 24, cprRequired: true, cprCredit: 3,
    accredits: true, unconfirmed: ['hoursPerUnit'], notes: 'AEA-approved CECs; CPR/AED counts 3.0; no carry-over.',
    aliases: ['Aquatic Exercise Association', 'AEA'],
  },
  ncbtmb: {
    id: 'ncbtmb', label: 'NCBTMB', name: 'National Certification Board for Therapeutic Massage and Bodywork',
    unit: 'CE hour', unitPlural: 'CE hours', hoursPerUnit: 1, step: 0.5, requirement: 24, cycleMonths: 24,
    cprRequired: false, cprCredit: null, accredits: true, unconfirmed: [], notes: '3 hours must be ethics.',
    aliases: ['National Certification Board for Therapeutic Massage and Bodywork', 'NCBTMB'],
  },
  ancc: {
    id: 'ancc', label: 'ANCC', name: 'American Nurses Credentialing Center', unit: 'contact hour', unitPlural: 'contact hours',
    hoursPerUnit: 1, step: 0.25, requirement: 75, cycleMonths: 60, cprRequired: false, cprCredit: null,
    accredits: true, unconfirmed: ['requirement'], notes: 'ANCC does not use "CEU".',
    aliases: ['American Nurses Credentialing Center', 'ANCC'],
  },
  nasba: {
    id: 'nasba', label: 'NASBA', name: 'NASBA (accounting CPE)', unit: 'CPE credit', unitPlural: 'CPE credits',
    hoursPerUnit: 50 / 60, step: 0.2, requirement: null, cycleMonths: null, cprRequired: false, cprCredit: null,
    accredits: true, unconfirmed: [], notes: 'Requirement set by each state; a CPE hour is 50 minutes.',
    aliases: ['National Association of State Boards of Accountancy', 'NASBA'],
  },
  pmi: {
    id: 'pmi', label: 'PMI', name: 'Project Management Institute', unit: 'PDU', unitPlural: 'PDUs',
    hoursPerUnit: 1, step: 0.25, requirement: 60, cycleMonths: 36, cprRequired: false, cprCredit: null,
    accredits: true, unconfirmed: [], notes: 'PMP: at least 35 Education PDUs.',
    aliases: ['Project Management Institute', 'PMI'],
  },
  ncees: {
    id: 'ncees', label: 'PDH', name: 'Engineering licensure (PDH)', unit: 'PDH', unitPlural: 'PDHs',
    hoursPerUnit: 1, step: 0.5, requirement: null, cycleMonths: null, cprRequired: false, cprCredit: null,
    accredits: true, unconfirmed: [], notes: 'Requirement set by each state, e.g. 15 a year; 10 PDH = 1 CEU.',
    aliases: ['NCEES'],
  },
  aswb: {
    id: 'aswb', label: 'ASWB ACE', name: 'ASWB ACE (social work)', unit: 'CE hour', unitPlural: 'CE hours',
    hoursPerUnit: 1, step: 0.5, requirement: null, cycleMonths: null, cprRequired: false, cprCredit: null,
    accredits: true, unconfirmed: [], notes: 'Requirement set by each jurisdiction.',
    aliases: ['Association of Social Work Boards', 'ASWB ACE', 'ASWB'],
  },
  iacet: {
    id: 'iacet', label: 'IACET', name: 'IACET (generic CEUs)', unit: 'CEU', unitPlural: 'CEUs',
    hoursPerUnit: 10, step: 0.1, requirement: null, cycleMonths: null, cprRequired: false, cprCredit: null,
    accredits: false, unconfirmed: [], notes: 'Participation only: 1 CEU = 10 contact hours.',
    aliases: ['IACET'],
  },
};

export function isBodyId(value: unknown): value is BodyId {
  return typeof value === 'string' && (BODY_IDS as readonly string[]).includes(value);
}

/**
 * Certifying bodies, their units and renewal defaults, from docs/domain.md.
 * `unconfirmed` lists the fields docs/domain.md marks as coming from third-party pages only:
 * the UI shows them as editable defaults with a note.
 */
import { BODY_IDS, BODY_SCALES, type BodyId, type BodyScale } from './body-scales';

export { BODY_IDS, type BodyId };

export interface BodyInfo extends BodyScale {
  id: BodyId;
  /** Short label shown beside amounts, e.g. "NASM". */
  label: string;
  name: string;
  unitPlural: string;
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
  unconfirmed: ReadonlyArray<'hoursPerUnit' | 'requirement' | 'cycleMonths' | 'cprCredit'>;
  notes: string;
}

/** What BODIES adds to each body's scale: names, renewal defaults and notes. */
const DETAILS: Record<BodyId, Omit<BodyInfo, keyof BodyScale>> = {
  nasm: {
    id: 'nasm',
    label: 'NASM',
    name: 'National Academy of Sports Medicine',
    unitPlural: 'CEUs',
    step: 0.1,
    requirement: 2.0,
    cycleMonths: 24,
    cprRequired: true,
    cprCredit: 0.1,
    unconfirmed: ['hoursPerUnit'],
    notes: '2.0 CEUs in all, 0.1 of them for a current CPR/AED.',
  },
  ace: {
    id: 'ace',
    label: 'ACE',
    name: 'American Council on Exercise',
    unitPlural: 'CECs',
    step: 0.1,
    requirement: 2.0,
    cycleMonths: 24,
    cprRequired: true,
    cprCredit: null,
    unconfirmed: [],
    notes: 'A current CPR/AED is required.',
  },
  acsm: {
    id: 'acsm',
    label: 'ACSM',
    name: 'American College of Sports Medicine',
    unitPlural: 'CECs',
    step: 0.5,
    requirement: 45,
    cycleMonths: 36,
    cprRequired: true,
    cprCredit: null,
    unconfirmed: [],
    notes: '45 CECs for CPT and GEI, 60 for EP and CEP; 6-month grace period.',
  },
  nsca: {
    id: 'nsca',
    label: 'NSCA',
    name: 'National Strength and Conditioning Association',
    unitPlural: 'CEUs',
    step: 0.1,
    requirement: 6.0,
    cycleMonths: 36,
    cprRequired: true,
    cprCredit: null,
    unconfirmed: [],
    notes: 'Cycle ends December 31; prorated; category maximums (A-D).',
  },
  afaa: {
    id: 'afaa',
    label: 'AFAA',
    name: 'Athletics and Fitness Association of America',
    unitPlural: 'CEUs',
    step: 0.5,
    requirement: 15,
    cycleMonths: 24,
    cprRequired: true,
    cprCredit: 2,
    unconfirmed: ['hoursPerUnit', 'cprCredit'],
    notes: '2 from AFAA/NASM courses; hands-on CPR/AED counts 2.',
  },
  issa: {
    id: 'issa',
    label: 'ISSA',
    name: 'International Sports Sciences Association',
    unitPlural: 'CEUs',
    step: 1,
    requirement: 20,
    cycleMonths: 24,
    cprRequired: true,
    cprCredit: null,
    unconfirmed: ['hoursPerUnit', 'requirement'],
    notes: 'Hands-on CPR/AED required.',
  },
  aea: {
    id: 'aea',
    label: 'AEA',
    name: 'Aquatic Exercise Association',
    unitPlural: 'CECs',
    step: 0.5,
    requirement: 15,
    cycleMonths: 24,
    cprRequired: true,
    cprCredit: 3,
    unconfirmed: ['hoursPerUnit'],
    notes: 'AEA-approved CECs; CPR/AED counts 3.0; no carry-over.',
  },
  ncbtmb: {
    id: 'ncbtmb',
    label: 'NCBTMB',
    name: 'National Certification Board for Therapeutic Massage and Bodywork',
    unitPlural: 'CE hours',
    step: 0.5,
    requirement: 24,
    cycleMonths: 24,
    cprRequired: false,
    cprCredit: null,
    unconfirmed: [],
    notes: '3 hours must be ethics.',
  },
  ancc: {
    id: 'ancc',
    label: 'ANCC',
    name: 'American Nurses Credentialing Center',
    unitPlural: 'contact hours',
    step: 0.25,
    requirement: 75,
    cycleMonths: 60,
    cprRequired: false,
    cprCredit: null,
    unconfirmed: ['requirement'],
    notes: 'ANCC does not use "CEU".',
  },
  nasba: {
    id: 'nasba',
    label: 'NASBA',
    name: 'NASBA (accounting CPE)',
    unitPlural: 'CPE credits',
    step: 0.2,
    requirement: null,
    cycleMonths: null,
    cprRequired: false,
    cprCredit: null,
    unconfirmed: [],
    notes: 'Requirement set by each state; a CPE hour is 50 minutes.',
  },
  pmi: {
    id: 'pmi',
    label: 'PMI',
    name: 'Project Management Institute',
    unitPlural: 'PDUs',
    step: 0.25,
    requirement: 60,
    cycleMonths: 36,
    cprRequired: false,
    cprCredit: null,
    unconfirmed: [],
    notes: 'PMP: at least 35 Education PDUs.',
  },
  ncees: {
    id: 'ncees',
    label: 'PDH',
    name: 'Engineering licensure (PDH)',
    unitPlural: 'PDHs',
    step: 0.5,
    requirement: null,
    cycleMonths: null,
    cprRequired: false,
    cprCredit: null,
    unconfirmed: [],
    notes: 'Requirement set by each state, e.g. 15 a year; 10 PDH = 1 CEU.',
  },
  aswb: {
    id: 'aswb',
    label: 'ASWB ACE',
    name: 'ASWB ACE (social work)',
    unitPlural: 'CE hours',
    step: 0.5,
    requirement: null,
    cycleMonths: null,
    cprRequired: false,
    cprCredit: null,
    unconfirmed: [],
    notes: 'Requirement set by each jurisdiction.',
  },
  iacet: {
    id: 'iacet',
    label: 'IACET',
    name: 'IACET (generic CEUs)',
    unitPlural: 'CEUs',
    step: 0.1,
    requirement: null,
    cycleMonths: null,
    cprRequired: false,
    cprCredit: null,
    unconfirmed: [],
    notes: 'Participation only: 1 CEU = 10 contact hours.',
  },
  nbcc: {
    id: 'nbcc',
    label: 'NBCC',
    name: 'National Board for Certified Counselors',
    unitPlural: 'CE hours',
    step: 0.25,
    requirement: 100,
    cycleMonths: 60,
    cprRequired: false,
    cprCredit: null,
    unconfirmed: ['requirement'],
    notes: 'NCC: 100 clock hours in 5 years; approved providers print "ACEP No. NNNN".',
  },
  boc: {
    id: 'boc',
    label: 'BOC',
    name: 'Board of Certification (athletic trainers)',
    unitPlural: 'CEUs',
    step: 0.25,
    requirement: 50,
    cycleMonths: 24,
    cprRequired: false,
    cprCredit: null,
    unconfirmed: [],
    notes:
      '50 CEUs including 10 Evidence Based Practice (EBP); 1 BOC CEU = 1 contact hour; providers print "BOC Approved Provider (P1234)".',
  },
  apa: {
    id: 'apa',
    label: 'APA',
    name: 'American Psychological Association (CE sponsors)',
    unitPlural: 'CE credits',
    step: 0.25,
    requirement: null,
    cycleMonths: null,
    cprRequired: false,
    cprCredit: null,
    unconfirmed: [],
    notes: 'Requirement set by each state; one CE credit is one hour.',
  },
  aota: {
    id: 'aota',
    label: 'AOTA',
    name: 'American Occupational Therapy Association',
    unitPlural: 'CEUs',
    step: 0.05,
    requirement: null,
    cycleMonths: null,
    cprRequired: false,
    cprCredit: null,
    unconfirmed: [],
    notes: 'Requirement set by each state and NBCOT; 0.1 AOTA CEU = 1 hour.',
  },
};

function withScales(): Record<BodyId, BodyInfo> {
  return Object.fromEntries(BODY_IDS.map((id) => [id, { ...BODY_SCALES[id], ...DETAILS[id] }])) as Record<
    BodyId,
    BodyInfo
  >;
}
/** Built by a call marked pure, so a bundle that reads only BODY_SCALES (the content script) drops it. */
export const BODIES = /* @__PURE__ */ withScales();

export function isBodyId(value: unknown): value is BodyId {
  return typeof value === 'string' && (BODY_IDS as readonly string[]).includes(value);
}

import { BODY_SCALES } from '../../../lib/model/body-scales';
import type { Random } from './random';

/**
 * Certifying bodies as their credits are printed: the body's label and full name, its unit as pages write
 * it, the steps its amounts come in, and its scale (contact hours per unit). The scale is the model's
 * (lib/model/body-scales.ts) where the model knows the body; NBCC, BOC, APA and AOTA come from the body table
 * of docs/domain.md until the model carries them.
 */
export interface CorpusBody {
  id: string;
  label: string;
  name: string;
  /** The unit, plural, as the body's certificates write it. */
  units: string;
  /** The unit, singular, for "1 CEU". */
  unit: string;
  /** Amounts: [smallest, largest, step]. */
  range: readonly [number, number, number];
  /** Contact hours per unit when lib/model does not know the body. */
  hoursPerUnit: number;
}

const body = (
  id: string,
  label: string,
  name: string,
  units: string,
  unit: string,
  range: readonly [number, number, number],
  hoursPerUnit: number,
): CorpusBody => ({ id, label, name, units, unit, range, hoursPerUnit });

export const BODIES: Record<string, CorpusBody> = {
  nasm: body('nasm', 'NASM', 'National Academy of Sports Medicine', 'CEUs', 'CEU', [0.1, 2, 0.1], 10),
  ace: body('ace', 'ACE', 'American Council on Exercise', 'CECs', 'CEC', [0.1, 2, 0.1], 10),
  acsm: body('acsm', 'ACSM', 'American College of Sports Medicine', 'CECs', 'CEC', [1, 20, 0.5], 1),
  nsca: body('nsca', 'NSCA', 'National Strength and Conditioning Association', 'CEUs', 'CEU', [0.1, 2, 0.1], 10),
  afaa: body('afaa', 'AFAA', 'Athletics and Fitness Association of America', 'CEUs', 'CEU', [1, 15, 1], 1),
  issa: body('issa', 'ISSA', 'International Sports Sciences Association', 'CEUs', 'CEU', [1, 20, 1], 1),
  aea: body('aea', 'AEA', 'Aquatic Exercise Association', 'CECs', 'CEC', [1, 15, 0.5], 1),
  ncbtmb: body(
    'ncbtmb',
    'NCBTMB',
    'National Certification Board for Therapeutic Massage and Bodywork',
    'CE hours',
    'CE hour',
    [1, 24, 0.5],
    1,
  ),
  ancc: body('ancc', 'ANCC', 'American Nurses Credentialing Center', 'contact hours', 'contact hour', [1, 30, 0.25], 1),
  nasba: body(
    'nasba',
    'NASBA',
    'National Association of State Boards of Accountancy',
    'CPE credits',
    'CPE credit',
    [0.6, 8, 0.2],
    50 / 60,
  ),
  pmi: body('pmi', 'PMI', 'Project Management Institute', 'PDUs', 'PDU', [0.25, 10, 0.25], 1),
  ncees: body('ncees', 'NCEES', 'NCEES', 'PDH', 'PDH', [1, 8, 0.5], 1),
  aswb: body(
    'aswb',
    'ASWB ACE',
    'Association of Social Work Boards',
    'continuing education credits',
    'continuing education credit',
    [1, 12, 0.5],
    1,
  ),
  iacet: body('iacet', 'IACET', 'IACET', 'CEUs', 'CEU', [0.1, 3, 0.1], 10),
  nbcc: body('nbcc', 'NBCC', 'National Board for Certified Counselors', 'clock hours', 'clock hour', [1, 12, 0.5], 1),
  boc: body('boc', 'BOC', 'Board of Certification', 'CEUs', 'CEU', [1, 10, 0.5], 1),
  apa: body('apa', 'APA', 'American Psychological Association', 'CE credits', 'CE credit', [1, 12, 0.5], 1),
  aota: body('aota', 'AOTA', 'American Occupational Therapy Association', 'CEUs', 'CEU', [0.1, 2, 0.1], 10),
};

/** A credit as a person reads it off the page: the body, the amount in its unit, and contact hours. */
export interface ExpectedCredit {
  body: string | null;
  amount: number;
  hours: number;
}

export function hoursPerUnit(id: string): number {
  return (
    (BODY_SCALES as Record<string, { hoursPerUnit: number } | undefined>)[id]?.hoursPerUnit ?? BODIES[id].hoursPerUnit
  );
}

const round = (n: number) => Math.round(n * 100) / 100;

export function randomAmount(random: Random, b: CorpusBody): number {
  const [min, max, step] = b.range;
  return round(min + step * random.int(0, Math.round((max - min) / step)));
}

export function expectedCredit(id: string, amount: number): ExpectedCredit {
  return { body: id, amount, hours: round(amount * hoursPerUnit(id)) };
}

/** Amounts as certificates print them: "0.4", "0.40", "2.0", "3". */
export function amountText(random: Random, amount: number): string {
  const decimals = String(amount).split('.')[1]?.length ?? 0;
  return random.pick([String(amount), amount.toFixed(Math.max(1, decimals)), amount.toFixed(Math.max(2, decimals))]);
}

const hoursText = (hours: number) => (Number.isInteger(hours) ? String(hours) : String(round(hours)));

/** The same credit restated in hours, as many certificates add it: "(4 contact hours)". */
export function restatement(random: Random, credit: ExpectedCredit): string {
  if (credit.body && BODIES[credit.body].units.includes('hour')) return '';
  const h = hoursText(credit.hours);
  return random.pick([
    ` (${h} contact hours)`,
    ` (${h} contact ${credit.hours === 1 ? 'hour' : 'hours'})`,
    ` / ${h} contact hours`,
    ` – equivalent to ${h} contact hours`,
    ` (${h} clock hours)`,
  ]);
}

/**
 * Where a credit is read from: a sentence or line (`line`), and the same credit as a label and a value
 * (`pair`) for tables, definition lists and label/value spans. `ownSite` is true on the body's own site,
 * where a certificate may state the amount without naming the body.
 */
export interface CreditText {
  line: string;
  pair: [string, string];
  phrasing: string;
  /** A credit stated over two rows: the body on one ("Approved by" NSCA), its amount on the next ("CEUs" 0.5). */
  rows?: Array<[string, string]>;
}

export function creditText(random: Random, credit: ExpectedCredit, ownSite: boolean): CreditText {
  const b = BODIES[credit.body!];
  const a = amountText(random, credit.amount);
  const again = random.chance(0.35) ? restatement(random, credit) : '';
  const special = SPECIAL[b.id];
  if (special && random.chance(0.6)) return special(random, a, again);
  const phrasings: Array<[string, () => CreditText]> = [
    [
      'amount-body-unit',
      () => ({
        line: `${a} ${b.label} ${b.units}${again}`,
        pair: ['Credits', `${a} ${b.label} ${b.units}${again}`],
        phrasing: '',
      }),
    ],
    [
      'body-colon',
      () => ({ line: `${b.label}: ${a} ${b.units}${again}`, pair: [b.label, `${a} ${b.units}${again}`], phrasing: '' }),
    ],
    [
      'body-unit-colon',
      () => ({
        line: `${b.label} ${b.units}: ${a}${again}`,
        pair: [`${b.label} ${b.units}`, `${a}${again}`],
        phrasing: '',
      }),
    ],
    [
      'approved-by-name',
      () => ({
        line: `This course is approved by the ${b.name} for ${a} ${b.units}${again}.`,
        pair: [`Approved by ${b.label}`, `${a} ${b.units}${again}`],
        phrasing: '',
      }),
    ],
    [
      'body-approved-for',
      () => ({
        line: `${b.label} approved for ${a} ${b.units}${again}`,
        pair: [`${b.label} approved`, `${a} ${b.units}${again}`],
        phrasing: '',
      }),
    ],
    [
      'approved-by-row',
      () => {
        const who = random.pick([b.name, b.label, `${b.name} (${b.label})`]);
        const rows: Array<[string, string]> = [
          [random.pick(['Approved by', 'Accrediting body', 'Approving organization', 'Accredited by']), who],
          [random.pick([b.units, 'Credits', `${b.units} awarded`, 'Credits earned']), `${a}${again}`],
        ];
        return { line: `Approved by ${who}`, pair: rows[0], phrasing: '', rows };
      },
    ],
    [
      'amount-unit-body-parens',
      () => ({
        line: `${a} ${b.units} (${b.label})${again}`,
        pair: ['Credits', `${a} ${b.units} (${b.label})${again}`],
        phrasing: '',
      }),
    ],
    [
      'worth',
      () => ({
        line: `This course is worth ${a} ${b.label} ${b.units}${again}.`,
        pair: ['Credit value', `${a} ${b.label} ${b.units}${again}`],
        phrasing: '',
      }),
    ],
    [
      'awarded-amount-body',
      () => ({
        line: `Awarded ${a} ${b.label} ${b.units}${again}`,
        pair: ['Awarded', `${a} ${b.label} ${b.units}${again}`],
        phrasing: '',
      }),
    ],
  ];
  if (ownSite)
    phrasings.push(
      [
        'own-earned',
        () => ({
          line: `You have earned ${a} ${b.units}${again}.`,
          pair: [`${b.units} earned`, `${a}${again}`],
          phrasing: '',
        }),
      ],
      [
        'own-unit-colon',
        () => ({ line: `${b.units} Earned: ${a}${again}`, pair: [b.units, `${a}${again}`], phrasing: '' }),
      ],
      [
        'own-approved',
        () => ({
          line: `Approved for ${a} ${b.units}${again}`,
          pair: ['Approved for', `${a} ${b.units}${again}`],
          phrasing: '',
        }),
      ],
    );
  const [name, make] = random.pick(phrasings);
  return { ...make(), phrasing: `${b.id}:${name}${again ? '+hours' : ''}` };
}

/** The bodies whose certificates word their credits in a sentence of their own (docs/domain.md, approval sentences). */
const SPECIAL: Record<string, (random: Random, a: string, again: string) => CreditText> = {
  aswb: (r, a) => ({
    line: `Social workers completing this course receive ${a} ${r.pick(['', 'clinical ', 'general '])}continuing education credits.`,
    pair: ['ASWB ACE CE hours', a],
    phrasing: 'aswb:social-workers-receive',
  }),
  nbcc: (r, a) => ({
    line: r.pick([
      `NBCC clock hours: ${a}`,
      `Counselors: ${a} NBCC clock hours`,
      `This program is approved by NBCC for ${a} clock hours.`,
    ]),
    pair: ['NBCC clock hours', a],
    phrasing: 'nbcc:clock-hours',
  }),
  apa: (r, a) => ({
    line: r.pick([
      `Psychologists: ${a} APA CE credits`,
      `APA CE credits: ${a}`,
      `This program offers ${a} CE credits for psychologists (APA).`,
    ]),
    pair: ['APA CE credits', a],
    phrasing: 'apa:ce-credits',
  }),
  aota: (r, a, again) => ({
    line: r.pick([
      `${a} AOTA CEUs${again}`,
      `AOTA CEUs: ${a}${again}`,
      `Occupational therapists: ${a} AOTA CEUs${again}`,
    ]),
    pair: ['AOTA CEUs', `${a}${again}`],
    phrasing: `aota:ceus${again ? '+hours' : ''}`,
  }),
  boc: (r, a) => ({
    line: r.pick([
      `This program is eligible for a maximum of ${a} Category A CEUs.`,
      `BOC CEUs: ${a} (Category A)`,
      `${a} BOC Category A CEUs`,
    ]),
    pair: ['BOC CEUs (Category A)', a],
    phrasing: 'boc:category-a',
  }),
  ancc: (r, a) => ({
    line: r.pick([
      `${a} ANCC contact hours`,
      `ANCC Contact Hours: ${a}`,
      `This activity has been approved for ${a} ANCC contact hours.`,
    ]),
    pair: ['ANCC contact hours', a],
    phrasing: 'ancc:contact-hours',
  }),
  nasba: (r, a) => ({
    line: r.pick([
      `CPE credit: ${a} in ${r.pick(['Information Technology', 'Accounting', 'Taxes', 'Specialized Knowledge'])}`,
      `NASBA CPE credits: ${a}`,
      `Recommended CPE credit: ${a}`,
    ]),
    pair: ['CPE credits', a],
    phrasing: 'nasba:cpe',
  }),
  pmi: (r, a) => ({
    line: r.pick([
      `PDUs/ContactHours: ${a}`,
      `PMI PDUs: ${a}`,
      `${a} PDUs (${r.pick(['Ways of Working', 'Power Skills', 'Business Acumen'])})`,
    ]),
    pair: ['PDUs/ContactHours', a],
    phrasing: 'pmi:pdus',
  }),
};

/** The approval sentence a provider prints for a body (the standard approval sentences of docs/domain.md's bodies), with the provider's name. */
export function approvalSentence(random: Random, id: string, provider: string): string {
  const n = random.int(1000, 9999);
  switch (id) {
    case 'aswb':
      return `${provider}, provider #${n}, is approved as an ACE provider to offer social work continuing education by the Association of Social Work Boards (ASWB) Approved Continuing Education (ACE) program. Regulatory boards are the final authority on courses accepted for continuing education credit.`;
    case 'nbcc':
      return `${provider} has been approved by NBCC as an Approved Continuing Education Provider, ACEP No. ${n}. Programs that do not qualify for NBCC credit are clearly identified.`;
    case 'apa':
      return `${provider} is approved by the American Psychological Association to sponsor continuing education for psychologists. ${provider} maintains responsibility for this program and its content.`;
    case 'aota':
      return `${provider} is an AOTA approved provider of continuing education (#${n}). The assignment of AOTA CEUs does not imply endorsement of specific course content, products, or clinical procedures by AOTA.`;
    case 'boc':
      return `${provider} is a BOC Approved Provider (P${n}).`;
    case 'ancc':
      return `${provider} is accredited as a provider of nursing continuing professional development by the American Nurses Credentialing Center's Commission on Accreditation.`;
    case 'nasba':
      return `${provider} is registered with the National Association of State Boards of Accountancy (NASBA) as a sponsor of continuing professional education on the National Registry of CPE Sponsors.`;
    default:
      return '';
  }
}

import { describe, expect, it } from 'vitest';
import { bodyFromName, canonicalUnit, findCredits } from '../../lib/detect/credits';

describe('findCredits reads the phrasings certificates use', () => {
  it.each([
    ['1.0 NSCA CEUs', { kind: 'CEC', amount: 1, unit: 'CEU', body: 'nsca', hours: 10 }],
    ['NASM: 0.4 CEUs', { kind: 'CEC', amount: 0.4, unit: 'CEU', body: 'nasm', hours: 4 }],
    [
      'This course is approved by ASWB ACE for 3 CE hours.',
      { kind: 'CEC', amount: 3, unit: 'CE hour', body: 'aswb', hours: 3 },
    ],
    ['ANCC contact hours: 2', { kind: 'CEC', amount: 2, unit: 'contact hour', body: 'ancc', hours: 2 }],
    ['PMI PDUs: 1.5', { kind: 'CEC', amount: 1.5, unit: 'PDU', body: 'pmi', hours: 1.5 }],
    ['ANCC Contact Hours: 2', { kind: 'CEC', amount: 2, unit: 'contact hour', body: 'ancc', hours: 2 }],
    ['and is awarded 2 ANCC contact hours.', { kind: 'CEC', amount: 2, unit: 'contact hour', body: 'ancc', hours: 2 }],
    ['NSCA approved for 0.5 CEUs', { kind: 'CEC', amount: 0.5, unit: 'CEU', body: 'nsca', hours: 5 }],
    ['NSCA – .5 CEUs', { kind: 'CEC', amount: 0.5, unit: 'CEU', body: 'nsca', hours: 5 }],
    [
      'American College of Sports Medicine (ACSM)\n5 CECs',
      { kind: 'CEC', amount: 5, unit: 'CEC', body: 'acsm', hours: 5 },
    ],
    [
      'approved by the National Strength and Conditioning Association for up to 0.5 CEUs',
      { kind: 'CEC', amount: 0.5, unit: 'CEU', body: 'nsca', hours: 5 },
    ],
    ['3.0 ACSM Continuing Education Credits (CECs)', { kind: 'CEC', amount: 3, unit: 'CEC', body: 'acsm', hours: 3 }],
    ['AEA CECs: 2.0', { kind: 'CEC', amount: 2, unit: 'CEC', body: 'aea', hours: 2 }],
    // a unit that belongs to one body names it
    ['1.5 PDUs', { kind: 'CEC', amount: 1.5, unit: 'PDU', body: 'pmi', hours: 1.5 }],
    ['6 CPE credits', { kind: 'CEC', amount: 6, unit: 'CPE credit', body: 'nasba', hours: 5 }],
    // a body that does not accredit gives a CEU, even when named
    ['1.5 IACET CEUs', { kind: 'CEU', amount: 1.5, unit: 'CEU', body: 'iacet', hours: 15 }],
    // no body at all: a plain CEU, 10 contact hours each (IACET)
    ['1.5 CEUs', { kind: 'CEU', amount: 1.5, unit: 'CEU', hours: 15 }],
    ['Contact Hours Awarded: 2', { kind: 'CEU', amount: 2, unit: 'contact hour', hours: 2 }],
    // spelled out with no body: an hour each (the social work boards' and psychologists' kind), not an IACET CEU
    ['You earned 3 continuing education credits.', { kind: 'CEU', amount: 3, unit: 'CE credit', hours: 3 }],
    // a label and its value on one line
    ['CECs 1.5', { kind: 'CEU', amount: 1.5, unit: 'CEC', hours: 15 }],
    ['Contact hours 2.0\nCertificate ID: 4411', { kind: 'CEU', amount: 2, unit: 'contact hour', hours: 2 }],
  ])('%s', (text, credit) => {
    expect(findCredits(text)).toEqual([credit]);
  });

  it("gives an unnamed amount to the site's own body, on that body's scale", () => {
    expect(findCredits('You have earned 0.2 CECs.', 'ace')).toEqual([
      { kind: 'CEC', amount: 0.2, unit: 'CEC', body: 'ace', hours: 2 },
    ]);
    expect(findCredits('You have earned 2 CECs.', 'acsm')).toEqual([
      { kind: 'CEC', amount: 2, unit: 'CEC', body: 'acsm', hours: 2 },
    ]);
    expect(findCredits('CEUs earned: 6', 'afaa')).toEqual([
      { kind: 'CEC', amount: 6, unit: 'CEU', body: 'afaa', hours: 6 },
    ]);
    expect(findCredits('CEUs earned: 0.6', 'nasm')).toEqual([
      { kind: 'CEC', amount: 0.6, unit: 'CEU', body: 'nasm', hours: 6 },
    ]);
  });

  it('a unit at the end of a line is a unit, whatever the next line says', () => {
    expect(findCredits('0.4 CEUs\nCourse Number: 1234', 'nasm')).toEqual([
      { kind: 'CEC', amount: 0.4, unit: 'CEU', body: 'nasm', hours: 4 },
    ]);
  });

  it('prefers a body named in the text over the site body', () => {
    expect(findCredits('0.4 NASM CEUs', 'afaa')).toEqual([
      { kind: 'CEC', amount: 0.4, unit: 'CEU', body: 'nasm', hours: 4 },
    ]);
  });
});

describe('the same credit restated in another unit is one credit', () => {
  it('without a body', () => {
    expect(findCredits('1.5 contact hours, 0.15 CEUs')).toEqual([
      { kind: 'CEU', amount: 0.15, unit: 'CEU', hours: 1.5 },
    ]);
    expect(findCredits('Contact Hours: 2.5 (0.25 CEUs)')).toEqual([
      { kind: 'CEU', amount: 0.25, unit: 'CEU', hours: 2.5 },
    ]);
  });

  it("within a body, kept in the body's own unit", () => {
    expect(findCredits('0.2 CECs (2 contact hours)', 'ace')).toEqual([
      { kind: 'CEC', amount: 0.2, unit: 'CEC', body: 'ace', hours: 2 },
    ]);
    expect(findCredits('2 contact hours (0.2 CECs)', 'ace')).toEqual([
      { kind: 'CEC', amount: 0.2, unit: 'CEC', body: 'ace', hours: 2 },
    ]);
    expect(findCredits('1.0 NSCA CEUs (10 contact hours)')).toEqual([
      { kind: 'CEC', amount: 1, unit: 'CEU', body: 'nsca', hours: 10 },
    ]);
  });

  it('an unbodied amount equal in hours to a bodied credit restates it', () => {
    expect(findCredits('15 ANCC contact hours; 1.5 CEUs (Pharmacists, ACPE)')).toEqual([
      { kind: 'CEC', amount: 15, unit: 'contact hour', body: 'ancc', hours: 15 },
    ]);
  });

  it('the same body named twice is one credit', () => {
    expect(findCredits('NASM: 0.4 CEUs. Approved for 0.4 NASM CEUs.')).toEqual([
      { kind: 'CEC', amount: 0.4, unit: 'CEU', body: 'nasm', hours: 4 },
    ]);
  });

  it('amounts of different hours are different credits', () => {
    expect(findCredits('2 contact hours; 0.5 CEUs')).toEqual([
      { kind: 'CEU', amount: 2, unit: 'contact hour', hours: 2 },
      { kind: 'CEU', amount: 0.5, unit: 'CEU', hours: 5 },
    ]);
  });
});

describe('several bodies on one certificate give one credit per body', () => {
  it('a Human Kinetics approval list', () => {
    const text =
      'Approved for: ACE 0.5 CECs; ACSM 5 CECs; NASM 0.5 CEUs; NSCA 0.5 CEUs; AFAA 5 CEUs (5 contact hours).';
    expect(findCredits(text)).toEqual([
      { kind: 'CEC', amount: 0.5, unit: 'CEC', body: 'ace', hours: 5 },
      { kind: 'CEC', amount: 5, unit: 'CEC', body: 'acsm', hours: 5 },
      { kind: 'CEC', amount: 0.5, unit: 'CEU', body: 'nasm', hours: 5 },
      { kind: 'CEC', amount: 0.5, unit: 'CEU', body: 'nsca', hours: 5 },
      { kind: 'CEC', amount: 5, unit: 'CEU', body: 'afaa', hours: 5 },
    ]);
  });

  it('a table row per body, with the amount in the next cell', () => {
    expect(findCredits('AFAA CEUs\n4.0\nNASM CEUs\n0.4', 'afaa')).toEqual([
      { kind: 'CEC', amount: 4, unit: 'CEU', body: 'afaa', hours: 4 },
      { kind: 'CEC', amount: 0.4, unit: 'CEU', body: 'nasm', hours: 4 },
    ]);
  });

  it('a PESI profession table: every body with its own unit and scale', () => {
    const text =
      'Social Workers\nASWB ACE\n12.5 CE hours\nNurses\nANCC\n12.5 contact hours\nPsychologists\nAPA\n12.5 CE credits\nOccupational Therapists\nAOTA\n1.25 CEUs';
    expect(findCredits(text)).toEqual([
      { kind: 'CEC', amount: 12.5, unit: 'CE hour', body: 'aswb', hours: 12.5 },
      { kind: 'CEC', amount: 12.5, unit: 'contact hour', body: 'ancc', hours: 12.5 },
      { kind: 'CEC', amount: 12.5, unit: 'CE credit', body: 'apa', hours: 12.5 },
      { kind: 'CEC', amount: 1.25, unit: 'CEU', body: 'aota', hours: 12.5 },
    ]);
  });
});

describe("the certifying bodies' approval sentences (PESI, MedBridge, NetCE certificates)", () => {
  it.each([
    [
      'PESI, Inc. has been approved by NBCC as an Approved Continuing Education Provider, ACEP No. 6323. This program qualifies for 6.25 clock hours.',
      [{ kind: 'CEC', amount: 6.25, unit: 'clock hour', body: 'nbcc', hours: 6.25 }],
    ],
    [
      'NetCE designates this continuing education activity for 5 NBCC clock hours.',
      [{ kind: 'CEC', amount: 5, unit: 'clock hour', body: 'nbcc', hours: 5 }],
    ],
    [
      'PESI, Inc. (BOC AP#: P2275) is approved by the Board of Certification, Inc. to provide continuing education to Athletic Trainers (ATs). This program is eligible for a maximum of 6.0 Category A hours/CEUs.',
      [{ kind: 'CEC', amount: 6, unit: 'CEU', body: 'boc', hours: 6 }],
    ],
    [
      'Human Kinetics is a BOC Approved Provider (P2424). Eligible for a maximum of 5 hours/CEUs.',
      [{ kind: 'CEC', amount: 5, unit: 'CEU', body: 'boc', hours: 5 }],
    ],
    [
      'MedBridge is approved by the American Psychological Association to sponsor continuing education for psychologists. MedBridge maintains responsibility for this program and its content. This course offers 2 CE credits.',
      [{ kind: 'CEC', amount: 2, unit: 'CE credit', body: 'apa', hours: 2 }],
    ],
    [
      'PESI, Inc. is an AOTA Approved Provider of continuing education. Provider #: 3322. This intermediate level course qualifies for 0.625 AOTA CEUs or 6.25 contact hours.',
      [{ kind: 'CEC', amount: 0.625, unit: 'CEU', body: 'aota', hours: 6.25 }],
    ],
    [
      'Professional Development Resources is an AOTA approved provider of continuing education (#3159). This course is offered for 0.3 CEUs.',
      [{ kind: 'CEC', amount: 0.3, unit: 'CEU', body: 'aota', hours: 3 }],
    ],
  ])('%s', (text, credits) => {
    expect(findCredits(text)).toEqual(credits);
  });

  it("gives a paragraph's one body only an amount in its own kind of unit", () => {
    // ANCC counts contact hours: the CEUs beside it are a plain CEU (here a restatement, so dropped).
    expect(findCredits('Approved by ANCC. 15 contact hours; 1.5 CEUs.')).toEqual([
      { kind: 'CEC', amount: 15, unit: 'contact hour', body: 'ancc', hours: 15 },
    ]);
    // A paragraph naming two bodies gives neither to an amount that names none.
    expect(findCredits('Approved by ASWB and NBCC. Earn 3 CE hours.')).toEqual([
      { kind: 'CEU', amount: 3, unit: 'CE hour', hours: 3 },
    ]);
  });
});

describe('a credit whose body the page says elsewhere', () => {
  it('a sentence addressed to a profession is that profession’s body', () => {
    expect(
      findCredits('Social workers completing this course receive 3 clinical continuing education credits.'),
    ).toEqual([{ kind: 'CEC', amount: 3, unit: 'CEC', body: 'aswb', hours: 3 }]);
    expect(findCredits('Psychologists: 4 CE credits\nCounselors: 4 clock hours')).toEqual([
      { kind: 'CEC', amount: 4, unit: 'CE credit', body: 'apa', hours: 4 },
      { kind: 'CEC', amount: 4, unit: 'clock hour', body: 'nbcc', hours: 4 },
    ]);
  });

  it('reads a body named on the row above its amount ("Approved by" a body, then "Credits" and the amount)', () => {
    expect(findCredits('Approved by\nNational Strength and Conditioning Association (NSCA)\nCredits\n0.5')).toEqual([
      { kind: 'CEC', amount: 0.5, unit: 'CEU', body: 'nsca', hours: 5 },
    ]);
    expect(findCredits('Accrediting body BOC\nCEUs awarded 7')).toEqual([
      { kind: 'CEC', amount: 7, unit: 'CEU', body: 'boc', hours: 7 },
    ]);
  });

  it("takes the one body the page's approval statements name that its unit fits and that has no credit of its own", () => {
    const page = (credits: string) =>
      `${credits}\nMedBridge is an AOTA approved provider of continuing education (#6119).\nMedBridge is a BOC Approved Provider (P4411).`;
    expect(findCredits(page('AOTA CEUs: 0.7\nThis program is eligible for a maximum of 7 Category A CEUs.'))).toEqual([
      { kind: 'CEC', amount: 0.7, unit: 'CEU', body: 'aota', hours: 7 },
      { kind: 'CEC', amount: 7, unit: 'CEU', body: 'boc', hours: 7 },
    ]);
    // Two bodies it could be: it stays a plain CEU.
    expect(findCredits(page('This program is eligible for 0.7 CEUs.'))).toEqual([
      { kind: 'CEU', amount: 0.7, unit: 'CEU', hours: 7 },
    ]);
  });
});

describe('hours the page states beside a credit win over the scale', () => {
  it.each([
    ['AFAA: 2 CEUs (20 hours)', { kind: 'CEC', amount: 2, unit: 'CEU', body: 'afaa', hours: 20 }],
    ['5 hours | 0.5 NSCA CEUs', { kind: 'CEC', amount: 0.5, unit: 'CEU', body: 'nsca', hours: 5 }],
    ['0.8 NASM CEUs / 8 contact hours', { kind: 'CEC', amount: 0.8, unit: 'CEU', body: 'nasm', hours: 8 }],
    ['15 AFAA CEUs (15 contact hours)', { kind: 'CEC', amount: 15, unit: 'CEU', body: 'afaa', hours: 15 }],
    ['PDUs/ContactHours: 1.00', { kind: 'CEC', amount: 1, unit: 'PDU', body: 'pmi', hours: 1 }],
  ])('%s', (text, credit) => {
    expect(findCredits(text)).toEqual([credit]);
  });
});

describe('body names are words, not letters inside words', () => {
  it.each([
    ['SPACE: 0.4 CEUs'],
    ['GRACE 0.2 CECs'],
    ['NSCAA: 1.0 CEUs'],
    ['ACES 0.2 CECs'],
    ['An ace instructor earns 0.2 CECs'],
    ['Ace your renewal: 0.2 CECs'],
    ['nasm: 0.4 CEUs'],
  ])('%s names no body', (text) => {
    expect(findCredits(text).map((c) => c.body)).toEqual([undefined]);
  });

  it('full names are read in any case, acronyms only as written', () => {
    expect(bodyFromName('National  Academy of Sports Medicine')).toBe('nasm');
    expect(bodyFromName('national academy of sports medicine')).toBe('nasm');
    expect(bodyFromName('ASWB ACE')).toBe('aswb');
    expect(bodyFromName('ACE')).toBe('ace');
    expect(bodyFromName('Ace')).toBeUndefined();
  });
});

describe('what is not a credit', () => {
  it.each([
    ['Strength and Conditioning Journal Volume 48 Issue 1 CEU Quiz'],
    ['Browse 2 CEU courses'],
    ['Your CEU record'],
    ['0 CEUs'],
    ['5000 contact hours'],
    ['Course #94143'],
    ['12345 CEUs'],
    ['AFAA CEUs count toward the 15 CEUs required every two years'],
    ['Renewal: 2.0 CEUs needed by December 31'],
    ['You need 24 CE hours to renew'],
  ])('%s', (text) => {
    expect(findCredits(text)).toEqual([]);
  });
});

describe('canonicalUnit', () => {
  it.each([
    ['Continuing Education Credits', 'CEC'],
    ['continuing education units', 'CEU'],
    ['CECs', 'CEC'],
    ['CEUs', 'CEU'],
    ['CE Hours', 'CE hour'],
    ['CEs', 'CE hour'],
    ['CE credits', 'CE credit'],
    ['Contact  Hours', 'contact hour'],
    ['clock hours', 'clock hour'],
    ['CPE', 'CPE credit'],
    ['CPE hours', 'CPE credit'],
    ['PDUs', 'PDU'],
    ['PDH', 'PDH'],
  ])('%s is %s', (stated, unit) => {
    expect(canonicalUnit(stated)).toBe(unit);
  });
});

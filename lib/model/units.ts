import type { BodyId } from './bodies';
import { BODY_SCALES } from './body-scales';

/** Units that are themselves a measure of time, whatever body grants them: contact hours per unit. */
const HOUR_UNITS: Record<string, number> = {
  'contact hour': 1,
  'ce hour': 1,
  'clock hour': 1,
  hour: 1,
  pdh: 1,
  pdu: 1,
  'cpe credit': 50 / 60,
  'cpe hour': 50 / 60,
};

/** IACET: 1 CEU = 10 contact hours. Used for a CEU or CEC that names no body. */
const HOURS_PER_UNBODIED_CEU = 10;

export function roundHours(hours: number): number {
  return Math.round(hours * 100) / 100;
}

/** Contact hours (60 minutes) for an amount in a unit, on the body's own scale where the body is known. */
export function creditHours(credit: { amount: number; unit: string; body?: BodyId }): number {
  const unit = unitKey(credit.unit);
  const hourFactor = HOUR_UNITS[unit];
  if (hourFactor !== undefined) return roundHours(credit.amount * hourFactor);
  if (credit.body) return roundHours(credit.amount * BODY_SCALES[credit.body].hoursPerUnit);
  if (unit === 'ceu' || unit === 'cec') return roundHours(credit.amount * HOURS_PER_UNBODIED_CEU);
  return roundHours(credit.amount);
}

/** "CEUs", "ceu" and "CEU" are one unit; "contact hours" and "Contact hour" too. */
function unitKey(unit: string): string {
  return unit.trim().toLowerCase().replace(/s$/, '');
}

/**
 * An activity's credits as the credits they state: those of one kind, body and unit are parts of one credit (a
 * credit split into the share its page stated and the rest); one body's credit in other units is the same credit
 * stated again ("0.4 CEUs, 4 contact hours"), which callers count once, by its largest statement.
 */
export function creditStatements<C extends { kind: string; body?: string; unit: string }>(
  credits: readonly C[],
): C[][] {
  const groups = new Map<string, C[]>();
  for (const credit of credits) {
    const key = `${credit.kind}|${credit.body ?? ''}|${unitKey(credit.unit)}`;
    groups.set(key, [...(groups.get(key) ?? []), credit]);
  }
  return [...groups.values()];
}

/** The hours of part of a credit (`amount` of its amount), in the same proportion, to the hundredth. */
export function partHours(credit: { amount: number; hours: number }, amount: number): number {
  return amount === credit.amount ? credit.hours : Math.round(((credit.hours * amount) / credit.amount) * 100) / 100;
}

export function sameUnit(a: string, b: string): boolean {
  return unitKey(a) === unitKey(b);
}

/** A credit's amount in a body's unit: as stated when stated in that unit, else through its contact hours. */
export function amountInUnit(
  credit: { amount: number; unit: string; hours: number },
  unit: string,
  hoursPerUnit: number,
): number {
  return sameUnit(credit.unit, unit) ? credit.amount : credit.hours / hoursPerUnit;
}

/** Amounts and hours as the screens write them. */
import { BODIES, type BodyId } from './bodies';

/** "0.2 ACE CECs", "1 ANCC contact hour", "1.5 CEUs". */
export function formatAmount(amount: number, unit: string, body?: BodyId): string {
  const plural = amount === 1 ? unit : pluralize(unit);
  return [formatNumber(amount), body ? BODIES[body].label : null, plural].filter(Boolean).join(' ');
}

export function formatHours(hours: number): string {
  return `${formatNumber(hours)} contact ${hours === 1 ? 'hour' : 'hours'}`;
}

export function formatNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function pluralize(unit: string): string {
  return /s$/i.test(unit) ? unit : `${unit}s`;
}

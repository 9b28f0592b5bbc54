import { BODIES } from '../model/bodies';
import type { Detection } from '../model/schema';
import { formatAmount, formatHours } from '../model/format';

/** What the background remembers about one tab (kept in storage.session: the worker may sleep). */
export interface TabState {
  url: string;
  detection: Detection;
  /** Id of the saved activity, once the completion is in the log. */
  activityId?: string;
}

export type BadgeStatus = 'none' | 'detected' | 'saved';

export interface Badge {
  text: string;
  color: string;
  title: string;
}

export function describeCredits(detection: Detection): string {
  const { credits } = detection.activity;
  if (credits.length === 0) return 'no credits stated';
  return credits.map((c) => `${formatAmount(c.amount, c.unit, c.body)} (${formatHours(c.hours)})`).join(', ');
}

/** The toolbar icon's badge and tooltip for a tab. */
export function badgeFor(status: BadgeStatus, detection?: Detection): Badge {
  if (status === 'none' || !detection) return { text: '', color: '#5f6368', title: 'CE Tally' };
  const title = detection.activity.title;
  if (status === 'saved') {
    return { text: '✓', color: '#1e7e34', title: `CE Tally: “${title}” is in your log` };
  }
  const first = detection.activity.credits[0];
  const text = first ? String(Math.round(first.amount * 100) / 100).slice(0, 4) : 'CE';
  const body = first?.body ? ` ${BODIES[first.body].label}` : '';
  return {
    text,
    color: '#1a56db',
    title: `CE Tally: completed “${title}”${body ? ` (${body.trim()})` : ''}, ${describeCredits(detection)}. Click to save.`,
  };
}

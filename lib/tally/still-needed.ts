/**
 * What a certification still needs, in words: the popup's one line per certification and the reminders
 * say this, from the same counting (lib/tally/renewal.ts).
 */
import { formatDays as days, formatNumber } from '../model/format';
import type { CategoryRule } from '../model/requirements';
import { roundUpToStep, type MissingItem, type RenewalFigures } from './renewal';

/** "Category D" of "Category D: NSCA Quizzes & Assessments"; "Ethics" stays "Ethics". */
export function shortCategoryLabel(rule: CategoryRule): string {
  return rule.label.split(':')[0].trim();
}

function units(amount: number, progress: RenewalFigures): string {
  const { scale } = progress;
  return `${formatNumber(amount)} ${amount === 1 ? scale.unit : scale.unitPlural}`;
}

function itemText(item: MissingItem, progress: RenewalFigures): string {
  const step = progress.scale.step;
  switch (item.kind) {
    case 'units': {
      const total = roundUpToStep(item.units, step);
      const [only, ...more] = item.inCategories;
      // All that is needed is one category's minimum: "3 Ethics hours", "35 Education PDUs".
      if (only && more.length === 0 && roundUpToStep(only.units, step) >= total) {
        const label = shortCategoryLabel(only.category.rule);
        const unit = only.category.rule.inHours
          ? total === 1
            ? 'hour'
            : 'hours'
          : units(total, progress).replace(/^\S+ /, '');
        // "3 Ethics hours", "0.3 Category D CEUs"; a longer name reads better after: "2 CEUs in AFAA's own courses".
        return /^(\S+|Category \S+)$/.test(label)
          ? `${formatNumber(total)} ${label} ${unit}`
          : `${formatNumber(total)} ${unit} in ${label}`;
      }
      const parts = item.inCategories.map(
        (c, i) =>
          `${formatNumber(roundUpToStep(c.units, step))}${i === 0 ? ' of them' : ''} in ${shortCategoryLabel(c.category.rule)}`,
      );
      return [units(total, progress), ...parts].join(', ');
    }
    case 'categories':
      return `credits from ${item.more} more ${item.more === 1 ? 'category' : 'categories'}`;
    case 'cpr':
      return 'a current CPR/AED card';
  }
}

/**
 * "0.6 CEUs, 0.3 of them in Category D" / "3 Ethics hours" / "a current CPR/AED card"; several joined with
 * "; ". Undefined when nothing is missing.
 */
export function stillNeededText(progress: RenewalFigures): string | undefined {
  if (progress.missing.length === 0) return undefined;
  const items = progress.countsCredits ? progress.missing : progress.missing.filter((m) => m.kind === 'cpr');
  if (items.length === 0) return undefined;
  return items.map((item) => itemText(item, progress)).join('; ');
}

/** "214 days left", "due today", "overdue by 3 days", "grace period: 40 days left". */
export function daysLeftText(progress: RenewalFigures): string {
  const { daysLeft } = progress;
  const prefix = progress.inGrace ? 'grace period: ' : '';
  if (daysLeft < 0)
    return progress.state === 'complete' ? `cycle ended ${days(-daysLeft)} ago` : `overdue by ${days(-daysLeft)}`;
  if (daysLeft === 0) return `${prefix}due today`;
  return `${prefix}${days(daysLeft)} left`;
}

import { describe, expect, it } from 'vitest';
import { labelledCode } from '../../lib/detect/course-code';

describe('labelledCode reads the code a certificate prints under a label', () => {
  it.each([
    ['Course ID: AF-30291', 'AF-30291'],
    ['Program ID: SEM071245', 'SEM071245'],
    ['Course number\tMB-4821', 'MB-4821'],
    ['Course #97210 — Sepsis Recognition', '97210'],
    ['Activity code ab-12', 'AB-12'],
  ])('%s → %s', (text, code) => {
    expect(labelledCode(text)).toBe(code);
  });

  it('takes no word after the label for a code, and no code without a label', () => {
    expect(labelledCode('Course ID Nutrition for Runners')).toBeNull();
    expect(labelledCode('Program overview and objectives')).toBeNull();
    expect(labelledCode('Order SEM071245 shipped')).toBeNull();
  });
});

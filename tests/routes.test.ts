import { describe, expect, it } from 'vitest';
import { optionsUrl, parseOptionsHash, parseSummaryQuery, summaryUrl } from '../lib/routes';

describe('the options page routes', () => {
  it('writes the hashes of the contract exactly', () => {
    expect(optionsUrl.edit('3f2a-9c')).toBe('/options.html#edit=3f2a-9c');
    expect(optionsUrl.addCertification()).toBe('/options.html#add-certification');
  });

  it('reads back what it writes, even an id that needs escaping', () => {
    for (const id of ['3f2a-9c', 'a b/c#d', '“quoted”']) {
      const url = optionsUrl.edit(id);
      expect(parseOptionsHash(url.slice(url.indexOf('#')))).toEqual({ kind: 'edit', id });
    }
    expect(parseOptionsHash('#add-certification')).toEqual({ kind: 'add-certification' });
    expect(parseOptionsHash('#certifications')).toEqual({ kind: 'certifications' });
    expect(optionsUrl.packet('a b')).toBe('/options.html#packet=a%20b');
    expect(parseOptionsHash('#packet=a%20b')).toEqual({ kind: 'packet', certificationId: 'a b' });
    expect(optionsUrl.certification('c:1/2')).toBe('/options.html#certification=c%3A1%2F2');
    expect(parseOptionsHash('#certification=c%3A1%2F2')).toEqual({ kind: 'certification', certificationId: 'c:1/2' });
  });

  it('writes and reads the summary page address of a certification and a cycle', () => {
    const url = summaryUrl('c&1', '2027-06-30');
    expect(url).toBe('/summary.html?certification=c%261&cycle=2027-06-30');
    expect(parseSummaryQuery(url.slice(url.indexOf('?')))).toEqual({ certificationId: 'c&1', cycleEnd: '2027-06-30' });
    expect(parseSummaryQuery('?certification=x')).toEqual({ certificationId: 'x', cycleEnd: undefined });
    expect(parseSummaryQuery('?cycle=2027-06-30')).toBeUndefined();
  });

  it('answers nothing for a hash it does not know or cannot decode', () => {
    for (const hash of [
      '',
      '#',
      '#edit=',
      '#edit=%E0%A4%A',
      '#packet=',
      '#certification=',
      '#certifications=x',
      '#add-certifications',
      '#other',
    ]) {
      expect(parseOptionsHash(hash)).toBeUndefined();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { optionsUrl, parseOptionsHash } from '../lib/routes';

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
  });

  it('answers nothing for a hash it does not know or cannot decode', () => {
    for (const hash of ['', '#', '#edit=', '#edit=%E0%A4%A', '#add-certifications', '#other']) {
      expect(parseOptionsHash(hash)).toBeUndefined();
    }
  });
});

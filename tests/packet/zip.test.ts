// @vitest-environment node
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { StreamedZip, zipDate } from '../../lib/packet/zip';

describe('zip dates', () => {
  it('keeps a date the zip format holds, and moves one it cannot hold to the nearest it can', () => {
    const june = new Date(2026, 5, 1, 12, 30);
    expect(zipDate(june)).toBe(june);
    expect(zipDate(new Date(1975, 2, 1))).toEqual(new Date(1980, 0, 1));
    expect(zipDate(new Date(2150, 0, 1)).getFullYear()).toBe(2099);
    expect(Number.isNaN(zipDate(new Date('not a date')).getTime())).toBe(false);
  });

  it('writes files dated before 1980 and after 2099 into a zip that unzips', async () => {
    const zip = new StreamedZip();
    zip.add('old.txt', new TextEncoder().encode('1975'), { modified: new Date(1975, 2, 1) });
    zip.add('future.txt', new TextEncoder().encode('2150'), { modified: new Date(2150, 0, 1), compress: true });
    const files = unzipSync(new Uint8Array(await zip.finish().arrayBuffer()));
    expect(new TextDecoder().decode(files['old.txt'])).toBe('1975');
    expect(new TextDecoder().decode(files['future.txt'])).toBe('2150');
  });
});

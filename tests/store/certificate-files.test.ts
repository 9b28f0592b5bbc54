// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { saveActivity } from '../../lib/store/activities';
import {
  attachCertificate,
  certificateOf,
  checkCertificateFile,
  MAX_CERTIFICATE_BYTES,
  putBackCertificates,
  removeCertificates,
  sniffCertificateType,
} from '../../lib/store/certificate-files';
import { minimalPdf, TINY_PNG } from '../support/certificate-files';
import { dbSnapshot, draft, testDb } from '../support/helpers';

const bytes = (...values: Array<number | string>) =>
  new Uint8Array(values.flatMap((v) => (typeof v === 'string' ? [...v].map((c) => c.charCodeAt(0)) : [v])));

describe('sniffCertificateType', () => {
  it('reads the type from the magic bytes', () => {
    expect(sniffCertificateType(minimalPdf())).toBe('application/pdf');
    expect(sniffCertificateType(TINY_PNG)).toBe('image/png');
    expect(sniffCertificateType(bytes(0xff, 0xd8, 0xff, 0xdb))).toBe('image/jpeg');
    expect(sniffCertificateType(bytes('GIF89a', 1, 0))).toBe('image/gif');
    expect(sniffCertificateType(bytes('RIFF', 0, 0, 0, 0, 'WEBPVP8 '))).toBe('image/webp');
  });

  it('refuses near misses: HTML, SVG, a RIFF that is not WebP, a truncated PNG signature, empty', () => {
    expect(sniffCertificateType(bytes('<!doctype html><title>%PDF-</title>'))).toBeUndefined();
    expect(sniffCertificateType(bytes('<svg xmlns="http://www.w3.org/2000/svg">'))).toBeUndefined();
    expect(sniffCertificateType(bytes('RIFF', 0, 0, 0, 0, 'WAVEfmt '))).toBeUndefined();
    expect(sniffCertificateType(TINY_PNG.slice(0, 7))).toBeUndefined();
    expect(sniffCertificateType(bytes(' %PDF-1.4'))).toBeUndefined();
    expect(sniffCertificateType(new Uint8Array())).toBeUndefined();
  });
});

describe('checkCertificateFile', () => {
  it('judges the bytes, not the name', async () => {
    expect(await checkCertificateFile(new File([minimalPdf()], 'scan.jpg'))).toEqual({
      ok: true,
      type: 'application/pdf',
    });
    expect(
      await checkCertificateFile(
        new File(['<html><script>alert(1)</script>'], 'certificate.pdf', { type: 'application/pdf' }),
      ),
    ).toEqual({ ok: false, message: '“certificate.pdf” is not a PDF or an image (PNG, JPEG, WebP or GIF).' });
  });

  it('refuses an empty file and one over 10 MB, saying its size', async () => {
    expect(await checkCertificateFile(new File([], 'empty.pdf'))).toEqual({
      ok: false,
      message: '“empty.pdf” is empty.',
    });
    const big = new File([minimalPdf(), new Uint8Array(MAX_CERTIFICATE_BYTES)], 'big.pdf');
    expect(await checkCertificateFile(big)).toEqual({
      ok: false,
      message: '“big.pdf” is 10.0 MB; a certificate file can be at most 10 MB.',
    });
    const justFits = new File([minimalPdf(), new Uint8Array(MAX_CERTIFICATE_BYTES - minimalPdf().length)], 'fits.pdf');
    expect(await checkCertificateFile(justFits)).toEqual({ ok: true, type: 'application/pdf' });
  });
});

describe('attach, remove and put back', () => {
  it('stores the file as a Blob of its sniffed type and points the activity to it', async () => {
    const db = testDb();
    const { activity } = await saveActivity(db, draft(), 'manual', 1000);
    const pdf = minimalPdf();
    const result = await attachCertificate(db, activity.id, new File([pdf], 'cert.bin', { type: 'text/html' }), 2000);
    if (result.status !== 'attached') throw new Error(result.status);
    const stored = await db.activities.get(activity.id);
    expect(stored).toMatchObject({ certificateFileId: result.file.id, updatedAt: 2000 });
    const file = await certificateOf(db, stored!);
    expect(file).toMatchObject({
      activityId: activity.id,
      name: 'cert.bin',
      type: 'application/pdf',
      size: pdf.length,
    });
    expect(file!.blob.type).toBe('application/pdf');
    expect(new Uint8Array(await file!.blob.arrayBuffer())).toEqual(pdf);
  });

  it('a refused file writes nothing', async () => {
    const db = testDb();
    const { activity } = await saveActivity(db, draft(), 'manual');
    const before = await dbSnapshot(db);
    expect(await attachCertificate(db, activity.id, new File(['MZ executable'], 'cert.pdf'))).toMatchObject({
      status: 'refused',
    });
    expect(await attachCertificate(db, 'no-such-activity', new File([minimalPdf()], 'cert.pdf'))).toEqual({
      status: 'missing',
    });
    expect(await dbSnapshot(db)).toEqual(before);
  });

  it('replacing returns the earlier file, and putting it back undoes the replacement exactly', async () => {
    const db = testDb();
    const { activity } = await saveActivity(db, draft(), 'manual');
    await attachCertificate(db, activity.id, new File([TINY_PNG], 'first.png'));
    const withFirst = await dbSnapshot(db);
    const second = await attachCertificate(db, activity.id, new File([minimalPdf()], 'second.pdf'));
    if (second.status !== 'attached') throw new Error(second.status);
    expect(second.replaced.map((f) => f.name)).toEqual(['first.png']);
    expect(await db.certificates.count()).toBe(1);
    await putBackCertificates(db, activity.id, second.replaced);
    const after = await dbSnapshot(db);
    expect({ ...after, activities: after.activities.map(({ updatedAt: _u, ...a }) => a) }).toEqual({
      ...withFirst,
      activities: withFirst.activities.map(({ updatedAt: _u, ...a }) => a),
    });
  });

  it('removing returns the files, and Undo puts them back', async () => {
    const db = testDb();
    const { activity } = await saveActivity(db, draft(), 'manual');
    await attachCertificate(db, activity.id, new File([minimalPdf()], 'cert.pdf'));
    const removed = await removeCertificates(db, activity.id);
    expect(removed.map((f) => f.name)).toEqual(['cert.pdf']);
    expect(await db.certificates.count()).toBe(0);
    expect(await db.activities.get(activity.id)).not.toHaveProperty('certificateFileId');
    await putBackCertificates(db, activity.id, removed);
    expect((await db.activities.get(activity.id))?.certificateFileId).toBe(removed[0].id);
    expect(await db.certificates.count()).toBe(1);
  });
});

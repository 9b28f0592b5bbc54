/**
 * The renewal packet's floor, run inside the log's own page (the bench adds this script to it): the same
 * certificate files read from IndexedDB one at a time and stored in a zip with fflate, to a Blob — the
 * packet's work without its summary, its PDF, its CSV or its worker.
 */
import { Zip, ZipPassThrough } from 'fflate';

function certificateIds(db: IDBDatabase): Promise<IDBValidKey[]> {
  return new Promise((resolve, reject) => {
    const request = db.transaction('certificates').objectStore('certificates').getAllKeys();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function certificate(db: IDBDatabase, id: IDBValidKey): Promise<{ blob: Blob }> {
  return new Promise((resolve, reject) => {
    const request = db.transaction('certificates').objectStore('certificates').get(id);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function zipCertificates(): Promise<number> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('ce-tally');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const parts: Blob[] = [];
  let pending: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    pending.push(chunk);
  });
  for (const [i, id] of (await certificateIds(db)).entries()) {
    const file = new ZipPassThrough(`certificates/${i}.pdf`);
    zip.add(file);
    file.push(new Uint8Array(await (await certificate(db, id)).blob.arrayBuffer()), true);
    parts.push(new Blob(pending as BlobPart[]));
    pending = [];
  }
  zip.end();
  parts.push(new Blob(pending as BlobPart[]));
  db.close();
  return new Blob(parts, { type: 'application/zip' }).size;
}

(window as unknown as { ceTallyPacketFloor: () => Promise<number> }).ceTallyPacketFloor = zipCertificates;

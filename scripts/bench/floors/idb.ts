/// <reference types="chrome" />
/**
 * Plain IndexedDB, as a floor uses it: the browser's own calls, wrapped only to be awaited.
 * (Floors are bench-only pages: scripts/bench/bench-extension.ts builds them beside the extension.)
 */
export const FLOOR_READY = 'ce-tally-bench:floor-ready';

export function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

export function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

export function openDatabase(): Promise<IDBDatabase> {
  return request(indexedDB.open('ce-tally'));
}

export interface Credit {
  kind: 'CEC' | 'CEU';
  amount: number;
  unit: string;
  hours: number;
}

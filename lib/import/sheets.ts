import { UnreadableFile } from './draft';
import { parseSheet, sheetDrafts, type ColumnRole, type Sheet, type SheetReading } from './spreadsheet';

/** Reading a spreadsheet: its rows, then its drafts under the user's mapping; in a worker where the page has one. */
export interface SheetReader {
  parse(text: string): Promise<Sheet>;
  drafts(fileName: string, sheet: Sheet, mapping: ColumnRole[]): Promise<SheetReading>;
}

export type SheetRequest =
  | { id: number; op: 'parse'; text: string }
  | { id: number; op: 'drafts'; fileName: string; sheet: Sheet; mapping: ColumnRole[] };

export type SheetResponse =
  | { id: number; sheet: Sheet }
  | { id: number; reading: SheetReading }
  | { id: number; error: string; unreadable: boolean };

/** The worker's answer to one request (lib/import/sheet-worker.ts); a thrown error is sent back as a message. */
export function answerSheetRequest(request: SheetRequest): SheetResponse {
  try {
    return request.op === 'parse'
      ? { id: request.id, sheet: parseSheet(request.text) }
      : { id: request.id, reading: sheetDrafts(request.fileName, request.sheet, request.mapping) };
  } catch (error) {
    return {
      id: request.id,
      error: error instanceof Error ? error.message : String(error),
      unreadable: error instanceof UnreadableFile,
    };
  }
}

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

/** The same reading on the calling thread (tests, and a page without workers). */
export const IN_THREAD_SHEETS: SheetReader = {
  parse: async (text) => parseSheet(text),
  drafts: async (fileName, sheet, mapping) => sheetDrafts(fileName, sheet, mapping),
};

/** A SheetReader answered by a worker running lib/import/sheet-worker.ts; its errors come back as they were thrown. */
export function workerSheets(start: () => Worker): SheetReader {
  let worker: Worker | undefined;
  let nextId = 0;
  const waiting = new Map<number, { resolve: (r: SheetResponse) => void; reject: (e: Error) => void }>();
  const call = (request: WithoutId<SheetRequest>): Promise<SheetResponse> => {
    if (!worker) {
      worker = start();
      worker.onmessage = (event: MessageEvent<SheetResponse>) => {
        waiting.get(event.data.id)?.resolve(event.data);
        waiting.delete(event.data.id);
      };
      worker.onerror = (event) => {
        // A worker that fails to start or crashes fails every reading waiting on it; the next starts anew.
        for (const { reject } of waiting.values()) reject(new Error(event.message || 'the spreadsheet reader stopped'));
        waiting.clear();
        worker?.terminate();
        worker = undefined;
      };
    }
    const id = nextId++;
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      worker!.postMessage({ ...request, id });
    });
  };
  const answer = <T>(response: SheetResponse, pick: (r: SheetResponse) => T | undefined): T => {
    if ('error' in response) throw response.unreadable ? new UnreadableFile(response.error) : new Error(response.error);
    return pick(response)!;
  };
  return {
    parse: async (text) => answer(await call({ op: 'parse', text }), (r) => ('sheet' in r ? r.sheet : undefined)),
    drafts: async (fileName, sheet, mapping) =>
      answer(await call({ op: 'drafts', fileName, sheet, mapping }), (r) => ('reading' in r ? r.reading : undefined)),
  };
}

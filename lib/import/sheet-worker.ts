/**
 * A worker that reads spreadsheets off the page's thread: a 10,000-row file parses and becomes drafts in
 * about a second, which on the page would freeze it. Started by lib/import/engines.ts.
 */
import { answerSheetRequest, type SheetRequest } from './sheets';

self.onmessage = (event: MessageEvent<SheetRequest>) => self.postMessage(answerSheetRequest(event.data));

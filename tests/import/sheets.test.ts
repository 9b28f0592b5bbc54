import { describe, expect, it } from 'vitest';
import { UnreadableFile } from '../../lib/import/draft';
import { answerSheetRequest, IN_THREAD_SHEETS, workerSheets, type SheetRequest } from '../../lib/import/sheets';
import { guessMapping } from '../../lib/import/spreadsheet';

/** A worker as the page gets one: messages answered later, by the same answer the real worker file sends. */
class AnsweringWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  constructor(private readonly crash = false) {}
  postMessage(request: SheetRequest) {
    setTimeout(() => {
      if (this.crash) this.onerror?.({ message: 'out of memory' } as ErrorEvent);
      else this.onmessage?.({ data: structuredClone(answerSheetRequest(request)) } as MessageEvent);
    }, 0);
  }
  terminate() {
    this.terminated = true;
  }
}

const SHEET = 'Date,Course,Credits\n2026-03-02,Kettlebells,0.2 CECs\n2026-04-10,Mobility,1 contact hour\n';

describe('reading spreadsheets in a worker', () => {
  it('gives the same rows and drafts as reading them on the page', async () => {
    const reader = workerSheets(() => new AnsweringWorker() as unknown as Worker);
    const [sheet, here] = await Promise.all([reader.parse(SHEET), IN_THREAD_SHEETS.parse(SHEET)]);
    expect(sheet).toEqual(here);
    const mapping = guessMapping(sheet.header);
    expect(await reader.drafts('kept.csv', sheet, mapping)).toEqual(
      await IN_THREAD_SHEETS.drafts('kept.csv', sheet, mapping),
    );
  });

  it("brings back a file's problem as the review's one line, and a crash as an error; the next file starts a new worker", async () => {
    const started: AnsweringWorker[] = [];
    let crash = true;
    const reader = workerSheets(() => {
      started.push(new AnsweringWorker(crash));
      return started.at(-1) as unknown as Worker;
    });
    await expect(reader.parse(SHEET)).rejects.toThrow('out of memory');
    expect(started[0].terminated).toBe(true);
    crash = false;
    const refused = reader.parse('Date,Course\n');
    await expect(refused).rejects.toBeInstanceOf(UnreadableFile);
    await expect(refused).rejects.toThrow('has no rows under its header.');
    expect(started).toHaveLength(2);
  });
});

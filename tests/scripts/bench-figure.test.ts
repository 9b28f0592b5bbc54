import { describe, expect, it } from 'vitest';
import { interleave, keys, summarize } from '../../scripts/bench/figure';
import { combine } from '../../scripts/bench/report';

describe('the bench: a figure beside its floor', () => {
  it('takes turns which goes first, and throws the warm-up pair away', async () => {
    const order: string[] = [];
    const pairs = await interleave(
      4,
      async (run) => (order.push(`work ${run}`), 10 + run),
      async (run) => (order.push(`floor ${run}`), 5),
    );
    expect(order).toEqual([
      'floor -1',
      'work -1',
      'work 0',
      'floor 0',
      'floor 1',
      'work 1',
      'work 2',
      'floor 2',
      'floor 3',
      'work 3',
    ]);
    expect(pairs.map((p) => p.ms)).toEqual([10, 11, 12, 13]);
  });

  it('gives the median ratio of the pairs and the lowest and highest seen', () => {
    const summary = summarize([
      { ms: 30, floorMs: 10, longestTaskMs: 40 },
      { ms: 20, floorMs: 10, longestTaskMs: 70 },
      { ms: 12, floorMs: 12 },
    ]);
    expect(summary).toEqual({
      ms: 20,
      floorMs: 10,
      ratio: 2,
      low: 1,
      high: 3,
      longestTaskMs: 70,
      floorLongestTaskMs: undefined,
    });
  });

  it('names its keys after the figure', () => {
    expect(keys({ name: 'popup', suffix: '_10k', label: '', floor: '' })).toEqual({
      ms: 'popup_ms_10k',
      floorMs: 'popup_floor_ms_10k',
      ratio: 'popup_ratio_10k',
      longestTask: 'popup_longest_task_ms_10k',
      floorLongestTask: 'popup_floor_longest_task_ms_10k',
    });
    expect(keys({ name: 'save', label: '', floor: '' }).ratio).toBe('save_ratio');
  });

  it('joins the repeats of the whole bench figure by figure', () => {
    const figure = { name: 'save', label: '', floor: '' };
    const run = (ms: number) => [{ figure, pairs: [{ ms, floorMs: 10 }] }];
    const [save] = combine([run(10), run(20), run(15)]);
    expect(save.repeats.map((r) => r.ratio)).toEqual([1, 2, 1.5]);
  });
});

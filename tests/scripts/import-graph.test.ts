import { describe, expect, it } from 'vitest';
import { arrowsUp, circles, importGraph } from '../../scripts/support/import-graph';

describe('the import graph', () => {
  const graph = importGraph();

  it('has no circle: every file can be read before the files that use it', () => {
    expect(circles(graph)).toEqual([]);
  });

  it('has no import that runs up or sideways between rooms (scripts/support/import-graph.ts, FLOORS)', () => {
    expect(arrowsUp(graph)).toEqual([]);
  });

  it('sees a circle and an arrow up when there is one', () => {
    const made = new Map([
      ['lib/model/a.ts', ['lib/store/b.ts']],
      ['lib/store/b.ts', ['lib/model/a.ts']],
    ]);
    expect(circles(made)).toEqual([['lib/model/a.ts', 'lib/store/b.ts']]);
    expect(arrowsUp(made)).toEqual(['lib/model/a.ts -> lib/store/b.ts']);
  });
});

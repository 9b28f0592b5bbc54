import { describe, expect, it } from 'vitest';
import { arrowsUp, circles, importGraph, packagesLoaded } from '../../scripts/support/import-graph';

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

  it('keeps the heavy libraries out of the content script, which every provider page loads', () => {
    const heavy = ['zod', 'dexie', 'react', 'react-dom', 'pdfjs-dist', 'tesseract.js', 'fflate'];
    const loaded = packagesLoaded('entrypoints/providers.content.ts');
    expect([...loaded].filter(([name]) => heavy.some((h) => name === h || name.startsWith(`${h}/`)))).toEqual([]);
    // It can see one: the popup loads React.
    expect(packagesLoaded('entrypoints/popup/main.tsx').has('react')).toBe(true);
  });
});

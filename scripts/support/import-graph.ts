/**
 * The import graph of lib/, components/ and entrypoints/, read from the relative imports in the source.
 * `npm run -s imports` prints it; tests/scripts/import-graph.test.ts holds lib/ to no circle and no arrow up.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

/**
 * The floors, lowest first: a file may import its own room and rooms on a lower floor, never one on its own
 * floor or above. lib/'s root files (errors, perf-marks) stand on the ground floor with the model.
 */
export const FLOORS: readonly (readonly string[])[] = [
  ['lib', 'lib/model'],
  ['lib/detect', 'lib/store'],
  ['lib/tally', 'lib/forms', 'lib/export', 'lib/import'],
  // The renewal packet puts together what the floor below makes: the tally's counting and the export's CSV;
  // the background too: the store's log and the tally's renewal reminders.
  ['lib/packet', 'lib/background'],
  ['components'],
  ['entrypoints'],
];

const SOURCE = /\.(ts|tsx)$/;
const IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return SOURCE.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function resolveImport(from: string, spec: string): string | null {
  const base = resolve(ROOT, dirname(from), spec);
  for (const ext of ['', '.ts', '.tsx', '/index.ts', '/index.tsx']) {
    const path = base + ext;
    if (existsSync(path) && statSync(path).isFile() && SOURCE.test(path)) return relative(ROOT, path);
  }
  return null;
}

/** file -> the files it imports (relative imports only; type-only imports count: a reader meets them too). */
export function importGraph(dirs = ['lib', 'components', 'entrypoints']): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of dirs.flatMap(sourceFiles)) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const targets = [...text.matchAll(IMPORT)]
      .map((m) => resolveImport(file, m[1]))
      .filter((t): t is string => t !== null);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** The room of a file: the deepest folder of FLOORS that holds it. */
export function roomOf(file: string): string {
  const rooms = FLOORS.flat().filter(
    (room) => file.startsWith(`${room}/`) && (room !== 'lib' || file.split('/').length === 2),
  );
  return rooms.sort((a, b) => b.length - a.length)[0] ?? dirname(file);
}

const floorOf = (room: string) => FLOORS.findIndex((floor) => floor.includes(room));

/** Circles: strongly connected groups of more than one file (Tarjan). */
export function circles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (node: string) => {
    order.set(node, index);
    low.set(node, index++);
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!order.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (stack.includes(next)) low.set(node, Math.min(low.get(node)!, order.get(next)!));
    }
    if (low.get(node) === order.get(node)) {
      const group: string[] = [];
      let member: string;
      do group.push((member = stack.pop()!));
      while (member !== node);
      if (group.length > 1) found.push(group.sort());
    }
  };
  for (const node of graph.keys()) if (!order.has(node)) visit(node);
  return found;
}

/** Imports that run against the floors: into a room on the same floor or above (a room may use itself). */
export function arrowsUp(graph: Map<string, string[]>): string[] {
  const arrows: string[] = [];
  for (const [from, targets] of graph) {
    const fromRoom = roomOf(from);
    for (const to of targets) {
      const toRoom = roomOf(to);
      if (toRoom === fromRoom) continue;
      const [a, b] = [floorOf(fromRoom), floorOf(toRoom)];
      if (a === -1 || b === -1 || b >= a) arrows.push(`${from} -> ${to}`);
    }
  }
  return arrows;
}

/** The longest chain of imports, in files: the height of the house a reader climbs. */
export function fileFloors(graph: Map<string, string[]>): number {
  const depth = new Map<string, number>();
  const height = (node: string, seen: Set<string>): number => {
    if (depth.has(node)) return depth.get(node)!;
    if (seen.has(node)) return 0; // a circle: counted once
    seen.add(node);
    const h = 1 + Math.max(0, ...(graph.get(node) ?? []).map((next) => height(next, seen)));
    seen.delete(node);
    depth.set(node, h);
    return h;
  };
  return Math.max(...[...graph.keys()].map((node) => height(node, new Set())));
}

/** What runs when a file is loaded: its imports that are not `import type`, packages included ('zod'). */
const RUNTIME_IMPORT = /^\s*(?:import(?!\s+type\b)|export)\s[^;]*?from\s*['"]([^'"]+)['"]/gm;

/**
 * The packages a file loads, through its own runtime imports and theirs (type-only imports erased):
 * what a bundle of that entrypoint carries.
 */
export function packagesLoaded(entry: string): Map<string, string> {
  const packages = new Map<string, string>(); // package -> the first file that loads it
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, spec] of readFileSync(join(ROOT, file), 'utf8').matchAll(RUNTIME_IMPORT)) {
      if (spec.startsWith('.')) {
        const target = resolveImport(file, spec);
        if (target) visit(target);
      } else if (!packages.has(spec)) packages.set(spec, file);
    }
  };
  visit(entry);
  return packages;
}

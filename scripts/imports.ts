/** npm run -s imports: the rooms, the height of the import graph, its circles and the arrows that run back up. */
import { arrowsUp, circles, fileFloors, FLOORS, importGraph, roomOf } from './support/import-graph';

const graph = importGraph();
const rooms = new Map<string, number>();
for (const file of graph.keys()) rooms.set(roomOf(file), (rooms.get(roomOf(file)) ?? 0) + 1);

console.log('Floors, lowest first (a room imports only from floors below it):');
FLOORS.forEach((floor, i) =>
  console.log(`  ${i}: ${floor.map((room) => `${room} (${rooms.get(room) ?? 0} files)`).join(', ')}`),
);
console.log(`Files: ${graph.size}; longest chain of imports: ${fileFloors(graph)} files`);
const found = circles(graph);
console.log(`Circles: ${found.length}`);
for (const group of found) console.log(`  ${group.join(' <-> ')}`);
const up = arrowsUp(graph);
console.log(`Arrows that run back up or sideways: ${up.length}`);
for (const arrow of up) console.log(`  ${arrow}`);

// The API's layer check, run by `npm run lint` on dependency-cruiser's JSON (stdin):
// - the module rules of .dependency-cruiser.cjs (less the violations it lists as known);
// - cycles between folders, which dependency-cruiser cannot list as known: an import that puts a new pair of
//   folders on a cycle fails, and so does a list that still names a cycle already undone (a ratchet: it only
//   shrinks). `--write` records today's folder edges on cycles as the list.
import { readFileSync, writeFileSync } from 'node:fs';

const KNOWN = new URL('../.folder-cycles-known.json', import.meta.url);
/**
 * A folder's entities and repositories are data access, a layer below its features (docs/architecture.md): they
 * count as a node of their own, so a low folder that reads rows (identity/, loaders/) makes no cycle with the
 * features that use it, while a row that reached up into a feature still would.
 */
const folderOf = (path) => {
  const folder = path.match(/^src\/(common\/[^/]+|[^/]+)\//)?.[1] ?? null;
  return folder && /\.(entity|repository)\.ts$/.test(path) ? `${folder} (data)` : folder;
};

const cruise = JSON.parse(readFileSync(0, 'utf8'));
const broken = cruise.summary.violations.filter((violation) => violation.rule.severity === 'error');
for (const { from, to, rule } of broken) console.error(`${rule.name}: ${from} -> ${to}`);
const edges = new Map();
for (const module of cruise.modules) {
  const from = folderOf(module.source);
  for (const dependency of module.dependencies) {
    const to = folderOf(dependency.resolved);
    if (from && to && from !== to) edges.set(from, (edges.get(from) ?? new Set()).add(to));
  }
}

// Tarjan's strongly connected components: an edge lies on a cycle when both ends share a component.
const component = new Map();
const index = new Map();
const low = new Map();
const stack = [];
let counter = 0;
const visit = (folder) => {
  index.set(folder, counter);
  low.set(folder, counter++);
  stack.push(folder);
  for (const next of edges.get(folder) ?? []) {
    if (!index.has(next)) {
      visit(next);
      low.set(folder, Math.min(low.get(folder), low.get(next)));
    } else if (!component.has(next) && stack.includes(next)) {
      low.set(folder, Math.min(low.get(folder), index.get(next)));
    }
  }
  if (low.get(folder) === index.get(folder)) {
    let member;
    do component.set((member = stack.pop()), folder);
    while (member !== folder);
  }
};
for (const folder of edges.keys()) if (!index.has(folder)) visit(folder);

const onCycles = [...edges]
  .flatMap(([from, tos]) =>
    [...tos].filter((to) => component.get(from) === component.get(to)).map((to) => `${from} -> ${to}`),
  )
  .sort();

if (process.argv.includes('--write')) {
  writeFileSync(KNOWN, `${JSON.stringify(onCycles, null, 2)}\n`);
  console.log(`${onCycles.length} folder edges on cycles recorded as still to undo.`);
} else {
  const known = new Set(JSON.parse(readFileSync(KNOWN, 'utf8')));
  const added = onCycles.filter((edge) => !known.has(edge));
  const undone = [...known].filter((edge) => !onCycles.includes(edge));
  if (added.length > 0) console.error(`Imports that close a cycle between folders:\n  ${added.join('\n  ')}`);
  if (undone.length > 0) {
    console.error(
      `Cycles undone (well done): record it with \`npm run lint:layers:record\`:\n  ${undone.join('\n  ')}`,
    );
  }
  if (broken.length + added.length + undone.length > 0) process.exit(1);
  console.log(`Layers hold; ${onCycles.length} folder edges on cycles are still to undo.`);
}

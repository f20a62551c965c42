// Matters that depend on each other must still have an order in which they can be decided: no cycles.

/** `from` depends on `to`: `to` has to be decided (or withdrawn) first. */
export interface DependencyEdge {
  from: string;
  to: string;
}

/**
 * The cycle adding `newEdge` would close, as ids from `newEdge.from` round to itself
 * (`[a, b, c, a]`: a depends on b, b on c, c on a), or null when none. A matter depending on itself is `[a, a]`.
 * The shortest such cycle is returned, so the message naming it stays short.
 */
export function findDependencyCycle(edges: DependencyEdge[], newEdge: DependencyEdge): string[] | null {
  const { from, to } = newEdge;
  if (from === to) return [from, from];
  const dependsOn = new Map<string, string[]>();
  for (const edge of edges) {
    const targets = dependsOn.get(edge.from);
    if (targets) targets.push(edge.to);
    else dependsOn.set(edge.from, [edge.to]);
  }
  // Breadth-first from `to`: reaching `from` means `to` already depends on `from`, directly or not.
  const cameFrom = new Map<string, string | null>([[to, null]]);
  const queue = [to];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    if (next === from) {
      const path: string[] = [];
      for (let id: string | null | undefined = next; id != null; id = cameFrom.get(id)) path.unshift(id);
      return [from, ...path];
    }
    for (const target of dependsOn.get(next) ?? []) {
      if (!cameFrom.has(target)) {
        cameFrom.set(target, next);
        queue.push(target);
      }
    }
  }
  return null;
}

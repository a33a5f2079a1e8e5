/** Builds the category tree of a site from its flat, menu-ordered list. */
import type { CategoryRow } from '../db/schema.js';

export interface CategoryNode {
  readonly category: CategoryRow;
  readonly children: CategoryNode[];
}

export function buildCategoryTree(categories: readonly CategoryRow[]): CategoryNode[] {
  const nodes = new Map<number, CategoryNode>(categories.map((c) => [c.id, { category: c, children: [] }]));
  const roots: CategoryNode[] = [];
  for (const c of categories) {
    const node = nodes.get(c.id);
    if (node === undefined) continue;
    const parent = c.parent_id === null ? undefined : nodes.get(c.parent_id);
    (parent?.children ?? roots).push(node);
  }
  return roots;
}

/** The chain from the root category down to `id`, for breadcrumbs. */
export function categoryTrail(categories: readonly CategoryRow[], id: number): CategoryRow[] {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const trail: CategoryRow[] = [];
  const seen = new Set<number>();
  let current = byId.get(id);
  while (current !== undefined && !seen.has(current.id)) {
    seen.add(current.id);
    trail.unshift(current);
    current = current.parent_id === null ? undefined : byId.get(current.parent_id);
  }
  return trail;
}

/** The category tree from a flat list: nesting for the tree view, indented options for selects. */
import type { Category } from '../api/types.js';
import type { Option } from '../components/form.js';

export interface CategoryNode {
  category: Category;
  children: CategoryNode[];
  depth: number;
}

export function categoryTree(categories: Category[]): CategoryNode[] {
  const byParent = new Map<number | null, Category[]>();
  const ids = new Set(categories.map((c) => c.id));
  for (const c of categories) {
    const parent = c.parentId !== null && ids.has(c.parentId) ? c.parentId : null;
    const list = byParent.get(parent) ?? [];
    list.push(c);
    byParent.set(parent, list);
  }
  const build = (parent: number | null, depth: number, seen: Set<number>): CategoryNode[] =>
    (byParent.get(parent) ?? [])
      .filter((c) => !seen.has(c.id))
      .sort((a, b) => a.menuOrder - b.menuOrder || a.name.localeCompare(b.name, 'vi'))
      .map((c) => ({ category: c, depth, children: build(c.id, depth + 1, new Set([...seen, c.id])) }));
  return build(null, 0, new Set());
}

export function flatten(nodes: CategoryNode[]): CategoryNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}

export function categoryOptions(categories: Category[], exclude?: number): Option[] {
  return flatten(categoryTree(categories))
    .filter((n) => n.category.id !== exclude)
    .map((n) => ({ value: String(n.category.id), label: `${'— '.repeat(n.depth)}${n.category.name}` }));
}

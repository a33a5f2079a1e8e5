/**
 * The menu as the menu screen edits it: items with a local key (for element ids and
 * focus), moved, removed and added without the server, then turned into the request —
 * checked first by the server's own rules (re-exported by the contract), with each
 * fault tied to the control it concerns.
 */
import { checkMenu } from '../../../src/contract/menus.js';
import type { MenuInput, MenuItemAnswer, MenuTargetAnswer } from '../api/types.js';

export type DraftTarget = MenuTargetAnswer;
export type TargetKind = DraftTarget['kind'];

export interface DraftItem {
  key: number;
  label: string;
  target: DraftTarget;
  children: DraftItem[];
  /** Loaded with its page or category deleted since: readers do not see it until a target is chosen again. */
  gone: boolean;
}

let nextKey = 1;

export function newItem(kind: TargetKind): DraftItem {
  const target: DraftTarget = kind === 'page' ? { kind, pageId: null } : kind === 'category' ? { kind, categoryId: null } : { kind, url: '' };
  return { key: nextKey++, label: '', target, children: [], gone: false };
}

function isGone(target: DraftTarget): boolean {
  return (target.kind === 'page' && target.pageId === null) || (target.kind === 'category' && target.categoryId === null);
}

export function draftOf(items: readonly MenuItemAnswer[]): DraftItem[] {
  return items.map((item) => ({
    key: nextKey++,
    label: item.label,
    target: item.target,
    gone: isGone(item.target),
    children: item.children.map((child) => ({ key: nextKey++, label: child.label, target: child.target, children: [], gone: isGone(child.target) })),
  }));
}

/** Element ids of an item's controls. */
export const controlId = {
  label: (key: number) => `menu-${key}-label`,
  target: (key: number) => `menu-${key}-target`,
  up: (key: number) => `menu-${key}-up`,
  down: (key: number) => `menu-${key}-down`,
};

/** Applies `change` to the list holding the item `key` (the top level or one item's sub-items). */
function inListOf(items: DraftItem[], key: number, change: (list: DraftItem[], index: number) => DraftItem[]): DraftItem[] {
  const index = items.findIndex((i) => i.key === key);
  if (index >= 0) return change(items, index);
  return items.map((item) => ({ ...item, children: inListOf(item.children, key, change) }));
}

export function moveItem(items: DraftItem[], key: number, step: -1 | 1): DraftItem[] {
  return inListOf(items, key, (list, index) => {
    const to = index + step;
    if (to < 0 || to >= list.length) return list;
    const moved = [...list];
    const [item] = moved.splice(index, 1);
    if (item !== undefined) moved.splice(to, 0, item);
    return moved;
  });
}

export function removeItem(items: DraftItem[], key: number): DraftItem[] {
  return inListOf(items, key, (list, index) => list.filter((_, i) => i !== index));
}

/** Changes an item's label or target; a new target is no longer a deleted one. */
export function updateItem(items: DraftItem[], key: number, change: Partial<Pick<DraftItem, 'label' | 'target'>>): DraftItem[] {
  return inListOf(items, key, (list, index) => list.map((item, i) => (i === index ? { ...item, ...change, gone: change.target === undefined && item.gone } : item)));
}

/** The item `key` and its place: its index in its list, the list's length, and its parent's key if it is a sub-item. */
export function placeOf(items: readonly DraftItem[], key: number): { item: DraftItem; index: number; count: number; parent?: number } | undefined {
  const index = items.findIndex((i) => i.key === key);
  const top = items[index];
  if (top !== undefined) return { item: top, index, count: items.length };
  for (const parent of items) {
    const childIndex = parent.children.findIndex((c) => c.key === key);
    const child = parent.children[childIndex];
    if (child !== undefined) return { item: child, index: childIndex, count: parent.children.length, parent: parent.key };
  }
  return undefined;
}

/** Adds `item` at the end of the top level (parent undefined) or of a top-level item's sub-items. */
export function addItem(items: DraftItem[], item: DraftItem, parent?: number): DraftItem[] {
  if (parent === undefined) return [...items, item];
  return items.map((p) => (p.key === parent ? { ...p, children: [...p.children, item] } : p));
}

/** A fault of the menu, tied to a control when it concerns one. */
export interface DraftError {
  fieldId?: string | undefined;
  message: string;
}

/** What each field path of the API ("items.1.children.0.label") concerns on the screen. */
function fieldIds(items: readonly DraftItem[]): Map<string, string> {
  const ids = new Map<string, string>();
  const add = (path: string, item: DraftItem) => {
    ids.set(`${path}.label`, controlId.label(item.key));
    for (const suffix of ['target', 'target.url', 'target.pageId', 'target.categoryId', 'children']) ids.set(`${path}.${suffix}`, suffix === 'children' ? controlId.label(item.key) : controlId.target(item.key));
    ids.set(path, controlId.label(item.key));
  };
  items.forEach((item, i) => {
    add(`items.${i}`, item);
    item.children.forEach((child, j) => add(`items.${i}.children.${j}`, child));
  });
  return ids;
}

/** The server's field errors (or the rules') tied to the controls of this draft. */
export function errorsFor(items: readonly DraftItem[], errors: readonly { field: string; message: string }[]): DraftError[] {
  const ids = fieldIds(items);
  return errors.map((e) => ({ fieldId: ids.get(e.field), message: e.message }));
}

/** An item that has no target chosen yet (or whose page or category was deleted). */
function missingTarget(item: DraftItem, messages: { page: string; category: string }): DraftError[] {
  if (item.target.kind === 'page' && item.target.pageId === null) return [{ fieldId: controlId.target(item.key), message: messages.page }];
  if (item.target.kind === 'category' && item.target.categoryId === null) return [{ fieldId: controlId.target(item.key), message: messages.category }];
  return [];
}

type SendableTarget = MenuInput['items'][number]['target'];

function sendable(target: DraftTarget): SendableTarget {
  if (target.kind === 'page') return { kind: 'page', pageId: target.pageId ?? 0 };
  if (target.kind === 'category') return { kind: 'category', categoryId: target.categoryId ?? 0 };
  return target;
}

/** The request for this draft, or the faults to fix first (the same rules the server applies). */
export function toInput(items: readonly DraftItem[], messages: { page: string; category: string }): { input: MenuInput } | { errors: DraftError[] } {
  const missing = items.flatMap((item) => [...missingTarget(item, messages), ...item.children.flatMap((child) => missingTarget(child, messages))]);
  if (missing.length > 0) return { errors: missing };
  const input: MenuInput = {
    items: items.map((item) => ({
      label: item.label,
      target: sendable(item.target),
      children: item.children.map((child) => ({ label: child.label, target: sendable(child.target) })),
    })),
  };
  const check = checkMenu(input.items);
  return check.ok ? { input } : { errors: errorsFor(items, check.errors) };
}

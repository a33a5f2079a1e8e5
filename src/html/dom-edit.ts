/** Small helpers for editing a domhandler tree (htmlparser2's DOM) by rebuilding child lists. */
import { Element, isTag, isText, type ChildNode } from 'domhandler';

/** Makes `children` the children of `parent`, fixing parent and sibling links. */
export function adopt<T extends Element>(parent: T, children: ChildNode[]): T {
  parent.children = children;
  children.forEach((child, i) => {
    child.parent = parent;
    child.prev = children[i - 1] ?? null;
    child.next = children[i + 1] ?? null;
  });
  return parent;
}

/** Adds `child` after the last child of `parent`, without copying the list (a list grows item by item). */
export function append(parent: Element, child: ChildNode): void {
  const last = parent.children[parent.children.length - 1] ?? null;
  parent.children.push(child);
  child.parent = parent;
  child.prev = last;
  child.next = null;
  if (last !== null) last.next = child;
}

export function element(name: string, attribs: Record<string, string>, children: ChildNode[]): Element {
  return adopt(new Element(name, attribs), children);
}

/** All text below a node, as a reader sees it (no markup). */
export function textOf(node: ChildNode): string {
  if (isText(node)) return node.data;
  if (isTag(node)) return node.children.map(textOf).join('');
  return '';
}

/** True when the nodes show nothing but white space (an image counts as content). */
export function isBlank(nodes: readonly ChildNode[]): boolean {
  return nodes.every((n) => {
    if (isText(n)) return n.data.replace(/[\s\u00a0]/g, '') === '';
    if (isTag(n)) return n.name !== 'img' && n.name !== 'table' && isBlank(n.children);
    return true;
  });
}

/** Removes and returns the first descendant element that matches, searching depth first. */
export function takeFirst(parent: Element, matches: (el: Element) => boolean): Element | undefined {
  for (const child of parent.children) {
    if (!isTag(child)) continue;
    if (matches(child)) {
      adopt(parent, parent.children.filter((c) => c !== child));
      return child;
    }
    const found = takeFirst(child, matches);
    if (found !== undefined) return found;
  }
  return undefined;
}

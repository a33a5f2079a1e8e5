/**
 * What a site's menu may hold, as pure rules (no I/O): at most 12 top-level items with
 * at most 15 sub-items each and no deeper level; labels of 1–80 characters once trimmed
 * and in NFC; links only to absolute http(s) addresses or paths of the site itself (a
 * `javascript:` or protocol-relative address never reaches a reader's header); no two
 * items at one level pointing at the same place. Whether a page or category belongs to
 * the site is the service's question (it needs the database).
 */
import type { FieldDetail } from '../errors/domain-error.js';
import { MENU_LIMITS } from './menu-limits.js';
import { menuMessages as m } from './messages.js';

export { MENU_LIMITS };

/** Where an item leads: one of the site's pages, one of its categories, or an address. */
export type MenuTarget = { kind: 'page'; pageId: number } | { kind: 'category'; categoryId: number } | { kind: 'link'; url: string };

/** An item as it is sent: any depth, untrimmed, so that the rules can say what is wrong with it. */
export interface MenuItemDraft {
  label: string;
  target: MenuTarget;
  children?: readonly MenuItemDraft[] | undefined;
}

/** An item that passed the rules: its label and address normalised, sub-items only at the top level. */
export interface MenuEntry {
  label: string;
  target: MenuTarget;
  children: MenuEntry[];
}

export type MenuCheck = { ok: true; menu: MenuEntry[] } | { ok: false; errors: FieldDetail[] };

/** Whitespace and control characters, which a one-line label holds as single spaces. */
const SPACE_OR_CONTROL = /[\s\p{Cc}]+/gu;

/** A label as stored: NFC, runs of spaces (and stray line breaks) as one space, trimmed. */
export function normalizeLabel(label: string): string {
  return label.normalize('NFC').replace(SPACE_OR_CONTROL, ' ').trim();
}

/** Characters as a person counts them (code points, not UTF-16 units). */
function lengthOf(text: string): number {
  return [...text].length;
}

/** Characters no address in a menu needs, and that make one read differently by different parsers. */
const UNSAFE_IN_URL = /[\s\p{Cc}\\]/u;

/**
 * The address trimmed when a menu may link to it, else undefined: an absolute http or
 * https address with a host and no user name in it, or a path of the site starting with
 * a single "/" ("//host" would leave the site).
 */
export function menuUrl(url: string): string | undefined {
  const trimmed = url.trim();
  if (trimmed === '' || lengthOf(trimmed) > MENU_LIMITS.urlMax || UNSAFE_IN_URL.test(trimmed)) return undefined;
  if (trimmed.startsWith('/')) return trimmed.startsWith('//') ? undefined : trimmed;
  if (!/^https?:\/\//i.test(trimmed)) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return undefined;
  }
  const fine = (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
  return fine ? trimmed : undefined;
}

/** Whether an address leaves the site (an absolute one). */
export function isExternalUrl(url: string): boolean {
  return !url.startsWith('/');
}

/** Items pointing at the same place share this key. */
export function targetKey(target: MenuTarget): string {
  switch (target.kind) {
    case 'page':
      return `page:${target.pageId}`;
    case 'category':
      return `category:${target.categoryId}`;
    case 'link':
      return `link:${target.url}`;
  }
}

function checkTarget(target: MenuTarget, path: string, errors: FieldDetail[]): MenuTarget {
  if (target.kind !== 'link') return target;
  if (target.url.trim() === '') {
    errors.push({ field: `${path}.target.url`, message: m.urlMissing });
    return target;
  }
  if (lengthOf(target.url.trim()) > MENU_LIMITS.urlMax) {
    errors.push({ field: `${path}.target.url`, message: m.urlTooLong });
    return target;
  }
  const url = menuUrl(target.url);
  if (url === undefined) errors.push({ field: `${path}.target.url`, message: m.urlInvalid });
  return { kind: 'link', url: url ?? target.url };
}

function checkLabel(label: string, path: string, errors: FieldDetail[]): string {
  const normalized = normalizeLabel(label);
  if (normalized === '') errors.push({ field: `${path}.label`, message: m.labelMissing });
  else if (lengthOf(normalized) > MENU_LIMITS.labelMax) errors.push({ field: `${path}.label`, message: m.labelTooLong(lengthOf(normalized)) });
  return normalized;
}

/** One level's items, checked and normalised; `depth` 1 is the top level. */
function checkLevel(items: readonly MenuItemDraft[], path: string, depth: number, errors: FieldDetail[]): MenuEntry[] {
  const seen = new Map<string, string>();
  return items.map((item, index) => {
    const at = `${path}.${index}`;
    const label = checkLabel(item.label, at, errors);
    const target = checkTarget(item.target, at, errors);
    const key = targetKey(target);
    const other = seen.get(key);
    if (other !== undefined) errors.push({ field: `${at}.target`, message: m.duplicate(label, other) });
    else seen.set(key, label);
    const children = item.children ?? [];
    if (depth > 1) {
      if (children.length > 0) errors.push({ field: `${at}.children`, message: m.tooDeep });
      return { label, target, children: [] };
    }
    if (children.length > MENU_LIMITS.children) errors.push({ field: `${at}.children`, message: m.tooManyChildren(label, children.length) });
    return { label, target, children: checkLevel(children, `${at}.children`, depth + 1, errors) };
  });
}

/** Checks a whole menu; on success, the menu as it is stored. Errors name fields as the API does (`items.0.children.1.label`). */
export function checkMenu(items: readonly MenuItemDraft[]): MenuCheck {
  const errors: FieldDetail[] = [];
  if (items.length > MENU_LIMITS.topLevel) errors.push({ field: 'items', message: m.tooManyTopLevel(items.length) });
  const menu = checkLevel(items, 'items', 1, errors);
  return errors.length === 0 ? { ok: true, menu } : { ok: false, errors };
}

/** An item of any form of a menu (sent, stored, checked), as far as its labels go. */
interface LabelledItem {
  label: string;
  children: readonly { label: string }[];
}

/** Labels in reading order, sub-items after their parent (the audit's record of a menu). */
export function menuLabels(menu: readonly LabelledItem[]): string[] {
  return menu.flatMap((item) => [item.label, ...item.children.map((child) => `${item.label} › ${child.label}`)]);
}

/** Items in all, sub-items included. */
export function menuSize(menu: readonly LabelledItem[]): number {
  return menu.reduce((sum, item) => sum + 1 + item.children.length, 0);
}

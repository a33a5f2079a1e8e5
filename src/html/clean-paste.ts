/**
 * A pre-clean for rich text pasted from Word, LibreOffice Writer or Google Docs,
 * run before sanitizeRichText (html/sanitize.ts), which stays the one allow-list:
 *
 *   stored = sanitizeRichText(cleanPastedHtml(pasted))
 *
 * It drops what word processors add around the text — <head>, <style>, conditional
 * comments and their <xml>/VML, `mso-` styles and every class/style attribute,
 * <o:p> and other namespaced tags, empty spans and fonts, empty paragraphs, runs of
 * no-break spaces used for indenting — and keeps the structure: headings (h1 moves
 * to h2, the page title is the h1), real lists (Word's list paragraphs become
 * <ol>/<ul>), tables, links, bold and italic (also when only a style said so), and
 * images. Only invisible content and Word's typed list markers are dropped: every
 * word a reader saw stays, in order, and a single no-break space inside text stays.
 */
import render from 'dom-serializer';
import { Element, isTag, isText, Text, type ChildNode } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { trimWhile } from '../text/index.js';
import { adopt, element, isBlank } from './dom-edit.js';
import { convertWordLists } from './word-lists.js';

/** Elements whose content a reader never sees. */
const INVISIBLE = new Set(['head', 'title', 'style', 'script', 'meta', 'link', 'xml', 'template', 'colgroup', 'col']);
/** Containers that only group blocks: replaced by their content, loose text becoming paragraphs. */
const WRAPPERS = new Set(['div', 'section', 'article', 'main', 'header', 'footer', 'center']);
/** Replaced by their content as they are. */
const TRANSPARENT = new Set(['html', 'body', 'span', 'font']);
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'table', 'blockquote', 'figure', 'hr', 'pre', 'dl', ...WRAPPERS]);
const EMPTY_DROPPED = new Set(['p', 'h2', 'h3', 'h4']);
const EMPHASIS = new Set(['strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup']);
const CELLS = new Set(['li', 'td', 'th']);
const KEPT_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'title'],
  img: ['src', 'alt', 'width', 'height', 'title'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan', 'scope'],
  ol: ['start'],
};

function keptAttributes(name: string, attribs: Record<string, string>): Record<string, string> {
  const kept = KEPT_ATTRIBUTES[name] ?? [];
  return Object.fromEntries(Object.entries(attribs).filter(([key]) => kept.includes(key)));
}

/** Bold and italic that Google Docs and LibreOffice express only as a style. */
function emphasisFromStyle(children: ChildNode[], style: string): ChildNode[] {
  if (isBlank(children)) return children;
  let out = children;
  if (/font-style:\s*italic/i.test(style)) out = [element('em', {}, out)];
  if (/font-weight:\s*(bold|bolder|[6-9]00)/i.test(style)) out = [element('strong', {}, out)];
  return out;
}

/** Loose inline content of a wrapper becomes paragraphs, so no two blocks' words run together. */
function asParagraphs(children: ChildNode[]): ChildNode[] {
  const out: ChildNode[] = [];
  let inline: ChildNode[] = [];
  const flush = () => {
    if (!isBlank(inline)) out.push(element('p', {}, inline));
    inline = [];
  };
  for (const child of children) {
    if (isTag(child) && BLOCKS.has(child.name)) {
      flush();
      out.push(child);
    } else {
      inline.push(child);
    }
  }
  flush();
  return out;
}

function headingLevel(el: Element): number | undefined {
  const m = /^h([1-6])$/.exec(el.name);
  if (m) return Number(m[1]);
  return el.name === 'p' && /\bMsoTitle\b/.test(el.attribs['class'] ?? '') ? 1 : undefined;
}

class Cleaner {
  /** +1 when the text has an h1 (or a Word title): the page's own h1 is the article title. */
  constructor(private readonly shift: number) {}

  nodes(nodes: readonly ChildNode[]): ChildNode[] {
    return convertWordLists(nodes).flatMap((n) => this.node(n));
  }

  private node(node: ChildNode): ChildNode[] {
    if (isText(node)) return [node];
    if (!isTag(node) || INVISIBLE.has(node.name)) return []; // comments, <![if …]>, CDATA
    const { name, attribs } = node;
    const style = attribs['style'] ?? '';
    const children = this.nodes(node.children);
    if (name.includes(':')) return children; // <o:p>, <st1:place>, <v:shape>, <w:…>
    if (TRANSPARENT.has(name)) return emphasisFromStyle(children, style);
    if (WRAPPERS.has(name)) return asParagraphs(children);
    if ((name === 'b' || name === 'strong') && /font-weight:\s*(normal|[1-5]00)\b/i.test(style)) return children;
    if (name === 'a' && !/^\s*[^#\s]/.test(attribs['href'] ?? '')) return children; // bookmarks, links into the source document
    const level = headingLevel(node);
    const renamed = level === undefined ? name : `h${Math.min(level + this.shift, 4)}`;
    const kept = CELLS.has(renamed) ? soleParagraphContent(children) : children;
    return [element(renamed, keptAttributes(renamed, attribs), kept)];
  }
}

/** A table cell or list item holding one paragraph holds its content directly. */
function soleParagraphContent(children: ChildNode[]): ChildNode[] {
  const visible = children.filter((c) => !(isText(c) && c.data.trim() === ''));
  const only = visible[0];
  return visible.length === 1 && only !== undefined && isTag(only) && only.name === 'p' ? only.children : children;
}

const NBSP = '\u00a0';
const LINE_BREAKS = new Set(['\t', '\n', '\f', '\r']);

/**
 * Line breaks in the source are spaces; a run of spaces holding two or more no-break
 * spaces (indenting) becomes one space; otherwise runs of ordinary spaces become one,
 * and a single no-break space the author typed stays. One pass over the text.
 */
export function collapseSpaces(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    const space = ch === ' ' || ch === NBSP || LINE_BREAKS.has(ch);
    if (!space) {
      out += ch;
      i += 1;
      continue;
    }
    let end = i;
    let nbsp = 0;
    while (end < text.length) {
      const c = text[end] ?? '';
      if (c === NBSP) nbsp += 1;
      else if (c !== ' ' && !LINE_BREAKS.has(c)) break;
      end += 1;
    }
    if (nbsp >= 2) out += ' ';
    else {
      // Ordinary spaces around a single no-break space collapse on each side of it.
      let previousSpace = false;
      for (let k = i; k < end; k += 1) {
        const c = text[k] === NBSP ? NBSP : ' ';
        if (c === ' ' && previousSpace) continue;
        out += c;
        previousSpace = c === ' ';
      }
    }
    i = end;
  }
  return out;
}

/** Merges neighbouring text, collapses spaces, drops empty paragraphs and empty emphasis. */
function tidy(nodes: readonly ChildNode[], inPre: boolean): ChildNode[] {
  const out: ChildNode[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (isText(node)) {
      if (last !== undefined && isText(last)) last.data += node.data;
      else out.push(new Text(node.data));
      continue;
    }
    if (!isTag(node)) continue;
    const children = tidy(node.children, inPre || node.name === 'pre');
    if (EMPTY_DROPPED.has(node.name) && isBlank(children)) continue;
    if (EMPHASIS.has(node.name) && isBlank(children)) {
      for (const child of children) out.push(child);
      continue;
    }
    out.push(adopt(node, children));
  }
  if (!inPre) for (const n of out) if (isText(n)) n.data = collapseSpaces(n.data);
  // A merge may have joined texts split by dropped emphasis: merge once more.
  return out.reduce<ChildNode[]>((acc, n) => {
    const prev = acc[acc.length - 1];
    if (prev !== undefined && isText(prev) && isText(n)) prev.data = collapseSpaces(prev.data + n.data);
    else acc.push(n);
    return acc;
  }, []);
}

/** Leading and trailing ordinary spaces of each block (a no-break space the author typed stays). */
function trimBlocks(nodes: readonly ChildNode[]): void {
  for (const node of nodes) {
    if (!isTag(node)) continue;
    trimBlocks(node.children);
    if (!BLOCKS.has(node.name) && !CELLS.has(node.name)) continue;
    const first = node.children[0];
    const last = node.children[node.children.length - 1];
    if (first !== undefined && isText(first)) first.data = trimWhile(first.data, (ch) => ch === ' ', 'start');
    if (last !== undefined && isText(last)) last.data = trimWhile(last.data, (ch) => ch === ' ', 'end');
  }
}

export function cleanPastedHtml(html: string): string {
  const document = parseDocument(html, { decodeEntities: true });
  const headings: Element[] = [];
  const collect = (nodes: readonly ChildNode[]) =>
    nodes.forEach((n) => {
      if (!isTag(n)) return;
      if (headingLevel(n) !== undefined) headings.push(n);
      collect(n.children);
    });
  collect(document.children);
  const shift = headings.some((h) => headingLevel(h) === 1) ? 1 : 0;
  const cleaned = tidy(new Cleaner(shift).nodes(document.children), false);
  trimBlocks(cleaned);
  return render(cleaned, { encodeEntities: 'utf8' }).trim();
}

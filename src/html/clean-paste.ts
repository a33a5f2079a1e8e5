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
 *
 * Elements outside the allow-list are unwrapped here already (their loose text
 * becoming paragraphs when they were blocks), and no element is left where the parser
 * would end its parent before it, so the stored form reads as it was built: cleaning
 * it again, or saving it again, changes nothing.
 */
import render from 'dom-serializer';
import { Element, isTag, isText, Text, type ChildNode } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { trimWhile } from '../text/index.js';
import { adopt, element, isBlank } from './dom-edit.js';
import { splitAtImpliedEnds } from './implied-ends.js';
import { RICH_TEXT_TAGS } from './sanitize.js';
import { convertWordLists } from './word-lists.js';

/** Elements whose content a reader never sees. */
const INVISIBLE = new Set(['head', 'title', 'style', 'script', 'meta', 'link', 'xml', 'template', 'colgroup', 'col', 'textarea', 'option', 'xmp']);
/**
 * Containers that only group blocks, and blocks rich text does not keep (a <pre>, a
 * definition list): replaced by their content, loose text becoming paragraphs.
 */
const WRAPPERS = new Set(['div', 'section', 'article', 'main', 'header', 'footer', 'center', 'pre', 'dl', 'dt', 'dd', 'address', 'aside', 'nav', 'details', 'summary', 'fieldset', 'legend', 'form', 'menu', 'dir', 'hgroup']);
/** Replaced by their content as they are. */
const TRANSPARENT = new Set(['html', 'body', 'span', 'font']);
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'table', 'blockquote', 'figure', 'hr', ...WRAPPERS]);
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
  // An empty wrapper is an empty paragraph: the tidy keeps the words around it apart.
  return out.length > 0 ? out : [element('p', {}, [])];
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
    if (EMPHASIS.has(name) && isBlank(children)) return children; // the spaces between words stay
    const level = headingLevel(node);
    const renamed = level === undefined ? name : `h${Math.min(level + this.shift, 4)}`;
    // What the sanitiser would unwrap (<small>, <code>, <mark>…) goes now, so that the spaces
    // it held are tidied with the rest and saving the stored text again changes nothing.
    if (!RICH_TEXT_TAGS.has(renamed)) return children;
    const attributes = keptAttributes(renamed, attribs);
    const build = (content: ChildNode[]): ChildNode[] => {
      const inner = CELLS.has(renamed) ? soleParagraphContent(content) : content;
      // The content of a cell's one paragraph may itself end the cell (<li><p><span><li>…).
      return inner === content ? [element(renamed, { ...attributes }, content)] : splitAtImpliedEnds(renamed, inner, build);
    };
    return splitAtImpliedEnds(renamed, children, build);
  }
}

/** True for what tidy() drops: white space between blocks, and empty paragraphs and headings. */
function isDropped(node: ChildNode): boolean {
  return (isText(node) && node.data.trim() === '') || (isTag(node) && EMPTY_DROPPED.has(node.name) && isBlank(node.children));
}

/**
 * A table cell or list item holding one paragraph holds its content directly. Empty
 * paragraphs beside it do not count: the tidy drops them, and cleaning again would
 * then find the one paragraph alone (`<p><p>x</p></p>` parses as three paragraphs).
 */
function soleParagraphContent(children: ChildNode[]): ChildNode[] {
  const visible = children.filter((c) => !isDropped(c));
  const only = visible[0];
  return visible.length === 1 && only !== undefined && isTag(only) && only.name === 'p' ? only.children : children;
}

const NBSP = 0xa0;
const SPACE = 0x20;

/** A space, a no-break space, or a line break (tab, line feed, form feed, carriage return). */
function isSpace(code: number): boolean {
  return code === SPACE || code === NBSP || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
}

/**
 * Line breaks in the source are spaces; a run of spaces holding two or more no-break
 * spaces (indenting) becomes one space; otherwise runs of ordinary spaces become one,
 * and a single no-break space the author typed stays. One pass over the text, which
 * is copied in slices between the runs that change.
 */
export function collapseSpaces(text: string): string {
  let out = '';
  let copied = 0;
  let i = 0;
  while (i < text.length) {
    if (!isSpace(text.charCodeAt(i))) {
      i += 1;
      continue;
    }
    let end = i;
    let nbsp = -1;
    let nbspCount = 0;
    for (; end < text.length && isSpace(text.charCodeAt(end)); end += 1) {
      if (text.charCodeAt(end) === NBSP) {
        nbsp = end;
        nbspCount += 1;
      }
    }
    // Ordinary spaces around a single no-break space collapse on each side of it.
    const collapsed = nbspCount >= 2 || nbsp === -1 ? ' ' : `${nbsp > i ? ' ' : ''}\u00a0${nbsp < end - 1 ? ' ' : ''}`;
    if (collapsed.length !== end - i || !text.startsWith(collapsed, i)) {
      out += text.slice(copied, i) + collapsed;
      copied = end;
    }
    i = end;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** Merges neighbouring text, collapses spaces, drops empty paragraphs (the cleaner dropped empty emphasis). */
function tidy(nodes: readonly ChildNode[]): ChildNode[] {
  const out: ChildNode[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (isText(node)) {
      if (last !== undefined && isText(last)) last.data += node.data;
      else out.push(new Text(node.data));
      continue;
    }
    if (!isTag(node)) continue;
    const children = tidy(node.children);
    if (EMPTY_DROPPED.has(node.name) && isBlank(children)) {
      // The empty block kept the words on either side apart; a space still does.
      if (last !== undefined && isText(last)) last.data += ' ';
      else if (last === undefined || !isBlock(last)) out.push(new Text(' '));
      continue;
    }
    out.push(adopt(node, children));
  }
  for (const n of out) if (isText(n)) n.data = collapseSpaces(n.data);
  // A merge may have joined texts split by dropped emphasis: merge once more.
  return out.reduce<ChildNode[]>((acc, n) => {
    const prev = acc[acc.length - 1];
    if (prev !== undefined && isText(prev) && isText(n)) prev.data = collapseSpaces(prev.data + n.data);
    else acc.push(n);
    return acc;
  }, []);
}

function isBlock(node: ChildNode): boolean {
  return isTag(node) && (BLOCKS.has(node.name) || CELLS.has(node.name));
}

/** Leading and trailing ordinary spaces of each block (a no-break space the author typed stays). */
function trimBlocks(nodes: readonly ChildNode[]): void {
  for (const node of nodes) {
    if (!isTag(node)) continue;
    trimBlocks(node.children);
    if (!isBlock(node)) continue;
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
  const cleaned = tidy(new Cleaner(shift).nodes(document.children));
  trimBlocks(cleaned);
  return render(cleaned, { encodeEntities: 'utf8' }).trim();
}

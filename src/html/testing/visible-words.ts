/**
 * What a reader sees of some HTML, for tests of the cleaning: its words, as a browser
 * separates them (a block or line break between two words separates them).
 */
import { parseHTML } from 'linkedom';

export function parse(html: string): Document {
  const full = /<body[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(full).document;
}

/**
 * The words a browser shows for this HTML: the body's text without invisible
 * elements. Word's typed list markers ("1.", "·", "o") are left out, as the cleaned
 * text shows them as list numbering instead.
 */
export function visibleWords(html: string): string[] {
  const doc = parse(html);
  doc.querySelectorAll('head, title, style, script, [style*="mso-list:Ignore"]').forEach((el) => el.remove());
  return renderedText(doc.body).split(/[\s\u00a0]+/).filter((w) => w !== '');
}

/** What a browser lays out as a block (or a line break), from its default style sheet. */
const BLOCK = /^(?:p|h[1-6]|li|ul|ol|dl|dt|dd|table|caption|tr|td|th|div|section|article|main|header|footer|nav|aside|address|center|blockquote|pre|hr|br|figure|figcaption)$/i;

/** Like innerText for word boundaries: a block or line break separates the words on either side. */
function renderedText(node: Node): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeType !== 1) return '';
  const inner = Array.from(node.childNodes).map(renderedText).join('');
  return BLOCK.test((node as Element).tagName) ? ` ${inner} ` : inner;
}

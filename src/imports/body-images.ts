/**
 * The images inside an imported body: which addresses its `<img src>` name, and the
 * body again with some of them pointed at our media library (the old srcset, which
 * names the old site's files, is dropped with them). Pure; the result still goes
 * through the sanitiser before it is stored.
 */
import render from 'dom-serializer';
import { isTag, type ChildNode, type Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';

function eachImage(nodes: readonly ChildNode[], fn: (img: Element) => void): void {
  for (const node of nodes) {
    if (!isTag(node)) continue;
    if (node.name === 'img') fn(node);
    eachImage(node.children, fn);
  }
}

/** The distinct `src` of the body's images, in order, with their alt texts. */
export function imagesOf(html: string): { src: string; alt: string }[] {
  if (!html.includes('<img') && !html.includes('<IMG')) return [];
  const seen = new Map<string, string>();
  eachImage(parseDocument(html).children, (img) => {
    const src = (img.attribs['src'] ?? '').trim();
    if (src !== '' && !seen.has(src)) seen.set(src, (img.attribs['alt'] ?? '').trim());
  });
  return [...seen].map(([src, alt]) => ({ src, alt }));
}

/** The body with each image whose src is a key of `to` pointing at its value instead. */
export function withImageSources(html: string, to: ReadonlyMap<string, string>): string {
  if (to.size === 0) return html;
  const doc = parseDocument(html);
  eachImage(doc.children, (img) => {
    const next = to.get((img.attribs['src'] ?? '').trim());
    if (next === undefined) return;
    img.attribs['src'] = next;
    delete img.attribs['srcset'];
    delete img.attribs['sizes'];
  });
  return render(doc, { encodeEntities: 'utf8' });
}

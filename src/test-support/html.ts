/** Parses HTML responses into a DOM that tests query the way a reader sees the page. */
import { parseHTML } from 'linkedom';

export function parseDocument(html: string): Document {
  return parseHTML(html).document;
}

export function textOf(element: Element | null | undefined): string {
  return element?.textContent ?? '';
}

export function metaContent(doc: Document, selector: string): string | null {
  return doc.querySelector(selector)?.getAttribute('content') ?? null;
}

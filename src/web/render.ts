/** Turns a page component into an HTML document. Preact escapes every text and attribute. */
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

export function renderDocument(page: VNode): string {
  return `<!DOCTYPE html>${renderToString(page)}`;
}

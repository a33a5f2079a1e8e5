/** Turns a page component into an HTML document. Preact escapes every text and attribute. */
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

/**
 * The document as UTF-8 bytes, encoded once here. Sent as a string, Fastify measured it
 * (Buffer.byteLength) and the socket write encoded it again: Vietnamese text makes it a
 * two-byte string of some 26,000 characters on an article page.
 */
export function renderDocument(page: VNode): Buffer {
  return Buffer.from(`<!DOCTYPE html>${renderToString(page)}`, 'utf8');
}

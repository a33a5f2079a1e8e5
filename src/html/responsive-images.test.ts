/** Inline images of sanitised bodies made responsive: markup, escaping, and what is left alone. */
import { describe, expect, it } from 'vitest';
import type { MediaRow } from '../db/schema.js';
import { mediaKeysInHtml, withResponsiveImages } from './responsive-images.js';
import { sanitizeRichText } from './sanitize.js';

const STEM = 'camlo/2026/11/0123456789abcdef0123';

function row(overrides: Partial<MediaRow> = {}): MediaRow {
  return {
    id: 7,
    site_id: 1,
    kind: 'image',
    storage_key: `${STEM}.jpg`,
    original_name: 'anh.jpg',
    mime_type: 'image/jpeg',
    byte_size: 1000,
    width: 1200,
    height: 800,
    alt_text: 'Ảnh "đẹp" <b>',
    caption: null,
    created_at: '2026-11-01T00:00:00.000Z',
    uploaded_by: null,
    variants: JSON.stringify([480, 960, 1200].flatMap((w) => [
      { width: w, format: 'webp', storage_key: `${STEM}-${w}.webp`, byte_size: 10 },
      { width: w, format: 'jpeg', storage_key: `${STEM}-${w}.jpg`, byte_size: 10 },
    ])),
    ...overrides,
  };
}

describe('withResponsiveImages', () => {
  it('leaves a body without images as it is', () => {
    const html = '<p>Không có ảnh &lt;img&gt;</p>';
    expect(withResponsiveImages(html, [row()])).toBe(html);
    expect(mediaKeysInHtml(html)).toEqual([]);
  });

  it('names the possible keys of library images, originals and variants alike', () => {
    const html = sanitizeRichText(`<p><img src="/media/${STEM}-480.webp"><img src="/media/other/x.png"><img src="https://example.org/a.jpg"></p>`);
    expect(mediaKeysInHtml(html)).toEqual(['jpg', 'png', 'webp', 'gif'].map((e) => `${STEM}.${e}`));
  });

  it('turns a library image into <picture> with WebP first, sizes, the fallback size and the escaped library alt', () => {
    const html = sanitizeRichText(`<p><img src="/media/${STEM}.jpg"></p>`);
    const out = withResponsiveImages(html, [row()]);
    expect(out).toBe(
      '<p><picture>' +
        `<source type="image/webp" srcset="/media/${STEM}-480.webp 480w, /media/${STEM}-960.webp 960w, /media/${STEM}-1200.webp 1200w" sizes="(min-width: 75em) 46rem, (min-width: 48em) 62vw, calc(100vw - 2rem)">` +
        `<img src="/media/${STEM}-1200.jpg" srcset="/media/${STEM}-480.jpg 480w, /media/${STEM}-960.jpg 960w, /media/${STEM}-1200.jpg 1200w" sizes="(min-width: 75em) 46rem, (min-width: 48em) 62vw, calc(100vw - 2rem)" width="1200" height="800" alt="Ảnh &quot;đẹp&quot; &lt;b&gt;" loading="lazy" decoding="async">` +
        '</picture></p>',
    );
  });

  it('keeps the editor\'s own alt text and size without escaping them twice', () => {
    const html = sanitizeRichText(`<img src="/media/${STEM}-960.jpg" alt="Cầu &amp; đường" width="300" height="200">`);
    const out = withResponsiveImages(html, [row()]);
    expect(out).toContain('alt="Cầu &amp; đường"');
    expect(out).toContain('width="300" height="200"');
  });

  it('makes other images lazy and nothing more', () => {
    const html = sanitizeRichText('<p><img src="https://example.org/a.jpg" alt="Ngoài"></p>');
    expect(withResponsiveImages(html, [row()])).toBe('<p><img src="https://example.org/a.jpg" alt="Ngoài" loading="lazy"></p>');
    const lazy = sanitizeRichText('<img src="https://example.org/a.jpg" loading="eager">');
    expect(withResponsiveImages(lazy, [])).toBe(lazy);
  });

  it('falls back to the original file for a row without variants, and ignores documents', () => {
    const bare = withResponsiveImages(sanitizeRichText(`<img src="/media/${STEM}.jpg" alt="x">`), [row({ variants: '[]' })]);
    expect(bare).toBe(`<img src="/media/${STEM}.jpg" width="1200" height="800" alt="x" loading="lazy" decoding="async">`);
    const doc = withResponsiveImages(sanitizeRichText(`<img src="/media/${STEM}.jpg" alt="x">`), [row({ kind: 'document' })]);
    expect(doc).not.toContain('<picture');
  });
});

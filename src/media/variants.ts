/**
 * Responsive variants of an image as stored in the media row's `variants` JSON, and
 * what a page needs from them: a WebP srcset, an original-format srcset and a
 * fallback file with its size. Pure: the HTML is written by the callers.
 */
import type { MediaRow } from '../db/schema.js';
import { IMAGE_FORMATS, type ImageFormat } from './file-kinds.js';

/** One stored variant (the JSON shape of `media.variants`). */
export interface StoredVariant {
  width: number;
  format: ImageFormat;
  storage_key: string;
  byte_size: number;
}

function isVariant(value: unknown): value is StoredVariant {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v['width'] === 'number' &&
    typeof v['storage_key'] === 'string' &&
    typeof v['byte_size'] === 'number' &&
    typeof v['format'] === 'string' &&
    v['format'] in IMAGE_FORMATS
  );
}

/** The variants of a row, narrowest first; a malformed value reads as none. */
export function parseVariants(json: string): StoredVariant[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return [];
  }
  return Array.isArray(parsed) ? parsed.filter(isVariant).sort((a, b) => a.width - b.width) : [];
}

export function mediaFileUrl(storageKey: string): string {
  return `/media/${storageKey}`;
}

export interface PictureSource {
  type: string;
  srcset: string;
}

/** Everything a <picture> needs; `sources` is empty when the image has no variants. */
export interface PictureParts {
  sources: PictureSource[];
  src: string;
  srcset: string | undefined;
  width: number | undefined;
  height: number | undefined;
}

function srcsetOf(variants: StoredVariant[]): string {
  return variants.map((v) => `${mediaFileUrl(v.storage_key)} ${v.width}w`).join(', ');
}

/** The original's format, from its MIME type. */
export function formatOf(media: Pick<MediaRow, 'mime_type'>): ImageFormat | undefined {
  return (Object.keys(IMAGE_FORMATS) as ImageFormat[]).find((f) => IMAGE_FORMATS[f].mime === media.mime_type);
}

/**
 * WebP first (as a <source>), the original format as the <img> fallback, whose
 * `src` is its widest variant. Width and height are those of that fallback, so the
 * browser reserves the right space before the file arrives.
 */
export function pictureParts(media: Pick<MediaRow, 'storage_key' | 'mime_type' | 'width' | 'height' | 'variants'>): PictureParts {
  const variants = parseVariants(media.variants);
  const original = formatOf(media);
  const fallback = variants.filter((v) => v.format === original);
  const widest = fallback[fallback.length - 1];
  if (widest === undefined) {
    return { sources: [], src: mediaFileUrl(media.storage_key), srcset: undefined, width: media.width ?? undefined, height: media.height ?? undefined };
  }
  const webp = original === 'webp' ? [] : variants.filter((v) => v.format === 'webp');
  const height = media.width && media.height ? Math.round((media.height * widest.width) / media.width) : undefined;
  return {
    sources: webp.length > 0 ? [{ type: IMAGE_FORMATS.webp.mime, srcset: srcsetOf(webp) }] : [],
    src: mediaFileUrl(widest.storage_key),
    srcset: srcsetOf(fallback),
    width: widest.width,
    height,
  };
}

/** The displayed column of an article: full width on phones, two thirds of the layout above 48em, at most 46rem. */
export const ARTICLE_IMAGE_SIZES = '(min-width: 75em) 46rem, (min-width: 48em) 62vw, calc(100vw - 2rem)';

/** The storage key without its extension: what every variant's key starts with too. */
export function storageStem(storageKey: string): string {
  return storageKey.replace(/\.[a-z0-9]+$/i, '');
}

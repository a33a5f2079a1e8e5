/** The `Media` object of the editorial API (docs/editorial-api.md). */
import type { MediaRow } from '../../../db/schema.js';
import { mediaFileUrl, mediaUrl, parseVariants } from '../../../media/index.js';

export interface MediaJson {
  id: number;
  kind: MediaRow['kind'];
  url: string;
  originalName: string;
  mimeType: string;
  byteSize: number;
  width: number | null;
  height: number | null;
  altText: string | null;
  caption: string | null;
  variants: { width: number; format: string; url: string }[];
  createdAt: string;
}

export function presentMedia(row: MediaRow): MediaJson {
  return {
    id: row.id,
    kind: row.kind,
    url: mediaUrl(row),
    originalName: row.original_name,
    mimeType: row.mime_type,
    byteSize: row.byte_size,
    width: row.width,
    height: row.height,
    altText: row.alt_text,
    caption: row.caption,
    variants: parseVariants(row.variants).map((v) => ({ width: v.width, format: v.format, url: mediaFileUrl(v.storage_key) })),
    createdAt: row.created_at,
  };
}

/** The `Media` object of the editorial API (docs/editorial-api.md). */
import type { Media } from '../../../contract/media.js';
import type { MediaRow } from '../../../db/schema.js';
import { mediaFileUrl, mediaUrl, parseVariants } from '../../../media/index.js';

export function presentMedia(row: MediaRow): Media {
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

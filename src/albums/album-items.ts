/**
 * An album's items as every surface shows them (the editorial API, the public API and
 * the public page): the file's URL for media, the link for a video link. Pure.
 */
import type { AlbumItem } from '../contract/albums.js';
import { mediaUrl } from '../media/index.js';
import type { AlbumItemWithMedia } from './albums.repo.js';

export function presentAlbumItem(item: AlbumItemWithMedia): AlbumItem {
  const m = item.media;
  return {
    kind: item.kind,
    mediaId: item.media_id,
    url: m !== undefined ? mediaUrl(m) : (item.url ?? ''),
    caption: item.caption,
    credit: item.credit,
    altText: m?.alt_text ?? null,
    width: m?.width ?? null,
    height: m?.height ?? null,
    mimeType: m?.mime_type ?? null,
  };
}

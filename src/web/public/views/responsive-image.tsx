/**
 * An uploaded image on a public page: <picture> with the WebP variants first and the
 * original format as the <img> fallback, `sizes` for the article column, the
 * fallback's width and height (no layout shift), and lazy loading when asked.
 */
import type { VNode } from 'preact';
import type { MediaRow } from '../../../db/schema.js';
import { ARTICLE_IMAGE_SIZES, pictureParts } from '../../../media/index.js';

export interface ResponsivePictureProps {
  media: Pick<MediaRow, 'storage_key' | 'mime_type' | 'width' | 'height' | 'variants'>;
  alt: string;
  sizes?: string;
  /** For images below the fold. */
  lazy?: boolean;
}

export function ResponsivePicture({ media, alt, sizes = ARTICLE_IMAGE_SIZES, lazy = false }: ResponsivePictureProps): VNode {
  const p = pictureParts(media);
  const img = (
    <img
      src={p.src}
      srcset={p.srcset}
      sizes={p.srcset === undefined ? undefined : sizes}
      width={p.width}
      height={p.height}
      alt={alt}
      loading={lazy ? 'lazy' : undefined}
      decoding="async"
    />
  );
  if (p.sources.length === 0) return img;
  return (
    <picture>
      {p.sources.map((s) => (
        <source type={s.type} srcset={s.srcset} sizes={sizes} />
      ))}
      {img}
    </picture>
  );
}

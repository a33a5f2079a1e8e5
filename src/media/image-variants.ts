/**
 * Images on upload: decoded by sharp (which also proves they are what the signature
 * claims), turned upright from their EXIF orientation, re-encoded without any
 * metadata (no camera, no GPS position), and resized into responsive variants —
 * WebP and the original format — at standard widths, never enlarged.
 */
import type { Sharp } from 'sharp';
import { loadSharp } from './sharp-loader.js';
import type { ImageFormat } from './file-kinds.js';

/** Standard variant widths; an image narrower than the widest also gets one at its own width. */
export const VARIANT_WIDTHS = [480, 960, 1600] as const;

/** Refuse decompression bombs: 50 megapixels is far above any press photo. */
export const MAX_INPUT_PIXELS = 50_000_000;

export interface EncodedVariant {
  width: number;
  format: ImageFormat;
  data: Buffer;
}

export interface ProcessedImage {
  /** Size of the upright full image. */
  width: number;
  height: number;
  /** The full image in its original format, upright, without metadata. */
  main: Buffer;
  variants: EncodedVariant[];
}

export class ImageError extends Error {
  constructor(readonly code: 'unreadable' | 'too_many_pixels', message: string) {
    super(message);
    this.name = 'ImageError';
  }
}

/** The widths to produce for an image `width` pixels wide. */
export function variantWidths(width: number): number[] {
  const widest = VARIANT_WIDTHS[VARIANT_WIDTHS.length - 1]!;
  const widths: number[] = VARIANT_WIDTHS.filter((w) => w < width);
  const top = Math.min(width, widest);
  if (!widths.includes(top)) widths.push(top);
  return widths;
}

/** WebP for browsers that take it, and the original format as the fallback. */
export function variantFormats(original: ImageFormat): ImageFormat[] {
  return original === 'webp' ? ['webp'] : ['webp', original];
}

function encode(pipeline: Sharp, format: ImageFormat): Sharp {
  switch (format) {
    case 'jpeg':
      return pipeline.jpeg({ quality: 82, progressive: true });
    case 'png':
      return pipeline.png({ compressionLevel: 8 });
    case 'webp':
      return pipeline.webp({ quality: 80 });
    case 'gif':
      return pipeline.gif();
  }
}

function describeFailure(error: unknown): ImageError {
  const message = error instanceof Error ? error.message : String(error);
  if (/pixel limit/i.test(message)) return new ImageError('too_many_pixels', message);
  return new ImageError('unreadable', message);
}

/**
 * Decodes, orients, strips and resizes one uploaded image whose signature said
 * `format`. Throws ImageError when the bytes do not decode as that format.
 */
export async function processImage(bytes: Buffer, format: ImageFormat): Promise<ProcessedImage> {
  const input = { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' as const };
  const sharp = await loadSharp();
  let pages: number;
  try {
    const meta = await sharp(bytes, input).metadata();
    if (meta.format !== format) throw new ImageError('unreadable', `sharp read ${meta.format}, the signature said ${format}`);
    pages = meta.pages ?? 1;
  } catch (error) {
    throw error instanceof ImageError ? error : describeFailure(error);
  }
  // Animated GIF and WebP keep their frames; still images are turned upright first.
  const animated = pages > 1;
  const open = (data: Buffer): Sharp => (animated ? sharp(data, { ...input, animated: true }) : sharp(data, input));
  try {
    const full = await encode(animated ? open(bytes) : open(bytes).autoOrient(), format).toBuffer({ resolveWithObject: true });
    const width = full.info.width;
    const height = animated ? (full.info.pageHeight ?? full.info.height) : full.info.height;
    const variants: EncodedVariant[] = [];
    for (const w of variantWidths(width)) {
      for (const f of variantFormats(format)) {
        const data = await encode(open(full.data).resize({ width: w, withoutEnlargement: true }), f).toBuffer();
        variants.push({ width: w, format: f, data });
      }
    }
    return { width, height, main: full.data, variants };
  } catch (error) {
    throw describeFailure(error);
  }
}

/**
 * Validators for answers whose bytes are the same until the content changes (JSON API,
 * feeds, sitemaps): a strong ETag from the exact bytes, and the If-None-Match test that
 * lets a client or a CDN keep its copy with a 304.
 */
import crypto from 'node:crypto';

export function strongEtag(body: string | Buffer): string {
  // A string is hashed as its UTF-8 bytes, as it is sent.
  return `"${crypto.createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

/** RFC 9110 §13.1.2: `*`, or any listed tag equal under weak comparison. */
export function ifNoneMatchHolds(header: string | undefined, etag: string): boolean {
  if (header === undefined || header.length === 0 || header.length > 8192) return false;
  if (header.trim() === '*') return true;
  const opaque = etag.replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === opaque);
}

/**
 * JSON answers with HTTP caching: a strong ETag (hash of the exact bytes), a shared
 * Cache-Control for a CDN in front, and 304 when If-None-Match already holds the ETag.
 */
import crypto from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/** Lists change on every publish; a single article far less often. */
export const MAX_AGE = { list: 60, detail: 300 } as const;
export type CacheClass = keyof typeof MAX_AGE;

export function strongEtag(body: string): string {
  return `"${crypto.createHash('sha256').update(body, 'utf8').digest('base64url').slice(0, 32)}"`;
}

/** RFC 9110 §13.1.2: `*`, or any listed tag equal under weak comparison. */
export function ifNoneMatchHolds(header: string | undefined, etag: string): boolean {
  if (header === undefined || header.length === 0 || header.length > 8192) return false;
  if (header.trim() === '*') return true;
  const opaque = etag.replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === opaque);
}

export function sendCachedJson(request: FastifyRequest, reply: FastifyReply, body: string, cache: CacheClass): FastifyReply {
  const etag = strongEtag(body);
  reply.header('ETag', etag).header('Cache-Control', `public, max-age=${MAX_AGE[cache]}`);
  if (ifNoneMatchHolds(request.headers['if-none-match'], etag)) return reply.code(304).send();
  return reply.code(200).type(JSON_CONTENT_TYPE).send(body);
}

/**
 * JSON answers with HTTP caching: a strong ETag (hash of the exact bytes), a shared
 * Cache-Control for a CDN in front, and 304 when If-None-Match already holds the ETag.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ifNoneMatchHolds, strongEtag } from '../etag.js';

export { strongEtag } from '../etag.js';

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/** Lists change on every publish; a single article far less often. */
export const MAX_AGE = { list: 60, detail: 300 } as const;
export type CacheClass = keyof typeof MAX_AGE;

export function sendCachedJson(request: FastifyRequest, reply: FastifyReply, body: string, cache: CacheClass): FastifyReply {
  const etag = strongEtag(body);
  reply.header('ETag', etag).header('Cache-Control', `public, max-age=${MAX_AGE[cache]}`);
  if (ifNoneMatchHolds(request.headers['if-none-match'], etag)) return reply.code(304).send();
  return reply.code(200).type(JSON_CONTENT_TYPE).send(body);
}

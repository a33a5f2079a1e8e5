/**
 * The session cookie, named and flagged once. The portals are sibling subdomains of one
 * province, so in production it is `__Host-gp_session`: Secure, Path=/ and no Domain,
 * which a browser accepts only from this very host over https, so no other portal can
 * set or overwrite it (and a plain `gp_session` planted by one is not read). Elsewhere
 * (development over http, where browsers refuse the prefix) it is `gp_session`, Secure
 * when the public scheme is https. HttpOnly and SameSite=Lax either way.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type {} from '@fastify/cookie';
import type { Config } from '../../config.js';
import { SESSION_TTL_MS } from '../../accounts/index.js';

export const SESSION_COOKIE = 'gp_session';

export interface SessionCookie {
  readonly name: string;
  read(request: FastifyRequest): string | undefined;
  set(reply: FastifyReply, token: string): void;
  clear(reply: FastifyReply): void;
}

export type SessionCookieConfig = Pick<Config, 'env' | 'publicScheme'>;

export function sessionCookie(config: SessionCookieConfig): SessionCookie {
  const production = config.env === 'production';
  const name = production ? `__Host-${SESSION_COOKIE}` : SESSION_COOKIE;
  // A browser drops a __Host- cookie, even one that clears it, unless it is Secure with Path=/.
  const flags = { httpOnly: true, sameSite: 'lax', secure: production || config.publicScheme === 'https', path: '/' } as const;
  return {
    name,
    read: (request) => request.cookies[name],
    set: (reply, token) => void reply.setCookie(name, token, { ...flags, maxAge: SESSION_TTL_MS / 1000 }),
    clear: (reply) => void reply.clearCookie(name, flags),
  };
}

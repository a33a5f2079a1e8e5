/**
 * Server-side sessions. The cookie carries a random token; storage keeps only its
 * SHA-256, so a leaked database does not hand out live sessions. Revocable at once.
 *
 * A session ends at the first of: SESSION_TTL_MS after sign-in (absolute), SESSION_IDLE_MS
 * without a request (idle), revocation. A sign-in waiting for its second factor (password
 * right, code not yet given) lasts PENDING_SESSION_TTL_MS; the code starts the full term.
 */
import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, SessionRow, UserRow } from '../db/schema.js';

export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;
export const SESSION_IDLE_MS = 30 * 60 * 1000;
export const PENDING_SESSION_TTL_MS = 5 * 60 * 1000;
/** Activity is written at most this often, not on every request. */
export const SESSION_TOUCH_MS = 60 * 1000;

/** The person acting, from their session. */
export interface SessionPerson {
  id: number;
  username: string;
  ip: string | null;
  /** The cookie token of the session in use. */
  sessionToken: string;
}

export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

function randomToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

function after(now: Date, ms: number): string {
  return new Date(now.getTime() + ms).toISOString();
}

export interface NewSession {
  token: string;
  csrfToken: string;
  expiresAt: string;
}

export async function createSession(
  db: Kysely<Database>,
  userId: number,
  meta: { ip: string | null; userAgent: string | null; secondFactorDone: boolean },
  now = new Date(),
): Promise<NewSession> {
  const token = randomToken();
  const csrfToken = randomToken();
  const expiresAt = after(now, meta.secondFactorDone ? SESSION_TTL_MS : PENDING_SESSION_TTL_MS);
  await db
    .insertInto('sessions')
    .values({
      id_hash: hashToken(token),
      user_id: userId,
      csrf_token: csrfToken,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: expiresAt,
      revoked_at: null,
      ip: meta.ip,
      user_agent: meta.userAgent?.slice(0, 300) ?? null,
      second_factor_done: meta.secondFactorDone ? 1 : 0,
    })
    .execute();
  return { token, csrfToken, expiresAt };
}

/** The live session for a cookie token, with its user; undefined when expired, idle, revoked or unknown. */
export async function findLiveSession(
  db: Kysely<Database>,
  token: string,
  now = new Date(),
): Promise<{ session: SessionRow; user: UserRow } | undefined> {
  if (token.length === 0 || token.length > 100) return undefined;
  const session = await db
    .selectFrom('sessions')
    .selectAll()
    .where('id_hash', '=', hashToken(token))
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now.toISOString())
    .where('last_seen_at', '>', after(now, -SESSION_IDLE_MS))
    .executeTakeFirst();
  if (session === undefined) return undefined;
  const user = await db.selectFrom('users').selectAll().where('id', '=', session.user_id).where('status', '=', 'active').executeTakeFirst();
  return user === undefined ? undefined : { session, user };
}

/**
 * Notes a request on the session, which keeps it from idling out. Written at most once
 * every SESSION_TOUCH_MS (one conditional UPDATE), so requests do not each cost a write.
 */
export async function touchSession(db: Kysely<Database>, session: SessionRow, now = new Date()): Promise<void> {
  const stale = after(now, -SESSION_TOUCH_MS);
  if (session.last_seen_at > stale) return;
  await db
    .updateTable('sessions')
    .set({ last_seen_at: now.toISOString() })
    .where('id_hash', '=', session.id_hash)
    .where('last_seen_at', '<=', stale)
    .execute();
}

/** The second factor was given: the session is complete and its full term starts now. */
export async function markSecondFactorDone(db: Kysely<Database>, token: string, now = new Date()): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ second_factor_done: 1, last_seen_at: now.toISOString(), expires_at: after(now, SESSION_TTL_MS) })
    .where('id_hash', '=', hashToken(token))
    .where('second_factor_done', '=', 0)
    .execute();
}

export async function revokeSession(db: Kysely<Database>, token: string, now = new Date()): Promise<void> {
  await db.updateTable('sessions').set({ revoked_at: now.toISOString() }).where('id_hash', '=', hashToken(token)).execute();
}

/** After a password reset or role removal: every session of the user ends. */
export async function revokeUserSessions(db: Kysely<Database>, userId: number, now = new Date()): Promise<void> {
  await db.updateTable('sessions').set({ revoked_at: now.toISOString() }).where('user_id', '=', userId).where('revoked_at', 'is', null).execute();
}

/** After a password change or enabling TOTP: every session of the user but the one in use ends. */
export async function revokeOtherSessions(db: Kysely<Database>, userId: number, keepToken: string, now = new Date()): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ revoked_at: now.toISOString() })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .where('id_hash', '!=', hashToken(keepToken))
    .execute();
}

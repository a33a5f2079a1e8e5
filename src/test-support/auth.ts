/** Accounts and signed-in sessions for HTTP tests. */
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { grantRole, hashPassword, insertUser } from '../accounts/index.js';
import type { Database } from '../db/schema.js';
import type { SiteRole } from '../editorial/roles.js';

export const TEST_PASSWORD = 'mat-khau-kiem-thu-rat-dai';

/** Hashing once keeps tests fast; every test user gets the same password. */
let sharedHash: Promise<string> | undefined;

export async function createTestUser(
  db: Kysely<Database>,
  username: string,
  grants: { siteId: number; role: SiteRole }[] = [],
  options: { isSystemAdmin?: boolean } = {},
): Promise<number> {
  sharedHash ??= hashPassword(TEST_PASSWORD);
  const user = await insertUser(db, { username, displayName: username, passwordHash: await sharedHash, isSystemAdmin: options.isSystemAdmin === true, now: new Date().toISOString() });
  for (const g of grants) await grantRole(db, user.id, g.siteId, g.role, null);
  return user.id;
}

export interface Signed {
  cookie: string;
  csrfToken: string;
  /** Headers for a state-changing request as a browser would send them. */
  headers: Record<string, string>;
}

export async function signIn(app: FastifyInstance, username: string, password = TEST_PASSWORD, host = 'localhost'): Promise<Signed> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { host }, payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login failed for ${username}: ${res.statusCode} ${res.body}`);
  const setCookie = res.cookies.find((c) => c.name === 'gp_session');
  if (setCookie === undefined) throw new Error('no session cookie');
  const cookie = `gp_session=${setCookie.value}`;
  const csrfToken = res.json<{ csrfToken: string }>().csrfToken;
  return { cookie, csrfToken, headers: { host, cookie, 'x-csrf-token': csrfToken } };
}

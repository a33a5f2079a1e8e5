/**
 * How long a session lives, on both databases: 30 minutes without a request ends it,
 * activity is written at most once a minute, eight hours end it whatever the activity,
 * and a sign-in waiting for its second factor lasts five minutes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser } from '../test-support/auth.js';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '../test-support/databases.js';
import { createSession, findLiveSession, markSecondFactorDone, PENDING_SESSION_TTL_MS, SESSION_IDLE_MS, SESSION_TTL_MS, touchSession } from './sessions.js';

const NOW = new Date('2026-11-29T03:00:00Z');
const at = (ms: number) => new Date(NOW.getTime() + ms);
const MINUTE = 60_000;

describe.each(TEST_DIALECTS)('session timeouts on %s', (dialect) => {
  let t: TestDatabase;
  let userId = 0;
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    userId = await createTestUser(t.db.kysely, 'phien');
  });
  afterAll(() => t.drop());

  const db = () => t.db.kysely;
  const newSession = (secondFactorDone = true) => createSession(db(), userId, { ip: null, userAgent: null, secondFactorDone }, NOW);

  /** A request at `when`, as the auth hook makes it: find, then note the activity. */
  async function request(token: string, when: Date): Promise<boolean> {
    const found = await findLiveSession(db(), token, when);
    if (found !== undefined) await touchSession(db(), found.session, when);
    return found !== undefined;
  }

  it('ends after 30 minutes without a request, not while requests keep coming', async () => {
    const idle = await newSession();
    expect(await findLiveSession(db(), idle.token, at(SESSION_IDLE_MS - 1000))).toBeDefined();
    expect(await findLiveSession(db(), idle.token, at(SESSION_IDLE_MS))).toBeUndefined();

    const busy = await newSession();
    for (let m = 20; m <= 200; m += 20) expect(await request(busy.token, at(m * MINUTE)), `${m} min`).toBe(true);
    expect(await request(busy.token, at(200 * MINUTE + SESSION_IDLE_MS))).toBe(false);
  });

  it('writes the activity at most once a minute', async () => {
    const s = await newSession();
    const lastSeen = async () => (await findLiveSession(db(), s.token, at(2 * MINUTE)))?.session.last_seen_at;
    await request(s.token, at(30_000));
    expect(await lastSeen()).toBe(NOW.toISOString());
    await request(s.token, at(MINUTE));
    expect(await lastSeen()).toBe(at(MINUTE).toISOString());
    await request(s.token, at(MINUTE + 59_000));
    expect(await lastSeen()).toBe(at(MINUTE).toISOString());
  });

  it('ends after eight hours however busy', async () => {
    const s = await newSession();
    for (let m = 25; m < SESSION_TTL_MS / MINUTE; m += 25) expect(await request(s.token, at(m * MINUTE)), `${m} min`).toBe(true);
    expect(await request(s.token, at(SESSION_TTL_MS))).toBe(false);
  });

  it('gives a sign-in waiting for its code five minutes, and the full term once the code is given', async () => {
    const waiting = await newSession(false);
    expect(await request(waiting.token, at(PENDING_SESSION_TTL_MS - 1000))).toBe(true);
    expect(await request(waiting.token, at(PENDING_SESSION_TTL_MS))).toBe(false);

    const done = await newSession(false);
    await markSecondFactorDone(db(), done.token, at(4 * MINUTE));
    const found = await findLiveSession(db(), done.token, at(10 * MINUTE));
    expect(found?.session.second_factor_done).toBe(1);
    expect(found?.session.expires_at).toBe(at(4 * MINUTE + SESSION_TTL_MS).toISOString());
  });
});

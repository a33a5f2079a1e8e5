/**
 * The site-state version on SQLite and PostgreSQL: each write that changes what the
 * registries hold raises it exactly once, in its own transaction (a write that is refused
 * or rolled back leaves it alone); and a second registry over the same database — another
 * process, in effect — follows a change by the version check alone, or through Redis at
 * once, and keeps following by the check while Redis is unreachable.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSiteSchema, updateSiteSchema, type SiteSettings } from '../contract/sites.js';
import { inTransaction } from '../db/transaction.js';
import { removeDemoSystem } from '../demo/demo-removal.service.js';
import { seedDemoSystem } from '../demo/seed.js';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '../test-support/databases.js';
import { closeRedis, connectRedis, type RedisClient } from '../redis/connection.js';
import { redisAvailable, TEST_REDIS_URL } from '../test-support/redis.js';
import { SiteError } from './errors.js';
import { createSite, updateSite, type SiteAdminActor } from './site-admin.service.js';
import { SiteRegistry } from './site-registry.js';
import { saveSiteSettings, settingsOf } from './site-settings.js';
import { startSiteState, type SiteState } from './site-state.js';
import { readSiteStateVersion } from './site-state.repo.js';

const actor: SiteAdminActor = { actorId: null, actorName: 'cli', ip: null, isSystemAdmin: true };
const quiet = { info: () => undefined, warn: () => undefined };

/** Waits until `ok()` holds, at most `ms`; returns how long it took. */
async function within(ms: number, ok: () => boolean): Promise<number> {
  const start = performance.now();
  while (!ok()) {
    if (performance.now() - start > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return performance.now() - start;
}

describe.each(TEST_DIALECTS)('site-state version on %s', (dialect) => {
  let t: TestDatabase;
  const version = () => readSiteStateVersion(t.db.kysely);
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
  });
  afterAll(() => t.drop());

  it('is raised once by each write to the sites, and not by a write that fails or rolls back', async () => {
    const db = t.db.kysely;
    expect(await version()).toBe(0);

    await seedDemoSystem(db, { adminPassword: 'mat-khau-thu-nghiem-dai', articlesPerSite: 1 });
    expect(await version()).toBe(1);

    const camlo = (await db.selectFrom('sites').select('id').where('slug', '=', 'camlo').executeTakeFirstOrThrow()).id;
    const settings: SiteSettings = {
      name: 'Cổng thông tin điện tử huyện Cam Lộ (mới)',
      shortName: 'Cam Lộ',
      contact: { address: '', email: '', phone: '', footer: '' },
      responsibleAgency: null,
      responsiblePerson: null,
      themeColor: '#0b4f8a',
      publicServiceUrl: null,
      logoMediaId: null,
      homeBlocks: null,
    };
    await saveSiteSettings(db, camlo, settings, undefined);
    expect(await version()).toBe(2);
    // In the caller's transaction, rolled back with it.
    await expect(
      inTransaction(db, async (trx) => {
        await saveSiteSettings(trx, camlo, { ...settings, name: 'Không được lưu' }, undefined);
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(await version()).toBe(2);

    const created = createSiteSchema.parse({ slug: 'sotttt', name: 'Sở Thông tin và Truyền thông', kind: 'department', parent: 'quangtri', contact: {} });
    await createSite(db, created, actor);
    expect(await version()).toBe(3);
    await expect(createSite(db, created, actor)).rejects.toBeInstanceOf(SiteError); // slug taken
    await expect(
      inTransaction(db, async (trx) => {
        await createSite(trx, { ...created, slug: 'sonoivu', name: 'Sở Nội vụ' }, actor);
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(await version()).toBe(3);

    const change = updateSiteSchema.parse({ name: 'Sở TT&TT', kind: 'department', parent: 'quangtri', hostnames: ['stttt.quangtri.gov.vn'], contact: {} });
    await updateSite(db, 'sotttt', change, actor);
    expect(await version()).toBe(4);
    await updateSite(db, 'sotttt', change, actor); // nothing differs: nothing to reload
    expect(await version()).toBe(4);
    await expect(updateSite(db, 'sotttt', { ...change, parent: 'khongco' }, actor)).rejects.toBeInstanceOf(SiteError);
    expect(await version()).toBe(4);

    // A refused removal (a site of the province hangs off the demo) leaves it alone.
    await expect(removeDemoSystem(db, actor)).rejects.toBeInstanceOf(SiteError);
    expect(await version()).toBe(4);
  });

  it('is raised once by the removal of the demo system', async () => {
    const own = await createTestDatabase(dialect);
    try {
      await seedDemoSystem(own.db.kysely, { adminPassword: 'mat-khau-thu-nghiem-dai', articlesPerSite: 1 });
      expect(await readSiteStateVersion(own.db.kysely)).toBe(1);
      await removeDemoSystem(own.db.kysely, actor);
      expect(await readSiteStateVersion(own.db.kysely)).toBe(2);
    } finally {
      await own.drop();
    }
  });
});

describe.each(TEST_DIALECTS)('site registries kept in step on %s', (dialect) => {
  let t: TestDatabase;
  const states: SiteState[] = [];
  let publisher: RedisClient | undefined;
  let camloId = 0;
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    await seedDemoSystem(t.db.kysely, { adminPassword: 'mat-khau-thu-nghiem-dai', articlesPerSite: 1 });
    camloId = (await t.db.kysely.selectFrom('sites').select('id').where('slug', '=', 'camlo').executeTakeFirstOrThrow()).id;
  });
  afterAll(async () => {
    for (const s of states) await s.close();
    if (publisher !== undefined) await closeRedis(publisher);
    await t.drop();
  });

  /** A registry with its site state, as one process holds them. */
  async function oneProcess(options: { redisUrl?: string; publisher?: RedisClient; pollMs?: number; subscribedPollMs?: number } = {}) {
    const registry = new SiteRegistry(t.db.kysely);
    const state = await startSiteState({ db: t.db.kysely, registry, log: quiet, ...options });
    states.push(state);
    return { registry, state };
  }

  async function rename(name: string, by: SiteState): Promise<void> {
    const registry = new SiteRegistry(t.db.kysely);
    await registry.reload();
    const current = registry.byIdOrUndefined(camloId);
    if (current === undefined) throw new Error('camlo missing');
    await saveSiteSettings(t.db.kysely, camloId, { ...settingsOf(current, null, null), name }, undefined);
    await by.changed();
  }

  it('a change through one registry reaches another by the version check alone', async () => {
    const a = await oneProcess();
    const b = await oneProcess({ pollMs: 100 });
    await rename('Cam Lộ — kiểm tra phiên bản', a.state);
    expect(a.registry.byIdOrUndefined(camloId)?.name).toBe('Cam Lộ — kiểm tra phiên bản'); // at once where it was made
    const ms = await within(1000, () => b.registry.byIdOrUndefined(camloId)?.name === 'Cam Lộ — kiểm tra phiên bản');
    expect(b.state.version).toBe(a.state.version);
    console.info(`site-state (${dialect}): version check, seen by the other registry after ${ms.toFixed(0)} ms`);
  });

  it.skipIf(!redisAvailable)('through Redis the other registry reloads at once, without waiting for its check', async () => {
    // Checks far apart: only the announcement can bring the change within the second.
    publisher = connectRedis(TEST_REDIS_URL);
    const a = await oneProcess({ redisUrl: TEST_REDIS_URL, publisher, subscribedPollMs: 60_000 });
    const b = await oneProcess({ redisUrl: TEST_REDIS_URL, subscribedPollMs: 60_000 });
    await within(3000, () => a.state.subscribed && b.state.subscribed);
    // Wait out the check each subscription makes when it comes up.
    await new Promise((resolve) => setTimeout(resolve, 100));
    await rename('Cam Lộ — qua Redis', a.state);
    const ms = await within(1000, () => b.registry.byIdOrUndefined(camloId)?.name === 'Cam Lộ — qua Redis');
    console.info(`site-state (${dialect}): through Redis, seen by the other registry after ${ms.toFixed(0)} ms`);
  });

  it('with Redis unreachable, the version check still brings the change', async () => {
    const unreachable = 'redis://127.0.0.1:1';
    const a = await oneProcess({ redisUrl: unreachable });
    const b = await oneProcess({ redisUrl: unreachable, pollMs: 100 });
    await rename('Cam Lộ — Redis vắng', a.state);
    expect(b.state.subscribed).toBe(false);
    await within(1000, () => b.registry.byIdOrUndefined(camloId)?.name === 'Cam Lộ — Redis vắng');
  });
});

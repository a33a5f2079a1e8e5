/**
 * Two processes over one database and one Redis, on both databases: a publication through
 * the first drops, in the second's cache too, exactly the pages it changes — the second
 * serves the new article on the site's home well under a second after the first answered,
 * and keeps serving another site's pages from its cache.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { createServices, type Services } from '../../services.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { redisAvailable, TEST_REDIS_URL } from '../../test-support/redis.js';
import { announceContentChanged } from '../../page-cache/announce.js';
import { editorialFixture, type EditorialFixture } from '../admin/articles/test-fixture.js';

describe.skipIf(!redisAvailable).each(TEST_DIALECTS)('the page cache of two processes over Redis on %s', (dialect) => {
  let f: EditorialFixture;
  let second: { services: Services; app: FastifyInstance };
  let hostA: string;
  let hostB: string;

  beforeAll(async () => {
    f = await editorialFixture(dialect, { environment: { REDIS_URL: TEST_REDIS_URL }, viewSnapshotMs: 3_600_000 });
    const services = await createServices(f.t.services.config, f.t.database.db, undefined, { viewSnapshotMs: 3_600_000 });
    const app = await buildApp(services, { logger: false, signInLimit: false, publicLimit: false, citizenFormLimit: false });
    await app.ready();
    second = { services, app };
    await Promise.all([f.t.services.views.refresh(), services.views.refresh()]);
    hostA = `${f.siteA.slug}.localhost`;
    hostB = `${f.siteB.slug}.localhost`;
  });
  afterAll(async () => {
    await second.app.close();
    await second.services.close();
    await f.t.close();
  });

  const onSecond = (host: string, url: string) => second.app.inject({ method: 'GET', url, headers: { host } });

  async function cachedOnSecond(host: string, url: string): Promise<string> {
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const response = await onSecond(host, url);
      if (response.headers['x-cache'] === 'HIT') return response.body;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`${host}${url} is never served from the second process's cache`);
  }

  it('a publication on one process drops the changed pages on the other within a second, and only those', async () => {
    const before = await cachedOnSecond(hostA, '/');
    await cachedOnSecond(hostB, '/');
    const title = `Tin đăng ở tiến trình thứ nhất ${dialect}`;
    expect(before).not.toContain(title);

    const base = `/api/v1/admin/sites/${f.siteA.slug}/articles`;
    const created = await f.call('POST', base, 'contributor', { title, lead: 'Sapo.', bodyHtml: '<p>Nội dung.</p>', categoryId: f.categoryA });
    const { id } = created.json<{ id: number }>();
    await f.call('POST', `${base}/${id}/transitions`, 'contributor', { transition: 'submit' });
    await f.call('POST', `${base}/${id}/transitions`, 'approver', { transition: 'approve' });
    const published = await f.call('POST', `${base}/${id}/transitions`, 'approver', { transition: 'publish' });
    expect(published.statusCode, published.body).toBe(200);
    const answeredAt = performance.now();

    let seenAfter = Number.POSITIVE_INFINITY;
    while (performance.now() - answeredAt < 5_000) {
      if ((await onSecond(hostA, '/')).body.includes(title)) {
        seenAfter = performance.now() - answeredAt;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(seenAfter).toBeLessThan(1_000);
    expect((await onSecond(hostB, '/')).headers['x-cache']).toBe('HIT');
  });

  it('a command that wrote content behind their backs (an import) starts the serving processes’ caches afresh', async () => {
    await cachedOnSecond(hostA, '/');
    await cachedOnSecond(hostB, '/');
    expect(await announceContentChanged(f.t.services.config)).toBe(true);
    const deadline = performance.now() + 2_000;
    let dropped = false;
    while (!dropped && performance.now() < deadline) {
      dropped = (await onSecond(hostB, '/')).headers['x-cache'] !== 'HIT';
      if (!dropped) await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(dropped).toBe(true);
  });
});

/**
 * Searches per client address: past the limit a reader gets a Vietnamese 429 page
 * with Retry-After; other addresses and ordinary pages are not affected. The limit
 * does not depend on the database: SQLite only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { randomAddress } from '../../test-support/addresses.js';

const LIMIT = { max: 3, timeWindowMs: 60_000 };

describe('the limit on searches per address', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite', { articlesPerSite: 2, publicLimit: LIMIT });
  });
  afterAll(() => t.close());

  const search = (remoteAddress: string, q: string) =>
    t.app.inject({ url: `/tim-kiem?q=${encodeURIComponent(q)}`, headers: { host: 'camlo.localhost' }, remoteAddress });

  it('refuses an address past the limit with a Vietnamese page and Retry-After', async () => {
    const address = randomAddress();
    for (let i = 0; i < LIMIT.max; i += 1) expect((await search(address, `binh dang gioi ${i}`)).statusCode).toBe(200);
    const refused = await search(address, 'binh dang gioi');
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['content-type']).toMatch(/^text\/html/);
    expect(refused.body).toContain('Quá nhiều yêu cầu');
    expect(refused.body).toMatch(/Vui lòng thử lại sau \d+ giây\./);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.headers['cache-control']).toBe('no-store');
  });

  it('leaves other addresses and other pages alone', async () => {
    const address = randomAddress();
    for (let i = 0; i <= LIMIT.max; i += 1) await search(address, 'cam lo');
    expect((await search(address, 'cam lo')).statusCode).toBe(429);
    expect((await search(randomAddress(), 'cam lo')).statusCode).toBe(200);
    const home = await t.app.inject({ url: '/', headers: { host: 'camlo.localhost' }, remoteAddress: address });
    expect(home.statusCode).toBe(200);
  });
});

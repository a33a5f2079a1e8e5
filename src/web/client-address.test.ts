/**
 * The client address the rate limits count and the audit log records. Behind one
 * proxy (TRUST_PROXY=1, or the proxy's address), the address is the one that proxy
 * saw: whatever a client writes into X-Forwarded-For itself comes before it and is
 * never believed. Without TRUST_PROXY the header is ignored altogether.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { TEST_DIALECTS } from '../test-support/databases.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';

const PROXY = '127.0.0.1';
const CLIENT = '203.0.113.9';

async function failedLoginFrom(t: TestApp, username: string, request: { remoteAddress: string; forwardedFor?: string }) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    remoteAddress: request.remoteAddress,
    headers: request.forwardedFor === undefined ? {} : { 'x-forwarded-for': request.forwardedFor },
    payload: { username, password: 'sai-mat-khau-hoan-toan' },
  });
  return response.statusCode;
}

async function recordedAddress(t: TestApp, username: string): Promise<string | null> {
  const row = await t.database.db.kysely
    .selectFrom('audit_log')
    .select('ip')
    .where('action', '=', 'login_failed')
    .where('actor_name', '=', username)
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  return row.ip;
}

describe('TRUST_PROXY takes a hop count or addresses, never every hop', () => {
  it('refuses "true" and bad addresses, with a message naming the variable', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: '127.0.0.1, not-an-address' })).toThrow(/not-an-address/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: '99' })).toThrow(/TRUST_PROXY/);
  });

  it('reads a hop count, addresses and ranges', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '127.0.0.1, ::1, 10.0.0.0/8, loopback' }).trustProxy).toEqual(['127.0.0.1', '::1', '10.0.0.0/8', 'loopback']);
  });
});

describe.each(TEST_DIALECTS)('the client address behind a proxy (%s)', (dialect) => {
  describe('TRUST_PROXY=1, one nginx in front', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(dialect, { articlesPerSite: 1, environment: { TRUST_PROXY: '1' }, signInLimit: { max: 3, timeWindowMs: 60_000 } });
    });
    afterAll(() => t.close());

    it('records the address the proxy saw, not the one the client wrote', async () => {
      expect(await failedLoginFrom(t, 'gia-mao-1', { remoteAddress: PROXY, forwardedFor: `6.6.6.6, ${CLIENT}` })).toBe(401);
      expect(await recordedAddress(t, 'gia-mao-1')).toBe(CLIENT);
      expect(await failedLoginFrom(t, 'gia-mao-2', { remoteAddress: PROXY, forwardedFor: `1.2.3.4,5.6.7.8 , ${CLIENT}` })).toBe(401);
      expect(await recordedAddress(t, 'gia-mao-2')).toBe(CLIENT);
    });

    it('counts every forged variant against the one real address', async () => {
      const client = '198.51.100.23';
      const codes: number[] = [];
      for (let i = 0; i < 5; i += 1) {
        codes.push(await failedLoginFrom(t, `khach-${i}`, { remoteAddress: PROXY, forwardedFor: `10.9.8.${i}, ${client}` }));
      }
      expect(codes).toEqual([401, 401, 401, 429, 429]);
      // Another real client behind the same proxy is not affected.
      expect(await failedLoginFrom(t, 'khach-khac', { remoteAddress: PROXY, forwardedFor: '198.51.100.24' })).toBe(401);
    });
  });

  describe("TRUST_PROXY set to the proxy's address", () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(dialect, { articlesPerSite: 1, environment: { TRUST_PROXY: PROXY } });
    });
    afterAll(() => t.close());

    it('believes the header only when the proxy sent it', async () => {
      await failedLoginFrom(t, 'qua-proxy', { remoteAddress: PROXY, forwardedFor: `6.6.6.6, ${CLIENT}` });
      expect(await recordedAddress(t, 'qua-proxy')).toBe(CLIENT);
      await failedLoginFrom(t, 'truc-tiep', { remoteAddress: '192.0.2.50', forwardedFor: CLIENT });
      expect(await recordedAddress(t, 'truc-tiep')).toBe('192.0.2.50');
    });
  });

  describe('no TRUST_PROXY', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(dialect, { articlesPerSite: 1 });
    });
    afterAll(() => t.close());

    it('ignores X-Forwarded-For', async () => {
      await failedLoginFrom(t, 'khong-proxy', { remoteAddress: PROXY, forwardedFor: CLIENT });
      expect(await recordedAddress(t, 'khong-proxy')).toBe(PROXY);
    });
  });
});

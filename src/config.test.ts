import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('has working defaults for a demo run', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.database.kind).toBe('sqlite');
    expect(config.publicScheme).toBe('http');
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u@127.0.0.1/db' });
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://u@127.0.0.1/db' });
  });

  it('rejects malformed values with a message naming the variable', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ ADMIN_PASSWORD: 'short' })).toThrow(/ADMIN_PASSWORD/);
  });

  it('refuses to start in production without a session secret or over plain http', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), PUBLIC_SCHEME: 'http' })).toThrow(/https/);
    const ok = loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40) });
    expect(ok.publicScheme).toBe('https');
  });

  it('loads the demo by default in development only; production loads it when asked to', () => {
    const secret = { SESSION_SECRET: 'x'.repeat(40) };
    expect(loadConfig({}).demoSeed).toBe('auto');
    expect(loadConfig({ NODE_ENV: 'production', ...secret }).demoSeed).toBe('never');
    expect(loadConfig({ NODE_ENV: 'production', ...secret, DEMO_SEED: 'auto' }).demoSeed).toBe('auto');
  });
});

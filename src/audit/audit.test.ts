import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '../test-support/databases.js';
import { listAudit, recordAudit } from './audit.js';

describe.each(TEST_DIALECTS)('audit log on %s', (dialect) => {
  let t: TestDatabase;
  // A database per test: each counts the entries it wrote, whatever ran before.
  beforeEach(async () => {
    t = await createTestDatabase(dialect);
  });
  afterEach(() => t.drop());

  it('records entries, filters them, and keeps credentials out of the details', async () => {
    await recordAudit(t.db.kysely, { action: 'login', actorName: 'admin', ip: '127.0.0.1', details: { password: 'x', newPasswordHash: 'y', reason: 'ok' } });
    await recordAudit(t.db.kysely, { action: 'login_failed', actorName: 'admin', ip: '127.0.0.1' });
    const all = await listAudit(t.db.kysely, { limit: 10, offset: 0 });
    expect(all.total).toBe(2);
    const login = await listAudit(t.db.kysely, { action: 'login', limit: 10, offset: 0 });
    expect(login.rows.map((r) => r.action)).toEqual(['login']);
    expect(JSON.parse(login.rows[0]?.details ?? '{}')).toEqual({ reason: 'ok' });
  });

  it('refuses any UPDATE or DELETE at the database level', async () => {
    await recordAudit(t.db.kysely, { action: 'settings_changed' });
    await expect(t.db.kysely.updateTable('audit_log').set({ action: 'forged' }).execute()).rejects.toThrow(/append-only/);
    await expect(t.db.kysely.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
    expect((await listAudit(t.db.kysely, { limit: 10, offset: 0 })).total).toBe(1);
  });
});

/**
 * No password, password hash, TOTP secret (plain or sealed) or recovery code ever
 * reaches the log (at trace level) or the audit log, through every account flow.
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../app.js';
import { createTestUser, signIn, TEST_PASSWORD } from '../../../test-support/auth.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { createTestApp, type TestApp } from '../../../test-support/test-app.js';
import { codeRequest, enrolTotp, nextStepCode, wrongCode } from '../../../test-support/totp.js';

const NEW_PASSWORD = 'sông-Hiếu-chảy-qua-Cam-Lộ-2026';

describe.each(TEST_DIALECTS)('secrets stay out of logs and audit on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, { articlesPerSite: 3 });
    const camlo = t.services.registry.bySlugOrUndefined('camlo')?.id ?? 0;
    await createTestUser(t.database.db.kysely, 'kin', [{ siteId: camlo, role: 'site_admin' }]);
  });
  afterAll(() => t.close());

  it('logs and audits every step without a secret in it', async () => {
    let logged = '';
    const sink = new Writable({ write(chunk: Buffer, _enc, done) { logged += chunk.toString(); done(); } });
    const app = await buildApp(t.services, { logger: { level: 'trace', stream: sink } });
    const secrets: string[] = [TEST_PASSWORD, NEW_PASSWORD];
    try {
      const first = await signIn(app, 'kin');
      const { secret, recoveryCodes } = await enrolTotp(app, first);
      secrets.push(secret, ...recoveryCodes, ...recoveryCodes.map((c) => c.replace(/-/g, '')));
      await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: first.headers });

      const pending = await signIn(app, 'kin');
      await app.inject(codeRequest(pending, wrongCode(secret)));
      expect((await app.inject(codeRequest(pending, nextStepCode(secret)))).statusCode).toBe(200);
      const viaRecovery = await signIn(app, 'kin');
      expect((await app.inject(codeRequest(viaRecovery, recoveryCodes[0] ?? ''))).statusCode).toBe(200);
      await app.inject({ method: 'POST', url: '/api/v1/auth/password', headers: pending.headers, payload: { currentPassword: 'sai-mat-khau-hien-tai', newPassword: NEW_PASSWORD } });
      const changed = await app.inject({ method: 'POST', url: '/api/v1/auth/password', headers: pending.headers, payload: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD } });
      expect(changed.statusCode).toBe(204);
      const settings = await app.inject({
        method: 'PUT',
        url: '/api/v1/admin/sites/camlo/settings',
        headers: pending.headers,
        payload: { name: 'Cam Lộ', shortName: 'Cam Lộ', themeColor: '#0b4f8a', responsibleAgency: null, responsiblePerson: null, publicServiceUrl: null },
      });
      expect(settings.statusCode).toBe(200);

      const admin = await signIn(app, 'admin', 'mat-khau-thu-nghiem-dai');
      secrets.push('mat-khau-thu-nghiem-dai');
      const created = await app.inject({ method: 'POST', url: '/api/v1/admin/users', headers: admin.headers, payload: { username: 'moi', displayName: 'Người mới' } });
      secrets.push(created.json<{ temporaryPassword: string }>().temporaryPassword);
      const kin = await t.database.db.kysely.selectFrom('users').select('id').where('username', '=', 'kin').executeTakeFirstOrThrow();
      const reset = await app.inject({ method: 'POST', url: `/api/v1/admin/users/${kin.id}/reset-password`, headers: admin.headers });
      secrets.push(reset.json<{ temporaryPassword: string }>().temporaryPassword);
    } finally {
      await app.close();
    }

    const db = t.database.db.kysely;
    const users = await db.selectFrom('users').select(['password_hash', 'totp_secret']).execute();
    const codeHashes = await db.selectFrom('recovery_codes').select('code_hash').execute();
    secrets.push(...users.flatMap((u) => [u.password_hash, u.totp_secret ?? '']), ...codeHashes.map((c) => c.code_hash));
    const audit = JSON.stringify(await db.selectFrom('audit_log').selectAll().execute());
    expect(logged.length).toBeGreaterThan(0);
    expect(audit).toContain('totp_enabled');
    for (const secret of secrets.filter((x) => x.length >= 8)) {
      expect(logged, 'log').not.toContain(secret);
      expect(audit, 'audit').not.toContain(secret);
    }
  });
});

/**
 * The account commands as an operator runs them (child processes on a temporary
 * SQLite data directory): passwords printed once or taken from the environment,
 * roles granted, passwords reset with sessions ended, Vietnamese errors with exit
 * code 1, and every change audited as "cli" without a secret in it.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSession, verifyPassword } from '../accounts/index.js';
import { openDatabase, type Db } from '../db/database.js';
import { migrateToLatest } from '../db/migrations/index.js';
import { insertSite } from '../sites/index.js';

const MAIN = path.join(import.meta.dirname, '..', 'main.ts');
const CHOSEN = 'núi-Đầu-Mâu-mùa-mưa-2026';
/** Each command is a fresh Node process compiling TypeScript: seconds each on a busy machine. */
const SLOW = { timeout: 240_000 };

/**
 * Each test runs on its own data directory and makes the accounts it needs with the
 * commands themselves, so the tests pass in any order.
 */
describe('govportal user:* commands', () => {
  let dataDir = '';
  const env = () => ({ DATA_DIR: dataDir, LOG_LEVEL: 'warn', NODE_ENV: 'development', DATABASE_URL: '', GOVPORTAL_NEW_PASSWORD: '' });
  const cli = (args: string[], extra: Record<string, string> = {}) =>
    spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], { env: { ...process.env, ...env(), ...extra }, encoding: 'utf8', timeout: 120_000 });
  /** The test reads and prepares the database between commands, never while one runs. */
  async function withDb<T>(fn: (db: Db) => Promise<T>): Promise<T> {
    const db = openDatabase({ kind: 'sqlite', file: path.join(dataDir, 'govportal.sqlite') });
    try {
      return await fn(db);
    } finally {
      await db.close();
    }
  }
  const user = (username: string) => withDb((db) => db.kysely.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirstOrThrow());
  /** Every password a command printed in this test: none may reach the audit log. */
  let printed: string[] = [];
  /** Setup step: the account "lan" made by user:create; returns its printed password. */
  const createLan = () => {
    const made = cli(['user:create', 'lan', '--name', 'Trần Thị Lan']);
    expect(made.status, made.stderr).toBe(0);
    const password = /Mật khẩu tạm thời[^:]*: (\S+)/.exec(made.stdout)?.[1] ?? '';
    printed.push(password);
    return { made, password };
  };

  beforeEach(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'govportal-cli-users-'));
    printed = [];
    await withDb(async (db) => {
      await migrateToLatest(db);
      const now = new Date().toISOString();
      await insertSite(db.kysely, {
        slug: 'camlo', kind: 'district', parent_id: null, name: 'Cổng thông tin điện tử huyện Cam Lộ', short_name: 'Cam Lộ', hostnames: '[]', contact: '{}',
        responsible_agency: null, responsible_person: null, logo_path: null, theme_color: '#0b4f8a', public_service_url: null, status: 'active',
        successor_site_id: null, sort_order: 0, created_at: now, updated_at: now,
      });
    });
  });
  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('creates an account with a temporary password printed once, or the one from GOVPORTAL_NEW_PASSWORD', SLOW, async () => {
    const { made, password } = createLan();
    expect(made.stderr).toBe('');
    expect(made.status).toBe(0);
    expect(password.length).toBeGreaterThanOrEqual(16);
    expect(made.stdout.split(password)).toHaveLength(2);
    const lan = await user('lan');
    expect(lan).toMatchObject({ display_name: 'Trần Thị Lan', is_system_admin: 0, must_change_password: 1 });
    expect(await verifyPassword(lan.password_hash, password)).toBe(true);

    const chosen = cli(['user:create', 'hung', '--system-admin'], { GOVPORTAL_NEW_PASSWORD: CHOSEN });
    expect(chosen.status).toBe(0);
    expect(chosen.stdout).not.toContain(CHOSEN);
    const hung = await user('hung');
    expect(hung).toMatchObject({ is_system_admin: 1, must_change_password: 0 });
    expect(await verifyPassword(hung.password_hash, CHOSEN)).toBe(true);
  });

  it('refuses duplicates, weak chosen passwords and bad options in Vietnamese, with exit code 1', SLOW, () => {
    createLan(); // the duplicate below
    for (const [args, extra, message] of [
      [['user:create', 'lan'], {}, 'đã có người dùng'],
      [['user:create', 'yeu'], { GOVPORTAL_NEW_PASSWORD: 'matkhau123456' }, 'phổ biến'],
      [['user:create', 'x1y', '--role', 'editor'], {}, 'Tùy chọn không hợp lệ'],
    ] as [string[], Record<string, string>, string][]) {
      const res = cli(args, extra);
      expect(res.status, args.join(' ')).toBe(1);
      expect(res.stderr, args.join(' ')).toContain(message);
    }
  });

  it('grants roles, and names the unknown user, site or role', SLOW, async () => {
    createLan();
    const granted = cli(['user:grant', 'lan', 'camlo', 'editor']);
    expect(granted.status).toBe(0);
    expect(granted.stdout).toContain('Biên tập viên');
    expect(cli(['user:grant', 'lan', 'camlo', 'approver']).stdout).toContain('trước đây: Biên tập viên');
    const role = await withDb((db) => db.kysely.selectFrom('site_roles').select('role').executeTakeFirstOrThrow());
    expect(role.role).toBe('approver');
    for (const [args, message] of [
      [['user:grant', 'ai-do', 'camlo', 'editor'], 'Không có tài khoản "ai-do"'],
      [['user:grant', 'lan', 'khong-co', 'editor'], 'Không có cổng thông tin "khong-co". Các cổng hiện có: camlo'],
      [['user:grant', 'lan', 'camlo', 'vua'], 'Vai trò không hợp lệ: "vua"'],
    ] as [string[], string][]) {
      const res = cli(args);
      expect(res.status, args.join(' ')).toBe(1);
      expect(res.stderr, args.join(' ')).toContain(message);
    }
  });

  it('resets a password, ending every session, and audits everything as "cli" without secrets', SLOW, async () => {
    // Setup: the audited history of an operator's day — two accounts made, a role granted then changed.
    createLan();
    expect(cli(['user:create', 'hung', '--system-admin'], { GOVPORTAL_NEW_PASSWORD: CHOSEN }).status).toBe(0);
    expect(cli(['user:grant', 'lan', 'camlo', 'editor']).status).toBe(0);
    expect(cli(['user:grant', 'lan', 'camlo', 'approver']).status).toBe(0);
    const lan = await user('lan');
    const session = await withDb((db) => createSession(db.kysely, lan.id, { ip: null, userAgent: null, secondFactorDone: true }));
    const reset = cli(['user:reset-password', 'lan']);
    expect(reset.status).toBe(0);
    const password = /Mật khẩu tạm thời[^:]*: (\S+)/.exec(reset.stdout)?.[1] ?? '';
    printed.push(password);
    const after = await user('lan');
    expect(await verifyPassword(after.password_hash, password)).toBe(true);
    expect(after.must_change_password).toBe(1);
    const sessions = await withDb((db) => db.kysely.selectFrom('sessions').select('revoked_at').where('user_id', '=', lan.id).execute());
    expect(sessions.map((s) => s.revoked_at)).toEqual([expect.any(String)]);
    expect(session.token.length).toBeGreaterThan(0);

    const audit = await withDb((db) => db.kysely.selectFrom('audit_log').selectAll().orderBy('id').execute());
    expect(audit.map((a) => [a.action, a.actor_name])).toEqual([
      ['user_created', 'cli'],
      ['user_created', 'cli'],
      ['role_granted', 'cli'],
      ['role_granted', 'cli'],
      ['password_reset', 'cli'],
    ]);
    expect(JSON.parse(audit[3]?.details ?? '{}')).toMatchObject({ oldRole: 'editor', newRole: 'approver', site: 'camlo' });
    const text = JSON.stringify(audit);
    for (const secret of [...printed, CHOSEN, after.password_hash]) expect(text).not.toContain(secret);
  });
});

/**
 * The site commands as an operator runs them, on SQLite and PostgreSQL: the first site
 * is the root, later ones name their parent; each gets its kind's categories; every
 * rule of the system (unique slug and hostnames, valid hostnames, one root, a parent
 * that exists) is refused in Vietnamese; every creation is audited as "cli". One child
 * process per dialect checks what the shell sees: the printed result, "Lỗi: …" and
 * exit code 1.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '../test-support/databases.js';
import { CliError } from './cli-error.js';
import { runSiteCommand, type SiteCommand } from './site-commands.js';

const MAIN = path.join(import.meta.dirname, '..', 'main.ts');

describe.each(TEST_DIALECTS)('govportal site:* commands (%s)', (dialect) => {
  let t: TestDatabase;
  let printed = '';
  beforeEach(async () => {
    t = await createTestDatabase(dialect);
    printed = '';
  });
  afterEach(async () => t.drop());

  const run = (command: SiteCommand, ...args: string[]) => runSiteCommand(command, args, { db: t.db.kysely, out: (text) => (printed += text) });
  /** The message of the CliError the command ends with. */
  async function refusal(command: SiteCommand, ...args: string[]): Promise<string> {
    const error: unknown = await run(command, ...args).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error, args.join(' ')).toBeInstanceOf(CliError);
    return (error as CliError).message;
  }
  const root = () => run('site:create', 'quangtri', '--name', 'Cổng thông tin điện tử tỉnh Quảng Trị', '--short-name', 'Quảng Trị', '--kind', 'province', '--host', 'QuangTri.gov.vn');

  it('creates the root, then a child with its hostnames and its kind’s categories, and lists them', async () => {
    expect(await run('site:list')).toBe(0);
    expect(printed).toContain('Hệ thống chưa có cổng thông tin nào');
    expect(await root()).toBe(0);
    expect(await run('site:create', 'xa-cam-thanh', '--name', 'Cổng thông tin điện tử xã Cam Thành', '--kind', 'commune', '--parent', 'quangtri', '--host', 'camthanh.quangtri.gov.vn', '--host', 'www.camthanh.quangtri.gov.vn')).toBe(0);
    expect(printed).toContain('Đã tạo cổng "Cổng thông tin điện tử xã Cam Thành" (mã xa-cam-thanh; loại: Xã, phường, thị trấn; thuộc cổng quangtri)');
    expect(printed).toContain('Chuyên mục theo mẫu: Tin tức - Sự kiện, Thông báo');

    const sites = await t.db.kysely.selectFrom('sites').selectAll().orderBy('id').execute();
    expect(sites.map((s) => [s.slug, s.kind, s.parent_id, JSON.parse(s.hostnames) as unknown, s.short_name])).toEqual([
      ['quangtri', 'province', null, ['quangtri.gov.vn'], 'Quảng Trị'],
      ['xa-cam-thanh', 'commune', sites[0]?.id, ['camthanh.quangtri.gov.vn', 'www.camthanh.quangtri.gov.vn'], 'Cổng thông tin điện tử xã Cam Thành'],
    ]);
    const categories = await t.db.kysely.selectFrom('categories').select(['site_id', 'slug', 'menu_order']).orderBy('site_id').orderBy('menu_order').execute();
    const of = (siteId: number | undefined) => categories.filter((c) => c.site_id === siteId).map((c) => c.slug);
    expect(of(sites[0]?.id)).toEqual(['tin-tuc-su-kien', 'chi-dao-dieu-hanh', 'thong-bao', 'kinh-te-xa-hoi', 'nong-nghiep-nong-thon', 'van-hoa-the-thao', 'giao-duc-y-te', 'quoc-phong-an-ninh', 'cai-cach-hanh-chinh', 'xay-dung-dang']);
    expect(of(sites[1]?.id)).toEqual(['tin-tuc-su-kien', 'thong-bao', 'kinh-te-xa-hoi', 'van-hoa-the-thao', 'cai-cach-hanh-chinh']);

    printed = '';
    expect(await run('site:list')).toBe(0);
    expect(printed).toMatch(/quangtri {2}province {2}cổng gốc/);
    expect(printed).toMatch(/xa-cam-thanh {2}commune {2}thuộc quangtri/);
    expect(printed).toContain('camthanh.quangtri.gov.vn, www.camthanh.quangtri.gov.vn');

    const audit = await t.db.kysely.selectFrom('audit_log').selectAll().orderBy('id').execute();
    expect(audit.map((a) => [a.action, a.actor_name, a.site_id])).toEqual([
      ['site_created', 'cli', sites[0]?.id],
      ['site_created', 'cli', sites[1]?.id],
    ]);
    expect(JSON.parse(audit[1]?.details ?? '{}')).toMatchObject({ slug: 'xa-cam-thanh', kind: 'commune', parent: 'quangtri' });
  });

  it('refuses each mistake in Vietnamese, naming what is wrong, and writes nothing', async () => {
    await root();
    const district = ['--name', 'Huyện Cam Lộ', '--kind', 'district', '--parent', 'quangtri'];
    expect(await refusal('site:create', 'quangtri', ...district)).toContain('Mã cổng "quangtri" đã được dùng cho cổng "Cổng thông tin điện tử tỉnh Quảng Trị"');
    expect(await refusal('site:create', 'camlo', ...district, '--host', 'quangtri.gov.vn')).toContain('Tên miền "quangtri.gov.vn" đã thuộc cổng "Cổng thông tin điện tử tỉnh Quảng Trị" (quangtri)');
    expect(await refusal('site:create', 'camlo', ...district, '--host', 'https://camlo.gov.vn:8443')).toContain('không kèm giao thức');
    expect(await refusal('site:create', 'camlo', ...district, '--host', 'cam lo')).toContain('Tên miền "cam lo" không hợp lệ');
    expect(await refusal('site:create', 'camlo', ...district, '--host', 'camlo.localhost')).toContain('{mã cổng}.localhost');
    expect(await refusal('site:create', 'camlo', '--name', 'Huyện Cam Lộ', '--kind', 'district')).toContain('đã có cổng gốc "Cổng thông tin điện tử tỉnh Quảng Trị" (quangtri)');
    expect(await refusal('site:create', 'camlo', '--name', 'Huyện Cam Lộ', '--kind', 'district', '--parent', 'khong-co')).toContain('Không có cổng cấp trên "khong-co". Các cổng hiện có: quangtri');
    expect(await refusal('site:create', 'camlo', '--name', 'Huyện Cam Lộ', '--kind', 'huyen', '--parent', 'quangtri')).toContain('--kind: Loại cổng phải là một trong');
    expect(await refusal('site:create', 'Cam_Lo', ...district)).toContain('mã cổng: Mã cổng gồm 2–50 ký tự');
    expect(await refusal('site:create', 'camlo', '--kind', 'district')).toContain('Hãy cho tên cổng bằng --name');
    expect(await refusal('site:create', 'camlo', ...district, '--color', 'red')).toContain('Tùy chọn không hợp lệ');
    const hosts = Array.from({ length: 11 }, (_, i) => ['--host', `h${i}.camlo.gov.vn`]).flat();
    expect(await refusal('site:create', 'camlo', ...district, ...hosts)).toContain('Tối đa 10 tên miền');
    expect((await t.db.kysely.selectFrom('sites').select('slug').execute()).map((s) => s.slug)).toEqual(['quangtri']);
    expect(await t.db.kysely.selectFrom('audit_log').select('action').execute()).toHaveLength(1);
  });

  it('prints the result, or "Lỗi: …" with exit code 1, as a child process', { timeout: 240_000 }, async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'govportal-cli-sites-'));
    try {
      const database = t.target.kind === 'postgres' ? t.target.url : '';
      const cli = (args: string[]) =>
        spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], {
          env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn', NODE_ENV: 'development', DATABASE_URL: database },
          encoding: 'utf8',
          timeout: 120_000,
        });
      const made = cli(['site:create', 'quangtri', '--name', 'Tỉnh Quảng Trị', '--kind', 'province', '--host', 'quangtri.gov.vn']);
      expect(made.stderr).toBe('');
      expect(made.status).toBe(0);
      expect(made.stdout).toContain('Đã tạo cổng "Tỉnh Quảng Trị" (mã quangtri; loại: Tỉnh; cổng gốc)');
      const second = cli(['site:create', 'dongha', '--name', 'Thành phố Đông Hà', '--kind', 'district']);
      expect(second.status).toBe(1);
      expect(second.stderr).toMatch(/^Lỗi: Hệ thống đã có cổng gốc "Tỉnh Quảng Trị" \(quangtri\)/);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
    // On PostgreSQL the child wrote to this test's own database (on SQLite, to its data directory's file).
    if (t.target.kind === 'postgres') expect((await t.db.kysely.selectFrom('sites').select('slug').execute()).map((s) => s.slug)).toEqual(['quangtri']);
  });
});

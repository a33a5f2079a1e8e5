/**
 * `site:archive` and `site:merge` as an operator runs them, on SQLite and PostgreSQL:
 * what they print, the refusals in Vietnamese (as CliErrors, printed "Lỗi: …" with exit
 * code 1 by main.ts), and the audit entries under the actor "cli".
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '../test-support/databases.js';
import { CliError } from './cli-error.js';
import { runSiteCommand, SITE_COMMANDS_USAGE, type SiteCommand } from './site-commands.js';

describe.each(TEST_DIALECTS)('govportal site:archive and site:merge (%s)', (dialect) => {
  let t: TestDatabase;
  let printed = '';
  beforeEach(async () => {
    t = await createTestDatabase(dialect);
    printed = '';
    await run('site:create', 'quangtri', '--name', 'Cổng thông tin điện tử tỉnh Quảng Trị', '--kind', 'province');
    for (const slug of ['camlo', 'dakrong', 'conco']) await run('site:create', slug, '--name', `Cổng ${slug}`, '--kind', 'district', '--parent', 'quangtri');
    printed = '';
  });
  afterEach(async () => t.drop());

  const run = (command: SiteCommand, ...args: string[]) => runSiteCommand(command, args, { db: t.db.kysely, out: (text) => (printed += text) });
  async function refusal(command: SiteCommand, ...args: string[]): Promise<string> {
    const error: unknown = await run(command, ...args).then(() => undefined, (e: unknown) => e);
    expect(error, args.join(' ')).toBeInstanceOf(CliError);
    return (error as CliError).message;
  }
  const status = async (slug: string) => t.db.kysely.selectFrom('sites').select(['status', 'archive_mode', 'successor_site_id']).where('slug', '=', slug).executeTakeFirstOrThrow();

  it('lists both commands in the usage text', () => {
    expect(SITE_COMMANDS_USAGE).toContain('site:archive <mã> [--successor <mã>] [--redirect-to <mã>]');
    expect(SITE_COMMANDS_USAGE).toContain('site:merge <mã cổng cũ> <mã cổng nhận>');
  });

  it('archives keeping every URL, names the successor, refuses a second time, and lists it as archived', async () => {
    expect(await run('site:archive', 'camlo', '--successor', 'quangtri')).toBe(0);
    expect(printed).toContain('Đã lưu trữ cổng "Cổng camlo" (camlo): chỉ xem, mọi địa chỉ vẫn mở; dải thông báo dẫn tới cổng kế thừa "quangtri".');
    expect(await status('camlo')).toMatchObject({ status: 'archived', archive_mode: 'serve' });
    expect(await refusal('site:archive', 'camlo')).toBe('Cổng "Cổng camlo" (camlo) đã được lưu trữ từ trước; không cần lưu trữ lại.');
    printed = '';
    await run('site:list');
    expect(printed).toContain('Cổng camlo [lưu trữ]');
    const audit = await t.db.kysely.selectFrom('audit_log').select(['action', 'actor_name', 'details']).where('action', '=', 'site_archived').execute();
    expect(audit.map((a) => [a.action, a.actor_name])).toEqual([['site_archived', 'cli']]);
    expect(JSON.parse(audit[0]?.details ?? '{}')).toEqual({ slug: 'camlo', mode: 'serve', successor: 'quangtri' });
  });

  it('merges, or archives with --redirect-to, moving the content and saying what moved', async () => {
    expect(await run('site:merge', 'camlo', 'quangtri')).toBe(0);
    expect(printed).toContain('Đã chuyển nội dung của cổng "Cổng camlo" (camlo) sang cổng "Cổng thông tin điện tử tỉnh Quảng Trị" (quangtri)');
    expect(printed).toContain('Cổng "camlo" đã được lưu trữ; mọi địa chỉ của nó chuyển hướng về cổng "quangtri".');
    expect(printed).toMatch(/chuyên mục: 0 chuyển sang, \d+ gộp vào chuyên mục cùng mã/);
    expect(await status('camlo')).toMatchObject({ status: 'archived', archive_mode: 'redirect' });
    printed = '';
    expect(await run('site:archive', 'dakrong', '--redirect-to', 'quangtri')).toBe(0);
    expect(printed).toContain('mọi địa chỉ của nó chuyển hướng về cổng "quangtri"');
    expect(await status('dakrong')).toMatchObject({ status: 'archived', archive_mode: 'redirect' });
  });

  it('refuses mistakes in Vietnamese and changes nothing', async () => {
    expect(await refusal('site:archive')).toContain('Thiếu hoặc thừa tham số.\nCách dùng: govportal site:archive');
    expect(await refusal('site:archive', 'camlo', '--successor')).toContain('Tùy chọn không hợp lệ hoặc thiếu giá trị: --successor');
    expect(await refusal('site:archive', 'camlo', '--xoa')).toContain('Tùy chọn không hợp lệ');
    expect(await refusal('site:archive', 'khongco')).toBe('Không có cổng thông tin "khongco". Xem danh sách bằng: govportal site:list');
    expect(await refusal('site:archive', 'camlo', '--successor', 'camlo')).toBe('Cổng kế thừa phải là một cổng khác, không phải chính "Cổng camlo" (camlo).');
    expect(await refusal('site:archive', 'camlo', '--successor', 'conco', '--redirect-to', 'quangtri')).toContain('--successor và --redirect-to phải cùng một cổng');
    expect(await refusal('site:merge', 'camlo')).toContain('Cần đúng hai mã cổng: cổng cũ rồi cổng nhận.');
    expect(await refusal('site:merge', 'camlo', 'quangtri', 'conco')).toContain('Cần đúng hai mã cổng');
    expect(await refusal('site:merge', 'camlo', '--into', 'quangtri')).toContain('Lệnh site:merge không nhận tùy chọn.');
    await run('site:archive', 'conco');
    expect(await refusal('site:merge', 'camlo', 'conco')).toBe('Cổng "Cổng conco" (conco) cũng đã được lưu trữ; hãy chọn một cổng đang hoạt động làm cổng kế thừa.');
    expect(await status('camlo')).toMatchObject({ status: 'active', archive_mode: 'serve', successor_site_id: null });
  });
});

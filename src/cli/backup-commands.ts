/**
 * Backup commands of the CLI, for the operator on the server:
 *   backup FILE                    archive of the database and the media files, taken while serving
 *   restore FILE                   into a migrated, empty database and an empty media folder
 *   migrate-data --to postgres://… this installation's data into an empty PostgreSQL
 * The work is src/backup's; this file reads the arguments, picks how progress is shown
 * and prints the summary. Refusals end with "Lỗi: …" and exit code 1.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createBackup } from '../backup/backup.service.js';
import { BackupError } from '../backup/errors.js';
import { migrateData } from '../backup/migrate-data.service.js';
import { barProgress, lineProgress, type Progress } from '../backup/progress.js';
import { restoreBackup } from '../backup/restore.service.js';
import type { Db } from '../db/database.js';
import { migrateToLatest } from '../db/migrations/index.js';
import { CliError } from './cli-error.js';

export const BACKUP_COMMANDS_USAGE = `  backup <tệp>
               sao lưu cơ sở dữ liệu và tệp phương tiện vào một tệp (.tar.gz) trong khi hệ thống vẫn chạy
  restore <tệp>
               khôi phục bản sao lưu vào cơ sở dữ liệu đã nâng cấp (migrate) và còn trống, cùng thư mục
               phương tiện trống; kiểm tra toàn bộ tệp trước, không thay đổi gì nếu bị từ chối
  migrate-data --to postgres://…
               chép toàn bộ dữ liệu của bản cài đặt này sang một PostgreSQL trống rồi kiểm tra từng bảng
`;

export const BACKUP_COMMANDS = ['backup', 'restore', 'migrate-data'] as const;
export type BackupCommand = (typeof BACKUP_COMMANDS)[number];

export function isBackupCommand(command: string): command is BackupCommand {
  return (BACKUP_COMMANDS as readonly string[]).includes(command);
}

export interface BackupCommandContext {
  /** The configured database (not migrated by the caller: backup and restore change no schema). */
  db: Db;
  mediaDir: string;
  out: (text: string) => void;
  /** Standard output is a terminal: progress as a bar instead of lines. */
  tty: boolean;
  /** Opens the PostgreSQL database migrate-data writes into. */
  openPostgres: (url: string) => Db;
}

function oneFile(command: string, args: string[]): string {
  let positionals: string[];
  try {
    positionals = parseArgs({ args, options: {}, allowPositionals: true, strict: true }).positionals;
  } catch {
    throw new CliError(`Tùy chọn không hợp lệ.\nCách dùng: govportal ${command} <tệp>`);
  }
  const [file, ...rest] = positionals;
  if (file === undefined || rest.length > 0) throw new CliError(`Hãy cho đúng một tệp.\nCách dùng: govportal ${command} <tệp>`);
  return path.resolve(file);
}

function targetUrl(args: string[]): string {
  const usage = 'Cách dùng: govportal migrate-data --to postgres://người-dùng:mật-khẩu@máy:5432/tên-cơ-sở-dữ-liệu';
  let to: string | undefined;
  try {
    const parsed = parseArgs({ args, options: { to: { type: 'string' } }, allowPositionals: false, strict: true });
    to = parsed.values.to;
  } catch {
    throw new CliError(`Tùy chọn không hợp lệ.\n${usage}`);
  }
  if (to === undefined || !/^postgres(ql)?:\/\/./.test(to)) throw new CliError(`Hãy cho địa chỉ PostgreSQL đích bằng --to postgres://….\n${usage}`);
  return to;
}

function progressFor(ctx: BackupCommandContext): Progress {
  return ctx.tty ? barProgress(ctx.out) : lineProgress(ctx.out);
}

function totalRows(tables: readonly { rows: number }[]): number {
  return tables.reduce((sum, t) => sum + t.rows, 0);
}

function missingMediaNote(missing: readonly string[]): string {
  if (missing.length === 0) return '';
  const shown = missing.slice(0, 20).map((key) => `  ${key}\n`).join('');
  const more = missing.length > 20 ? `  … và ${missing.length - 20} tệp khác\n` : '';
  return `Cảnh báo: ${missing.length} tệp phương tiện được dữ liệu nhắc đến nhưng không có trong thư mục phương tiện:\n${shown}${more}`;
}

async function backup(args: string[], ctx: BackupCommandContext): Promise<number> {
  const file = oneFile('backup', args);
  const summary = await createBackup({ db: ctx.db, mediaDir: ctx.mediaDir, file, progress: progressFor(ctx) });
  ctx.out(
    `Đã sao lưu vào ${summary.file} (${summary.bytes} byte): ${summary.tables.length} bảng, ${totalRows(summary.tables)} dòng, ` +
      `${summary.mediaFiles} tệp phương tiện (${summary.mediaBytes} byte).\n${missingMediaNote(summary.missingMedia)}`,
  );
  return 0;
}

async function restore(args: string[], ctx: BackupCommandContext): Promise<number> {
  const file = oneFile('restore', args);
  const summary = await restoreBackup({ db: ctx.db, mediaDir: ctx.mediaDir, file, progress: progressFor(ctx) });
  ctx.out(
    `Đã khôi phục từ ${file} (sao lưu lúc ${summary.createdAt}, từ ${summary.sourceDialect}): ${summary.tables.length} bảng, ` +
      `${totalRows(summary.tables)} dòng, ${summary.mediaFiles} tệp phương tiện.\n` +
      (summary.searchRebuilt ? 'Đã lập lại chỉ mục tìm kiếm.\n' : 'Chỉ mục tìm kiếm đã được cơ sở dữ liệu lập khi ghi tin bài và trang.\n') +
      missingMediaNote(summary.missingMedia) +
      'Hãy khởi động lại các tiến trình serve.\n',
  );
  return 0;
}

async function moveData(args: string[], ctx: BackupCommandContext): Promise<number> {
  const url = targetUrl(args);
  if (ctx.db.dialect === 'postgres') ctx.out('Lưu ý: cơ sở dữ liệu đang cấu hình đã là PostgreSQL; vẫn chép sang đích đã cho.\n');
  await migrateToLatest(ctx.db);
  const target = ctx.openPostgres(url);
  try {
    try {
      await target.kysely.selectNoFrom((eb) => eb.lit(1).as('one')).execute();
    } catch (error) {
      throw new CliError(`Không kết nối được PostgreSQL đích: ${error instanceof Error ? error.message : String(error)}`);
    }
    const summary = await migrateData({ source: ctx.db, target, progress: progressFor(ctx) });
    ctx.out(
      `Đã chép sang PostgreSQL: ${summary.tables.length} bảng, ${totalRows(summary.tables)} dòng; số dòng và mã kiểm tra của từng bảng khớp với nguồn.\n` +
        `Tệp phương tiện vẫn ở ${ctx.mediaDir}: thư mục này dùng chung cho cả hai cơ sở dữ liệu, không cần chép.\n` +
        'Tiếp theo: đặt DATABASE_URL bằng địa chỉ PostgreSQL vừa dùng rồi khởi động lại các tiến trình serve.\n',
    );
    return 0;
  } finally {
    await target.close();
  }
}

export async function runBackupCommand(command: BackupCommand, args: string[], ctx: BackupCommandContext): Promise<number> {
  try {
    switch (command) {
      case 'backup':
        return await backup(args, ctx);
      case 'restore':
        return await restore(args, ctx);
      case 'migrate-data':
        return await moveData(args, ctx);
    }
  } catch (error) {
    if (error instanceof BackupError) throw new CliError(error.message);
    throw error;
  }
}

/**
 * Import commands of the CLI, for moving a site in from an old platform:
 *   redirects:import <tệp.csv> --site <mã>
 *   import:wxr <tệp.xml> --site <mã> --category <mã chuyên mục>
 *   import:rss <địa chỉ hoặc tệp> --site <mã> --category <mã chuyên mục>
 * A bar on a terminal, a one-paragraph summary at the end. A broken file is refused
 * with the line or item ("Lỗi: …", exit code 1) and nothing is written.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Kysely } from 'kysely';
import { barProgress, SILENT_PROGRESS } from '../backup/progress.js';
import type { Database } from '../db/schema.js';
import { describeFeedImport, importFeed, ImportError, importRedirects } from '../imports/index.js';
import { CliError } from './cli-error.js';

export const IMPORT_COMMANDS_USAGE = `  redirects:import <tệp.csv> --site <mã>
               nhập chuyển hướng 301 từ tệp CSV có dòng tiêu đề old_url,new_url (new_url: đường dẫn
               trên cổng, địa chỉ tin bài, hoặc địa chỉ http(s) của một cổng trong hệ thống)
  import:wxr <tệp.xml> --site <mã> --category <mã chuyên mục>
               nhập bài đã đăng từ tệp xuất WordPress (WXR): ngày đăng, tác giả, chuyên mục và thẻ
               thành từ khóa, ảnh, địa chỉ cũ thành chuyển hướng; chạy lại không nhập trùng
  import:rss <địa chỉ hoặc tệp> --site <mã> --category <mã chuyên mục>
               nhập các tin của một nguồn RSS 2.0 như trên
`;

export const IMPORT_COMMANDS = ['redirects:import', 'import:wxr', 'import:rss'] as const;
export type ImportCommand = (typeof IMPORT_COMMANDS)[number];

export function isImportCommand(command: string): command is ImportCommand {
  return (IMPORT_COMMANDS as readonly string[]).includes(command);
}

export interface ImportCommandContext {
  db: Kysely<Database>;
  mediaDir: string;
  out: (text: string) => void;
  /** Standard output is a terminal: draw a progress bar. */
  tty: boolean;
}

const USAGES: Record<ImportCommand, string> = {
  'redirects:import': 'govportal redirects:import <tệp.csv> --site <mã>',
  'import:wxr': 'govportal import:wxr <tệp.xml> --site <mã> --category <mã chuyên mục>',
  'import:rss': 'govportal import:rss <địa chỉ hoặc tệp> --site <mã> --category <mã chuyên mục>',
};

/** A CSV of redirects is text typed or exported by people: far below this. */
const MAX_CSV_BYTES = 50 * 1024 * 1024;

function parse(command: ImportCommand, args: string[]) {
  const usage = `Cách dùng: ${USAGES[command]}`;
  let parsed;
  try {
    parsed = parseArgs({ args, options: { site: { type: 'string' }, category: { type: 'string' } }, allowPositionals: true, strict: true });
  } catch {
    const flags = args.filter((a) => a.startsWith('-')).join(' ');
    throw new CliError(`Tùy chọn không hợp lệ hoặc thiếu giá trị${flags ? `: ${flags}` : ''}.\n${usage}`);
  }
  const { values, positionals } = parsed;
  const source = positionals[0];
  if (positionals.length !== 1 || source === undefined) throw new CliError(`Hãy cho đúng một tệp nguồn.\n${usage}`);
  if (values.site === undefined) throw new CliError(`Hãy cho mã cổng bằng --site.\n${usage}`);
  if (command === 'redirects:import') {
    if (values.category !== undefined) throw new CliError(`Lệnh redirects:import không nhận --category.\n${usage}`);
    return { source, site: values.site, category: '' };
  }
  if (values.category === undefined) throw new CliError(`Hãy cho mã chuyên mục nhận tin bằng --category.\n${usage}`);
  return { source, site: values.site, category: values.category };
}

async function readCsv(file: string): Promise<string> {
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) throw new CliError(`${file} không phải là tệp.`);
    if (stat.size > MAX_CSV_BYTES) throw new CliError(`Tệp ${file} lớn hơn ${MAX_CSV_BYTES / 1024 / 1024} MB.`);
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`Không đọc được tệp ${file}. Hãy kiểm tra đường dẫn và quyền đọc.`);
  }
}

function isUrl(source: string): boolean {
  const lower = source.slice(0, 8).toLowerCase();
  return lower.startsWith('http://') || lower.startsWith('https://');
}

/** Runs one import command; returns the exit code, or throws CliError for the operator's mistakes and refused files. */
export async function runImportCommand(command: ImportCommand, args: string[], ctx: ImportCommandContext): Promise<number> {
  const { source, site, category } = parse(command, args);
  try {
    if (command === 'redirects:import') {
      const s = await importRedirects(ctx.db, { siteSlug: site, csv: await readCsv(source), fileName: path.basename(source) });
      ctx.out(`Đã thêm ${s.added} chuyển hướng, đổi đích ${s.changed}, giữ nguyên ${s.unchanged} đã có.\n`);
      return 0;
    }
    const started = Date.now();
    const summary = await importFeed(ctx.db, {
      kind: command === 'import:wxr' ? 'wxr' : 'rss',
      siteSlug: site,
      categorySlug: category,
      source: command === 'import:rss' && isUrl(source) ? { url: source } : { path: source },
      mediaDir: ctx.mediaDir,
      progress: ctx.tty ? barProgress(ctx.out) : SILENT_PROGRESS,
    });
    ctx.out(describeFeedImport(summary));
    if (ctx.tty) ctx.out(`Thời gian: ${((Date.now() - started) / 1000).toFixed(1)} giây.\n`);
    return 0;
  } catch (error) {
    if (error instanceof ImportError) throw new CliError(error.message);
    throw error;
  }
}

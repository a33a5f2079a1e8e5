/**
 * demo:remove [--yes] — removes the demo system (the sites of demo/sites.json and all
 * their content), leaving the province's own sites and every account. On a terminal it
 * asks first; elsewhere (a script) it needs --yes. Audited as "cli".
 */
import { parseArgs } from 'node:util';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { demoSiteSlugs, removeDemoSystem } from '../demo/demo-removal.service.js';
import { removeMediaFiles } from '../media/storage.js';
import { SiteError } from '../sites/index.js';
import { CliError } from './cli-error.js';

export const DEMO_COMMANDS_USAGE = `  demo:remove [--yes]
               xóa hệ thống mẫu (các cổng mẫu và mọi nội dung của chúng); giữ các cổng khác và mọi tài khoản
`;

export const CONFIRM_WORD = 'co';

export interface DemoCommandContext {
  db: Kysely<Database>;
  mediaDir: string;
  out: (text: string) => void;
  /** Asks on the terminal and returns the answer; undefined when there is no terminal to ask on. */
  ask: ((question: string) => Promise<string>) | undefined;
}

export async function runDemoRemove(args: string[], ctx: DemoCommandContext): Promise<number> {
  let yes: boolean;
  try {
    const parsed = parseArgs({ args, options: { yes: { type: 'boolean' } }, strict: true, allowPositionals: false });
    yes = parsed.values.yes === true;
  } catch {
    throw new CliError('Tùy chọn không hợp lệ.\nCách dùng: govportal demo:remove [--yes]');
  }
  if (!yes) {
    if (ctx.ask === undefined) throw new CliError('Cần xác nhận trước khi xóa: chạy lại với --yes (không có bàn phím để hỏi).');
    const answer = await ctx.ask(`Xóa toàn bộ hệ thống mẫu (các cổng ${demoSiteSlugs().join(', ')} và mọi nội dung của chúng)? Gõ '${CONFIRM_WORD}' để xác nhận: `);
    if (answer.trim().toLowerCase() !== CONFIRM_WORD) {
      ctx.out('Đã hủy; không xóa gì.\n');
      return 1;
    }
  }
  let removed;
  try {
    removed = await removeDemoSystem(ctx.db, { actorId: null, actorName: 'cli', ip: null });
  } catch (error) {
    if (error instanceof SiteError) throw new CliError(error.message);
    throw error;
  }
  if (removed.sites.length === 0) {
    ctx.out('Hệ thống không có cổng mẫu nào; không có gì để xóa.\n');
    return 0;
  }
  await removeMediaFiles(ctx.mediaDir, removed.mediaKeys);
  ctx.out(
    `Đã xóa hệ thống mẫu: ${removed.sites.length} cổng (${removed.sites.join(', ')}), ${removed.articles} tin bài, ${removed.pages} trang, ${removed.media} tệp.\n` +
      'Các cổng khác và mọi tài khoản được giữ nguyên. Hãy khởi động lại các tiến trình serve đang chạy để chúng thôi phục vụ các cổng mẫu.\n',
  );
  return 0;
}

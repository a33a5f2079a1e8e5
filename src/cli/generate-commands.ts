/**
 * generate --sites <n> --articles <n> [--seed <n>] [--batch <n>] [--jobs <n>] — synthetic data
 * for load tests and benchmarks: creates the sites missing up to --sites, then adds --articles
 * articles (with legal documents and citizens' questions in proportion) over ten years.
 * A progress line goes to standard error; a run can be repeated to add more.
 */
import { parseArgs } from 'node:util';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Dialect } from '../db/database.js';
import type { Database } from '../db/schema.js';
import { defaultLanes, generate, MAX_LANES, progressLine, formatDuration } from '../generate/index.js';
import type { SearchService } from '../search/search.js';
import { CliError } from './cli-error.js';

export const GENERATE_COMMANDS_USAGE = `  generate --sites <số cổng> --articles <số tin bài> [--seed <số>] [--batch <số>] [--jobs <số>]
               tạo dữ liệu mẫu để thử tải: thêm cổng cho đủ --sites, thêm --articles tin bài (kèm văn bản,
               hỏi đáp) rải trong mười năm; chạy lại thì thêm tiếp. --jobs: số cổng ghi cùng lúc
               (chỉ PostgreSQL; mặc định bằng số lõi CPU)
`;

const USAGE = 'govportal generate --sites <số cổng> --articles <số tin bài> [--seed <số>] [--batch <số>] [--jobs <số>]';

const whole = (label: string, min: number, max: number) =>
  z
    .string({ required_error: `Thiếu ${label}` })
    .regex(/^[0-9]{1,9}$/, `${label} phải là số nguyên không âm`)
    .transform(Number)
    .pipe(z.number().min(min, `${label} phải từ ${min} trở lên`).max(max, `${label} tối đa là ${max.toLocaleString('vi-VN')}`));

const argsSchema = z.object({
  sites: whole('--sites', 1, 10_000),
  articles: whole('--articles', 0, 50_000_000),
  seed: whole('--seed', 0, 2 ** 31).default('1'),
  batch: whole('--batch', 1, 5_000).default('1000'),
  jobs: whole('--jobs', 1, MAX_LANES).optional(),
});

/** Sites written at once: --jobs, or generate's default (defaultLanes). SQLite writes through one connection: more is refused rather than silently ignored. */
function lanesFor(dialect: Dialect, jobs: number | undefined): number {
  if (dialect === 'sqlite' && jobs !== undefined && jobs > 1) throw new CliError('--jobs chỉ dùng với PostgreSQL: SQLite ghi qua một kết nối duy nhất.');
  return jobs ?? defaultLanes(dialect);
}

export interface GenerateCommandContext {
  db: Kysely<Database>;
  dialect: Dialect;
  out: (text: string) => void;
  /** The progress line's stream (standard error). */
  progress: (text: string) => void;
  /** Whether progress may redraw one line (a terminal) or should print a line now and then. */
  tty: boolean;
  now?: Date;
  /** The search index generate merges at the end (GenerateOptions.search); counted in the time printed. */
  search: Pick<SearchService, 'compact'>;
}

export function parseGenerateArgs(args: string[]): z.infer<typeof argsSchema> {
  let values;
  try {
    values = parseArgs({
      args,
      options: { sites: { type: 'string' }, articles: { type: 'string' }, seed: { type: 'string' }, batch: { type: 'string' }, jobs: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch {
    throw new CliError(`Tùy chọn không hợp lệ.\nCách dùng: ${USAGE}`);
  }
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) throw new CliError(`${[...new Set(parsed.error.issues.map((i) => i.message))].join('\n')}\nCách dùng: ${USAGE}`);
  return parsed.data;
}

export async function runGenerate(args: string[], ctx: GenerateCommandContext): Promise<number> {
  const { jobs, ...options } = parseGenerateArgs(args);
  const lanes = lanesFor(ctx.dialect, jobs);
  const started = Date.now();
  let lastPrinted = -1;
  const onProgress = (done: number, total: number) => {
    const line = progressLine(done, total, Date.now() - started);
    if (ctx.tty) {
      ctx.progress(`\r${line}`);
      return;
    }
    // Not a terminal (a log file): one line per tenth.
    const tenth = Math.floor((done * 10) / Math.max(1, total));
    if (tenth !== lastPrinted) {
      lastPrinted = tenth;
      ctx.progress(`${line}\n`);
    }
  };
  const result = await generate(ctx.db, { ...options, dialect: ctx.dialect, lanes, onProgress, search: ctx.search, ...(ctx.now === undefined ? {} : { now: ctx.now }) });
  if (ctx.tty) ctx.progress('\n');
  const took = Date.now() - started;
  ctx.out(
    `Đã tạo ${result.sitesCreated} cổng, ${result.articles} tin bài, ${result.documents} văn bản, ${result.questions} câu hỏi trong ${formatDuration(took)}` +
      (result.articles > 0 ? ` (${formatDuration((took * 100_000) / result.articles)} cho 100.000 tin bài).\n` : '.\n'),
  );
  return 0;
}

/**
 * Site commands of the CLI, for the operator on the server:
 *   site:create <mã> --name "…" --kind <loại> [--short-name "…"] [--parent <mã>] [--host <tên miền> …]
 *   site:list
 *   site:archive <mã> [--successor <mã>] [--redirect-to <mã>]
 *   site:merge <mã cổng cũ> <mã cổng nhận>
 * The input is checked by the same contract as the admin API; the rules of the system
 * (unique slug and hostnames, one root, an existing parent) by the site service, which
 * audits the change with the actor "cli". Mistakes end with "Lỗi: …" and exit code 1.
 * A running server learns of the new site at the first request for its host.
 */
import { parseArgs } from 'node:util';
import type { Kysely } from 'kysely';
import { createSiteSchema, SITE_KIND_LABELS, SITE_KINDS } from '../contract/sites.js';
import type { Database } from '../db/schema.js';
import { archiveSite, archiveWithRedirect, createSite, listSites, mergeSites, SiteError, type MergeResult, type SiteAdminActor } from '../sites/index.js';
import { CliError } from './cli-error.js';

export const SITE_COMMANDS_USAGE = `  site:create <mã> --name "Tên cổng" --kind <loại> [--short-name "Tên ngắn"] [--parent <mã>] [--host <tên miền> …]
               tạo cổng thông tin với các chuyên mục mẫu của loại cổng; loại: ${SITE_KINDS.join(', ')}
               (--host lặp lại được; cổng đầu tiên, cổng gốc của tỉnh, không có --parent)
  site:list    liệt kê các cổng: mã, loại, cổng cấp trên, tên miền
  site:archive <mã> [--successor <mã>] [--redirect-to <mã>]
               lưu trữ cổng: chỉ xem, giữ nguyên mọi địa chỉ, dải thông báo nêu cổng kế thừa (--successor);
               với --redirect-to: chuyển toàn bộ nội dung sang cổng đó và chuyển hướng (301) mọi địa chỉ cũ
  site:merge <mã cổng cũ> <mã cổng nhận>
               sáp nhập: chuyển toàn bộ nội dung sang cổng nhận, mọi địa chỉ cũ chuyển hướng (301),
               cổng cũ được lưu trữ; không xóa gì
`;

export const SITE_COMMANDS = ['site:create', 'site:list', 'site:archive', 'site:merge'] as const;
export type SiteCommand = (typeof SITE_COMMANDS)[number];

export function isSiteCommand(command: string): command is SiteCommand {
  return (SITE_COMMANDS as readonly string[]).includes(command);
}

export interface SiteCommandContext {
  db: Kysely<Database>;
  out: (text: string) => void;
}

const CLI_ACTOR: SiteAdminActor = { actorId: null, actorName: 'cli', ip: null, isSystemAdmin: true };

const CREATE_USAGE = 'govportal site:create <mã> --name "Tên cổng" --kind <loại> [--short-name "Tên ngắn"] [--parent <mã>] [--host <tên miền> …]';

const CREATE_OPTIONS = {
  name: { type: 'string' },
  'short-name': { type: 'string' },
  kind: { type: 'string' },
  parent: { type: 'string' },
  host: { type: 'string', multiple: true },
} as const;

function parseCreate(args: string[]) {
  try {
    return parseArgs({ args, options: CREATE_OPTIONS, allowPositionals: true, strict: true });
  } catch {
    const flags = args.filter((a) => a.startsWith('-')).join(' ');
    throw new CliError(`Tùy chọn không hợp lệ hoặc thiếu giá trị${flags ? `: ${flags}` : ''}.\nCách dùng: ${CREATE_USAGE}`);
  }
}

/** The API's field names, as the operator typed them. */
const OPTION_OF: Record<string, string> = { slug: 'mã cổng', name: '--name', shortName: '--short-name', kind: '--kind', parent: '--parent', hostnames: '--host' };

async function create(ctx: SiteCommandContext, args: string[]): Promise<void> {
  const { values, positionals } = parseCreate(args);
  if (positionals.length !== 1) throw new CliError(`Thiếu hoặc thừa tham số.\nCách dùng: ${CREATE_USAGE}`);
  if (values.name === undefined) throw new CliError(`Hãy cho tên cổng bằng --name.\nCách dùng: ${CREATE_USAGE}`);
  if (values.kind === undefined) throw new CliError(`Hãy cho loại cổng bằng --kind (${SITE_KINDS.join(', ')}).\nCách dùng: ${CREATE_USAGE}`);
  const parsed = createSiteSchema.safeParse({
    slug: positionals[0],
    name: values.name,
    shortName: values['short-name'] ?? '',
    kind: values.kind,
    parent: values.parent ?? null,
    hostnames: values.host ?? [],
  });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${OPTION_OF[String(i.path[0])] ?? String(i.path[0])}: ${i.message}`);
    throw new CliError([...new Set(lines)].join('\n'));
  }
  const { site, categories } = await createSite(ctx.db, parsed.data, CLI_ACTOR);
  ctx.out(`Đã tạo cổng "${site.name}" (mã ${site.slug}; loại: ${SITE_KIND_LABELS[site.kind]}; ${parsed.data.parent === null ? 'cổng gốc' : `thuộc cổng ${parsed.data.parent}`}).\n`);
  ctx.out(`Địa chỉ: ${[`${site.slug}.localhost`, ...site.hostnames].join(', ')}\n`);
  ctx.out(`Chuyên mục theo mẫu: ${categories.join(', ')}.\n`);
}

async function list(ctx: SiteCommandContext, args: string[]): Promise<void> {
  if (args.length > 0) throw new CliError('Lệnh site:list không nhận tham số.\nCách dùng: govportal site:list');
  const sites = await listSites(ctx.db);
  if (sites.length === 0) {
    ctx.out('Hệ thống chưa có cổng thông tin nào. Tạo cổng gốc (của tỉnh) bằng: govportal site:create <mã> --name "…" --kind province\n');
    return;
  }
  const slugOf = new Map(sites.map((s) => [s.id, s.slug]));
  ctx.out(`${sites.length} cổng thông tin:\n`);
  for (const s of sites) {
    const parent = s.parentId === null ? 'cổng gốc' : `thuộc ${slugOf.get(s.parentId) ?? '?'}`;
    const hosts = s.hostnames.length > 0 ? s.hostnames.join(', ') : '(chưa có tên miền)';
    const archived = s.status === 'archived' ? ' [lưu trữ]' : '';
    ctx.out(`  ${s.slug}  ${s.kind}  ${parent}  ${s.name}${archived}\n      ${hosts}\n`);
  }
}

const ARCHIVE_USAGE = 'govportal site:archive <mã> [--successor <mã cổng kế thừa>] [--redirect-to <mã cổng kế thừa>]';
const MERGE_USAGE = 'govportal site:merge <mã cổng cũ> <mã cổng nhận>';

function parseArchive(args: string[]) {
  try {
    return parseArgs({ args, options: { successor: { type: 'string' }, 'redirect-to': { type: 'string' } }, allowPositionals: true, strict: true });
  } catch {
    const flags = args.filter((a) => a.startsWith('-')).join(' ');
    throw new CliError(`Tùy chọn không hợp lệ hoặc thiếu giá trị${flags ? `: ${flags}` : ''}.\nCách dùng: ${ARCHIVE_USAGE}`);
  }
}

function reportMerge(ctx: SiteCommandContext, { from, into, counts }: MergeResult): void {
  ctx.out(`Đã chuyển nội dung của cổng "${from.name}" (${from.slug}) sang cổng "${into.name}" (${into.slug}):\n`);
  ctx.out(`  ${counts.articles} tin bài, ${counts.pages} trang, ${counts.media} tệp, ${counts.legalDocuments} văn bản, ${counts.questions} câu hỏi, ${counts.consultations} dự thảo, ${counts.albums} album, ${counts.scheduleWeeks} tuần lịch công tác, ${counts.directoryEntries} mục danh bạ, ${counts.topics} chuyên đề;\n`);
  ctx.out(`  chuyên mục: ${counts.categoriesMoved} chuyển sang, ${counts.categoriesJoined} gộp vào chuyên mục cùng mã; ${counts.renamed} mục đổi đường dẫn vì trùng; ${counts.redirects} đường dẫn cũ chuyển hướng (301).\n`);
  if (counts.scheduleWeeksKept > 0) ctx.out(`  ${counts.scheduleWeeksKept} tuần lịch công tác trùng tuần của cổng nhận được giữ ở cổng cũ.\n`);
  ctx.out(`Cổng "${from.slug}" đã được lưu trữ; mọi địa chỉ của nó chuyển hướng về cổng "${into.slug}".\n`);
}

async function archive(ctx: SiteCommandContext, args: string[]): Promise<void> {
  const { values, positionals } = parseArchive(args);
  const slug = positionals[0];
  if (slug === undefined || positionals.length !== 1) throw new CliError(`Thiếu hoặc thừa tham số.\nCách dùng: ${ARCHIVE_USAGE}`);
  const redirectTo = values['redirect-to'];
  if (redirectTo !== undefined && values.successor !== undefined && values.successor !== redirectTo) {
    throw new CliError(`--successor và --redirect-to phải cùng một cổng (hoặc chỉ dùng --redirect-to).\nCách dùng: ${ARCHIVE_USAGE}`);
  }
  if (redirectTo !== undefined) {
    reportMerge(ctx, await archiveWithRedirect(ctx.db, slug, redirectTo, CLI_ACTOR));
    return;
  }
  const site = await archiveSite(ctx.db, slug, { successor: values.successor ?? null }, CLI_ACTOR);
  ctx.out(`Đã lưu trữ cổng "${site.name}" (${site.slug}): chỉ xem, mọi địa chỉ vẫn mở${values.successor === undefined ? '' : `; dải thông báo dẫn tới cổng kế thừa "${values.successor}"`}.\n`);
}

async function merge(ctx: SiteCommandContext, args: string[]): Promise<void> {
  if (args.some((a) => a.startsWith('-'))) throw new CliError(`Lệnh site:merge không nhận tùy chọn.\nCách dùng: ${MERGE_USAGE}`);
  const [from, into] = args;
  if (from === undefined || into === undefined || args.length !== 2) throw new CliError(`Cần đúng hai mã cổng: cổng cũ rồi cổng nhận.\nCách dùng: ${MERGE_USAGE}`);
  reportMerge(ctx, await mergeSites(ctx.db, from, into, CLI_ACTOR));
}

/** Runs one site command; returns the exit code, or throws CliError for the operator's mistakes. */
export async function runSiteCommand(command: SiteCommand, args: string[], ctx: SiteCommandContext): Promise<number> {
  try {
    if (command === 'site:create') await create(ctx, args);
    else if (command === 'site:archive') await archive(ctx, args);
    else if (command === 'site:merge') await merge(ctx, args);
    else await list(ctx, args);
    return 0;
  } catch (error) {
    if (error instanceof SiteError) throw new CliError(error.message);
    throw error;
  }
}

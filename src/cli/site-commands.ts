/**
 * Site commands of the CLI, for the operator on the server:
 *   site:create <mã> --name "…" --kind <loại> [--short-name "…"] [--parent <mã>] [--host <tên miền> …]
 *   site:list
 * The input is checked by the same contract as the admin API; the rules of the system
 * (unique slug and hostnames, one root, an existing parent) by the site service, which
 * audits the change with the actor "cli". Mistakes end with "Lỗi: …" and exit code 1.
 * A running server learns of the new site at the first request for its host.
 */
import { parseArgs } from 'node:util';
import type { Kysely } from 'kysely';
import { createSiteSchema, SITE_KIND_LABELS, SITE_KINDS } from '../contract/sites.js';
import type { Database } from '../db/schema.js';
import { createSite, listSites, SiteError, type SiteAdminActor } from '../sites/index.js';
import { CliError } from './cli-error.js';

export const SITE_COMMANDS_USAGE = `  site:create <mã> --name "Tên cổng" --kind <loại> [--short-name "Tên ngắn"] [--parent <mã>] [--host <tên miền> …]
               tạo cổng thông tin với các chuyên mục mẫu của loại cổng; loại: ${SITE_KINDS.join(', ')}
               (--host lặp lại được; cổng đầu tiên, cổng gốc của tỉnh, không có --parent)
  site:list    liệt kê các cổng: mã, loại, cổng cấp trên, tên miền
`;

export const SITE_COMMANDS = ['site:create', 'site:list'] as const;
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

/** Runs one site command; returns the exit code, or throws CliError for the operator's mistakes. */
export async function runSiteCommand(command: SiteCommand, args: string[], ctx: SiteCommandContext): Promise<number> {
  try {
    if (command === 'site:create') await create(ctx, args);
    else await list(ctx, args);
    return 0;
  } catch (error) {
    if (error instanceof SiteError) throw new CliError(error.message);
    throw error;
  }
}

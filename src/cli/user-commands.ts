/**
 * Account commands of the CLI, for the operator on the server:
 *   user:create <username> [--name "…"] [--system-admin]
 *   user:grant <username> <site-slug> <role>
 *   user:reset-password <username>
 * A password is printed once (to standard output, never to a log), or taken from
 * GOVPORTAL_NEW_PASSWORD when set. Every change is audited with the actor "cli".
 * Mistakes (unknown user, site or role) end with a Vietnamese message and exit code 1.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Kysely } from 'kysely';
import { AccountError, createAccount, findUserByUsername, resetPassword, setSiteRole, type AuditActor } from '../accounts/index.js';
import type { Database } from '../db/schema.js';
import { isSiteRole, ROLE_LABELS, SITE_ROLES } from '../editorial/roles.js';
import { listSites } from '../sites/index.js';
import { CliError } from './cli-error.js';

export const USER_COMMANDS_USAGE = `  user:create <tên> [--name "Họ tên"] [--system-admin]
               tạo tài khoản; in mật khẩu tạm một lần (hoặc lấy từ GOVPORTAL_NEW_PASSWORD)
  user:grant <tên> <cổng> <vai-trò>
               cấp vai trò trên một cổng: ${SITE_ROLES.join(', ')}
  user:reset-password <tên>
               đặt lại mật khẩu (in mật khẩu tạm một lần), kết thúc mọi phiên đăng nhập
`;

export const USER_COMMANDS = ['user:create', 'user:grant', 'user:reset-password'] as const;
export type UserCommand = (typeof USER_COMMANDS)[number];

export function isUserCommand(command: string): command is UserCommand {
  return (USER_COMMANDS as readonly string[]).includes(command);
}

export { CliError };

export interface UserCommandContext {
  db: Kysely<Database>;
  /** GOVPORTAL_NEW_PASSWORD, when the operator set it. */
  newPassword: string | undefined;
  out: (text: string) => void;
}

const CLI_ACTOR: AuditActor = { actorId: null, actorName: 'cli', ip: null };

interface Parsed {
  name: string | undefined;
  systemAdmin: boolean;
  positionals: string[];
}

function parse(args: string[], options: ParseArgsConfig['options'], positionals: number, usage: string): Parsed {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch {
    const flags = args.filter((a) => a.startsWith('-')).join(' ');
    throw new CliError(`Tùy chọn không hợp lệ hoặc thiếu giá trị${flags ? `: ${flags}` : ''}.\nCách dùng: ${usage}`);
  }
  if (parsed.positionals.length !== positionals) throw new CliError(`Thiếu hoặc thừa tham số.\nCách dùng: ${usage}`);
  const name = parsed.values['name'];
  return { name: typeof name === 'string' ? name : undefined, systemAdmin: parsed.values['system-admin'] === true, positionals: parsed.positionals };
}

async function userNamed(db: Kysely<Database>, username: string) {
  const user = await findUserByUsername(db, username.trim().toLowerCase());
  if (user === undefined) throw new CliError(`Không có tài khoản "${username}".`);
  return user;
}

async function create(ctx: UserCommandContext, args: string[]): Promise<void> {
  const usage = 'govportal user:create <tên> [--name "Họ tên"] [--system-admin]';
  const { name, systemAdmin: isSystemAdmin, positionals } = parse(args, { name: { type: 'string' }, 'system-admin': { type: 'boolean' } }, 1, usage);
  const username = (positionals[0] ?? '').trim().toLowerCase();
  const { user, password } = await createAccount(ctx.db, { username, displayName: name ?? username, isSystemAdmin, password: ctx.newPassword }, CLI_ACTOR);
  ctx.out(`Đã tạo tài khoản "${user.username}" (mã ${user.id})${isSystemAdmin ? ', quản trị hệ thống' : ''}.\n`);
  if (ctx.newPassword !== undefined) {
    ctx.out('Mật khẩu: lấy từ biến môi trường GOVPORTAL_NEW_PASSWORD.\n');
  } else {
    ctx.out(`Mật khẩu tạm thời (chỉ hiện một lần, phải đổi ở lần đăng nhập đầu tiên): ${password}\n`);
  }
}

async function grant(ctx: UserCommandContext, args: string[]): Promise<void> {
  const { positionals } = parse(args, {}, 3, 'govportal user:grant <tên> <cổng> <vai-trò>');
  const [username = '', slug = '', role = ''] = positionals;
  const user = await userNamed(ctx.db, username);
  const sites = await listSites(ctx.db);
  const site = sites.find((s) => s.slug === slug);
  if (site === undefined) {
    throw new CliError(`Không có cổng thông tin "${slug}". Các cổng hiện có: ${sites.map((s) => s.slug).join(', ') || '(chưa có cổng nào)'}.`);
  }
  if (role === 'system_admin' || role === 'system-admin') {
    throw new CliError('Quyền quản trị hệ thống không cấp theo cổng; hãy tạo tài khoản bằng "user:create … --system-admin".');
  }
  if (!isSiteRole(role)) {
    const roles = SITE_ROLES.map((r) => `${r} (${ROLE_LABELS[r]})`).join(', ');
    throw new CliError(`Vai trò không hợp lệ: "${role}". Các vai trò: ${roles}.`);
  }
  const change = await setSiteRole(ctx.db, site, user.id, role, CLI_ACTOR);
  if (change.oldRole === role) {
    ctx.out(`"${user.username}" đã có vai trò ${ROLE_LABELS[role]} trên cổng ${site.slug}; không thay đổi.\n`);
  } else {
    const before = change.oldRole === null ? '' : ` (trước đây: ${ROLE_LABELS[change.oldRole]})`;
    ctx.out(`Đã cấp vai trò ${ROLE_LABELS[role]} trên cổng ${site.slug} cho "${user.username}"${before}.\n`);
  }
}

async function reset(ctx: UserCommandContext, args: string[]): Promise<void> {
  const { positionals } = parse(args, {}, 1, 'govportal user:reset-password <tên>');
  const user = await userNamed(ctx.db, positionals[0] ?? '');
  const password = await resetPassword(ctx.db, user, CLI_ACTOR, ctx.newPassword);
  ctx.out(`Đã đặt lại mật khẩu cho "${user.username}"; mọi phiên đăng nhập của tài khoản này đã kết thúc.\n`);
  if (ctx.newPassword !== undefined) {
    ctx.out('Mật khẩu mới: lấy từ biến môi trường GOVPORTAL_NEW_PASSWORD (phải đổi ở lần đăng nhập tới).\n');
  } else {
    ctx.out(`Mật khẩu tạm thời (chỉ hiện một lần, phải đổi ở lần đăng nhập tới): ${password}\n`);
  }
}

/** Runs one account command; returns the exit code, or throws CliError for the operator's mistakes. */
export async function runUserCommand(command: UserCommand, args: string[], ctx: UserCommandContext): Promise<number> {
  try {
    if (command === 'user:create') await create(ctx, args);
    else if (command === 'user:grant') await grant(ctx, args);
    else await reset(ctx, args);
    return 0;
  } catch (error) {
    if (error instanceof AccountError) throw new CliError(error.message);
    throw error;
  }
}

/**
 * The command line: `govportal serve | migrate | seed-demo | reindex | user:create | user:grant | user:reset-password | site:create | site:list | site:archive | site:merge | demo:remove | backup | restore | migrate-data | generate`.
 * `serve` migrates, loads the demo system into an empty database, and listens.
 */
import { createInterface } from 'node:readline/promises';
import { ensureFirstAdmin } from './accounts/index.js';
import { buildApp } from './app.js';
import { BACKUP_COMMANDS_USAGE, isBackupCommand, runBackupCommand } from './cli/backup-commands.js';
import { DEMO_COMMANDS_USAGE, runDemoRemove } from './cli/demo-commands.js';
import { GENERATE_COMMANDS_USAGE, runGenerate } from './cli/generate-commands.js';
import { GENERATE_SQLITE_CACHE_MB } from './generate/index.js';
import { announceContentChanged } from './page-cache/announce.js';
import { IMPORT_COMMANDS_USAGE, isImportCommand, runImportCommand } from './cli/import-commands.js';
import { isSiteCommand, runSiteCommand, SITE_COMMANDS_USAGE } from './cli/site-commands.js';
import { isUserCommand, runUserCommand, USER_COMMANDS_USAGE } from './cli/user-commands.js';
import { ConfigError, loadConfig, newPasswordFromEnvironment, type Config } from './config.js';
import { openDatabase, type Db, type OpenOptions } from './db/database.js';
import { migrateToLatest } from './db/migrations/index.js';
import { seedDemoSystem } from './demo/seed.js';
import { createLogger } from './logger.js';
import { createSearchService } from './search/service.js';
import { createServices } from './services.js';
import { countSites } from './sites/index.js';

const USAGE = `Cách dùng: govportal <lệnh>

Lệnh:
  serve        nâng cấp cơ sở dữ liệu, nạp hệ thống mẫu nếu trống (DEMO_SEED=never: chỉ tạo
               tài khoản quản trị admin đầu tiên), và phục vụ trên PORT
  migrate      chỉ nâng cấp cơ sở dữ liệu
  seed-demo    nạp hệ thống mẫu (chỉ khi cơ sở dữ liệu chưa có cổng nào)
  reindex      lập lại toàn bộ chỉ mục tìm kiếm từ tin bài và trang
${USER_COMMANDS_USAGE}${SITE_COMMANDS_USAGE}${DEMO_COMMANDS_USAGE}${BACKUP_COMMANDS_USAGE}${IMPORT_COMMANDS_USAGE}${GENERATE_COMMANDS_USAGE}`;

async function withDatabase<T>(config: Config, fn: (db: Db) => Promise<T>, options: OpenOptions = {}): Promise<T> {
  const db = openDatabase(config.database, options);
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

/** Printed once, to the console only (not the log stream), and never stored in clear. */
function printAdminPassword(password: string | undefined): void {
  if (password === undefined) return;
  process.stdout.write(`\nTài khoản quản trị hệ thống: admin\nMật khẩu (chỉ hiện một lần, hãy đổi sau khi đăng nhập): ${password}\n\n`);
}

async function seedIfEmpty(config: Config, db: Db, log: ReturnType<typeof createLogger>): Promise<void> {
  if ((await countSites(db.kysely)) > 0) return;
  const result = await seedDemoSystem(db.kysely, { adminPassword: config.adminPassword, mediaDir: config.mediaDir });
  log.info({ sites: result.sites, articles: result.articles }, 'đã nạp hệ thống mẫu');
  printAdminPassword(result.generatedAdminPassword);
}

/**
 * A clean start (DEMO_SEED=never): no content, only the first system administrator
 * while there is no account at all; they sign in at /admin and create the first site.
 */
async function firstAdminIfNone(config: Config, db: Db, log: ReturnType<typeof createLogger>): Promise<void> {
  const result = await ensureFirstAdmin(db.kysely, config.adminPassword);
  if (!result.created) return;
  log.info('đã tạo tài khoản quản trị hệ thống đầu tiên "admin"');
  printAdminPassword(result.generatedPassword);
}

async function serve(config: Config): Promise<void> {
  const log = createLogger(config);
  const db = openDatabase(config.database);
  await migrateToLatest(db);
  if (config.demoSeed === 'auto') await seedIfEmpty(config, db, log);
  else await firstAdminIfNone(config, db, log);
  const services = await createServices(config, db, {
    down: (error) => log.warn({ err: error }, 'Redis unreachable: rate limits are not applied until it is back (the account lockout still holds)'),
    up: () => log.info('Redis reachable again'),
  });
  const app = await buildApp(services);
  const close = async () => {
    await services.scheduler.stop();
    await app.close();
    await services.close();
    await db.close();
    process.exit(0);
  };
  const stop = () => {
    close().catch((error: unknown) => {
      log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await app.listen({ port: config.port, host: config.host });
  services.scheduler.start(log); // scheduled publish/unpublish: due jobs run now, then every second
  log.info(`govportal: http://localhost:${config.port}/ (tỉnh) · http://camlo.localhost:${config.port}/ (các cổng: {tên}.localhost)`);
}

/** A question on the terminal, or undefined when standard input is not one (a script must say --yes). */
function terminalQuestion(): ((question: string) => Promise<string>) | undefined {
  if (!process.stdin.isTTY) return undefined;
  return async (question) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    try {
      return await rl.question(question);
    } finally {
      rl.close();
    }
  };
}

async function main(argv: string[]): Promise<number> {
  const command = argv[0];
  if (command === undefined || command === 'help' || command === '--help') {
    process.stdout.write(USAGE);
    return command === undefined ? 1 : 0;
  }
  const config = loadConfig();
  if (isUserCommand(command)) {
    // Mistakes (CliError) reach the handler below: "Lỗi: …" and exit code 1.
    const newPassword = newPasswordFromEnvironment();
    return withDatabase(config, async (db) => {
      await migrateToLatest(db);
      return runUserCommand(command, argv.slice(1), { db: db.kysely, newPassword, out: (text) => process.stdout.write(text) });
    });
  }
  if (isSiteCommand(command)) {
    return withDatabase(config, async (db) => {
      await migrateToLatest(db);
      return runSiteCommand(command, argv.slice(1), { db: db.kysely, out: (text) => process.stdout.write(text) });
    });
  }
  if (isBackupCommand(command)) {
    // No migration here: a backup reads, a restore wants the schema the operator migrated to.
    return withDatabase(config, (db) =>
      runBackupCommand(command, argv.slice(1), {
        db,
        mediaDir: config.mediaDir,
        out: (text) => process.stdout.write(text),
        tty: process.stdout.isTTY === true,
        openPostgres: (url) => openDatabase({ kind: 'postgres', url }),
      }),
    );
  }
  if (isImportCommand(command)) {
    return withDatabase(config, async (db) => {
      await migrateToLatest(db);
      const code = await runImportCommand(command, argv.slice(1), { db: db.kysely, mediaDir: config.mediaDir, out: (text) => process.stdout.write(text), tty: process.stdout.isTTY === true });
      // The serving processes' kept pages predate what was imported.
      if (code === 0) await announceContentChanged(config);
      return code;
    });
  }
  switch (command) {
    case 'serve':
      await serve(config);
      return 0;
    case 'migrate':
      return withDatabase(config, async (db) => {
        const applied = await migrateToLatest(db);
        process.stdout.write(applied.length > 0 ? `Đã áp dụng: ${applied.join(', ')}\n` : 'Cơ sở dữ liệu đã ở phiên bản mới nhất.\n');
        return 0;
      });
    case 'reindex':
      return withDatabase(config, async (db) => {
        await migrateToLatest(db);
        const count = await createSearchService(db).reindex();
        process.stdout.write(`Đã lập lại chỉ mục tìm kiếm: ${count} tin bài và trang.\n`);
        return 0;
      });
    case 'demo:remove':
      return withDatabase(config, async (db) => {
        await migrateToLatest(db);
        return runDemoRemove(argv.slice(1), { db: db.kysely, mediaDir: config.mediaDir, out: (text) => process.stdout.write(text), ask: terminalQuestion() });
      });
    case 'generate':
      return withDatabase(config, async (db) => {
        await migrateToLatest(db);
        const code = await runGenerate(argv.slice(1), {
          db: db.kysely,
          dialect: db.dialect,
          out: (text) => process.stdout.write(text),
          progress: (text) => process.stderr.write(text),
          tty: process.stderr.isTTY === true,
          search: createSearchService(db),
        });
        if (code === 0) await announceContentChanged(config);
        return code;
      }, { sqliteCacheMb: GENERATE_SQLITE_CACHE_MB });
    case 'seed-demo':
      return withDatabase(config, async (db) => {
        await migrateToLatest(db);
        if ((await countSites(db.kysely)) > 0) {
          process.stderr.write('Cơ sở dữ liệu đã có dữ liệu; không nạp hệ thống mẫu.\n');
          return 1;
        }
        await seedIfEmpty(config, db, createLogger(config));
        return 0;
      });
    default:
      process.stderr.write(`Lệnh không hợp lệ: ${command}\n\n${USAGE}`);
      return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== 0) process.exit(code);
  },
  (error: unknown) => {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
    } else {
      process.stderr.write(`Lỗi: ${error instanceof Error ? error.message : String(error)}\n`);
    }
    process.exit(1);
  },
);

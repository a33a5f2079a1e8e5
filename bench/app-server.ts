/**
 * Benchmark target: the real app over a seeded SQLite database in a temporary
 * DATA_DIR, listening on the port given in argv. Prints "ready" when listening.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrations/index.js';
import { seedDemoSystem } from '../src/demo/seed.js';
import { createServices } from '../src/services.js';

const port = Number(process.argv[2] ?? 0);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'govportal-bench-'));
const config = loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'bench-only-secret-not-used-for-anything-real', DATA_DIR: dataDir, LOG_LEVEL: 'silent', PORT: String(port) });
const db = openDatabase(config.database);
await migrateToLatest(db);
await seedDemoSystem(db.kysely, { adminPassword: 'bench-only-password', now: new Date('2026-11-29T03:00:00Z') });
const app = await buildApp(await createServices(config, db), { logger: false });
await app.listen({ port, host: '127.0.0.1' });
process.stdout.write('ready\n');
process.on('SIGTERM', () => {
  void app.close().then(() => db.close()).then(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  });
});

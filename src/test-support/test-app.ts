/** A fully wired app over a fresh, seeded test database. */
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '../app.js';
import { loadConfig } from '../config.js';
import type { Dialect } from '../db/database.js';
import { seedDemoSystem } from '../demo/seed.js';
import { createServices, type Services } from '../services.js';
import { createTestDatabase, type TestDatabase } from './databases.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The demo's reference time in tests, so generated content is the same every run. */
export const TEST_NOW = new Date('2026-11-29T03:00:00Z');

export interface TestApp {
  app: FastifyInstance;
  services: Services;
  database: TestDatabase;
  close(): Promise<void>;
}

export interface TestAppOptions extends AppOptions {
  seed?: boolean;
  articlesPerSite?: number;
  /** Settings on top of the test defaults (TRUST_PROXY, NODE_ENV=production with its secrets…). */
  environment?: Record<string, string>;
  /** The clock of the citizens' forms' guard, so a test posts a form "seconds later" without sleeping. */
  formClock?: () => number;
  /** How often the footer's numbers are read again (each read drops the cached pages showing them). */
  viewSnapshotMs?: number;
}

export async function createTestApp(dialect: Dialect, options: TestAppOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase(dialect);
  if (options.seed !== false) {
    await seedDemoSystem(database.db.kysely, { adminPassword: 'mat-khau-thu-nghiem-dai', now: TEST_NOW, articlesPerSite: options.articlesPerSite ?? 45 });
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'govportal-app-'));
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...options.environment });
  const services = await createServices(config, database.db, undefined, {
    ...(options.formClock === undefined ? {} : { formClock: options.formClock }),
    ...(options.viewSnapshotMs === undefined ? {} : { viewSnapshotMs: options.viewSnapshotMs }),
  });
  // Tests sign in far more often from one address than a person could: the sign-in
  // limit is off unless a test asks for it (sign-in-limit.test.ts does).
  // The same for searches (public-limit.test.ts turns it on).
  const { formClock: _clock, viewSnapshotMs: _snapshot, ...appOptions } = options;
  const app = await buildApp(services, { logger: false, signInLimit: false, publicLimit: false, citizenFormLimit: false, ...appOptions });
  await app.ready();
  return {
    app,
    services,
    database,
    async close() {
      await app.close();
      await services.close();
      await database.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

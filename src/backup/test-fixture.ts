/**
 * For the backup tests: an installation (a migrated database and its own data folder),
 * filled with the demo system and one of every kind of row a backup must keep — an
 * account with a role, sessions whose text keys sort differently by locale, a revision,
 * an audit entry, a picture with a variant on disk as the seed article's image, royalty
 * shares (real numbers), a job, and a site whose successor is a later site.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { recordAudit } from '../audit/audit.js';
import { loadConfig } from '../config.js';
import type { Db, Dialect } from '../db/database.js';
import { loadSeedArticle } from '../demo/demo-files.js';
import { seedDemoSystem } from '../demo/seed.js';
import { createServices } from '../services.js';
import { insertSite } from '../sites/sites.repo.js';
import { createTestUser } from '../test-support/auth.js';
import { createTestDatabase, type TestDatabase } from '../test-support/databases.js';
import { digestTable, type TableDigest } from './dump.js';
import { listMediaKeys } from './media-files.js';
import { TABLE_ORDER } from './table-order.js';

export const FIXTURE_NOW = new Date('2026-11-29T03:00:00Z');
const stamp = FIXTURE_NOW.toISOString();

export interface Installation {
  readonly dialect: Dialect;
  readonly database: TestDatabase;
  readonly db: Db;
  readonly dataDir: string;
  readonly mediaDir: string;
  close(): Promise<void>;
}

/** A migrated, empty database and an empty data folder. */
export async function createInstallation(dialect: Dialect): Promise<Installation> {
  const database = await createTestDatabase(dialect);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'govportal-backup-'));
  return {
    dialect,
    database,
    db: database.db,
    dataDir,
    mediaDir: path.join(dataDir, 'media'),
    async close() {
      await database.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Bytes of every value, so that a change of any byte on the way shows. */
export const PICTURE_BYTES = Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7 + 3) % 256));
export const PICTURE_KEY = 'camlo/2026/11/0123456789abcdef0123.png';
export const VARIANT_KEY = 'camlo/2026/11/0123456789abcdef0123-480.webp';

export interface Filled {
  readonly seedArticlePath: string;
  readonly editorId: number;
}

export async function fillInstallation(inst: Installation): Promise<Filled> {
  const db = inst.db.kysely;
  await seedDemoSystem(db, { adminPassword: 'mat-khau-thu-nghiem-dai', now: FIXTURE_NOW, articlesPerSite: 2 });
  const camlo = await db.selectFrom('sites').select('id').where('slug', '=', 'camlo').executeTakeFirstOrThrow();
  const seed = loadSeedArticle();
  const article = await db.selectFrom('articles').select(['id', 'title']).where('slug', '=', seed.expectedSlug).executeTakeFirstOrThrow();

  const editorId = await createTestUser(db, 'bien-tap-vien', [{ siteId: camlo.id, role: 'editor' }]);
  for (const idHash of ['Zeta-session', 'alpha-session']) {
    await db.insertInto('sessions').values({
      id_hash: idHash, user_id: editorId, csrf_token: crypto.randomBytes(8).toString('hex'), created_at: stamp, last_seen_at: stamp,
      expires_at: '2026-11-29T11:00:00.000Z', revoked_at: null, ip: '203.0.113.7', user_agent: 'Kiểm thử', second_factor_done: 1,
    }).execute();
  }
  await db.insertInto('article_revisions').values({
    article_id: article.id, number: 1, author_id: editorId, created_at: stamp, snapshot: JSON.stringify({ title: article.title, lead: 'Bản trước' }), note: 'Sửa chính tả',
  }).execute();
  await db.updateTable('articles').set({ revision: 1, royalty_coefficient: 1.25, genre: 'tin' }).where('id', '=', article.id).execute();
  await db.insertInto('article_authors').values([
    { article_id: article.id, position: 0, user_id: editorId, name: 'Biên tập viên', share: 62.5 },
    { article_id: article.id, position: 1, user_id: null, name: 'Cộng tác viên', share: 37.5 },
  ]).execute();
  await recordAudit(db, { action: 'article_saved', actorId: editorId, actorName: 'bien-tap-vien', siteId: camlo.id, objectType: 'article', objectId: article.id, details: { title: article.title } }, FIXTURE_NOW);

  for (const [key, bytes] of [[PICTURE_KEY, PICTURE_BYTES], [VARIANT_KEY, PICTURE_BYTES.subarray(0, 1000)]] as const) {
    fs.mkdirSync(path.dirname(path.join(inst.mediaDir, key)), { recursive: true });
    fs.writeFileSync(path.join(inst.mediaDir, key), bytes);
  }
  const media = await db.insertInto('media').values({
    site_id: camlo.id, kind: 'image', storage_key: PICTURE_KEY, original_name: 'ảnh hội nghị.png', mime_type: 'image/png', byte_size: PICTURE_BYTES.byteLength,
    width: 64, height: 32, alt_text: 'Hội nghị', caption: 'Toàn cảnh hội nghị', created_at: stamp, uploaded_by: editorId,
    variants: JSON.stringify([{ width: 480, format: 'webp', storage_key: VARIANT_KEY, byte_size: 1000 }]),
  }).returning('id').executeTakeFirstOrThrow();
  await db.updateTable('articles').set({ featured_image_id: media.id }).where('id', '=', article.id).execute();
  await db.insertInto('jobs').values({ kind: 'unpublish', article_id: article.id, run_at: '2027-01-01T00:00:00.000Z', status: 'pending', locked_by: null, locked_at: null, done_at: null, last_error: null, created_by: editorId, created_at: stamp }).execute();

  // A merged commune: its successor is a site created after it (a reference to a later row).
  const common = { kind: 'commune' as const, parent_id: camlo.id, short_name: 'Xã', hostnames: '[]', contact: '{}', responsible_agency: null, responsible_person: null, logo_path: null, theme_color: '#0b4f8a', public_service_url: null, sort_order: 50, created_at: stamp, updated_at: stamp };
  const merged = await insertSite(db, { ...common, slug: 'xa-cu', name: 'Xã cũ', status: 'archived', successor_site_id: null });
  const successor = await insertSite(db, { ...common, slug: 'xa-moi', name: 'Xã mới', status: 'active', successor_site_id: null });
  await db.updateTable('sites').set({ successor_site_id: successor.id }).where('id', '=', merged.id).execute();

  return { seedArticlePath: `/${seed.category}/${seed.expectedSlug}`, editorId };
}

/** Row count and content checksum of every table a backup holds. */
export async function tableDigests(db: Db): Promise<Record<string, TableDigest>> {
  const out: Record<string, TableDigest> = {};
  for (const spec of TABLE_ORDER) out[spec.name] = await digestTable(db.kysely, db.dialect, spec);
  return out;
}

/** Every file of the media folder with the SHA-256 of its bytes. */
export async function mediaFiles(mediaDir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const key of await listMediaKeys(mediaDir)) out[key] = crypto.createHash('sha256').update(fs.readFileSync(path.join(mediaDir, key))).digest('hex');
  return out;
}

/** The whole application over an installation, as `serve` would build it. */
export async function appOver(inst: Installation): Promise<{ app: FastifyInstance; close(): Promise<void> }> {
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: inst.dataDir, LOG_LEVEL: 'silent' });
  const services = await createServices(config, inst.db);
  const app = await buildApp(services, { logger: false, signInLimit: false, publicLimit: false, citizenFormLimit: false });
  await app.ready();
  return {
    app,
    async close() {
      await app.close();
      await services.close();
    },
  };
}

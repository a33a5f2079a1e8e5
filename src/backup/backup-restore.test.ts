/**
 * Backup → an empty installation → restore, on SQLite and PostgreSQL and across them:
 * every table comes back with the same rows (per-table content checksums), every media
 * file byte for byte, and the restored system answers the public home page, an article
 * and a search as the original does. New rows get new ids afterwards.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIALECTS } from '../test-support/databases.js';
import { verifyArchive } from './archive.js';
import { createBackup } from './backup.service.js';
import { SILENT_PROGRESS } from './progress.js';
import { restoreBackup } from './restore.service.js';
import { appOver, createInstallation, fillInstallation, mediaFiles, PICTURE_KEY, tableDigests, VARIANT_KEY, type Filled, type Installation } from './test-fixture.js';

/** Pages carry a fresh CSP nonce on every answer; the rest must be identical. */
function withoutNonces(html: string): string {
  return html.replace(/nonce-[A-Za-z0-9+/=_-]+/g, 'nonce').replace(/nonce="[^"]*"/g, 'nonce=""');
}

/** Carries the ids out of a transaction the case rolls back on purpose. */
class RolledBack extends Error {
  constructor(readonly ids: { audit: number; site: number }) {
    super('rolled back');
  }
}

const PAGES = (filled: Filled) => [
  { host: 'camlo.localhost', url: '/' },
  { host: 'camlo.localhost', url: filled.seedArticlePath },
  { host: 'camlo.localhost', url: `/tim-kiem?q=${encodeURIComponent('Cam Lộ')}` },
  { host: 'localhost', url: '/' },
];

describe.each(TEST_DIALECTS)('backup of a %s installation', (sourceDialect) => {
  let source: Installation;
  let filled: Filled;
  let archive = '';
  let workDir = '';
  const answers = new Map<string, { status: number; body: string }>();
  /** Taken right after the backup: serving an article counts a view, which changes its row. */
  let sourceDigests: Awaited<ReturnType<typeof tableDigests>>;
  let sourceMedia: Record<string, string>;

  beforeAll(async () => {
    source = await createInstallation(sourceDialect);
    filled = await fillInstallation(source);
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'govportal-archive-'));
    archive = path.join(workDir, 'sao-luu.tar.gz');
    await createBackup({ db: source.db, mediaDir: source.mediaDir, file: archive, progress: SILENT_PROGRESS });
    sourceDigests = await tableDigests(source.db);
    sourceMedia = await mediaFiles(source.mediaDir);
    const served = await appOver(source);
    try {
      for (const page of PAGES(filled)) {
        const res = await served.app.inject({ url: page.url, headers: { host: page.host } });
        answers.set(`${page.host}${page.url}`, { status: res.statusCode, body: withoutNonces(res.body) });
      }
    } finally {
      await served.close();
    }
  });
  afterAll(async () => {
    await source.close();
    fs.rmSync(workDir, { recursive: true, force: true });
  });

  it('writes one archive under the final name, with its manifest and no partial file left', async () => {
    expect(fs.readdirSync(workDir)).toEqual(['sao-luu.tar.gz']);
    const manifest = await verifyArchive(archive);
    expect(manifest.format).toBe('govportal-backup');
    expect(manifest.sourceDialect).toBe(sourceDialect);
    expect(manifest.tables.map((t) => t.name)).not.toContain('search_documents');
    expect(manifest.tables.find((t) => t.name === 'audit_log')?.rows).toBe(1);
    expect(Object.keys(manifest.entries)).toEqual(expect.arrayContaining([`media/${PICTURE_KEY}`, `media/${VARIANT_KEY}`, 'tables/articles.jsonl']));
    expect(manifest.missingMedia).toEqual([]);
    for (const table of manifest.tables) expect(table, table.name).toEqual({ name: table.name, ...sourceDigests[table.name] });
  });

  describe.each(TEST_DIALECTS)('restored into %s', (targetDialect) => {
    let target: Installation;
    let restoredDigests: Awaited<ReturnType<typeof tableDigests>>;
    beforeAll(async () => {
      target = await createInstallation(targetDialect);
      await restoreBackup({ db: target.db, mediaDir: target.mediaDir, file: archive, progress: SILENT_PROGRESS });
      restoredDigests = await tableDigests(target.db);
    });
    afterAll(() => target.close());

    it('has every table with the same rows, and every media file byte for byte', async () => {
      expect(restoredDigests).toEqual(sourceDigests);
      expect(await mediaFiles(target.mediaDir)).toEqual(sourceMedia);
      expect(Object.keys(await mediaFiles(target.mediaDir))).toHaveLength(2);
      expect(fs.readdirSync(target.dataDir).filter((name) => name.startsWith('media.restore-'))).toEqual([]);
    });

    it('answers the home pages, an article and a search as the original did', async () => {
      const served = await appOver(target);
      try {
        for (const page of PAGES(filled)) {
          const res = await served.app.inject({ url: page.url, headers: { host: page.host } });
          const before = answers.get(`${page.host}${page.url}`);
          expect(res.statusCode, page.url).toBe(200);
          expect({ status: res.statusCode, body: withoutNonces(res.body) }, `${page.host}${page.url}`).toEqual(before);
        }
        // The search index was rebuilt by the database as the articles went in: the seed article is found.
        const search = answers.get(`camlo.localhost/tim-kiem?q=${encodeURIComponent('Cam Lộ')}`);
        expect(search?.body).toContain(filled.seedArticlePath);
        const picture = await served.app.inject({ url: `/media/${PICTURE_KEY}`, headers: { host: 'camlo.localhost' } });
        expect(picture.statusCode).toBe(200);
        expect(picture.rawPayload.equals(fs.readFileSync(path.join(source.mediaDir, PICTURE_KEY)))).toBe(true);
      } finally {
        await served.close();
      }
    });

    it('gives new rows ids after the restored ones', async () => {
      const db = target.db.kysely;
      const maxAudit = await db.selectFrom('audit_log').select((eb) => eb.fn.max('id').as('id')).executeTakeFirstOrThrow();
      const maxSite = await db.selectFrom('sites').select((eb) => eb.fn.max('id').as('id')).executeTakeFirstOrThrow();
      // Inserted in a transaction that is rolled back, so the other cases see the restored rows only.
      const ids = await db.transaction().execute(async (trx) => {
        const audit = await trx.insertInto('audit_log').values({ action: 'login', at: new Date().toISOString() }).returning('id').executeTakeFirstOrThrow();
        const site = await trx.insertInto('sites').values({
            slug: 'xa-them', kind: 'commune', parent_id: null, name: 'Xã thêm', short_name: 'Xã', hostnames: '[]', contact: '{}', responsible_agency: null, responsible_person: null,
            logo_path: null, theme_color: '#0b4f8a', public_service_url: null, status: 'active', successor_site_id: null, sort_order: 99, updated_at: new Date().toISOString(),
          }).returning('id').executeTakeFirstOrThrow();
        throw new RolledBack({ audit: audit.id, site: site.id });
      }).catch((error: unknown) => {
        if (error instanceof RolledBack) return error.ids;
        throw error;
      });
      expect(ids.audit).toBeGreaterThan(Number(maxAudit.id));
      expect(ids.site).toBeGreaterThan(Number(maxSite.id));
      expect(await db.selectFrom('sites').select('id').where('slug', '=', 'xa-them').execute()).toEqual([]);
    });
  });
});

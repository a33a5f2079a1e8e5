/**
 * What a restore refuses, before it changes anything: a damaged, cut-short or foreign
 * archive, a manifest of another format or version, a backup of an older or newer
 * schema, a database not migrated or not empty, a media folder holding files. And a
 * failure while writing (a row the database rejects) leaves the target as it was.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import tar from 'tar-stream';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/database.js';
import { TEST_DIALECTS } from '../test-support/databases.js';
import { createBackup } from './backup.service.js';
import { BackupError } from './errors.js';
import type { Manifest } from './manifest.js';
import { listMediaKeys } from './media-files.js';
import { SILENT_PROGRESS } from './progress.js';
import { restoreBackup } from './restore.service.js';
import { tablesWithRows } from './target.js';
import { createInstallation, fillInstallation, tableDigests, type Installation } from './test-fixture.js';

interface Entry {
  name: string;
  data: Buffer;
}

async function readEntries(file: string): Promise<Entry[]> {
  const extract = tar.extract();
  const feeding = pipeline(fs.createReadStream(file), zlib.createGunzip(), extract);
  const entries: Entry[] = [];
  for await (const entry of extract) {
    const chunks: Buffer[] = [];
    for await (const chunk of entry as AsyncIterable<Buffer>) chunks.push(chunk);
    entries.push({ name: entry.header.name, data: Buffer.concat(chunks) });
  }
  await feeding;
  return entries;
}

async function writeEntries(file: string, entries: readonly Entry[]): Promise<void> {
  const pack = tar.pack();
  const written = pipeline(pack, zlib.createGzip(), fs.createWriteStream(file));
  for (const e of entries) pack.entry({ name: e.name, size: e.data.byteLength }, e.data);
  pack.finalize();
  await written;
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

function manifestOf(entries: readonly Entry[]): Manifest {
  const found = entries.find((e) => e.name === 'manifest.json');
  if (found === undefined) throw new Error('no manifest');
  return JSON.parse(found.data.toString('utf8')) as Manifest;
}

function withManifest(entries: readonly Entry[], change: (m: Manifest) => unknown): Entry[] {
  const next = change(manifestOf(entries));
  return entries.map((e) => (e.name === 'manifest.json' ? { name: e.name, data: Buffer.from(JSON.stringify(next)) } : e));
}

/** A table file changed, with the manifest's checksums made to agree: only the database can object. */
function forged(entries: readonly Entry[], name: string, change: (text: string) => string): Entry[] {
  const changed = entries.map((e) => (e.name === name ? { name, data: Buffer.from(change(e.data.toString('utf8'))) } : e));
  const data = changed.find((e) => e.name === name)?.data ?? Buffer.alloc(0);
  return withManifest(changed, (m) => ({
    ...m,
    entries: { ...m.entries, [name]: { bytes: data.byteLength, sha256: sha256(data) } },
    tables: m.tables.map((t) => (`tables/${t.name}.jsonl` === name ? { ...t, sha256: sha256(data) } : t)),
  }));
}

let source: Installation;
let workDir = '';
let good = '';
let entries: Entry[] = [];

beforeAll(async () => {
  source = await createInstallation('sqlite');
  await fillInstallation(source);
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'govportal-refusals-'));
  good = path.join(workDir, 'tot.tar.gz');
  await createBackup({ db: source.db, mediaDir: source.mediaDir, file: good, progress: SILENT_PROGRESS });
  entries = await readEntries(good);
});
afterAll(async () => {
  await source.close();
  fs.rmSync(workDir, { recursive: true, force: true });
});

let counter = 0;
async function archiveOf(list: readonly Entry[]): Promise<string> {
  counter += 1;
  const file = path.join(workDir, `hong-${counter}.tar.gz`);
  await writeEntries(file, list);
  return file;
}

describe.each(TEST_DIALECTS)('restore into %s refuses', (dialect) => {
  let target: Installation;
  beforeEach(async () => {
    target = await createInstallation(dialect);
  });
  afterEach(() => target.close());

  async function expectRefused(file: string, message: RegExp): Promise<void> {
    const restoring = restoreBackup({ db: target.db, mediaDir: target.mediaDir, file, progress: SILENT_PROGRESS });
    await expect(restoring).rejects.toBeInstanceOf(BackupError);
    await expect(restoring).rejects.toThrow(message);
    expect(await tablesWithRows(target.db.kysely)).toEqual([]);
    expect(await listMediaKeys(target.mediaDir)).toEqual([]);
    expect(fs.readdirSync(target.dataDir).filter((name) => name.includes('restore'))).toEqual([]);
  }

  it('a table file with one byte changed', async () => {
    const flipped = entries.map((e) => {
      if (e.name !== 'tables/articles.jsonl') return e;
      const data = Buffer.from(e.data);
      data[100] = (data[100] ?? 0) ^ 0x01;
      return { name: e.name, data };
    });
    await expectRefused(await archiveOf(flipped), /tables\/articles\.jsonl.*sai mã kiểm tra SHA-256/);
  });

  it('an archive cut short', async () => {
    const bytes = fs.readFileSync(good);
    const file = path.join(workDir, `cut-${dialect}.tar.gz`);
    fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expectRefused(file, /bị hỏng hoặc không đầy đủ/);
  });

  it('a file that is not an archive at all', async () => {
    const file = path.join(workDir, `text-${dialect}.tar.gz`);
    fs.writeFileSync(file, 'Đây không phải bản sao lưu.\n');
    await expectRefused(file, /bị hỏng hoặc không đầy đủ/);
  });

  it('a tar without manifest', async () => {
    await expectRefused(await archiveOf(entries.filter((e) => e.name !== 'manifest.json')), /thiếu bản kê manifest\.json/);
  });

  it('a manifest of another format, or of another version', async () => {
    await expectRefused(await archiveOf(withManifest(entries, (m) => ({ ...m, format: 'wordpress-backup' }))), /không phải bản sao lưu govportal.*wordpress-backup/);
    await expectRefused(await archiveOf(withManifest(entries, (m) => ({ ...m, version: 2 }))), /định dạng phiên bản 2/);
  });

  it('an entry the manifest does not list, or one that would leave the media folder', async () => {
    await expectRefused(await archiveOf([{ name: 'media/them.txt', data: Buffer.from('x') }, ...entries]), /"media\/them\.txt" không có trong bản kê/);
    await expectRefused(await archiveOf([{ name: 'media/../../ngoai.txt', data: Buffer.from('x') }, ...entries]), /tên mục không hợp lệ/);
  });

  it('a backup of a newer or an older schema, naming the migrations', async () => {
    await expectRefused(
      await archiveOf(withManifest(entries, (m) => ({ ...m, migrations: [...m.migrations, '20270101_0099_tuong_lai'] }))),
      /mới hơn.*20270101_0099_tuong_lai/,
    );
    const last = manifestOf(entries).migrations.at(-1) ?? '';
    await expectRefused(await archiveOf(withManifest(entries, (m) => ({ ...m, migrations: m.migrations.slice(0, -1) }))), new RegExp(`cũ hơn.*${last}`));
  });

  it('a media folder that already holds files', async () => {
    fs.mkdirSync(target.mediaDir, { recursive: true });
    fs.writeFileSync(path.join(target.mediaDir, 'cu.txt'), 'x');
    const restoring = restoreBackup({ db: target.db, mediaDir: target.mediaDir, file: good, progress: SILENT_PROGRESS });
    await expect(restoring).rejects.toThrow(/Thư mục phương tiện .* đã có 1 tệp/);
    expect(await tablesWithRows(target.db.kysely)).toEqual([]);
  });

  it('a database that already has content, which stays as it was', async () => {
    await restoreBackup({ db: target.db, mediaDir: target.mediaDir, file: good, progress: SILENT_PROGRESS });
    const before = await tableDigests(target.db);
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'govportal-other-media-'));
    try {
      const restoring = restoreBackup({ db: target.db, mediaDir: other, file: good, progress: SILENT_PROGRESS });
      await expect(restoring).rejects.toThrow(/Cơ sở dữ liệu đích không trống: sites \(\d+ dòng\)/);
      expect(fs.readdirSync(other)).toEqual([]);
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
    expect(await tableDigests(target.db)).toEqual(before);
  });

  it('a row the database rejects: the whole restore is undone, rows and files', async () => {
    const broken = forged(entries, 'tables/articles.jsonl', (text) => text.replace(/"category_id":\d+/, '"category_id":987654'));
    await expectRefused(await archiveOf(broken), /Ghi dữ liệu thất bại.*hoàn tác/);
  });
});

describe('restore into a database never migrated', () => {
  it('is refused, asking for "govportal migrate" first', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govportal-unmigrated-'));
    const db = openDatabase({ kind: 'sqlite', file: path.join(dir, 'govportal.sqlite') });
    try {
      await expect(restoreBackup({ db, mediaDir: path.join(dir, 'media'), file: good, progress: SILENT_PROGRESS })).rejects.toThrow(/chưa được nâng cấp.*govportal migrate/);
    } finally {
      await db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('backup', () => {
  it('refuses to overwrite a file, and leaves no partial file when it fails', async () => {
    await expect(createBackup({ db: source.db, mediaDir: source.mediaDir, file: good, progress: SILENT_PROGRESS })).rejects.toThrow(/đã có/);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govportal-failed-backup-'));
    const db = openDatabase({ kind: 'sqlite', file: path.join(dir, 'db', 'govportal.sqlite') });
    try {
      const file = path.join(dir, 'out', 'sao-luu.tar.gz');
      await expect(createBackup({ db, mediaDir: path.join(dir, 'media'), file, progress: SILENT_PROGRESS })).rejects.toThrow(/chưa được nâng cấp/);
      expect(fs.readdirSync(path.dirname(file))).toEqual([]);
    } finally {
      await db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

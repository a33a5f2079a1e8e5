/**
 * `govportal backup FILE`: a consistent snapshot of the database and the media files,
 * taken while the system keeps serving, as one archive. The rows of every table are
 * read in one read transaction (so they agree with each other), each table spooled to a
 * temporary file to learn its size and checksum, then the media folder is copied —
 * after the rows, so that every file a row names was on disk before the copy began.
 * A file a row names that is missing is reported, not fatal.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { Db } from '../db/database.js';
import type { Database } from '../db/schema.js';
import { createArchiveWriter, type ArchiveWriter } from './archive.js';
import { appliedMigrations, countRows, rowLine, tableRows, withReadSnapshot, type TableRow } from './dump.js';
import { drained } from './drain.js';
import { BackupError } from './errors.js';
import { ARCHIVE_FORMAT, ARCHIVE_VERSION, mediaEntryName, tableEntryName, type Manifest } from './manifest.js';
import { listMediaKeys, referencedKeys } from './media-files.js';
import type { Progress } from './progress.js';
import { TABLE_ORDER, type TableSpec } from './table-order.js';

export interface BackupInput {
  readonly db: Db;
  readonly mediaDir: string;
  readonly file: string;
  readonly progress: Progress;
  readonly now?: Date;
}

export interface BackupSummary {
  readonly file: string;
  readonly bytes: number;
  readonly tables: readonly { name: string; rows: number }[];
  readonly mediaFiles: number;
  readonly mediaBytes: number;
  readonly missingMedia: readonly string[];
}

interface SpooledTable {
  readonly name: string;
  readonly rows: number;
  readonly sha256: string;
}

async function writeLine(out: fs.WriteStream, line: string): Promise<void> {
  if (!out.write(line, 'utf8')) await drained(out);
}

/** Writes a table's lines to `spoolFile`, calling `onRow` for each; returns the count and checksum. */
async function spoolTable(
  trx: Kysely<Database>,
  db: Db,
  spec: TableSpec,
  spoolFile: string,
  progress: Progress,
  onRow: (row: TableRow) => void,
): Promise<SpooledTable> {
  const total = await countRows(trx, spec.name);
  const out = fs.createWriteStream(spoolFile, { mode: 0o600 });
  const hash = createHash('sha256');
  let rows = 0;
  try {
    for await (const row of tableRows(trx, db.dialect, spec)) {
      const line = rowLine(row);
      hash.update(line, 'utf8');
      await writeLine(out, line);
      onRow(row);
      rows += 1;
      if (rows % 500 === 0) progress.table(spec.name, rows, total);
    }
  } finally {
    await new Promise<void>((resolve, reject) => {
      out.once('error', reject);
      out.end(() => resolve());
    });
  }
  progress.tableDone(spec.name, rows);
  return { name: spec.name, rows, sha256: hash.digest('hex') };
}

async function addMedia(writer: ArchiveWriter, mediaDir: string, referenced: ReadonlySet<string>, progress: Progress) {
  const keys = await listMediaKeys(mediaDir);
  const copied = new Set<string>();
  let bytes = 0;
  for (const key of keys) {
    try {
      const digest = await writer.addFile(mediaEntryName(key), path.join(mediaDir, key));
      copied.add(key);
      bytes += digest.bytes;
    } catch (error) {
      // Deleted between the listing and the copy: only a file nothing needs any more is expected to go.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  const missingMedia = [...referenced].filter((key) => !copied.has(key)).sort();
  progress.note(`  tệp phương tiện: ${copied.size} tệp (${bytes} byte)`);
  return { files: copied.size, bytes, missingMedia };
}

export async function createBackup(input: BackupInput): Promise<BackupSummary> {
  const { db, file, progress } = input;
  if (fs.existsSync(file)) throw new BackupError(`Tệp ${file} đã có; hãy chọn tên khác (bản sao lưu không ghi đè).`);
  await fsp.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const spoolDir = await fsp.mkdtemp(path.join(path.dirname(path.resolve(file)), '.govportal-backup-'));
  const writer = await createArchiveWriter(file);
  try {
    progress.note('Đọc cơ sở dữ liệu (một giao dịch đọc nhất quán):');
    const referenced = new Set<string>();
    const { migrations, tables } = await withReadSnapshot(db, async (trx) => {
      const migrations = await appliedMigrations(trx);
      if (migrations.length === 0) throw new BackupError('Cơ sở dữ liệu chưa được nâng cấp lần nào: không có gì để sao lưu.');
      const tables: SpooledTable[] = [];
      for (const spec of TABLE_ORDER) {
        const spoolFile = path.join(spoolDir, `${spec.name}.jsonl`);
        const onRow = spec.name === 'media' ? (row: TableRow) => referencedKeys(row).forEach((k) => referenced.add(k)) : () => {};
        const spooled = await spoolTable(trx, db, spec, spoolFile, progress, onRow);
        await writer.addFile(tableEntryName(spec.name), spoolFile);
        await fsp.rm(spoolFile);
        tables.push(spooled);
      }
      return { migrations, tables };
    });
    progress.note('Chép tệp phương tiện:');
    const media = await addMedia(writer, input.mediaDir, referenced, progress);
    const manifest: Omit<Manifest, 'entries'> = {
      format: ARCHIVE_FORMAT,
      version: ARCHIVE_VERSION,
      createdAt: (input.now ?? new Date()).toISOString(),
      sourceDialect: db.dialect,
      migrations,
      tables,
      missingMedia: media.missingMedia,
    };
    await writer.finish(manifest);
    const { size } = await fsp.stat(file);
    return {
      file,
      bytes: size,
      tables: tables.map((t) => ({ name: t.name, rows: t.rows })),
      mediaFiles: media.files,
      mediaBytes: media.bytes,
      missingMedia: media.missingMedia,
    };
  } catch (error) {
    await writer.abort();
    throw error;
  } finally {
    await fsp.rm(spoolDir, { recursive: true, force: true });
  }
}

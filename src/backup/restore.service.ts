/**
 * `govportal restore FILE`: first the whole archive is read and checked (format,
 * manifest, every checksum), then the target (migrated to exactly the archive's
 * migrations, empty of content, no file in the media folder); any refusal comes before
 * anything changes. Then the archive is read a second time: the rows of every table
 * go in, in foreign-key order, in one transaction, and the media files into a folder
 * beside DATA_DIR/media that takes its place once the rows are committed.
 */
import fsp from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import type { Kysely } from 'kysely';
import type { Db } from '../db/database.js';
import type { Database } from '../db/schema.js';
import { readArchive, verifyArchive, type EntrySink } from './archive.js';
import { BackupError } from './errors.js';
import { parseRowLine, resetIdentitySequences, tableLoader } from './load.js';
import { MANIFEST_ENTRY, MEDIA_PREFIX, tableEntryName, type Manifest } from './manifest.js';
import { fileSink, listMediaKeys, makeStagingDir, moveStagedIntoPlace } from './media-files.js';
import type { Progress } from './progress.js';
import { ensureSearchIndex } from './search-index.js';
import { checkEmpty, checkSameMigrations } from './target.js';
import { columnsOf, TABLE_ORDER, type TableSpec } from './table-order.js';

export interface RestoreInput {
  readonly db: Db;
  readonly mediaDir: string;
  readonly file: string;
  readonly progress: Progress;
}

export interface RestoreSummary {
  readonly createdAt: string;
  readonly sourceDialect: string;
  readonly tables: readonly { name: string; rows: number }[];
  readonly mediaFiles: number;
  readonly missingMedia: readonly string[];
  readonly searchRebuilt: boolean;
}

/** The archive must hold exactly the tables this version backs up. */
function checkTables(manifest: Manifest): void {
  const known = TABLE_ORDER.map((t) => t.name as string);
  const held = manifest.tables.map((t) => t.name);
  const unknown = held.filter((name) => !known.includes(name));
  const absent = known.filter((name) => !held.includes(name));
  if (unknown.length > 0 || absent.length > 0) {
    const parts = [unknown.length > 0 ? `bảng lạ: ${unknown.join(', ')}` : '', absent.length > 0 ? `thiếu bảng: ${absent.join(', ')}` : ''].filter(Boolean);
    throw new BackupError(`Bản sao lưu không khớp phiên bản govportal này (${parts.join('; ')}); không có gì bị thay đổi.`);
  }
}

async function checkMediaFolderEmpty(mediaDir: string): Promise<void> {
  const files = await listMediaKeys(mediaDir);
  if (files.length > 0) {
    throw new BackupError(`Thư mục phương tiện ${mediaDir} đã có ${files.length} tệp; hãy khôi phục vào một thư mục dữ liệu trống. Không có gì bị thay đổi.`);
  }
}

/** Splits an entry into lines and hands each row to the table's loader. */
function tableSink(trx: Kysely<Database>, spec: TableSpec, progress: Progress, total: number, done: (rows: number) => void): EntrySink {
  const columns = columnsOf(spec.name);
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let lineNumber = 0;
  let loader: Awaited<ReturnType<typeof tableLoader>> | undefined;
  const take = async (text: string) => {
    loader ??= await tableLoader(trx, spec);
    pending += text;
    let end = pending.indexOf('\n');
    while (end >= 0) {
      lineNumber += 1;
      await loader.add(parseRowLine(spec.name, columns, pending.slice(0, end), lineNumber));
      if (lineNumber % 500 === 0) progress.table(spec.name, lineNumber, total);
      pending = pending.slice(end + 1);
      end = pending.indexOf('\n');
    }
  };
  return {
    write: (chunk) => take(decoder.write(chunk)),
    async end() {
      await take(decoder.end());
      if (pending !== '') throw new BackupError(`Bảng ${spec.name}: dòng cuối không trọn.`);
      loader ??= await tableLoader(trx, spec);
      const rows = await loader.finish();
      progress.tableDone(spec.name, rows);
      done(rows);
    },
  };
}

/** Second reading: rows into the transaction, media files into the staging folder, in the archive's order. */
async function load(trx: Kysely<Database>, db: Db, manifest: Manifest, file: string, staging: string, progress: Progress) {
  const rowsOf = new Map(manifest.tables.map((t) => [tableEntryName(t.name), t.rows]));
  const loaded: { name: string; rows: number }[] = [];
  let nextTable = 0;
  let mediaFiles = 0;
  const digests = await readArchive(file, (name) => {
    if (name === MANIFEST_ENTRY) return undefined;
    if (name.startsWith(MEDIA_PREFIX)) {
      mediaFiles += 1;
      return fileSink(staging, name.slice(MEDIA_PREFIX.length));
    }
    // Tables come in foreign-key order, the order they were written in.
    const spec = TABLE_ORDER[nextTable];
    if (spec === undefined || name !== tableEntryName(spec.name)) throw new BackupError(`Mục "${name}" không đúng thứ tự các bảng; không có gì bị thay đổi.`);
    nextTable += 1;
    return tableSink(trx, spec, progress, rowsOf.get(name) ?? 0, (rows) => loaded.push({ name: spec.name, rows }));
  });
  // The file could have changed since it was checked: then nothing of it is kept.
  for (const [name, digest] of digests) {
    const expected = manifest.entries[name];
    if (name !== MANIFEST_ENTRY && (expected === undefined || expected.sha256 !== digest.sha256)) {
      throw new BackupError(`Tệp sao lưu đã thay đổi trong khi khôi phục (mục "${name}"); không có gì bị thay đổi.`);
    }
  }
  await resetIdentitySequences(trx, db.dialect, TABLE_ORDER.map((t) => t.name));
  return { loaded, mediaFiles };
}

export async function restoreBackup(input: RestoreInput): Promise<RestoreSummary> {
  const { db, file, progress, mediaDir } = input;
  progress.note(`Kiểm tra tệp ${file}…`);
  const manifest = await verifyArchive(file);
  checkTables(manifest);
  await checkSameMigrations(db.kysely, manifest.migrations);
  await checkEmpty(db.kysely);
  await checkMediaFolderEmpty(mediaDir);
  progress.note(`Bản sao lưu hợp lệ (tạo lúc ${manifest.createdAt}, từ ${manifest.sourceDialect}). Ghi dữ liệu:`);
  const staging = await makeStagingDir(mediaDir);
  let kept = false;
  try {
    const { loaded, mediaFiles } = await db.kysely
      .transaction()
      .execute((trx) => load(trx, db, manifest, file, staging, progress))
      .catch((error: unknown) => {
        if (error instanceof BackupError) throw error;
        const reason = error instanceof Error ? error.message : String(error);
        throw new BackupError(`Ghi dữ liệu thất bại (${reason}); giao dịch đã được hoàn tác, không có gì bị thay đổi.`, { cause: error });
      });
    await moveStagedIntoPlace(staging, mediaDir).catch((error: unknown) => {
      // The rows are committed: the files must not be lost with the staging folder.
      kept = true;
      const reason = error instanceof Error ? error.message : String(error);
      throw new BackupError(
        `Dữ liệu đã được khôi phục nhưng không đặt được thư mục phương tiện vào ${mediaDir} (${reason}). ` +
          `Các tệp phương tiện nằm ở ${staging}: hãy tự chuyển thư mục đó thành ${mediaDir}.`,
        { cause: error },
      );
    });
    progress.note(`  tệp phương tiện: ${mediaFiles} tệp`);
    const searchRebuilt = await ensureSearchIndex(db);
    return {
      createdAt: manifest.createdAt,
      sourceDialect: manifest.sourceDialect,
      tables: loaded,
      mediaFiles,
      missingMedia: manifest.missingMedia,
      searchRebuilt,
    };
  } finally {
    if (!kept) await fsp.rm(staging, { recursive: true, force: true });
  }
}

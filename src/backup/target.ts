/**
 * What a database must be before rows are written into it: migrated to exactly the
 * migrations of the data that comes (no older, no newer), and empty of content. Each
 * refusal says why, and nothing has been changed when it comes.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { appliedMigrations, countRows } from './dump.js';
import { BackupError } from './errors.js';
import { TABLE_ORDER } from './table-order.js';

/** Refuses unless the target has applied exactly `sourceMigrations`. */
export async function checkSameMigrations(target: Kysely<Database>, sourceMigrations: readonly string[]): Promise<void> {
  const applied = await appliedMigrations(target);
  if (applied.length === 0) {
    throw new BackupError('Cơ sở dữ liệu đích chưa được nâng cấp: hãy chạy "govportal migrate" trước; không có gì bị thay đổi.');
  }
  const have = new Set(applied);
  const come = new Set(sourceMigrations);
  const newer = sourceMigrations.filter((name) => !have.has(name));
  const older = applied.filter((name) => !come.has(name));
  if (newer.length > 0) {
    throw new BackupError(
      `Dữ liệu đến từ phiên bản lược đồ mới hơn cơ sở dữ liệu đích (có thêm các bước: ${newer.join(', ')}). ` +
        'Hãy cập nhật govportal rồi chạy "govportal migrate"; không có gì bị thay đổi.',
    );
  }
  if (older.length > 0) {
    throw new BackupError(
      `Dữ liệu đến từ phiên bản lược đồ cũ hơn cơ sở dữ liệu đích (thiếu các bước: ${older.join(', ')}). ` +
        'Hãy khôi phục bằng phiên bản govportal đã tạo ra nó rồi nâng cấp; không có gì bị thay đổi.',
    );
  }
}

/** The content tables that already hold rows, with their counts. */
export async function tablesWithRows(db: Kysely<Database>): Promise<{ table: string; rows: number }[]> {
  const found: { table: string; rows: number }[] = [];
  for (const spec of TABLE_ORDER) {
    if (spec.seededByMigrations === true) continue;
    const rows = await countRows(db, spec.name);
    if (rows > 0) found.push({ table: spec.name, rows });
  }
  return found;
}

/** Refuses a target that already holds content (sites, accounts, articles, …). */
export async function checkEmpty(target: Kysely<Database>): Promise<void> {
  const filled = await tablesWithRows(target);
  if (filled.length > 0) {
    const list = filled.map((t) => `${t.table} (${t.rows} dòng)`).join(', ');
    throw new BackupError(`Cơ sở dữ liệu đích không trống: ${list}. Chỉ ghi vào một cơ sở dữ liệu mới, đã nâng cấp và chưa có dữ liệu; không có gì bị thay đổi.`);
  }
}

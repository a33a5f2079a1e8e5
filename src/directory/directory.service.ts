/**
 * Managing the officials' directory from the admin: add, change, remove a work contact.
 * No workflow: an entry is public while visible. Each change is one transaction with its
 * audit entry (what it was and what it became).
 */
import type { Kysely } from 'kysely';
import { recordAudit, type AuditAction } from '../audit/audit.js';
import type { DirectoryEntryInput } from '../contract/directory.js';
import type { Database, DirectoryEntryRow } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import type { EditContext } from '../editorial/editing.js';
import { EditorialError } from '../editorial/errors.js';
import { canManageDirectory } from './directory-rules.js';
import { deleteDirectoryEntry, findDirectoryEntry, insertDirectoryEntry, updateDirectoryEntry } from './directory.repo.js';

type Conn = Kysely<Database>;

function checkRight(ctx: EditContext): void {
  if (!canManageDirectory(ctx.actor)) throw new EditorialError('forbidden', 'Chỉ biên tập viên, trưởng ban biên tập và quản trị cổng được sửa danh bạ.');
}

async function entryOnSite(db: Conn, siteId: number, id: number): Promise<DirectoryEntryRow> {
  const row = await findDirectoryEntry(db, id);
  if (row === undefined || row.site_id !== siteId) throw new EditorialError('not_found', 'Không tìm thấy người này trong danh bạ của cổng.');
  return row;
}

function audit(db: Conn, ctx: EditContext, action: AuditAction, id: number, details: Record<string, unknown>, now: Date) {
  return recordAudit(db, { action, actorId: ctx.actor.userId, actorName: ctx.actorName, siteId: ctx.siteId, objectType: 'directory_entry', objectId: id, ip: ctx.ip ?? null, details }, now);
}

const columnsOf = (input: DirectoryEntryInput) => ({
  name: input.name, position: input.position, unit: input.unit, phone: input.phone, email: input.email, sort_order: input.sortOrder, visible: input.visible ? 1 : 0,
});

export async function createDirectoryEntry(db: Conn, ctx: EditContext, input: DirectoryEntryInput): Promise<DirectoryEntryRow> {
  checkRight(ctx);
  const now = ctx.now ?? new Date();
  return inTransaction(db, async (trx) => {
    const stamp = now.toISOString();
    const row = await insertDirectoryEntry(trx, { site_id: ctx.siteId, ...columnsOf(input), created_at: stamp, updated_at: stamp });
    await audit(trx, ctx, 'directory_created', row.id, { entry: columnsOf(input) }, now);
    return row;
  });
}

export async function saveDirectoryEntry(db: Conn, ctx: EditContext, id: number, input: DirectoryEntryInput): Promise<DirectoryEntryRow> {
  checkRight(ctx);
  const now = ctx.now ?? new Date();
  return inTransaction(db, async (trx) => {
    const before = await entryOnSite(trx, ctx.siteId, id);
    const after = columnsOf(input);
    const changed = (Object.keys(after) as (keyof typeof after)[]).filter((k) => before[k] !== after[k]);
    const row = await updateDirectoryEntry(trx, id, { ...after, updated_at: now.toISOString() });
    await audit(trx, ctx, 'directory_saved', id, { changed, before: Object.fromEntries(changed.map((k) => [k, before[k]])), after: Object.fromEntries(changed.map((k) => [k, after[k]])) }, now);
    return row;
  });
}

export async function removeDirectoryEntry(db: Conn, ctx: EditContext, id: number): Promise<void> {
  checkRight(ctx);
  const now = ctx.now ?? new Date();
  await inTransaction(db, async (trx) => {
    const before = await entryOnSite(trx, ctx.siteId, id);
    await deleteDirectoryEntry(trx, id);
    await audit(trx, ctx, 'directory_deleted', id, { name: before.name, position: before.position, unit: before.unit }, now);
  });
}

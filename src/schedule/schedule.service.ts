/**
 * Writing the leaders' weekly schedule from the admin: a week is saved whole (its entries
 * replace the ones before) against a base revision, and moves through the static page's
 * workflow steps (page-workflow.ts: the article's state machine and permission table).
 * Every write is one transaction with its audit entry.
 */
import type { Kysely } from 'kysely';
import { recordAudit, type AuditAction } from '../audit/audit.js';
import type { ScheduleEntryInput } from '../contract/schedule.js';
import type { Database, ScheduleWeekRow } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import type { EditContext } from '../editorial/editing.js';
import { EditorialError } from '../editorial/errors.js';
import { can, type ArticleFacts } from '../editorial/workflow.js';
import { applyTransitionTo, type PageTransition } from '../pages/page-workflow.js';
import { formatIsoWeek, type IsoWeek } from '../time/iso-week.js';
import { entriesOutsideWeek, inTimeOrder } from './schedule-rules.js';
import { findScheduleWeek, insertScheduleWeek, replaceScheduleEntries, updateScheduleWeekIfUnchanged } from './schedule.repo.js';

type Conn = Kysely<Database>;

/** How the workflow's refusals name a week of the schedule. */
export const SCHEDULE_NOUN = 'lịch công tác tuần';

export function scheduleFacts(row: ScheduleWeekRow): ArticleFacts {
  return { status: row.status, createdBy: row.created_by };
}

function auditWeek(db: Conn, ctx: EditContext, action: AuditAction, row: ScheduleWeekRow, details: Record<string, unknown>, now: Date) {
  return recordAudit(
    db,
    { action, actorId: ctx.actor.userId, actorName: ctx.actorName, siteId: ctx.siteId, objectType: 'schedule_week', objectId: row.id, ip: ctx.ip ?? null, details: { week: row.iso_week, ...details } },
    now,
  );
}

const stale = (row: ScheduleWeekRow | undefined, sent: number) =>
  new EditorialError(
    'conflict',
    `Trong lúc bạn sửa, lịch công tác tuần này đã được lưu ở phiên bản ${row?.revision ?? 0} (bạn sửa từ phiên bản ${sent}). Nội dung của bạn chưa được lưu: hãy tải lại, so sánh rồi lưu lại.`,
  );

/**
 * Saves the entries of `week` over revision `baseRevision` (0: the week has no schedule
 * yet, and saving creates it as a draft). A stale base writes nothing (409).
 */
export async function saveScheduleWeek(db: Conn, ctx: EditContext, week: IsoWeek, baseRevision: number, entries: ScheduleEntryInput[]): Promise<ScheduleWeekRow> {
  const now = ctx.now ?? new Date();
  const isoWeek = formatIsoWeek(week);
  const outside = entriesOutsideWeek(week, entries);
  if (outside.length > 0) throw new EditorialError('invalid', `Ngày của mục ${outside[0]! + 1} không thuộc tuần ${isoWeek}.`, `entries.${outside[0]}.day`);
  return inTransaction(db, async (trx) => {
    const before = await findScheduleWeek(trx, ctx.siteId, isoWeek);
    const stamp = now.toISOString();
    let row: ScheduleWeekRow;
    if (before === undefined) {
      if (!can(ctx.actor, 'create')) throw new EditorialError('forbidden', 'Bạn không có quyền tạo lịch công tác trên cổng này.');
      if (baseRevision !== 0) throw stale(undefined, baseRevision);
      row = await insertScheduleWeek(trx, { siteId: ctx.siteId, isoWeek, createdBy: ctx.actor.userId, now: stamp });
    } else {
      if (!can(ctx.actor, 'edit', scheduleFacts(before))) throw new EditorialError('forbidden', 'Bạn không có quyền sửa lịch công tác tuần này ở trạng thái hiện tại.');
      if (before.revision !== baseRevision) throw stale(before, baseRevision);
      const saved = await updateScheduleWeekIfUnchanged(trx, before.id, { status: before.status, revision: baseRevision }, { revision: baseRevision + 1, updated_at: stamp });
      if (!saved) throw stale(await findScheduleWeek(trx, ctx.siteId, isoWeek), baseRevision);
      row = { ...before, revision: baseRevision + 1, updated_at: stamp };
    }
    await replaceScheduleEntries(
      trx,
      row.id,
      inTimeOrder(entries).map((e) => ({
        day: e.day, start_time: e.startTime, end_time: e.endTime, leaders: e.leaders, content: e.content, place: e.place, chair: e.chair, attendees: e.attendees, notes: e.notes,
      })),
    );
    await auditWeek(trx, ctx, before === undefined ? 'schedule_created' : 'schedule_saved', row, { revision: row.revision, entries: entries.length }, now);
    return row;
  });
}

/** A person moves a week through the workflow: checked against their role, applied, audited. */
export async function transitionScheduleWeek(db: Conn, ctx: EditContext, week: IsoWeek, input: { transition: PageTransition; note?: string | undefined }): Promise<ScheduleWeekRow> {
  const now = ctx.now ?? new Date();
  const isoWeek = formatIsoWeek(week);
  return inTransaction(db, async (trx) => {
    const row = await findScheduleWeek(trx, ctx.siteId, isoWeek);
    if (row === undefined) throw new EditorialError('not_found', `Tuần ${isoWeek} chưa có lịch công tác.`);
    const t = input.transition;
    const to = applyTransitionTo(SCHEDULE_NOUN, ctx.actor, scheduleFacts(row), t, input.note);
    const note = input.note?.trim() || null;
    const changes = t === 'publish' ? { published_at: row.published_at ?? now.toISOString() } : t === 'return' ? { return_note: note } : t === 'submit' ? { return_note: null } : {};
    const written = await updateScheduleWeekIfUnchanged(trx, row.id, { status: row.status }, { ...changes, status: to, updated_at: now.toISOString() });
    if (!written) throw new EditorialError('conflict', 'Lịch công tác tuần này vừa được người khác chuyển trạng thái; hãy tải lại.');
    await auditWeek(trx, ctx, `workflow_${t}`, row, { from: row.status, to, note }, now);
    const after = await findScheduleWeek(trx, ctx.siteId, isoWeek);
    if (after === undefined) throw new EditorialError('not_found', `Tuần ${isoWeek} chưa có lịch công tác.`);
    return after;
  });
}

/**
 * Writing albums from the admin: create a draft, save it with its items against a base
 * revision (the UPDATE names the revision and its row count decides), delete a draft,
 * and move it through the workflow (album-workflow.ts decides). Every write is one
 * transaction with its audit entry. The items must be the site's own media of the right
 * kind (a photo is an image, an uploaded video a video); links were checked by the contract.
 */
import type { Kysely } from 'kysely';
import { recordAudit, type AuditAction } from '../audit/audit.js';
import type { AlbumUpdate, AlbumRow, ArticleStatus, Database, NewAlbumItem } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import type { EditContext } from '../editorial/editing.js';
import { EditorialError } from '../editorial/errors.js';
import { can, type ArticleFacts } from '../editorial/workflow.js';
import { sanitizeRichText } from '../html/sanitize.js';
import { slugify, uniqueSlug } from '../text/index.js';
import type { AlbumInput } from '../contract/albums.js';
import { albumNotFound, StaleAlbumRevisionError } from './album-errors.js';
import { descriptionHtml } from './album-input.js';
import { applyAlbumTransition, transitionChanges, type AlbumTransition } from './album-workflow.js';
import { deleteDraftAlbumRow, findAlbumById, findAlbumBySlug, insertAlbum, replaceAlbumItems, siteMediaByIds, updateAlbumIfUnchanged } from './albums.repo.js';

type Conn = Kysely<Database>;

export function albumFacts(row: AlbumRow): ArticleFacts {
  return { status: row.status, createdBy: row.created_by };
}

function auditAlbum(db: Conn, ctx: EditContext, action: AuditAction, albumId: number, details: Record<string, unknown>, now: Date) {
  return recordAudit(db, { action, actorId: ctx.actor.userId, actorName: ctx.actorName, siteId: ctx.siteId, objectType: 'album', objectId: albumId, ip: ctx.ip ?? null, details }, now);
}

/** The album if it lives on the context's site; 404 otherwise, whatever its site. */
export async function albumOnSite(db: Conn, siteId: number, id: number): Promise<AlbumRow> {
  const row = await findAlbumById(db, id);
  if (row === undefined || row.site_id !== siteId) throw albumNotFound();
  return row;
}

const MEDIA_KIND_OF = { photo: 'image', video_file: 'video' } as const;

/** The rows to store for the items: each media id must be the site's own, of the item's kind. */
async function itemRows(db: Conn, siteId: number, input: AlbumInput): Promise<Omit<NewAlbumItem, 'album_id' | 'position'>[]> {
  const ids = input.items.flatMap((i) => (i.kind === 'video_link' ? [] : [i.mediaId]));
  const media = new Map((await siteMediaByIds(db, siteId, ids)).map((m) => [m.id, m]));
  const rows = input.items.map((item, i) => {
    if (item.kind === 'video_link') return { kind: item.kind, media_id: null, url: item.url, caption: item.caption, credit: item.credit };
    const found = media.get(item.mediaId);
    if (found?.kind !== MEDIA_KIND_OF[item.kind]) {
      const what = item.kind === 'photo' ? 'ảnh' : 'video';
      throw new EditorialError('invalid', `Mục ${i + 1}: tệp #${item.mediaId} không phải ${what} trong thư viện của cổng này.`, `items.${i}.mediaId`);
    }
    return { kind: item.kind, media_id: found.id, url: null, caption: item.caption, credit: item.credit };
  });
  if (input.coverMediaId !== null && !rows.some((r) => r.kind === 'photo' && r.media_id === input.coverMediaId)) {
    throw new EditorialError('invalid', 'Ảnh bìa phải là một ảnh của album.', 'coverMediaId');
  }
  return rows;
}

async function checkSlug(db: Conn, ctx: EditContext, slug: string, album?: ArticleFacts & { id: number }): Promise<void> {
  if (!can(ctx.actor, 'change_slug', album)) {
    throw new EditorialError('forbidden', 'Chỉ biên tập viên, trưởng ban biên tập và quản trị cổng được đổi địa chỉ của album.');
  }
  const other = await findAlbumBySlug(db, ctx.siteId, slug);
  if (other !== undefined && other.id !== album?.id) {
    throw new EditorialError('conflict', `Địa chỉ "${slug}" đã được dùng cho album "${other.title}" (#${other.id}) trên cổng này; hãy chọn địa chỉ khác.`);
  }
}

function stored(input: AlbumInput): Pick<AlbumUpdate, 'title' | 'description' | 'body_html' | 'cover_media_id'> {
  return { title: input.title, description: input.description, body_html: sanitizeRichText(descriptionHtml(input.description)), cover_media_id: input.coverMediaId };
}

/** A new draft album by the actor, revision 1, with its items. */
export async function createAlbum(db: Conn, ctx: EditContext, input: AlbumInput): Promise<AlbumRow> {
  if (!can(ctx.actor, 'create')) throw new EditorialError('forbidden', 'Bạn không có quyền tạo album trên cổng này.');
  const now = ctx.now ?? new Date();
  return inTransaction(db, async (trx) => {
    const items = await itemRows(trx, ctx.siteId, input);
    if (input.slug !== undefined) await checkSlug(trx, ctx, input.slug);
    const slug = input.slug ?? (await uniqueSlug(slugify(input.title) || 'album-moi', async (s) => (await findAlbumBySlug(trx, ctx.siteId, s)) !== undefined));
    const stamp = now.toISOString();
    const fields = stored(input);
    const row = await insertAlbum(trx, {
      site_id: ctx.siteId, slug, title: input.title, description: input.description, body_html: fields.body_html ?? '', cover_media_id: input.coverMediaId,
      status: 'draft', published_at: null, revision: 1, created_by: ctx.actor.userId, return_note: null, created_at: stamp, updated_at: stamp,
    });
    await replaceAlbumItems(trx, row.id, items);
    await auditAlbum(trx, ctx, 'album_created', row.id, { title: row.title, slug, revision: 1, items: items.length }, now);
    return row;
  });
}

/** Saves `input` over revision `baseRevision`; a stale base writes nothing (409). */
export async function saveAlbum(db: Conn, ctx: EditContext, id: number, baseRevision: number, input: AlbumInput): Promise<AlbumRow> {
  const now = ctx.now ?? new Date();
  return inTransaction(db, async (trx) => {
    const before = await albumOnSite(trx, ctx.siteId, id);
    const facts = albumFacts(before);
    if (!can(ctx.actor, 'edit', facts)) throw new EditorialError('forbidden', 'Bạn không có quyền sửa album này ở trạng thái hiện tại.');
    if (before.revision !== baseRevision) throw new StaleAlbumRevisionError(before, baseRevision);
    const items = await itemRows(trx, ctx.siteId, input);
    const slug = input.slug !== undefined && input.slug !== before.slug ? input.slug : undefined;
    if (slug !== undefined) await checkSlug(trx, ctx, slug, { ...facts, id });
    const number = before.revision + 1;
    const saved = await updateAlbumIfUnchanged(trx, id, { status: before.status, revision: baseRevision }, {
      ...stored(input), revision: number, updated_at: now.toISOString(), ...(slug === undefined ? {} : { slug }),
    });
    if (!saved) throw new StaleAlbumRevisionError(await albumOnSite(trx, ctx.siteId, id), baseRevision);
    await replaceAlbumItems(trx, id, items);
    await auditAlbum(trx, ctx, 'album_saved', id, { revision: number, items: items.length, ...(slug === undefined ? {} : { slug: { from: before.slug, to: slug } }) }, now);
    return albumOnSite(trx, ctx.siteId, id);
  });
}

/** Deletes a draft album with its items (the workflow decides who may); audited with its title. */
export async function deleteAlbumDraft(db: Conn, ctx: EditContext, id: number): Promise<void> {
  const now = ctx.now ?? new Date();
  await inTransaction(db, async (trx) => {
    const row = await albumOnSite(trx, ctx.siteId, id);
    if (!can(ctx.actor, 'delete', albumFacts(row))) {
      throw new EditorialError('forbidden', 'Chỉ bản nháp mới xóa được, và chỉ người tạo hoặc quản trị cổng được xóa.');
    }
    if (!(await deleteDraftAlbumRow(trx, id))) throw new EditorialError('conflict', 'Album vừa đổi trạng thái; không xóa.');
    await auditAlbum(trx, ctx, 'album_deleted', id, { title: row.title, slug: row.slug, revision: row.revision }, now);
  });
}

/** A person moves an album: checked against their role, applied and audited in one transaction. */
export async function transitionAlbum(db: Conn, ctx: EditContext, id: number, input: { transition: AlbumTransition; note?: string | undefined }): Promise<AlbumRow> {
  const now = ctx.now ?? new Date();
  return inTransaction(db, async (trx) => {
    const row = await albumOnSite(trx, ctx.siteId, id);
    const t = input.transition;
    const to: ArticleStatus = applyAlbumTransition(ctx.actor, albumFacts(row), t, input.note);
    const note = input.note?.trim() || null;
    const written = await updateAlbumIfUnchanged(trx, id, { status: row.status }, { ...transitionChanges(t, row.published_at, note, now), status: to, updated_at: now.toISOString() });
    if (!written) throw new EditorialError('conflict', 'Album vừa được người khác chuyển trạng thái; hãy tải lại.');
    await auditAlbum(trx, ctx, `workflow_${t}`, id, { from: row.status, to, note }, now);
    return albumOnSite(trx, ctx.siteId, id);
  });
}

/**
 * Writing static pages from the admin, as articles are written: create a draft, save
 * against a base revision (the UPDATE names the revision and its row count decides),
 * restore an old revision as a new save, delete a draft; and the standard pages a new
 * site starts with. Every write is one transaction with its revision row and its audit
 * entry. A renamed page that has had readers keeps its old address as a 301.
 */
import type { Kysely } from 'kysely';
import { recordAudit, type AuditAction } from '../audit/audit.js';
import type { Database, PageRow } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import type { EditContext } from '../editorial/editing.js';
import { EditorialError } from '../editorial/errors.js';
import { pageEvent, withEvents } from '../editorial/events.js';
import { can, type ArticleFacts } from '../editorial/workflow.js';
import { cleanPastedHtml } from '../html/clean-paste.js';
import { sanitizeRichText } from '../html/sanitize.js';
import { deleteRedirect, saveRedirect } from '../redirects/index.js';
import { slugify, uniqueSlug } from '../text/index.js';
import { isReservedPath } from '../urls/reserved-paths.js';
import { pagePathIn } from '../urls/paths.js';
import { pageNotFound, StalePageRevisionError } from './page-errors.js';
import { changedPageFields, pageInputOf, pageSnapshotOf, pageSnapshotSchema, type PageInput, type PageSnapshot } from './page-input.js';
import {
  deleteDraftPageRow,
  findPageById,
  findPageBySlug,
  findPageRevisionJson,
  insertPage,
  insertPageRevision,
  isPageSlugTaken,
  listSitePages,
  updatePageIfUnchanged,
} from './pages.repo.js';
import { englishStandardPages, standardPages, type TemplateSite } from './templates.js';

type Conn = Kysely<Database>;

/** Word/LibreOffice leftovers go first, then the one allow-list decides what may stay (as for articles). */
function clean(s: PageSnapshot): PageSnapshot {
  return { ...s, bodyHtml: sanitizeRichText(cleanPastedHtml(s.bodyHtml)) };
}

export function pageFacts(row: PageRow): ArticleFacts {
  return { status: row.status, createdBy: row.created_by };
}

/** The editable fields of a page as stored now. */
export function snapshotOfPage(row: PageRow): PageSnapshot {
  return { title: row.title, description: row.description, bodyHtml: row.body_html };
}

/** An audit entry about a page, by the person of the context, on its site. */
export function auditPage(db: Conn, ctx: EditContext, action: AuditAction, pageId: number, details: Record<string, unknown>, now: Date) {
  return recordAudit(db, { action, actorId: ctx.actor.userId, actorName: ctx.actorName, siteId: ctx.siteId, objectType: 'page', objectId: pageId, ip: ctx.ip ?? null, details }, now);
}

/** The page if it lives on the context's site; 404 otherwise, whatever its site. */
export async function pageOnSite(db: Conn, siteId: number, id: number): Promise<PageRow> {
  const row = await findPageById(db, id);
  if (row === undefined || row.site_id !== siteId) throw pageNotFound();
  return row;
}

/**
 * A slug an editor chose: only with the `change_slug` right, and not one another page
 * of the site has (409 naming that page). Its shape and the reserved names were
 * checked by the contract (contract/pages.ts).
 */
async function checkPageSlug(db: Conn, ctx: EditContext, slug: string, page?: ArticleFacts & { id: number }): Promise<void> {
  if (!can(ctx.actor, 'change_slug', page)) {
    throw new EditorialError('forbidden', 'Chỉ biên tập viên, trưởng ban biên tập và quản trị cổng được đổi địa chỉ của trang.');
  }
  const other = await findPageBySlug(db, ctx.siteId, slug);
  if (other !== undefined && other.id !== page?.id) {
    throw new EditorialError('conflict', `Địa chỉ "${slug}" đã được dùng cho trang "${other.title}" (#${other.id}) trên cổng này; hãy chọn địa chỉ khác.`);
  }
}

/** A slug from the title, free on the site and not a name the system keeps. */
function slugFromTitle(db: Conn, siteId: number, title: string): Promise<string> {
  return uniqueSlug(slugify(title) || 'trang-moi', async (s) => isReservedPath(s) || (await isPageSlugTaken(db, siteId, s)));
}

/** A new draft page by the actor: revision 1, with its revision row, after the site's other pages. */
export async function createPage(db: Conn, ctx: EditContext, input: PageInput): Promise<PageRow> {
  if (!can(ctx.actor, 'create')) throw new EditorialError('forbidden', 'Bạn không có quyền tạo trang trên cổng này.');
  const now = ctx.now ?? new Date();
  return inTransaction(db, async (trx) => {
    const snapshot = clean(pageSnapshotOf(input));
    if (input.slug !== undefined) await checkPageSlug(trx, ctx, input.slug);
    const slug = input.slug ?? (await slugFromTitle(trx, ctx.siteId, snapshot.title));
    const last = (await listSitePages(trx, ctx.siteId)).reduce((max, p) => Math.max(max, p.menu_order), 0);
    const stamp = now.toISOString();
    const row = await insertPage(trx, {
      site_id: ctx.siteId, slug, title: snapshot.title, description: snapshot.description, body_html: snapshot.bodyHtml,
      status: 'draft', menu_order: last + 1, in_menu: 0, published_at: null, created_at: stamp, updated_at: stamp,
      revision: 1, created_by: ctx.actor.userId, return_note: null, language: input.language ?? 'vi',
    });
    await insertPageRevision(trx, { pageId: row.id, number: 1, authorId: ctx.actor.userId, snapshot, note: 'Tạo bản nháp', now });
    await auditPage(trx, ctx, 'page_created', row.id, { title: row.title, slug, revision: 1 }, now);
    return row;
  });
}

interface SaveOptions {
  note?: string;
  action?: AuditAction;
  details?: Record<string, unknown>;
}

/**
 * Saves `input` over revision `baseRevision`. If another save came first, throws
 * StalePageRevisionError and writes nothing; the first save stays as it was.
 */
export async function savePage(db: Conn, ctx: EditContext, id: number, baseRevision: number, input: PageInput, options: SaveOptions = {}): Promise<PageRow> {
  const now = ctx.now ?? new Date();
  return withEvents(db, ctx.events, async (trx, raise) => {
    const before = await pageOnSite(trx, ctx.siteId, id);
    const facts = pageFacts(before);
    if (!can(ctx.actor, 'edit', facts)) throw new EditorialError('forbidden', 'Bạn không có quyền sửa trang này ở trạng thái hiện tại.');
    if (before.revision !== baseRevision) throw new StalePageRevisionError(before, baseRevision);
    const current = snapshotOfPage(before);
    const next = clean(pageSnapshotOf(input));
    const slug = input.slug !== undefined && input.slug !== before.slug ? input.slug : undefined;
    if (slug !== undefined) await checkPageSlug(trx, ctx, slug, { ...facts, id });
    const language = input.language !== undefined && input.language !== before.language ? input.language : undefined;
    // A page's language is part of its address (/trang/… or /en/…): the right to change it is the slug's.
    if (language !== undefined && !can(ctx.actor, 'change_slug', { ...facts })) {
      throw new EditorialError('forbidden', 'Chỉ biên tập viên, trưởng ban biên tập và quản trị cổng được đổi ngôn ngữ (địa chỉ) của trang.');
    }
    const number = before.revision + 1;
    const saved = await updatePageIfUnchanged(trx, id, { status: before.status, revision: baseRevision }, {
      title: next.title, description: next.description, body_html: next.bodyHtml, revision: number, updated_at: now.toISOString(), ...(slug === undefined ? {} : { slug }),
      ...(language === undefined ? {} : { language }),
    });
    if (!saved) throw new StalePageRevisionError(await pageOnSite(trx, ctx.siteId, id), baseRevision);
    if (slug !== undefined || language !== undefined) {
      // A page that has had a publication time (and so perhaps readers) keeps its old address (slug and language) as a 301.
      if (before.published_at !== null) await saveRedirect(trx, ctx.siteId, pagePathIn(before.slug, before.language), { pageId: id });
      await deleteRedirect(trx, ctx.siteId, pagePathIn(slug ?? before.slug, language ?? before.language));
    }
    if (before.revision === 0) {
      // Pages written before the workflow (the demo's, imported ones) had no history: keep what they were as revision 0.
      await insertPageRevision(trx, { pageId: id, number: 0, authorId: null, snapshot: current, note: 'Bản trước khi sửa lần đầu', now });
    }
    const renamed = slug === undefined ? undefined : { from: before.slug, to: slug };
    const note = options.note ?? (renamed === undefined ? null : `Đổi địa chỉ: ${renamed.from} → ${renamed.to}`);
    await insertPageRevision(trx, { pageId: id, number, authorId: ctx.actor.userId, snapshot: next, note, now });
    const changed: string[] = changedPageFields(current, next);
    if (renamed !== undefined) changed.push('slug');
    if (language !== undefined) changed.push('language');
    await auditPage(trx, ctx, options.action ?? 'page_saved', id, { revision: number, changed, ...(renamed === undefined ? {} : { slug: renamed }), ...options.details }, now);
    if (before.status === 'published') raise(pageEvent('changed', before, ctx.actor.userId, now));
    return pageOnSite(trx, ctx.siteId, id);
  });
}

/** The snapshot saved as revision `number` of a page, or undefined when there is none. */
export async function findPageSnapshot(db: Conn, pageId: number, number: number): Promise<PageSnapshot | undefined> {
  const json = await findPageRevisionJson(db, pageId, number);
  if (json === undefined) return undefined;
  const parsed = pageSnapshotSchema.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : undefined;
}

/** Restoring is a save whose content is an old snapshot (the address stays); it needs the latest revision as base. */
export async function restorePageRevision(db: Conn, ctx: EditContext, id: number, number: number, baseRevision: number): Promise<PageRow> {
  return withEvents(db, ctx.events, async (trx) => {
    await pageOnSite(trx, ctx.siteId, id);
    const snapshot = await findPageSnapshot(trx, id, number);
    if (snapshot === undefined) throw new EditorialError('not_found', `Trang không có phiên bản ${number}.`);
    return savePage(trx, ctx, id, baseRevision, pageInputOf(snapshot), { note: `Khôi phục phiên bản ${number}`, action: 'page_restored', details: { restoredFrom: number } });
  });
}

/** Deletes a draft page (the workflow decides who may); audited with its title. */
export async function deletePageDraft(db: Conn, ctx: EditContext, id: number): Promise<void> {
  const now = ctx.now ?? new Date();
  await inTransaction(db, async (trx) => {
    const row = await pageOnSite(trx, ctx.siteId, id);
    if (!can(ctx.actor, 'delete', pageFacts(row))) {
      throw new EditorialError('forbidden', 'Chỉ bản nháp mới xóa được, và chỉ người tạo hoặc quản trị cổng được xóa.');
    }
    if (!(await deleteDraftPageRow(trx, id))) throw new EditorialError('conflict', 'Trang vừa đổi trạng thái; không xóa.');
    await auditPage(trx, ctx, 'page_deleted', id, { title: row.title, slug: row.slug, revision: row.revision }, now);
  });
}

/**
 * The standard pages of a new site (templates.ts), as drafts with their first revision,
 * in the caller's transaction; the site's creation is their audit entry (it lists them,
 * as it lists the categories of the template). Nothing is public until an editor
 * completes and publishes each page.
 */
export async function insertStandardPages(trx: Conn, siteId: number, site: TemplateSite, authorId: number | null, now: Date): Promise<PageRow[]> {
  const stamp = now.toISOString();
  const rows: PageRow[] = [];
  for (const template of [...standardPages(site), ...englishStandardPages(site)]) {
    const snapshot = clean({ title: template.title, description: template.description, bodyHtml: template.bodyHtml });
    const row = await insertPage(trx, {
      site_id: siteId, slug: template.slug, title: snapshot.title, description: snapshot.description, body_html: snapshot.bodyHtml,
      status: 'draft', menu_order: template.menuOrder, in_menu: 0, published_at: null, created_at: stamp, updated_at: stamp,
      revision: 1, created_by: authorId, return_note: null, language: template.language ?? 'vi',
    });
    await insertPageRevision(trx, { pageId: row.id, number: 1, authorId, snapshot, note: 'Tạo từ mẫu trang của cổng mới', now });
    rows.push(row);
  }
  return rows;
}

/**
 * Writing articles from the admin: create a draft, save against a base revision
 * (optimistic concurrency: the UPDATE names the revision and its row count decides),
 * restore an old revision as a new save, delete a draft. Every write is one
 * transaction with its revision row and its audit entry.
 */
import type { Kysely } from 'kysely';
import { createArticle, moveArticle } from '../articles/articles.service.js';
import { deleteDraftRow, findArticleById, findArticleBySlug, updateArticleIfUnchanged, updateArticleRow, writeRelations } from '../articles/articles.repo.js';
import { recordAudit, type AuditAction } from '../audit/audit.js';
import type { ArticleRow, Database } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import { cleanPastedHtml } from '../html/clean-paste.js';
import { sanitizeRichText } from '../html/sanitize.js';
import { contentChanged, contentInput, mergeInput, placementChanged, type ArticleInput, type Snapshot } from './article-input.js';
import { checkReferences, existingArticleIds, existingCategoryIds, snapshotColumns, snapshotOf } from './article-snapshot.js';
import { EditorialError, notFound, StaleRevisionError } from './errors.js';
import { articleEvent, withEvents, type DomainEvents } from './events.js';
import { findSnapshot, insertRevision } from './revisions.js';
import { can, type Actor, type ArticleFacts } from './workflow.js';

type Conn = Kysely<Database>;

export interface EditContext {
  actor: Actor;
  actorName: string;
  siteId: number;
  ip?: string | null;
  now?: Date;
  /** Where published, changed, unpublished and withdrawn are announced after the commit (services.events). */
  events?: DomainEvents;
}

const EMPTY: Snapshot = {
  title: '', lead: '', bodyHtml: '', categoryId: 0, featuredImageId: null, featuredImageCaption: null,
  authorName: null, source: null, tags: [], attachmentIds: [], publishedAt: null,
  featured: false, featuredOrder: null, featuredUntil: null, relatedIds: [], extraCategoryIds: [],
};

/** Word/LibreOffice leftovers go first, then the one allow-list decides what may stay. */
function clean(s: Snapshot): Snapshot {
  return { ...s, bodyHtml: sanitizeRichText(cleanPastedHtml(s.bodyHtml)) };
}

/** An audit entry about an article, by the person of the context, on its site. */
export function auditArticle(db: Conn, ctx: EditContext, action: AuditAction, articleId: number, details: Record<string, unknown>, now: Date) {
  return recordAudit(db, { action, actorId: ctx.actor.userId, actorName: ctx.actorName, siteId: ctx.siteId, objectType: 'article', objectId: articleId, ip: ctx.ip ?? null, details }, now);
}

/**
 * Where the home page shows an article (featured, order, end time) is changed only by
 * those with the `feature` right (editors, approvers, site admins); an input that
 * repeats the stored placement is no change, so a contributor's form that sends it
 * back still saves. An end time that is set or changed must lie ahead.
 */
function checkPlacement(ctx: EditContext, current: Snapshot, next: Snapshot, now: Date, article?: ArticleFacts): void {
  if (!placementChanged(current, next)) return;
  if (!can(ctx.actor, 'feature', article)) {
    throw new EditorialError('forbidden', 'Chỉ biên tập viên, trưởng ban biên tập và quản trị cổng được đặt tin nổi bật.');
  }
  if (next.featuredUntil !== null && next.featuredUntil !== current.featuredUntil && new Date(next.featuredUntil).getTime() <= now.getTime()) {
    throw new EditorialError('invalid', 'Thời điểm hết nổi bật phải ở tương lai.', 'featuredUntil');
  }
}

/**
 * A slug an editor chose: only with the `change_slug` right (editors, approvers, site
 * admins), and not one another article of the site has (409 naming that article). Its
 * shape was checked by the contract (text/slug.ts's rule).
 */
async function checkSlug(db: Conn, ctx: EditContext, slug: string, article?: ArticleFacts & { id: number }): Promise<void> {
  if (!can(ctx.actor, 'change_slug', article)) {
    throw new EditorialError('forbidden', 'Chỉ biên tập viên, trưởng ban biên tập và quản trị cổng được đổi đường dẫn của tin bài.');
  }
  const other = await findArticleBySlug(db, ctx.siteId, slug);
  if (other !== undefined && other.id !== article?.id) {
    throw new EditorialError('conflict', `Đường dẫn "${slug}" đã được dùng cho tin bài "${other.title}" (#${other.id}) trên cổng này; hãy chọn đường dẫn khác.`);
  }
}

/** The article if it lives on the context's site; 404 otherwise, whatever its site. */
export async function articleOnSite(db: Conn, siteId: number, id: number): Promise<ArticleRow> {
  const row = await findArticleById(db, id);
  if (row === undefined || row.site_id !== siteId) throw notFound();
  return row;
}

/** A new draft by the actor: revision 1, with its revision row. */
export async function createDraft(db: Conn, ctx: EditContext, input: ArticleInput): Promise<ArticleRow> {
  if (!can(ctx.actor, 'create')) throw new EditorialError('forbidden', 'Bạn không có quyền tạo tin bài trên cổng này.');
  const now = ctx.now ?? new Date();
  return inTransaction(db, async (trx) => {
    const snapshot = clean(mergeInput(EMPTY, input));
    checkPlacement(ctx, EMPTY, snapshot, now);
    await checkReferences(trx, ctx.siteId, snapshot);
    if (input.slug !== undefined) await checkSlug(trx, ctx, input.slug);
    // The body is written once, cleaned, by the UPDATE below: createArticle would sanitise it a second time.
    const created = await createArticle(trx, {
      siteId: ctx.siteId, categoryId: snapshot.categoryId, title: snapshot.title, lead: snapshot.lead, bodyHtml: '', status: 'draft',
      ...(input.slug === undefined ? {} : { slug: input.slug }),
    }, now);
    const row = await updateArticleRow(trx, created.id, { ...snapshotColumns(snapshot), created_by: ctx.actor.userId, revision: 1 });
    await writeRelations(trx, row, snapshot);
    await insertRevision(trx, { articleId: row.id, number: 1, authorId: ctx.actor.userId, snapshot, note: 'Tạo bản nháp', now });
    await auditArticle(trx, ctx, 'article_created', row.id, { title: row.title, revision: 1 }, now);
    return row;
  });
}

interface SaveOptions {
  note?: string | null;
  action?: AuditAction;
  details?: Record<string, unknown>;
}

/**
 * Saves `input` over revision `baseRevision`. If another save came first, throws
 * StaleRevisionError and writes nothing; the first save stays as it was.
 */
export async function saveArticle(db: Conn, ctx: EditContext, id: number, baseRevision: number, input: ArticleInput, options: SaveOptions = {}): Promise<ArticleRow> {
  const now = ctx.now ?? new Date();
  return withEvents(db, ctx.events, async (trx, raise) => {
    const before = await articleOnSite(trx, ctx.siteId, id);
    const facts = { status: before.status, createdBy: before.created_by };
    // The text is changed only in the states the role may edit (a published text by an
    // approver); where the home page shows it and its address are not its text: an
    // editor may still feature a published article or change its slug, and nothing else.
    const mayEditText = can(ctx.actor, 'edit', facts);
    const refused = () => new EditorialError('forbidden', 'Bạn không có quyền sửa tin bài này ở trạng thái hiện tại.');
    if (!mayEditText && !can(ctx.actor, 'feature', facts) && !can(ctx.actor, 'change_slug', facts)) throw refused();
    if (before.revision !== baseRevision) throw new StaleRevisionError(before);
    const current = await snapshotOf(trx, before);
    const next = clean(mergeInput(current, input));
    const slug = input.slug !== undefined && input.slug !== before.slug ? input.slug : undefined;
    if (!mayEditText && (contentChanged(current, next) || (!placementChanged(current, next) && slug === undefined))) throw refused();
    checkPlacement(ctx, current, next, now, facts);
    await checkReferences(trx, ctx.siteId, next, id);
    if (slug !== undefined) await checkSlug(trx, ctx, slug, { ...facts, id });
    const number = before.revision + 1;
    // A new slug, and a published article's new category, go through moveArticle, so the old
    // URL answers 301 — if the article has had a publication time (and so perhaps a reader).
    const moveCategory = next.categoryId !== before.category_id && (before.status === 'published' || slug !== undefined);
    const saved = await updateArticleIfUnchanged(trx, id, { status: before.status, revision: baseRevision }, {
      ...snapshotColumns(next), ...(moveCategory ? {} : { category_id: next.categoryId }), revision: number, updated_at: now.toISOString(),
    });
    if (!saved) throw new StaleRevisionError(before);
    if (moveCategory || slug !== undefined) {
      await moveArticle(trx, id, {
        ...(moveCategory ? { categoryId: next.categoryId } : {}),
        ...(slug === undefined ? {} : { slug }),
        keepOldUrl: before.status === 'published' || before.published_at !== null,
      }, now);
    }
    await writeRelations(trx, before, next);
    if (before.revision === 0) {
      // Imported or seeded articles had no history: keep what they were as revision 0.
      await insertRevision(trx, { articleId: id, number: 0, authorId: null, snapshot: current, note: 'Bản trước khi sửa lần đầu', now });
    }
    // The slug is not content (a restored revision keeps the URL): the revision's note and the audit name the change.
    const renamed = slug === undefined ? undefined : { from: before.slug, to: slug };
    const note = options.note ?? (renamed === undefined ? null : `Đổi đường dẫn: ${renamed.from} → ${renamed.to}`);
    await insertRevision(trx, { articleId: id, number, authorId: ctx.actor.userId, snapshot: next, note, now });
    const changed: string[] = (Object.keys(next) as (keyof Snapshot)[]).filter((k) => JSON.stringify(next[k]) !== JSON.stringify(current[k]));
    if (renamed !== undefined) changed.push('slug');
    await auditArticle(trx, ctx, options.action ?? 'article_saved', id, { revision: number, changed, ...(renamed === undefined ? {} : { slug: renamed }), ...options.details }, now);
    if (before.status === 'published') raise({ ...articleEvent('changed', before, { actorId: ctx.actor.userId, scheduled: false }, now), edit: { fields: changed, previousCategoryIds: [current.categoryId, ...current.extraCategoryIds] } });
    return articleOnSite(trx, ctx.siteId, id);
  });
}

/** Restoring is a save whose content is an old snapshot; it needs the latest revision as base. */
export async function restoreRevision(db: Conn, ctx: EditContext, id: number, number: number, baseRevision: number): Promise<ArticleRow> {
  return withEvents(db, ctx.events, async (trx) => {
    await articleOnSite(trx, ctx.siteId, id);
    const snapshot = await findSnapshot(trx, id, number);
    if (snapshot === undefined) throw new EditorialError('not_found', `Tin bài không có phiên bản ${number}.`);
    // A related draft or another category deleted since then has simply left its list.
    const input = {
      ...contentInput(snapshot),
      relatedIds: await existingArticleIds(trx, ctx.siteId, snapshot.relatedIds),
      extraCategoryIds: await existingCategoryIds(trx, ctx.siteId, snapshot.extraCategoryIds),
    };
    return saveArticle(trx, ctx, id, baseRevision, input, {
      note: `Khôi phục phiên bản ${number}`,
      action: 'article_restored',
      details: { restoredFrom: number },
    });
  });
}

/** Deletes a draft (the workflow decides who may); audited with its title. */
export async function deleteDraft(db: Conn, ctx: EditContext, id: number): Promise<void> {
  const now = ctx.now ?? new Date();
  await inTransaction(db, async (trx) => {
    const row = await articleOnSite(trx, ctx.siteId, id);
    if (!can(ctx.actor, 'delete', { status: row.status, createdBy: row.created_by })) {
      throw new EditorialError('forbidden', 'Chỉ bản nháp mới xóa được, và chỉ người tạo hoặc quản trị cổng được xóa.');
    }
    if (!(await deleteDraftRow(trx, id))) throw new EditorialError('conflict', 'Tin bài vừa đổi trạng thái; không xóa.');
    await auditArticle(trx, ctx, 'article_deleted', id, { title: row.title, revision: row.revision }, now);
  });
}

/**
 * Syndication from the admin: propose a published article to the parent site, retract
 * it, and accept or decline it at the parent. Each write is one transaction with its
 * audit entry (on the site that acted); the rules are in syndication-rules.ts.
 */
import type { Kysely } from 'kysely';
import { findArticleById } from '../articles/articles.repo.js';
import { recordAudit, type AuditAction } from '../audit/audit.js';
import type { Database, SyndicationRow } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import type { EditContext } from '../editorial/editing.js';
import { isPublic } from '../publishing/read-gate.js';
import {
  alreadyLive,
  applyMove,
  checkProposable,
  checkRight,
  NOTE_MAX,
  SyndicationError,
  targetOf,
  type SyndicationAction,
} from './syndication-rules.js';
import { findSyndication, insertSyndication, isUniqueViolation, liveSyndication, liveSyndicationFrom, updateSyndicationIfState } from './syndication.repo.js';

type Conn = Kysely<Database>;

const articleNotFound = () => new SyndicationError('not_found', 'Không tìm thấy tin bài trên cổng thông tin này.');
const proposalNotFound = () => new SyndicationError('not_found', 'Không tìm thấy đề xuất này trong danh sách tin đề xuất của cổng.');

function audit(db: Conn, ctx: EditContext, action: AuditAction, row: SyndicationRow, details: Record<string, unknown>, now: Date) {
  return recordAudit(
    db,
    { action, actorId: ctx.actor.userId, actorName: ctx.actorName, siteId: ctx.siteId, objectType: 'syndication', objectId: row.id, ip: ctx.ip ?? null,
      details: { articleId: row.article_id, fromSiteId: row.from_site_id, toSiteId: row.to_site_id, ...details } },
    now,
  );
}

/** Proposes the source site's published article `articleId` to the site's parent. 409 when not public, already proposed or root. */
export async function proposeArticle(db: Conn, ctx: EditContext, source: { id: number; parentId: number | null }, articleId: number): Promise<SyndicationRow> {
  checkRight(ctx.actor, 'propose');
  const now = ctx.now ?? new Date();
  try {
    return await inTransaction(db, async (trx) => {
      const article = await findArticleById(trx, articleId);
      if (article === undefined || article.site_id !== source.id) throw articleNotFound();
      const target = targetOf(source);
      checkProposable(article, isPublic(article, now));
      const live = await liveSyndication(trx, articleId, target);
      if (live !== undefined) throw alreadyLive(live.state);
      const row = await insertSyndication(trx, {
        article_id: articleId, from_site_id: source.id, to_site_id: target, state: 'proposed', note: null,
        proposed_by: ctx.actor.userId, decided_by: null, proposed_at: now.toISOString(), decided_at: null,
      });
      await audit(trx, ctx, 'syndication_proposed', row, { title: article.title }, now);
      return row;
    });
  } catch (error) {
    // Two proposals at once: the unique index lets one through; the other is told as if it came second.
    if (isUniqueViolation(error)) throw alreadyLive('proposed');
    throw error;
  }
}

/** Retracts the live proposal of the source site's article `articleId` (pending or accepted), to whichever site it went. */
export async function retractArticle(db: Conn, ctx: EditContext, source: { id: number }, articleId: number): Promise<SyndicationRow> {
  checkRight(ctx.actor, 'retract');
  const now = ctx.now ?? new Date();
  return inTransaction(db, async (trx) => {
    const article = await findArticleById(trx, articleId);
    if (article === undefined || article.site_id !== source.id) throw articleNotFound();
    const live = await liveSyndicationFrom(trx, articleId, source.id);
    if (live === undefined) throw new SyndicationError('wrong_state', 'Tin bài này không có đề xuất nào đang chờ hoặc đang được đăng ở cổng cấp trên.');
    return decide(trx, ctx, live, 'retract', null, now);
  });
}

/** The parent accepts (note optional) or declines (note required) a proposal it received. */
export async function decideProposal(db: Conn, ctx: EditContext, id: number, action: 'accept' | 'decline', note: string | null): Promise<SyndicationRow> {
  checkRight(ctx.actor, action);
  const now = ctx.now ?? new Date();
  return inTransaction(db, async (trx) => {
    const row = await findSyndication(trx, id);
    if (row === undefined || row.to_site_id !== ctx.siteId) throw proposalNotFound();
    if (action === 'accept') {
      const article = await findArticleById(trx, row.article_id);
      if (article === undefined || !isPublic(article, now)) {
        throw new SyndicationError('not_published', 'Tin bài này nay không còn đăng công khai ở cổng nguồn nên không nhận đăng được; hãy từ chối hoặc chờ cổng nguồn đăng lại.');
      }
    }
    return decide(trx, ctx, row, action, note, now);
  });
}

async function decide(trx: Conn, ctx: EditContext, row: SyndicationRow, action: Exclude<SyndicationAction, 'propose'>, note: string | null, now: Date): Promise<SyndicationRow> {
  const clean = note?.trim().slice(0, NOTE_MAX) || null;
  const to = applyMove(ctx.actor, row.state, action, clean);
  const changes = action === 'retract' ? { state: to } : { state: to, note: clean, decided_by: ctx.actor.userId, decided_at: now.toISOString() };
  if (!(await updateSyndicationIfState(trx, row.id, row.state, changes))) {
    throw new SyndicationError('wrong_state', 'Đề xuất vừa được người khác xử lý; hãy tải lại danh sách.');
  }
  await audit(trx, ctx, `syndication_${action === 'accept' ? 'accepted' : action === 'decline' ? 'declined' : 'retracted'}`, row, { from: row.state, to, note: clean }, now);
  const saved = await findSyndication(trx, row.id);
  if (saved === undefined) throw proposalNotFound();
  return saved;
}

/**
 * The audited writes of topics: create and change a topic (its owner only; a slug free
 * among the system's topics and its site's, and a site topic never taking a system
 * topic's slug nor the reverse), add a published article (accepted at once when the
 * one adding also owns the topic, else proposed), accept or decline a proposal, take
 * an article out. The rules are in topic-rules.ts; each write and its audit entry share
 * one transaction.
 */
import type { Kysely } from 'kysely';
import { isUniqueViolation } from '../db/unique-violation.js';
import { recordAudit, type AuditAction } from '../audit/audit.js';
import type { TopicInput } from '../contract/topics.js';
import type { Database, TopicRow } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import { findMediaById } from '../media/index.js';
import { isPublic } from '../publishing/read-gate.js';
import { slugify, toStoredInstant, uniqueSlug } from '../text/index.js';
import { decide, joinState, mayRemove, ownsTopic, TopicError, type Decision, type TopicActor } from './topic-rules.js';
import {
  articleFacts,
  deleteMembership,
  findMembership,
  insertMembership,
  insertTopic,
  siteTopicWithSlug,
  topicWithSlug,
  updateMembership,
  updateTopicRow,
} from './topics.repo.js';

/** Who acts, as the audit log names them. */
export interface TopicContext {
  actor: TopicActor;
  actorName: string;
  ip: string | null;
  now?: Date;
}

function requireOwner(ctx: TopicContext, siteId: number | null): void {
  if (!ownsTopic(ctx.actor, siteId)) {
    throw new TopicError(
      'forbidden',
      siteId === null ? 'Chỉ quản trị hệ thống mới được tạo và sửa chuyên đề chung của hệ thống.' : 'Chỉ trưởng ban biên tập hoặc quản trị cổng mới được tạo và sửa chuyên đề của cổng.',
    );
  }
}

/** Whether `slug` is taken where a topic of `siteId` would clash; `except` is the topic being changed. */
async function slugTaken(db: Kysely<Database>, siteId: number | null, slug: string, except?: number): Promise<boolean> {
  if ((await topicWithSlug(db, siteId, slug, except)) !== undefined) return true;
  if (siteId !== null) return (await topicWithSlug(db, null, slug, except)) !== undefined;
  return (await siteTopicWithSlug(db, slug, except)) !== undefined;
}

async function chooseSlug(db: Kysely<Database>, siteId: number | null, input: TopicInput, except?: number, current?: string): Promise<string> {
  const asked = input.slug ?? '';
  if (asked === '') return current ?? uniqueSlug(slugify(input.title), (s) => slugTaken(db, siteId, s, except));
  if (asked !== current && (await slugTaken(db, siteId, asked, except))) {
    throw new TopicError('slug_taken', `Địa chỉ "/chuyen-de/${asked}" đã có chuyên đề khác dùng (của cổng này hoặc chuyên đề chung của hệ thống). Hãy chọn địa chỉ khác.`, 'slug');
  }
  return asked;
}

/** The image must be an image of the owning site's library (any site's for a system topic). */
async function checkImage(db: Kysely<Database>, siteId: number | null, mediaId: number | null): Promise<void> {
  if (mediaId === null) return;
  const media = await findMediaById(db, mediaId);
  if (media === undefined || media.kind !== 'image' || (siteId !== null && media.site_id !== siteId)) {
    throw new TopicError('image_invalid', 'Ảnh đại diện phải là một ảnh trong thư viện của cổng sở hữu chuyên đề.', 'imageMediaId');
  }
}

async function audit(db: Kysely<Database>, ctx: TopicContext, action: AuditAction, topic: TopicRow, details: Record<string, unknown>): Promise<void> {
  await recordAudit(
    db,
    { action, actorId: ctx.actor.userId, actorName: ctx.actorName, siteId: topic.site_id, objectType: 'topic', objectId: topic.id, ip: ctx.ip, details: { slug: topic.slug, ...details } },
    ctx.now,
  );
}

function fields(input: TopicInput) {
  return { title: input.title, description: input.description, image_media_id: input.imageMediaId, starts_on: input.startsOn, ends_on: input.endsOn, status: input.status };
}

/** A new topic of a site, or of the system (siteId null). */
export async function createTopic(db: Kysely<Database>, ctx: TopicContext, siteId: number | null, input: TopicInput): Promise<TopicRow> {
  requireOwner(ctx, siteId);
  return raceAsConflict(() => inTransaction(db, async (trx) => {
    await checkImage(trx, siteId, input.imageMediaId);
    const slug = await chooseSlug(trx, siteId, input);
    const stamp = toStoredInstant(ctx.now ?? new Date());
    const topic = await insertTopic(trx, { ...fields(input), site_id: siteId, slug, created_by: ctx.actor.userId, created_at: stamp, updated_at: stamp });
    await audit(trx, ctx, 'topic_created', topic, { title: topic.title, status: topic.status });
    return topic;
  }));
}

/** Changes a topic's fields; an empty slug keeps the one it has. */
export async function updateTopic(db: Kysely<Database>, ctx: TopicContext, topic: TopicRow, input: TopicInput): Promise<TopicRow> {
  requireOwner(ctx, topic.site_id);
  return raceAsConflict(() => inTransaction(db, async (trx) => {
    await checkImage(trx, topic.site_id, input.imageMediaId);
    const slug = await chooseSlug(trx, topic.site_id, input, topic.id, topic.slug);
    const saved = await updateTopicRow(trx, topic.id, { ...fields(input), slug, updated_at: toStoredInstant(ctx.now ?? new Date()) });
    const changed = (Object.keys(fields(input)) as (keyof ReturnType<typeof fields>)[]).filter((k) => topic[k] !== saved[k]);
    await audit(trx, ctx, 'topic_saved', saved, { changed: slug === topic.slug ? changed : [...changed, 'slug'] });
    return saved;
  }));
}

/** Two requests at once that both passed the checks: the unique index refuses the second, which is told to reload. */
async function raceAsConflict<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw new TopicError('concurrent_change', 'Một thao tác khác vừa thay đổi chuyên đề này cùng lúc. Hãy tải lại rồi thử lại.');
    throw error;
  }
}

const notFoundArticle = () => new TopicError('not_found', 'Không tìm thấy tin bài này.', 'articleId');

/** Adds a published article: accepted when the actor owns the topic, proposed otherwise. */
export async function addTopicArticle(db: Kysely<Database>, ctx: TopicContext, topic: TopicRow, articleId: number, note: string | undefined): Promise<'accepted' | 'proposed'> {
  return raceAsConflict(() => inTransaction(db, async (trx) => {
    const article = await articleFacts(trx, articleId);
    if (article === undefined) throw notFoundArticle();
    const now = ctx.now ?? new Date();
    const existing = await findMembership(trx, topic.id, articleId);
    const state = joinState(ctx.actor, { topicSiteId: topic.site_id, articleSiteId: article.site_id, articlePublic: isPublic(article, now), current: existing?.state });
    const stamp = toStoredInstant(now);
    const text = note === undefined || note === '' ? null : note;
    if (existing === undefined) {
      await insertMembership(trx, { topicId: topic.id, articleId, state, note: text, by: ctx.actor.userId, at: stamp });
    } else {
      const decided = state === 'accepted';
      await updateMembership(trx, existing.id, { state, note: text, proposed_by: ctx.actor.userId, proposed_at: stamp, decided_by: decided ? ctx.actor.userId : null, decided_at: decided ? stamp : null });
    }
    await audit(trx, ctx, state === 'accepted' ? 'topic_article_added' : 'topic_article_proposed', topic, { articleId, articleSiteId: article.site_id, title: article.title });
    return state;
  }));
}

/** The topic owner's answer to a proposal; declining needs a note. */
export async function decideTopicArticle(db: Kysely<Database>, ctx: TopicContext, topic: TopicRow, articleId: number, decision: Decision, note: string | undefined): Promise<void> {
  await inTransaction(db, async (trx) => {
    const membership = await findMembership(trx, topic.id, articleId);
    if (membership === undefined) throw notFoundArticle();
    const state = decide(ctx.actor, topic.site_id, membership.state, decision, note);
    const stamp = toStoredInstant(ctx.now ?? new Date());
    const text = note === undefined || note === '' ? membership.note : note;
    await updateMembership(trx, membership.id, { state, note: text, decided_by: ctx.actor.userId, decided_at: stamp });
    await audit(trx, ctx, state === 'accepted' ? 'topic_article_accepted' : 'topic_article_declined', topic, { articleId, ...(state === 'declined' ? { note: text } : {}) });
  });
}

/** Takes an article out of a topic: its owner, or the article's approver. */
export async function removeTopicArticle(db: Kysely<Database>, ctx: TopicContext, topic: TopicRow, articleId: number): Promise<void> {
  await inTransaction(db, async (trx) => {
    const membership = await findMembership(trx, topic.id, articleId);
    const article = await articleFacts(trx, articleId);
    if (membership === undefined || article === undefined) throw notFoundArticle();
    if (!mayRemove(ctx.actor, topic.site_id, article.site_id)) {
      throw new TopicError('forbidden', 'Chỉ người sở hữu chuyên đề hoặc trưởng ban biên tập của cổng đăng tin bài mới được bỏ tin bài khỏi chuyên đề.');
    }
    await deleteMembership(trx, membership.id);
    await audit(trx, ctx, 'topic_article_removed', topic, { articleId, state: membership.state });
  });
}

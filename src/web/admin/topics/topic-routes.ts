/**
 * Topics (chuyên đề) in the editorial API. The system's topics under /api/v1/admin/topics,
 * a site's under /api/v1/admin/sites/{site}/topics; the same operations on each:
 *   GET    …/topics                                   the topics (approvers, site and system admins)
 *   POST   …/topics                TopicInput         a new topic (its owner)
 *   GET    …/topics/{id}                              the topic with its member articles
 *   PUT    …/topics/{id}           TopicInput         change it (its owner)
 *   POST   …/topics/{id}/articles  { articleId, note } add a published article (its site's approver)
 *   POST   …/topics/{id}/articles/{articleId}/decision { decision, note } accept or decline (owner)
 *   DELETE …/topics/{id}/articles/{articleId}         take it out (owner or the article's approver)
 * Rules live in src/topics/; this file validates and translates.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { siteParams } from '../../../contract/common.js';
import {
  addTopicArticleSchema,
  adminTopicSchema,
  topicArticleParams,
  topicDecisionSchema,
  topicInputSchema,
  topicListSchema,
  topicMemberListSchema,
  topicParams,
  type TopicList,
  type TopicMemberList,
} from '../../../contract/topics.js';
import type { TopicRow } from '../../../db/schema.js';
import { findMediaById } from '../../../media/index.js';
import type { Site } from '../../../sites/index.js';
import {
  addTopicArticle,
  createTopic,
  decideTopicArticle,
  findTopicById,
  listTopics,
  memberCounts,
  removeTopicArticle,
  seesMembership,
  topicMembers,
  updateTopic,
  worksWithTopics,
  type TopicActor,
  type TopicContext,
} from '../../../topics/index.js';
import { HttpError } from '../../http-error.js';
import type { EditorialRouteOptions } from '../articles/context.js';
import { validate } from '../articles/vi-validation.js';
import { requireAuth } from '../auth-context.js';
import { editorialRoute, type EditorialErrorStatus } from '../operation.js';
import { presentMember, presentTopic, type PresentContext } from './presenter.js';

const ADMIN_TOPIC = { name: 'AdminTopic', schema: adminTopicSchema };
const MEMBERS = { name: 'TopicMemberList', schema: topicMemberListSchema };

interface Scope {
  /** The path's prefix, as Fastify registers it. */
  prefix: string;
  /** Operation ids are `${verb}${name}…`: SystemTopic or SiteTopic. */
  name: 'SystemTopic' | 'SiteTopic';
  what: string;
  params: readonly (typeof siteParams)[];
  errors: readonly EditorialErrorStatus[];
}

const SYSTEM: Scope = { prefix: '/api/v1/admin/topics', name: 'SystemTopic', what: 'chuyên đề chung của hệ thống', params: [], errors: [400, 401, 403, 404] };
const SITE: Scope = { prefix: '/api/v1/admin/sites/:site/topics', name: 'SiteTopic', what: 'chuyên đề của cổng', params: [siteParams], errors: [400, 401, 403, 404] };

interface Asking {
  actor: TopicActor;
  ctx: TopicContext;
  present: PresentContext;
  /** The site of the path; null for the system's topics. */
  site: Site | null;
}

const SYSTEM_LIST_ERRORS: readonly EditorialErrorStatus[] = [401, 403];

const forbidden = () => new HttpError(403, 'Không có quyền', 'Chỉ trưởng ban biên tập, quản trị cổng và quản trị hệ thống mới làm việc với chuyên đề.');
const topicNotFound = () => new HttpError(404, 'Không tìm thấy chuyên đề', 'Không có chuyên đề này. Hãy chọn chuyên đề trong danh sách.');

export function topicRoutes(app: FastifyInstance, opts: EditorialRouteOptions): void {
  const { db, registry } = opts;

  /** Who asks, on which site: 401 without a session, 404 for an unknown site, 403 unless they work with topics. */
  function asking(request: FastifyRequest, scope: Scope): Asking {
    const auth = requireAuth(request);
    let site: Site | null = null;
    if (scope === SITE) {
      const { site: slug } = validate(siteParams.passthrough(), request.params);
      site = registry.bySlugOrUndefined(slug) ?? null;
      if (site === null) throw new HttpError(404, 'Không tìm thấy cổng', `Không có cổng thông tin "${slug}".`);
    }
    const actor: TopicActor = { userId: auth.user.id, isSystemAdmin: auth.user.isSystemAdmin, roles: auth.user.roles };
    if (!worksWithTopics(actor)) throw forbidden();
    return {
      actor, site,
      ctx: { actor, actorName: auth.user.displayName, ip: request.ip },
      present: { actor, registry, host: request.headers.host, scheme: opts.config.publicScheme },
    };
  }

  /** The topic of the path, when it belongs to the path's scope (a system topic, or that site's). */
  async function topicOf(request: FastifyRequest, a: Asking): Promise<TopicRow> {
    const { id } = validate(topicParams.passthrough(), request.params);
    const topic = await findTopicById(db, id);
    if (topic === undefined || topic.site_id !== (a.site?.id ?? null)) throw topicNotFound();
    return topic;
  }

  async function presentOne(a: Asking, topic: TopicRow) {
    const [counts, image] = await Promise.all([memberCounts(db, [topic.id]), topic.image_media_id === null ? undefined : findMediaById(db, topic.image_media_id)]);
    return presentTopic(a.present, topic, counts.get(topic.id), image);
  }

  async function membersOf(a: Asking, topic: TopicRow): Promise<TopicMemberList> {
    const rows = await topicMembers(db, topic.id);
    const now = new Date();
    return {
      topic: await presentOne(a, topic),
      items: rows.filter((m) => seesMembership(a.actor, topic.site_id, m.siteId, m.state)).map((m) => presentMember(a.present, topic, m, now)),
    };
  }

  const noStore = (reply: FastifyReply) => reply.header('Cache-Control', 'no-store');

  for (const scope of [SYSTEM, SITE]) {
    const withId = [...scope.params, topicParams];
    app.get(
      scope.prefix,
      editorialRoute({
        operationId: `list${scope.name}s`, tag: 'editorial', session: 'required',
        summary: `Các ${scope.what}, mới nhất trước, với số tin bài đã nhận và đang chờ (trưởng ban biên tập, quản trị cổng, quản trị hệ thống)`,
        params: scope.params,
        success: { status: 200, description: '{ items: AdminTopic[] }', body: { name: 'TopicList', schema: topicListSchema } },
        errors: scope === SITE ? scope.errors : SYSTEM_LIST_ERRORS,
      }),
      async (request, reply) => {
        const a = asking(request, scope);
        const topics = await listTopics(db, a.site?.id ?? null);
        const counts = await memberCounts(db, topics.map((t) => t.id));
        const images = new Map<number, Awaited<ReturnType<typeof findMediaById>>>();
        for (const t of topics) if (t.image_media_id !== null && !images.has(t.image_media_id)) images.set(t.image_media_id, await findMediaById(db, t.image_media_id));
        const items = topics.map((t) => presentTopic(a.present, t, counts.get(t.id), t.image_media_id === null ? undefined : images.get(t.image_media_id)));
        return noStore(reply).send({ items } satisfies TopicList);
      },
    );

    app.post(
      scope.prefix,
      editorialRoute({
        operationId: `create${scope.name}`, tag: 'editorial', session: 'required',
        summary: `Tạo ${scope.what} (${scope === SYSTEM ? 'quản trị hệ thống' : 'trưởng ban biên tập, quản trị cổng'}); 409 khi địa chỉ đã có chuyên đề khác dùng`,
        params: scope.params, body: topicInputSchema,
        success: { status: 201, description: 'AdminTopic vừa tạo', body: ADMIN_TOPIC },
        errors: [...scope.errors, 409],
      }),
      async (request, reply) => {
        const a = asking(request, scope);
        const input = validate(topicInputSchema, request.body);
        const topic = await createTopic(db, a.ctx, a.site?.id ?? null, input);
        return noStore(reply).code(201).send(await presentOne(a, topic));
      },
    );

    app.get(
      `${scope.prefix}/:id`,
      editorialRoute({
        operationId: `get${scope.name}`, tag: 'editorial', session: 'required',
        summary: `Một ${scope.what} với các tin bài của nó (người sở hữu thấy cả tin bài đang chờ và đã từ chối)`,
        params: withId,
        success: { status: 200, description: '{ topic: AdminTopic, items: TopicMember[] }', body: MEMBERS },
        errors: scope.errors,
      }),
      async (request, reply) => {
        const a = asking(request, scope);
        return noStore(reply).send(await membersOf(a, await topicOf(request, a)));
      },
    );

    app.put(
      `${scope.prefix}/:id`,
      editorialRoute({
        operationId: `update${scope.name}`, tag: 'editorial', session: 'required',
        summary: `Sửa ${scope.what}: tên, địa chỉ, mô tả, ảnh, ngày, hiển thị hay ẩn (người sở hữu)`,
        params: withId, body: topicInputSchema,
        success: { status: 200, description: 'AdminTopic đã lưu', body: ADMIN_TOPIC },
        errors: [...scope.errors, 409],
      }),
      async (request, reply) => {
        const a = asking(request, scope);
        const topic = await topicOf(request, a);
        const input = validate(topicInputSchema, request.body);
        return noStore(reply).send(await presentOne(a, await updateTopic(db, a.ctx, topic, input)));
      },
    );

    app.post(
      `${scope.prefix}/:id/articles`,
      editorialRoute({
        operationId: `add${scope.name}Article`, tag: 'editorial', session: 'required',
        summary: `Đưa một tin bài đang đăng vào ${scope.what} (trưởng ban biên tập, quản trị của cổng đăng tin bài): nhận ngay khi người đưa cũng sở hữu chuyên đề, nếu không thì chờ người sở hữu chấp nhận`,
        params: withId, body: addTopicArticleSchema,
        success: { status: 201, description: '{ topic, items } sau khi thêm', body: MEMBERS },
        errors: [...scope.errors, 409],
      }),
      async (request, reply) => {
        const a = asking(request, scope);
        const topic = await topicOf(request, a);
        const input = validate(addTopicArticleSchema, request.body);
        await addTopicArticle(db, a.ctx, topic, input.articleId, input.note);
        return noStore(reply).code(201).send(await membersOf(a, topic));
      },
    );

    app.post(
      `${scope.prefix}/:id/articles/:articleId/decision`,
      editorialRoute({
        operationId: `decide${scope.name}Article`, tag: 'editorial', session: 'required',
        summary: `Chấp nhận hoặc từ chối (cần lý do) tin bài được đề xuất vào ${scope.what} (người sở hữu)`,
        params: [...withId, topicArticleParams], body: topicDecisionSchema,
        success: { status: 200, description: '{ topic, items } sau quyết định', body: MEMBERS },
        errors: [...scope.errors, 409],
      }),
      async (request, reply) => {
        const a = asking(request, scope);
        const topic = await topicOf(request, a);
        const { articleId } = validate(topicArticleParams.passthrough(), request.params);
        const input = validate(topicDecisionSchema, request.body);
        await decideTopicArticle(db, a.ctx, topic, articleId, input.decision, input.note);
        return noStore(reply).send(await membersOf(a, topic));
      },
    );

    app.delete(
      `${scope.prefix}/:id/articles/:articleId`,
      editorialRoute({
        operationId: `remove${scope.name}Article`, tag: 'editorial', session: 'required',
        summary: `Bỏ một tin bài khỏi ${scope.what} (người sở hữu chuyên đề hoặc trưởng ban biên tập của cổng đăng tin bài)`,
        params: [...withId, topicArticleParams],
        success: { status: 204, description: 'Đã bỏ khỏi chuyên đề' },
        errors: scope.errors,
      }),
      async (request, reply) => {
        const a = asking(request, scope);
        const topic = await topicOf(request, a);
        const { articleId } = validate(topicArticleParams.passthrough(), request.params);
        await removeTopicArticle(db, a.ctx, topic, articleId);
        return noStore(reply).code(204).send();
      },
    );
  }
}

/**
 * Syndication in the editorial API (SPEC §1): the district proposes a published article
 * to its parent (POST …/articles/{id}/syndication) or retracts it (DELETE); the parent
 * lists what it received and sent (GET …/syndication) and accepts or declines a
 * proposal (POST …/syndication/{id}/accept|decline). Rules and audit live in
 * src/syndication/; this file validates, resolves the site and presents.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { siteParams } from '../../../contract/common.js';
import {
  adminSyndicationSchema,
  proposalParams,
  syndicatedArticleParams,
  syndicationDecisionSchema,
  syndicationOverviewSchema,
  type AdminSyndication,
  type SyndicationOverview,
} from '../../../contract/syndication.js';
import { decideProposal, maySyndicate, proposeArticle, retractArticle, syndicationsOf, type SyndicationListRow } from '../../../syndication/index.js';
import { HttpError } from '../../http-error.js';
import { SITE_PREFIX } from '../articles/article-routes.js';
import { onSite, type EditorialRouteOptions, type SiteRequest } from '../articles/context.js';
import { validate } from '../articles/vi-validation.js';
import { editorialRoute, ON_SITE } from '../operation.js';
import { presentSyndication, siteRef } from './presenter.js';

const ADMIN_SYNDICATION = { name: 'AdminSyndication', schema: adminSyndicationSchema };

export function syndicationRoutes(app: FastifyInstance, opts: EditorialRouteOptions): void {
  const { db, registry } = opts;

  const present = (request: FastifyRequest, s: SiteRequest, row: SyndicationListRow, side: 'source' | 'target'): AdminSyndication =>
    presentSyndication({ registry, actor: s.actor, host: request.headers.host, scheme: opts.config.publicScheme }, row, side);

  /** The one row just written, as the lists show it. */
  const presentOne = async (request: FastifyRequest, s: SiteRequest, id: number, side: 'source' | 'target'): Promise<AdminSyndication> => {
    const rows = await syndicationsOf(db, side === 'source' ? 'from' : 'to', s.site.id);
    const row = rows.find((r) => r.id === id);
    if (row === undefined) throw new HttpError(404, 'Không tìm thấy', 'Không tìm thấy đề xuất vừa xử lý; hãy tải lại danh sách.');
    return present(request, s, row, side);
  };

  app.get(
    `${SITE_PREFIX}/syndication`,
    editorialRoute({
      operationId: 'listSyndication', tag: 'editorial', session: 'required',
      summary: 'Tin đề xuất: các tin bài cổng cấp dưới đề xuất lên cổng này (chờ duyệt trước) và các tin bài cổng này đã đề xuất lên cổng cấp trên',
      params: [siteParams],
      success: { status: 200, description: '{ parent, inbox, outbox }', body: { name: 'SyndicationOverview', schema: syndicationOverviewSchema } },
      errors: ON_SITE,
    }),
    async (request, reply) => {
      const s = onSite(request, opts, 'view');
      if (!maySyndicate(s.actor)) throw new HttpError(403, 'Không có quyền', 'Chỉ trưởng ban biên tập hoặc quản trị cổng mới xem và xử lý được tin đề xuất.');
      const [inbox, outbox] = await Promise.all([syndicationsOf(db, 'to', s.site.id), syndicationsOf(db, 'from', s.site.id)]);
      const parent = s.site.parentId === null ? undefined : registry.byIdOrUndefined(s.site.parentId);
      reply.header('Cache-Control', 'no-store');
      return reply.send({
        parent: parent === undefined ? null : siteRef(parent),
        inbox: inbox.map((r) => present(request, s, r, 'target')),
        outbox: outbox.map((r) => present(request, s, r, 'source')),
      } satisfies SyndicationOverview);
    },
  );

  app.post(
    `${SITE_PREFIX}/articles/:id/syndication`,
    editorialRoute({
      operationId: 'proposeSyndication', tag: 'editorial', session: 'required',
      summary: 'Đề xuất một tin bài đang đăng lên cổng cấp trên',
      description: '409 khi tin bài chưa đăng, đã gỡ hoặc thu hồi, đã được đề xuất, hoặc cổng không có cổng cấp trên.',
      params: [siteParams, syndicatedArticleParams],
      success: { status: 201, description: 'AdminSyndication vừa tạo (chờ cổng cấp trên xem xét)', body: ADMIN_SYNDICATION },
      errors: [...ON_SITE, 409],
    }),
    async (request, reply) => {
      const s = onSite(request, opts, 'view');
      const { id } = validate(syndicatedArticleParams, request.params);
      const row = await proposeArticle(db, s.ctx, s.site, id);
      return reply.code(201).send(await presentOne(request, s, row.id, 'source'));
    },
  );

  app.delete(
    `${SITE_PREFIX}/articles/:id/syndication`,
    editorialRoute({
      operationId: 'retractSyndication', tag: 'editorial', session: 'required',
      summary: 'Rút đề xuất của một tin bài (đang chờ hoặc đã được nhận đăng) khỏi cổng cấp trên',
      params: [siteParams, syndicatedArticleParams],
      success: { status: 200, description: 'AdminSyndication đã rút', body: ADMIN_SYNDICATION },
      errors: [...ON_SITE, 409],
    }),
    async (request, reply) => {
      const s = onSite(request, opts, 'view');
      const { id } = validate(syndicatedArticleParams, request.params);
      const row = await retractArticle(db, s.ctx, s.site, id);
      return reply.send(await presentOne(request, s, row.id, 'source'));
    },
  );

  for (const action of ['accept', 'decline'] as const) {
    app.post(
      `${SITE_PREFIX}/syndication/:id/${action}`,
      editorialRoute({
        operationId: action === 'accept' ? 'acceptSyndication' : 'declineSyndication', tag: 'editorial', session: 'required',
        summary: action === 'accept' ? 'Nhận đăng một tin bài cổng cấp dưới đề xuất (ghi chú tùy chọn)' : 'Từ chối một tin bài cổng cấp dưới đề xuất (cần ghi rõ lý do)',
        params: [siteParams, proposalParams], body: syndicationDecisionSchema,
        success: { status: 200, description: 'AdminSyndication sau khi xử lý', body: ADMIN_SYNDICATION },
        errors: [...ON_SITE, 409],
      }),
      async (request, reply) => {
        const s = onSite(request, opts, 'view');
        const { id } = validate(proposalParams, request.params);
        const { note } = validate(syndicationDecisionSchema, request.body);
        const row = await decideProposal(db, s.ctx, id, action, note ?? null);
        return reply.send(await presentOne(request, s, row.id, 'target'));
      },
    );
  }
}


/**
 * A site's consultations on drafts in the editorial API: list, create a draft, read, save
 * against a base revision (409 when stale), delete a draft, move through the workflow;
 * the comments received (filtered by state), a decision on one, and the summary of them.
 * Rules live in src/consultations/; this file validates and translates.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { siteParams } from '../../../contract/common.js';
import {
  adminCommentListSchema,
  adminCommentSchema,
  adminConsultationSchema,
  commentDecisionSchema,
  commentListQuery,
  commentParams,
  consultationInputSchema,
  consultationListSchema,
  consultationParams,
  consultationReportSchema,
  consultationTransitionSchema,
  saveConsultationSchema,
} from '../../../contract/consultations.js';
import type { ConsultationRow } from '../../../db/schema.js';
import { canModerateComments } from '../../../consultations/consultation-rules.js';
import {
  consultationFacts,
  consultationOnSite,
  createConsultation,
  deleteConsultationDraft,
  moderateComment,
  saveConsultation,
  saveConsultationReport,
  transitionConsultation,
} from '../../../consultations/consultation-editing.js';
import { consultationAttachmentIds, countCommentsByState, listComments, listSiteConsultations } from '../../../consultations/consultations.repo.js';
import { can, type Action } from '../../../editorial/workflow.js';
import { HttpError } from '../../http-error.js';
import { SITE_PREFIX } from '../articles/article-routes.js';
import { onSite, type EditorialRouteOptions, type SiteRequest } from '../articles/context.js';
import { validate } from '../articles/vi-validation.js';
import { editorialRoute, ON_SITE } from '../operation.js';
import { presentAdminComment, presentConsultation, presentConsultationSummary } from './presenter.js';

const ADMIN_CONSULTATION = { name: 'AdminConsultation', schema: adminConsultationSchema };
const BASE = `${SITE_PREFIX}/consultations`;

function onConsultation(request: FastifyRequest, opts: EditorialRouteOptions, action: Action = 'view'): SiteRequest & { id: number } {
  const s = onSite(request, opts, action);
  const { id } = validate(consultationParams.passthrough(), request.params);
  return { ...s, id };
}

/** The consultation of the path: 404 when not on this site, 403 when this actor may not see it. */
async function visible(opts: EditorialRouteOptions, s: SiteRequest & { id: number }): Promise<ConsultationRow> {
  const row = await consultationOnSite(opts.db, s.site.id, s.id);
  if (!can(s.actor, 'view', consultationFacts(row))) throw new HttpError(403, 'Không có quyền', 'Bạn chỉ xem được dự thảo do chính mình tạo.');
  return row;
}

function moderator(s: SiteRequest): void {
  if (!canModerateComments(s.actor)) throw new HttpError(403, 'Không có quyền', 'Chỉ biên tập viên, trưởng ban biên tập và quản trị cổng được xem và kiểm duyệt ý kiến góp ý.');
}

export function consultationRoutes(app: FastifyInstance, opts: EditorialRouteOptions): void {
  const { db } = opts;
  const present = async (request: FastifyRequest, s: SiteRequest, row: ConsultationRow) => {
    const [files, counts] = await Promise.all([consultationAttachmentIds(db, row.id), countCommentsByState(db, [row.id])]);
    return presentConsultation({ site: s.site, actor: s.actor, host: request.headers.host, scheme: opts.config.publicScheme }, row, files, counts.get(row.id) ?? { pending: 0, approved: 0, rejected: 0 });
  };

  app.get(
    BASE,
    editorialRoute({
      operationId: 'listEditorialConsultations', tag: 'editorial', session: 'required',
      summary: 'Các dự thảo lấy ý kiến của cổng, mọi trạng thái, mới sửa trước',
      params: [siteParams],
      success: { status: 200, description: '[{ id, title, slug, status, phase, opensOn, closesOn, pendingComments, updatedAt }]', body: { name: 'AdminConsultationList', schema: consultationListSchema } },
      errors: ON_SITE,
    }),
    async (request, reply) => {
      const s = onSite(request, opts, 'view');
      const rows = (await listSiteConsultations(db, s.site.id)).filter((row) => can(s.actor, 'view', consultationFacts(row)));
      const counts = await countCommentsByState(db, rows.map((r) => r.id));
      reply.header('Cache-Control', 'no-store');
      return reply.send(rows.map((row) => presentConsultationSummary(row, counts.get(row.id))));
    },
  );

  app.post(
    BASE,
    editorialRoute({
      operationId: 'createConsultation', tag: 'editorial', session: 'required',
      summary: 'Tạo bản nháp dự thảo lấy ý kiến',
      params: [siteParams], body: consultationInputSchema,
      success: { status: 201, description: 'AdminConsultation vừa tạo', body: ADMIN_CONSULTATION },
      errors: [...ON_SITE, 409],
    }),
    async (request, reply) => {
      const s = onSite(request, opts, 'create');
      const input = validate(consultationInputSchema, request.body);
      const row = await createConsultation(db, s.ctx, input);
      return reply.code(201).send(await present(request, s, row));
    },
  );

  app.get(
    `${BASE}/:id`,
    editorialRoute({
      operationId: 'getEditorialConsultation', tag: 'editorial', session: 'required',
      summary: 'Một dự thảo lấy ý kiến với đầy đủ nội dung, trạng thái và các thao tác được phép',
      params: [siteParams, consultationParams],
      success: { status: 200, description: 'AdminConsultation', body: ADMIN_CONSULTATION },
      errors: ON_SITE,
    }),
    async (request, reply) => {
      const s = onConsultation(request, opts);
      const row = await visible(opts, s);
      reply.header('Cache-Control', 'no-store');
      return reply.send(await present(request, s, row));
    },
  );

  app.put(
    `${BASE}/:id`,
    editorialRoute({
      operationId: 'saveConsultation', tag: 'editorial', session: 'required',
      summary: 'Lưu dự thảo lấy ý kiến dựa trên một phiên bản (baseRevision)',
      description: '409 khi baseRevision không còn là phiên bản mới nhất (hoặc địa chỉ đã thuộc dự thảo khác); nội dung gửi lên chưa được lưu.',
      params: [siteParams, consultationParams], body: saveConsultationSchema,
      success: { status: 200, description: 'AdminConsultation đã lưu', body: ADMIN_CONSULTATION },
      errors: [...ON_SITE, 409],
    }),
    async (request, reply) => {
      const s = onConsultation(request, opts, 'edit');
      const { baseRevision, ...fields } = validate(saveConsultationSchema, request.body);
      const row = await saveConsultation(db, s.ctx, s.id, baseRevision, fields);
      return reply.send(await present(request, s, row));
    },
  );

  app.delete(
    `${BASE}/:id`,
    editorialRoute({
      operationId: 'deleteConsultation', tag: 'editorial', session: 'required',
      summary: 'Xóa bản nháp dự thảo lấy ý kiến',
      params: [siteParams, consultationParams],
      success: { status: 204, description: 'Đã xóa' },
      errors: [...ON_SITE, 409],
    }),
    async (request, reply) => {
      const s = onConsultation(request, opts, 'delete');
      await deleteConsultationDraft(db, s.ctx, s.id);
      return reply.code(204).send();
    },
  );

  app.post(
    `${BASE}/:id/transitions`,
    editorialRoute({
      operationId: 'transitionConsultation', tag: 'editorial', session: 'required',
      summary: 'Chuyển trạng thái dự thảo lấy ý kiến theo quy trình (gửi duyệt, trả lại, duyệt, đăng, gỡ, mở lại để sửa)',
      params: [siteParams, consultationParams], body: consultationTransitionSchema,
      success: { status: 200, description: 'AdminConsultation sau khi chuyển trạng thái', body: ADMIN_CONSULTATION },
      errors: [...ON_SITE, 409],
    }),
    async (request, reply) => {
      const s = onConsultation(request, opts, 'view');
      const input = validate(consultationTransitionSchema, request.body);
      await visible(opts, s);
      const row = await transitionConsultation(db, s.ctx, s.id, input);
      return reply.send(await present(request, s, row));
    },
  );

  app.get(
    `${BASE}/:id/comments`,
    editorialRoute({
      operationId: 'listConsultationComments', tag: 'editorial', session: 'required',
      summary: 'Ý kiến góp ý của dự thảo (kèm thông tin liên hệ), cũ trước; lọc theo state = pending | approved | rejected',
      params: [siteParams, consultationParams], query: commentListQuery,
      success: { status: 200, description: '[AdminComment]', body: { name: 'AdminCommentList', schema: adminCommentListSchema } },
      errors: ON_SITE,
    }),
    async (request, reply) => {
      const s = onConsultation(request, opts, 'view');
      moderator(s);
      const { state } = validate(commentListQuery, request.query);
      await consultationOnSite(db, s.site.id, s.id);
      reply.header('Cache-Control', 'no-store');
      return reply.send((await listComments(db, s.id, state)).map(presentAdminComment));
    },
  );

  app.post(
    `${BASE}/:id/comments/:commentId/moderation`,
    editorialRoute({
      operationId: 'moderateConsultationComment', tag: 'editorial', session: 'required',
      summary: 'Duyệt (approve) hoặc không duyệt (reject) một ý kiến đang chờ kiểm duyệt',
      description: '409 khi ý kiến đã được kiểm duyệt trước đó.',
      params: [siteParams, commentParams], body: commentDecisionSchema,
      success: { status: 200, description: 'AdminComment sau khi kiểm duyệt', body: { name: 'AdminComment', schema: adminCommentSchema } },
      errors: [...ON_SITE, 409],
    }),
    async (request, reply) => {
      const s = onConsultation(request, opts, 'view');
      const { commentId } = validate(commentParams, request.params);
      const { decision } = validate(commentDecisionSchema, request.body);
      const comment = await moderateComment(db, s.ctx, s.id, commentId, decision);
      return reply.send(presentAdminComment(comment));
    },
  );

  app.put(
    `${BASE}/:id/report`,
    editorialRoute({
      operationId: 'saveConsultationReport', tag: 'editorial', session: 'required',
      summary: 'Lưu báo cáo tổng hợp ý kiến; publish = true để công bố (hiện sau khi kết thúc lấy ý kiến)',
      params: [siteParams, consultationParams], body: consultationReportSchema,
      success: { status: 200, description: 'AdminConsultation sau khi lưu báo cáo', body: ADMIN_CONSULTATION },
      errors: [...ON_SITE, 409],
    }),
    async (request, reply) => {
      const s = onConsultation(request, opts, 'view');
      const input = validate(consultationReportSchema, request.body);
      const row = await saveConsultationReport(db, s.ctx, s.id, input);
      return reply.send(await present(request, s, row));
    },
  );
}

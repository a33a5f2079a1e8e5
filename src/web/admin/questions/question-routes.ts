/**
 * The editorial API for citizens' questions, under /api/v1/admin/sites/{site}/questions:
 * the list with filters (status, field, overdue), the overdue block of the dashboard, the
 * response-time figures, the deadline setting, one question with the asker's details,
 * and the steps: assign, answer, publish, reject (or spam). Who may do what is
 * questions/question-rules.ts; this file validates and translates.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { siteParams } from '../../../contract/common.js';
import {
  adminQuestionSchema,
  answerQuestionSchema,
  assignQuestionSchema,
  overdueQuestionsSchema,
  publishQuestionSchema,
  QUESTION_PAGE_SIZE,
  questionListQuery,
  questionListSchema,
  questionParams,
  questionSettingsSchema,
  questionStatsSchema,
  rejectQuestionSchema,
  type QuestionList,
  type QuestionSettings,
  type QuestionStats,
} from '../../../contract/questions.js';
import type { QuestionRow } from '../../../db/schema.js';
import { canOnQuestions, QUESTION_RIGHTS, responseStats, type QuestionAction } from '../../../questions/question-rules.js';
import { accountName, deadlineDaysOf, findQuestion, listQuestions, overdueQuestions, questionTimes } from '../../../questions/questions.repo.js';
import { answerQuestion, assignQuestion, changeDeadlineDays, publishQuestion, questionNotFound, rejectQuestion } from '../../../questions/questions.service.js';
import { vietnamDay } from '../../../time/working-days.js';
import { HttpError } from '../../http-error.js';
import { SITE_PREFIX } from '../articles/article-routes.js';
import { onSite, type EditorialRouteOptions, type SiteRequest } from '../articles/context.js';
import { validate } from '../articles/vi-validation.js';
import { editorialRoute, ON_SITE } from '../operation.js';
import { presentQuestion, presentQuestionSummary } from './presenter.js';

const ADMIN_QUESTION = { name: 'AdminQuestion', schema: adminQuestionSchema };
/** Questions shown in the dashboard's overdue block. */
export const OVERDUE_SHOWN = 10;

/** The site of the path, if this actor may do `action` on its questions (403 otherwise). */
function onQuestions(request: FastifyRequest, opts: EditorialRouteOptions, action: QuestionAction): SiteRequest {
  const s = onSite(request, opts, QUESTION_RIGHTS[action]);
  if (!canOnQuestions(s.actor, action)) {
    throw new HttpError(403, 'Không có quyền', 'Tài khoản của bạn không có quyền xử lý câu hỏi của người dân trên cổng này.');
  }
  return s;
}

export function questionRoutes(app: FastifyInstance, opts: EditorialRouteOptions): void {
  const { db } = opts;
  const today = () => vietnamDay(new Date());
  const present = async (request: FastifyRequest, s: SiteRequest, row: QuestionRow) =>
    presentQuestion(
      { site: s.site, actor: s.actor, host: request.headers.host, scheme: opts.config.publicScheme, today: today(), answeredByName: await accountName(db, row.answered_by) },
      row,
    );

  app.get(
    `${SITE_PREFIX}/questions`,
    editorialRoute({
      operationId: 'listQuestions', tag: 'editorial', session: 'required',
      summary: 'Câu hỏi, phản ánh của người dân gửi đến cổng, mới nhất trước, lọc theo trạng thái, lĩnh vực, quá hạn',
      params: [siteParams], query: questionListQuery,
      success: { status: 200, description: 'QuestionList', body: { name: 'QuestionList', schema: questionListSchema } },
      errors: ON_SITE,
    }),
    async (request, reply) => {
      const s = onQuestions(request, opts, 'view');
      const query = validate(questionListQuery, request.query);
      const page = query.page ?? 1;
      const day = today();
      const { rows, total } = await listQuestions(
        db,
        { siteId: s.site.id, status: query.status, field: query.field, overdueBefore: query.overdue === true ? day : undefined },
        { limit: QUESTION_PAGE_SIZE, offset: (page - 1) * QUESTION_PAGE_SIZE },
      );
      reply.header('Cache-Control', 'no-store');
      return reply.send({ items: rows.map((r) => presentQuestionSummary(r, day)), total, page, pageSize: QUESTION_PAGE_SIZE } satisfies QuestionList);
    },
  );

  app.get(
    `${SITE_PREFIX}/questions/overdue`,
    editorialRoute({
      operationId: 'listOverdueQuestions', tag: 'editorial', session: 'required',
      summary: `Các câu hỏi quá hạn trả lời mà chưa trả lời, hạn sớm nhất trước (tối đa ${OVERDUE_SHOWN}), cho bảng điều khiển`,
      params: [siteParams],
      success: { status: 200, description: '[QuestionSummary]', body: { name: 'OverdueQuestions', schema: overdueQuestionsSchema } },
      errors: ON_SITE,
    }),
    async (request, reply) => {
      const s = onQuestions(request, opts, 'view');
      const day = today();
      reply.header('Cache-Control', 'no-store');
      return reply.send((await overdueQuestions(db, s.site.id, day, OVERDUE_SHOWN)).map((r) => presentQuestionSummary(r, day)));
    },
  );

  app.get(
    `${SITE_PREFIX}/questions/stats`,
    editorialRoute({
      operationId: 'getQuestionStats', tag: 'editorial', session: 'required',
      summary: 'Thời gian trả lời câu hỏi của cổng: số đã nhận, đã trả lời, quá hạn; trung vị và trung bình số ngày làm việc',
      params: [siteParams],
      success: { status: 200, description: 'QuestionStats', body: { name: 'QuestionStats', schema: questionStatsSchema } },
      errors: ON_SITE,
    }),
    async (request, reply) => {
      const s = onQuestions(request, opts, 'view');
      const rows = (await questionTimes(db, s.site.id)).map((r) => ({
        status: r.status,
        deadline: r.deadline,
        receivedDay: vietnamDay(new Date(r.received_at)),
        answeredDay: r.answered_at === null ? null : vietnamDay(new Date(r.answered_at)),
      }));
      reply.header('Cache-Control', 'no-store');
      return reply.send(responseStats(rows, today()) satisfies QuestionStats);
    },
  );

  const settingsBody = { name: 'QuestionSettings', schema: questionSettingsSchema };
  app.get(
    `${SITE_PREFIX}/questions/settings`,
    editorialRoute({
      operationId: 'getQuestionSettings', tag: 'editorial', session: 'required',
      summary: 'Thời hạn trả lời câu hỏi của cổng, tính bằng ngày làm việc',
      params: [siteParams],
      success: { status: 200, description: 'QuestionSettings', body: settingsBody },
      errors: ON_SITE,
    }),
    async (request, reply) => {
      const s = onQuestions(request, opts, 'view');
      reply.header('Cache-Control', 'no-store');
      return reply.send({ deadlineDays: await deadlineDaysOf(db, s.site.id) } satisfies QuestionSettings);
    },
  );

  app.put(
    `${SITE_PREFIX}/questions/settings`,
    editorialRoute({
      operationId: 'saveQuestionSettings', tag: 'editorial', session: 'required',
      summary: 'Đổi thời hạn trả lời câu hỏi (ngày làm việc; áp dụng cho câu hỏi nhận từ nay) — quản trị cổng',
      params: [siteParams], body: questionSettingsSchema,
      success: { status: 200, description: 'QuestionSettings', body: settingsBody },
      errors: ON_SITE,
    }),
    async (request, reply) => {
      const s = onQuestions(request, opts, 'settings');
      const { deadlineDays } = validate(questionSettingsSchema, request.body);
      return reply.send({ deadlineDays: await changeDeadlineDays(db, s.ctx, deadlineDays) } satisfies QuestionSettings);
    },
  );

  app.get(
    `${SITE_PREFIX}/questions/:id`,
    editorialRoute({
      operationId: 'getQuestion', tag: 'editorial', session: 'required',
      summary: 'Một câu hỏi với thông tin liên hệ của người hỏi (chỉ cán bộ có quyền), trạng thái và các thao tác được phép',
      params: [siteParams, questionParams],
      success: { status: 200, description: 'AdminQuestion', body: ADMIN_QUESTION },
      errors: ON_SITE,
    }),
    async (request, reply) => {
      const s = onQuestions(request, opts, 'view');
      const { id } = validate(questionParams, request.params);
      const row = await findQuestion(db, s.site.id, id);
      if (row === undefined) throw questionNotFound();
      reply.header('Cache-Control', 'no-store');
      return reply.send(await present(request, s, row));
    },
  );

  const step = <B>(
    name: 'assign' | 'answer' | 'publish' | 'reject',
    operationId: string,
    summary: string,
    body: z.ZodType<B, z.ZodTypeDef, unknown>,
    run: (s: SiteRequest, id: number, input: B) => Promise<QuestionRow>,
  ) =>
    app.post(
      `${SITE_PREFIX}/questions/:id/${name}`,
      editorialRoute({
        operationId, tag: 'editorial', session: 'required', summary,
        params: [siteParams, questionParams], body,
        success: { status: 200, description: 'AdminQuestion sau thao tác', body: ADMIN_QUESTION },
        errors: [...ON_SITE, 409],
      }),
      async (request, reply) => {
        const s = onQuestions(request, opts, name);
        const { id } = validate(questionParams, request.params);
        const input = validate(body, request.body);
        return reply.send(await present(request, s, await run(s, id, input)));
      },
    );

  step('assign', 'assignQuestion', 'Giao câu hỏi cho một đơn vị (và người) xử lý', assignQuestionSchema, (s, id, input) => assignQuestion(db, s.ctx, id, input));
  step('answer', 'answerQuestion', 'Trả lời câu hỏi (hoặc sửa câu trả lời chưa đăng)', answerQuestionSchema, (s, id, input) => answerQuestion(db, s.ctx, id, input));
  step('publish', 'publishQuestion', 'Đăng công khai câu hỏi và câu trả lời (không kèm thông tin người hỏi)', publishQuestionSchema, (s, id) => publishQuestion(db, s.ctx, id));
  step('reject', 'rejectQuestion', 'Từ chối câu hỏi hoặc đánh dấu thư rác, ghi rõ lý do', rejectQuestionSchema, (s, id, input) => rejectQuestion(db, s.ctx, id, input));
}

/**
 * A site's leaders' weekly schedule in the editorial API: the weeks that have one, a
 * week with its entries, saving a week's entries against a base revision (409 when
 * stale), and moving a week through the workflow. Rules live in src/schedule/; this
 * file validates and translates.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { siteParams } from '../../../contract/common.js';
import {
  adminScheduleWeekSchema,
  saveScheduleWeekSchema,
  scheduleTransitionSchema,
  scheduleWeekListSchema,
  scheduleWeekParams,
  type AdminScheduleWeek,
  type ScheduleWeekList,
} from '../../../contract/schedule.js';
import { listScheduleEntries, findScheduleWeek, listScheduleWeeks } from '../../../schedule/schedule.repo.js';
import { saveScheduleWeek, scheduleFacts, transitionScheduleWeek } from '../../../schedule/schedule.service.js';
import { HttpError } from '../../http-error.js';
import { formatIsoWeek, parseIsoWeek, vietnamIsoWeek, type IsoWeek } from '../../../time/iso-week.js';
import { can, type Action } from '../../../editorial/workflow.js';
import { SITE_PREFIX } from '../articles/article-routes.js';
import { onSite, type EditorialRouteOptions, type SiteRequest } from '../articles/context.js';
import { validate } from '../articles/vi-validation.js';
import { editorialRoute, ON_SITE } from '../operation.js';
import { presentScheduleSummary, presentScheduleWeek } from './presenter.js';

const ADMIN_WEEK = { name: 'AdminScheduleWeek', schema: adminScheduleWeekSchema };
const WEEKS_LISTED = 104;

function onWeek(request: FastifyRequest, opts: EditorialRouteOptions, action: Action): SiteRequest & { week: IsoWeek } {
  const s = onSite(request, opts, action);
  const { week } = validate(scheduleWeekParams, request.params);
  const parsed = parseIsoWeek(week);
  if (parsed === undefined) throw new Error('unreachable: the contract checked the week');
  return { ...s, week: parsed };
}

export function scheduleRoutes(app: FastifyInstance, opts: EditorialRouteOptions): void {
  const { db } = opts;
  async function answer(request: FastifyRequest, s: SiteRequest, week: IsoWeek): Promise<AdminScheduleWeek> {
    const row = await findScheduleWeek(db, s.site.id, formatIsoWeek(week));
    if (row !== undefined && !can(s.actor, 'view', scheduleFacts(row))) throw new HttpError(403, 'Không có quyền', 'Bạn chỉ xem được lịch công tác do chính mình tạo.');
    const entries = row === undefined ? [] : await listScheduleEntries(db, row.id);
    return presentScheduleWeek({ site: s.site, actor: s.actor, host: request.headers.host, scheme: opts.config.publicScheme }, week, row, entries);
  }

  app.get(
    `${SITE_PREFIX}/schedule`,
    editorialRoute({
      operationId: 'listScheduleWeeks', tag: 'editorial', session: 'required',
      summary: 'Các tuần lịch công tác của cổng (mọi trạng thái, mới nhất trước) và tuần hiện tại',
      params: [siteParams],
      success: { status: 200, description: '{ currentWeek, weeks: [{ week, status, statusLabel, revision, entryCount, updatedAt }] }', body: { name: 'ScheduleWeekList', schema: scheduleWeekListSchema } },
      errors: ON_SITE,
    }),
    async (request, reply) => {
      const s = onSite(request, opts, 'view');
      const weeks = await listScheduleWeeks(db, s.site.id, WEEKS_LISTED);
      reply.header('Cache-Control', 'no-store');
      return reply.send({ currentWeek: formatIsoWeek(vietnamIsoWeek(new Date())), weeks: weeks.map(presentScheduleSummary) } satisfies ScheduleWeekList);
    },
  );

  app.get(
    `${SITE_PREFIX}/schedule/:week`,
    editorialRoute({
      operationId: 'getScheduleWeek', tag: 'editorial', session: 'required',
      summary: 'Lịch công tác một tuần (YYYY-Www) với các mục, trạng thái và thao tác được phép; tuần chưa có lịch trả về exists: false',
      params: [siteParams, scheduleWeekParams],
      success: { status: 200, description: 'AdminScheduleWeek', body: ADMIN_WEEK },
      errors: ON_SITE,
    }),
    async (request, reply) => {
      const s = onWeek(request, opts, 'view');
      reply.header('Cache-Control', 'no-store');
      return reply.send(await answer(request, s, s.week));
    },
  );

  app.put(
    `${SITE_PREFIX}/schedule/:week`,
    editorialRoute({
      operationId: 'saveScheduleWeek', tag: 'editorial', session: 'required',
      summary: 'Lưu toàn bộ các mục của lịch công tác một tuần dựa trên một phiên bản (baseRevision; 0 khi tuần chưa có lịch)',
      description: '409 khi baseRevision không còn là phiên bản mới nhất; nội dung gửi lên chưa được lưu. Ngày của mỗi mục phải thuộc tuần.',
      params: [siteParams, scheduleWeekParams], body: saveScheduleWeekSchema,
      success: { status: 200, description: 'AdminScheduleWeek đã lưu', body: ADMIN_WEEK },
      errors: [...ON_SITE, 409],
    }),
    async (request, reply) => {
      const s = onWeek(request, opts, 'view');
      const { baseRevision, entries } = validate(saveScheduleWeekSchema, request.body);
      await saveScheduleWeek(db, s.ctx, s.week, baseRevision, entries);
      return reply.send(await answer(request, s, s.week));
    },
  );

  app.post(
    `${SITE_PREFIX}/schedule/:week/transitions`,
    editorialRoute({
      operationId: 'transitionScheduleWeek', tag: 'editorial', session: 'required',
      summary: 'Chuyển trạng thái lịch công tác một tuần theo quy trình (gửi duyệt, trả lại, duyệt, đăng, gỡ, mở lại để sửa)',
      params: [siteParams, scheduleWeekParams], body: scheduleTransitionSchema,
      success: { status: 200, description: 'AdminScheduleWeek sau khi chuyển trạng thái', body: ADMIN_WEEK },
      errors: [...ON_SITE, 409],
    }),
    async (request, reply) => {
      const s = onWeek(request, opts, 'view');
      const input = validate(scheduleTransitionSchema, request.body);
      await transitionScheduleWeek(db, s.ctx, s.week, input);
      return reply.send(await answer(request, s, s.week));
    },
  );
}

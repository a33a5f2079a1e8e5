/**
 * GET /sites/{slug}/schedule?week=2022-W46 (a week of the leaders' schedule, this week in
 * Vietnam by default; entries only while the week is published) and GET
 * /sites/{slug}/directory (the visible work contacts, grouped by unit).
 */
import { z } from 'zod';
import { publicDirectorySchema, type PublicDirectory } from '../../../contract/directory.js';
import { publicScheduleWeekSchema, WEEK_RULE, type PublicScheduleWeek } from '../../../contract/schedule.js';
import { groupByUnit } from '../../../directory/directory-rules.js';
import { listDirectoryEntries } from '../../../directory/directory.repo.js';
import { readPublicWeek } from '../../../schedule/schedule-reader.js';
import type { Site } from '../../../sites/index.js';
import { parseIsoWeek, vietnamIsoWeek } from '../../../time/iso-week.js';
import { DIRECTORY_PATH, schedulePath } from '../../../urls/paths.js';
import type { ApiDependencies } from '../dependencies.js';
import { apiVi } from '../messages.js';
import { slugParam } from '../params.js';
import { linkerFor } from '../presenters.js';
import { ApiProblem } from '../problem.js';
import { defineRoute, type ApiRoute } from '../route.js';

const siteParam = z.object({ slug: slugParam('mã cổng: chữ thường không dấu, số và dấu gạch ngang, ví dụ "camlo".') });
const weekQuery = z.object({
  week: z.string().max(8).refine((w) => parseIsoWeek(w) !== undefined).describe(`${WEEK_RULE}; mặc định là tuần hiện tại theo giờ Việt Nam.`).optional(),
});

export function scheduleApiRoutes(deps: ApiDependencies): ApiRoute[] {
  const siteOf = (slug: string): Site => {
    const site = deps.registry.bySlugOrUndefined(slug);
    if (site === undefined) throw ApiProblem.notFound(apiVi.problems.siteNotFound);
    return site;
  };
  return [
    defineRoute({
      path: '/sites/{slug}/schedule',
      operationId: 'getSchedule',
      tag: 'schedule',
      summary: 'Lịch công tác một tuần của cổng (chỉ tuần đã đăng có nội dung)',
      params: siteParam,
      query: weekQuery,
      response: { name: 'ScheduleWeek', schema: publicScheduleWeekSchema },
      cache: 'list',
      async handler({ request, params, query }): Promise<PublicScheduleWeek> {
        const site = siteOf(params.slug);
        const week = (query.week === undefined ? undefined : parseIsoWeek(query.week)) ?? vietnamIsoWeek(new Date());
        const data = await readPublicWeek(deps.db, site.id, week);
        return {
          site: site.slug,
          week: data.isoWeek,
          days: data.days.map((d) => d.day),
          published: data.row !== undefined,
          publishedAt: data.row?.published_at ?? null,
          previousWeek: data.previousWeek,
          nextWeek: data.nextWeek,
          url: linkerFor(request, deps.publicScheme).url(site, schedulePath(data.isoWeek)),
          entries: data.days.flatMap((d) => d.entries),
        };
      },
    }),
    defineRoute({
      path: '/sites/{slug}/directory',
      operationId: 'getDirectory',
      tag: 'schedule',
      summary: 'Danh bạ công vụ của cổng, theo đơn vị',
      params: siteParam,
      response: { name: 'Directory', schema: publicDirectorySchema },
      cache: 'list',
      async handler({ request, params }): Promise<PublicDirectory> {
        const site = siteOf(params.slug);
        const units = groupByUnit(await listDirectoryEntries(deps.db, site.id, true));
        return {
          site: site.slug,
          url: linkerFor(request, deps.publicScheme).url(site, DIRECTORY_PATH),
          units: units.map((u) => ({ unit: u.unit, people: u.people.map((p) => ({ name: p.name, position: p.position, phone: p.phone, email: p.email })) })),
        };
      },
    }),
  ];
}

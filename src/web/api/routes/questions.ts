/**
 * GET /sites/{site}/questions (published questions and answers of a site, newest first,
 * paged, by field) and /sites/{site}/questions/{slug}. The presenter is an allow-list
 * of public fields: the asker's name and contacts, the tracking code and staff notes are
 * never read here (questions.repo.ts selects public columns only).
 */
import { z } from 'zod';
import { publicQuestionListSchema, publicQuestionSchema } from '../../../contract/questions.js';
import { fieldName, QUESTION_FIELD_SLUGS } from '../../../questions/fields.js';
import { findPublishedQuestion, listPublishedQuestions, type PublicQuestionRow } from '../../../questions/questions.repo.js';
import type { Site } from '../../../sites/index.js';
import { vietnamDay, workingDaysBetween } from '../../../time/working-days.js';
import { questionPath } from '../../../urls/paths.js';
import type { ApiDependencies } from '../dependencies.js';
import { apiVi } from '../messages.js';
import { integerParam, slugParam } from '../params.js';
import { linkerFor, type Linker } from '../presenters.js';
import { ApiProblem } from '../problem.js';
import { defineRoute, type ApiRoute } from '../route.js';

export const QUESTION_API_PAGE_SIZE = 20;
const MAX_PAGE = 10_000;

const siteParam = slugParam('mã cổng: chữ thường không dấu, số và dấu gạch ngang, ví dụ "camlo".');

function summaryDto(row: PublicQuestionRow, site: Site, link: Linker) {
  return {
    slug: row.slug ?? '',
    kind: row.kind,
    field: row.field,
    fieldName: fieldName(row.field),
    title: row.title,
    receivedAt: row.received_at,
    answeredAt: row.answered_at,
    publishedAt: row.published_at ?? row.received_at,
    url: link.url(site, questionPath(row.slug ?? '')),
  };
}

function detailDto(row: PublicQuestionRow, site: Site, link: Linker) {
  return {
    ...summaryDto(row, site, link),
    questionText: row.question_text,
    answerHtml: row.answer_html ?? '',
    answeringUnit: row.assigned_unit,
    responseWorkingDays: row.answered_at === null ? null : workingDaysBetween(vietnamDay(new Date(row.received_at)), vietnamDay(new Date(row.answered_at))),
  };
}

export function questionRoutes(deps: ApiDependencies): ApiRoute[] {
  const siteOf = (slug: string): Site => {
    const site = deps.registry.bySlugOrUndefined(slug);
    if (site === undefined) throw ApiProblem.notFound(apiVi.problems.siteNotFound);
    return site;
  };
  return [
    defineRoute({
      path: '/sites/{site}/questions',
      operationId: 'listPublishedQuestions',
      tag: 'questions',
      summary: 'Câu hỏi của người dân đã được trả lời và đăng trên một cổng, mới nhất trước',
      params: z.object({ site: siteParam }),
      query: z.object({
        field: z.enum(QUESTION_FIELD_SLUGS).optional().describe(`lĩnh vực: một trong ${QUESTION_FIELD_SLUGS.join(', ')}.`),
        page: integerParam(1, MAX_PAGE, `số trang, số nguyên từ 1 đến ${MAX_PAGE}, mặc định 1.`, 1),
      }),
      response: { name: 'PublicQuestionList', schema: publicQuestionListSchema },
      cache: 'list',
      async handler({ request, params, query }) {
        const site = siteOf(params.site);
        const { rows, total } = await listPublishedQuestions(deps.db, site.id, { field: query.field, limit: QUESTION_API_PAGE_SIZE, offset: (query.page - 1) * QUESTION_API_PAGE_SIZE });
        const link = linkerFor(request, deps.publicScheme);
        return { items: rows.map((row) => summaryDto(row, site, link)), total, page: query.page, pageSize: QUESTION_API_PAGE_SIZE };
      },
    }),
    defineRoute({
      path: '/sites/{site}/questions/{slug}',
      operationId: 'getPublishedQuestion',
      tag: 'questions',
      summary: 'Một câu hỏi đã đăng với câu trả lời, đơn vị trả lời và thời gian trả lời',
      params: z.object({ site: siteParam, slug: slugParam('địa chỉ của câu hỏi, như trong /hoi-dap/{slug}.') }),
      response: { name: 'PublicQuestion', schema: publicQuestionSchema },
      cache: 'detail',
      async handler({ request, params }) {
        const site = siteOf(params.site);
        const row = await findPublishedQuestion(deps.db, site.id, params.slug);
        if (row === undefined) throw ApiProblem.notFound(apiVi.problems.questionNotFound);
        return detailDto(row, site, linkerFor(request, deps.publicScheme));
      },
    }),
  ];
}

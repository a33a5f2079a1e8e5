/**
 * The public side of citizens' questions on every site (SPEC §2):
 *   GET  /hoi-dap                 answered questions, by field (?linh-vuc=), paged (?trang=)
 *   GET  /hoi-dap/{slug}          one question with its answer, dates and response time
 *   GET  /hoi-dap/gui-cau-hoi     the form (no script, no account); ?ma= the "received" page
 *   POST /hoi-dap/gui-cau-hoi     validates, saves, audits, 303 → the "received" page
 *   GET  /hoi-dap/tra-cuu?ma=     the status of a question by its tracking code
 *   GET  /hoi-dap/rss.xml         the latest published answers
 * Nothing here reads or shows an asker's personal details.
 */
import crypto from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { missingContact, questionFormSchema, QUESTION_FORM_FIELDS, type QuestionFormField } from '../../../contract/questions.js';
import type { Database } from '../../../db/schema.js';
import { buildRss, RSS_ITEMS } from '../../../feeds/rss.js';
import { isQuestionField, fieldName } from '../../../questions/fields.js';
import { normalizeTrackingCode, plainTextParagraphs, publicStage } from '../../../questions/question-rules.js';
import { findByTrackingCode, findPublishedQuestion, listPublishedQuestions } from '../../../questions/questions.repo.js';
import { receiveQuestion } from '../../../questions/questions.service.js';
import { FORM_TOKEN_FIELD, HONEYPOT_FIELD, type FormGuard } from '../../../security/form-guard.js';
import { isSlug } from '../../../text/index.js';
import { vietnamDay, workingDaysBetween } from '../../../time/working-days.js';
import { QUESTION_FORM_PATH, QUESTION_RSS_PATH, QUESTION_TRACK_PATH, QUESTIONS_PATH, questionPath } from '../../../urls/paths.js';
import { HttpError } from '../../http-error.js';
import { vi } from '../../messages.js';
import { renderDocument } from '../../render.js';
import { siteOrigin } from '../../site-origin.js';
import { buildChrome, requireSite, type SiteRoutingOptions } from '../../site-routing.js';
import { citizenFormLimited, registerCitizenFormLimit, type CitizenFormLimitOptions } from '../forms/citizen-form-limit.js';
import { registerFormBody } from '../forms/form-body.js';
import { publicLimited, registerPublicLimit, type PublicLimitOptions } from '../public-limit.js';
import { RSS, sendFeed } from '../feeds.js';
import { sendPage } from '../public-pages.js';
import { parsePageNumber } from '../query.js';
import { QuestionFormPage, type FormErrors, type FormValues, type QuestionFormState } from './question-form-view.js';
import { QuestionListPage, QuestionPage, ReceivedPage, TrackPage, type TrackResult } from './question-views.js';

export const QUESTIONS_PAGE_SIZE = 20;
/** The guard's name for this form (security/form-guard.ts). */
const FORM = 'question';

export interface QuestionPagesOptions extends SiteRoutingOptions {
  db: Kysely<Database>;
  formGuard: FormGuard;
  /** Posts of the form per client address (citizen-form-limit.ts). */
  formLimit: CitizenFormLimitOptions;
  /** Tracking-code look-ups per client address (public-limit.ts). */
  publicLimit: PublicLimitOptions;
}

const notFound = () => new HttpError(404, vi.errors.notFoundTitle, vi.errors.notFound);

/** A page that carries a form token or a tracking code: never stored by a shared cache. */
function sendPrivate(reply: FastifyReply, status: number, page: Parameters<typeof renderDocument>[0]): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').header('Cache-Control', 'no-store').send(renderDocument(page));
}

/** The posted fields as the form names them, strings only (anything else is dropped). */
function postedValues(body: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  for (const key of Object.keys(QUESTION_FORM_FIELDS) as QuestionFormField[]) {
    const value = body[QUESTION_FORM_FIELDS[key]];
    if (typeof value === 'string') values[key] = value;
  }
  return values;
}

/** The tracking code of `?ma=`: undefined when absent, 400 when it cannot be a code. */
function codeOf(query: unknown): string | undefined {
  const raw = (query as Record<string, unknown> | undefined)?.['ma'];
  if (raw === undefined || raw === '') return undefined;
  const code = typeof raw === 'string' ? normalizeTrackingCode(raw) : undefined;
  if (code === undefined) throw new HttpError(400, vi.questions.track.badCodeTitle, vi.questions.track.badCode);
  return code;
}

/**
 * The question with this code on this site. The code is looked up through its unique
 * index and compared again in constant time, so the answer's timing says nothing about
 * how close a guess came; the look-ups are limited per address like searches.
 */
async function byCode(db: Kysely<Database>, siteId: number, code: string) {
  const row = await findByTrackingCode(db, siteId, code);
  const asked = Buffer.from(code);
  const found = Buffer.from(row?.tracking_code ?? code.replace(/./g, '\0'));
  const same = found.length === asked.length && crypto.timingSafeEqual(found, asked);
  if (row === undefined || !same) throw new HttpError(404, vi.questions.track.unknownTitle, vi.questions.track.unknown);
  return row;
}

export async function questionPages(app: FastifyInstance, opts: QuestionPagesOptions): Promise<void> {
  const { db, formGuard } = opts;
  const formState = (siteId: number, values: FormValues, errors: FormErrors, notice?: string): QuestionFormState => ({
    token: formGuard.issue({ form: FORM, siteId }),
    values,
    errors,
    notice,
  });

  // The form's post: urlencoded bodies and the per-address limit, in this scope only.
  await app.register(async (scope) => {
    registerFormBody(scope);
    await registerCitizenFormLimit(scope, opts.formLimit);
    scope.post(QUESTION_FORM_PATH, citizenFormLimited(opts.formLimit), async (request, reply) => {
      const site = requireSite(request);
      const body = (typeof request.body === 'object' && request.body !== null ? request.body : {}) as Record<string, unknown>;
      const values = postedValues(body);
      const check = formGuard.check({ form: FORM, siteId: site.id }, { token: body[FORM_TOKEN_FIELD], honeypot: body[HONEYPOT_FIELD] });
      if (!check.ok && (check.refusal === 'invalid' || check.refusal === 'honeypot')) {
        throw new HttpError(400, vi.citizenForms.refusedTitle, vi.citizenForms.refused);
      }
      const chrome = await buildChrome(request, opts);
      if (!check.ok) {
        const notice = check.refusal === 'too_fast' ? vi.citizenForms.tooFast : vi.citizenForms.expired;
        return sendPrivate(reply, 400, <QuestionFormPage chrome={chrome} state={formState(site.id, values, {}, notice)} />);
      }
      const parsed = questionFormSchema.safeParse(values);
      if (!parsed.success) {
        const errors: FormErrors = {};
        for (const issue of parsed.error.issues) {
          const field = issue.path[0] as QuestionFormField | undefined;
          if (field !== undefined && errors[field] === undefined) errors[field] = issue.message;
        }
        errors.email ??= missingContact(values);
        return sendPrivate(reply, 400, <QuestionFormPage chrome={chrome} state={formState(site.id, values, errors)} />);
      }
      const received = await receiveQuestion(db, site.id, parsed.data, { ip: request.ip });
      return reply.header('Cache-Control', 'no-store').redirect(`${QUESTION_FORM_PATH}?ma=${encodeURIComponent(received.trackingCode)}`, 303);
    });
  });

  // The form, the "received" page and the tracking page, under the public limit.
  await app.register(async (scope) => {
    await registerPublicLimit(scope, opts.publicLimit);
    scope.get(QUESTION_FORM_PATH, publicLimited(opts.publicLimit), async (request, reply) => {
      const site = requireSite(request);
      const code = codeOf(request.query);
      const chrome = await buildChrome(request, opts);
      if (code === undefined) return sendPrivate(reply, 200, <QuestionFormPage chrome={chrome} state={formState(site.id, {}, {})} />);
      const row = await byCode(db, site.id, code);
      return sendPrivate(reply, 200, <ReceivedPage chrome={chrome} code={row.tracking_code} deadline={row.deadline} />);
    });

    scope.get(QUESTION_TRACK_PATH, publicLimited(opts.publicLimit), async (request, reply) => {
      const site = requireSite(request);
      const code = codeOf(request.query);
      let result: TrackResult | null = null;
      if (code !== undefined) {
        const row = await byCode(db, site.id, code);
        const stage = publicStage(row.status);
        result = {
          code: row.tracking_code,
          title: row.title,
          stage,
          receivedAt: row.received_at,
          deadline: row.deadline,
          href: stage === 'published' && row.slug !== null ? questionPath(row.slug) : null,
        };
      }
      return sendPrivate(reply, 200, <TrackPage chrome={await buildChrome(request, opts)} code={code ?? ''} result={result} />);
    });
  });

  app.get(QUESTIONS_PATH, async (request, reply) => {
    const site = requireSite(request);
    const page = parsePageNumber(request.query);
    const rawField = (request.query as Record<string, unknown>)['linh-vuc'];
    if (rawField !== undefined && rawField !== '' && (typeof rawField !== 'string' || !isQuestionField(rawField))) {
      throw new HttpError(400, vi.errors.badRequestTitle, vi.questions.badField);
    }
    const field = typeof rawField === 'string' && rawField !== '' ? rawField : undefined;
    const { rows, total } = await listPublishedQuestions(db, site.id, { field, limit: QUESTIONS_PAGE_SIZE, offset: (page - 1) * QUESTIONS_PAGE_SIZE });
    const pages = Math.max(1, Math.ceil(total / QUESTIONS_PAGE_SIZE));
    if (page > pages) throw notFound();
    return sendPage(reply, <QuestionListPage chrome={await buildChrome(request, opts)} data={{ field, rows, page, pages }} />);
  });

  app.get(QUESTION_RSS_PATH, async (request, reply) => {
    const site = requireSite(request);
    const origin = siteOrigin(site, request.headers.host, opts.config.publicScheme);
    const { rows } = await listPublishedQuestions(db, site.id, { limit: RSS_ITEMS, offset: 0 });
    // Each answer as the feed writer's item: its link is /hoi-dap/{slug}, its category the field.
    const items = rows.map((row) => ({
      id: row.id, siteId: row.site_id, slug: row.slug ?? '', title: row.title,
      lead: (plainTextParagraphs(row.question_text)[0] ?? '').slice(0, 300),
      publishedAt: row.published_at ?? row.received_at, updatedAt: row.published_at ?? row.received_at,
      categoryId: 0, categorySlug: QUESTIONS_PATH.slice(1), categoryName: fieldName(row.field), featuredImageId: null,
    }));
    const xml = buildRss(
      { title: vi.questions.rssTitle(site.shortName), description: vi.questions.rssDescription(site.name), link: `${origin}${QUESTIONS_PATH}`, feedUrl: `${origin}${QUESTION_RSS_PATH}`, origin, copyright: site.name },
      items,
    );
    return sendFeed(request, reply, RSS, xml);
  });

  app.get<{ Params: { slug: string } }>(`${QUESTIONS_PATH}/:slug`, async (request: FastifyRequest<{ Params: { slug: string } }>, reply) => {
    const site = requireSite(request);
    if (!isSlug(request.params.slug)) throw notFound();
    const row = await findPublishedQuestion(db, site.id, request.params.slug);
    if (row === undefined) throw notFound();
    const responseDays = row.answered_at === null ? null : workingDaysBetween(vietnamDay(new Date(row.received_at)), vietnamDay(new Date(row.answered_at)));
    return sendPage(reply, <QuestionPage chrome={await buildChrome(request, opts)} row={row} responseDays={responseDays} />);
  });
}

/**
 * /lay-y-kien on every site: the list of public consultations (open first), one draft
 * with its approved comments and — while open — the comment form, the form's post, and
 * the feed. The post is checked in order: the draft is public and open (409 otherwise),
 * the form token and honeypot (form-guard.ts: a forged token or a filled honeypot gets
 * the 400 page; too fast or expired gets the form back, filled, with a fresh token), then
 * the fields (the form back with its errors). Nothing is written until all pass.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { VNode } from 'preact';
import {
  consultationAttachments,
  consultationPhase,
  countPublicConsultations,
  daysLeft,
  findPublicConsultation,
  latestPublicConsultations,
  listApprovedComments,
  listPublicConsultations,
  refusalOf,
  submitComment,
  type PhaseFilter,
} from '../../../consultations/index.js';
import { COMMENT_FIELDS, commentFormSchema } from '../../../contract/consultations.js';
import type { ConsultationRow, Database } from '../../../db/schema.js';
import { buildRssOf, RSS_ITEMS } from '../../../feeds/rss.js';
import { FORM_TOKEN_FIELD, HONEYPOT_FIELD, type FormGuard, type FormScope } from '../../../security/form-guard.js';
import { isSlug } from '../../../text/index.js';
import { vietnamDayOf } from '../../../time/vietnam-time.js';
import { consultationPath, CONSULTATIONS_PATH } from '../../../urls/paths.js';
import { ifNoneMatchHolds, strongEtag } from '../../etag.js';
import { HttpError } from '../../http-error.js';
import { vi } from '../../messages.js';
import { renderDocument } from '../../render.js';
import { siteOrigin } from '../../site-origin.js';
import { buildChrome, requireSite, type SiteRoutingOptions } from '../../site-routing.js';
import { citizenFormLimited, registerCitizenFormLimit, type CitizenFormLimitOptions } from '../forms/citizen-form-limit.js';
import { registerFormBody } from '../forms/form-body.js';
import { parsePageNumber } from '../query.js';
import type { CommentFormState, FieldError } from './comment-form.js';
import { CommentSentPage, ConsultationListPage, ConsultationPage, PHASE_QUERY, type DetailData, type PhaseQuery } from './consultation-views.js';

export interface ConsultationPagesOptions extends SiteRoutingOptions {
  db: Kysely<Database>;
  formGuard: FormGuard;
  limit: CitizenFormLimitOptions;
}

const PAGE_SIZE = 20;
const t = vi.consultations;
const notFound = () => new HttpError(404, vi.errors.notFoundTitle, vi.errors.notFound);

function sendHtml(reply: FastifyReply, page: VNode, cache: 'public' | 'private'): FastifyReply {
  return reply
    .type('text/html; charset=utf-8')
    .header('Cache-Control', cache === 'public' ? 'public, max-age=60, stale-while-revalidate=300' : 'no-store')
    .send(renderDocument(page));
}

/** `?trang-thai=` → the phase to list; anything but its two values (or nothing) is a 400. */
function parseFilter(query: unknown): PhaseQuery | undefined {
  const raw = (query as Record<string, unknown> | undefined)?.['trang-thai'];
  if (raw === undefined || raw === '') return undefined;
  const found = (Object.keys(PHASE_QUERY) as PhaseQuery[]).find((k) => PHASE_QUERY[k] === raw);
  if (found === undefined) throw new HttpError(400, vi.errors.badRequestTitle, t.badFilter);
  return found;
}

const scopeOf = (row: ConsultationRow): FormScope => ({ form: `consultation-comment:${row.id}`, siteId: row.site_id });

/** The fields a person typed, as strings, to show them again. */
function typedValues(body: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of Object.values(COMMENT_FIELDS)) {
    const v = body[field];
    if (typeof v === 'string') values[field] = v;
  }
  return values;
}

export async function consultationPages(app: FastifyInstance, opts: ConsultationPagesOptions): Promise<void> {
  const { db, formGuard } = opts;
  registerFormBody(app);
  await registerCitizenFormLimit(app, opts.limit);

  async function load(request: FastifyRequest<{ Params: { slug: string } }>): Promise<ConsultationRow> {
    const site = requireSite(request);
    if (!isSlug(request.params.slug)) throw notFound();
    const row = await findPublicConsultation(db, site.id, request.params.slug, new Date());
    if (row === undefined) throw notFound();
    return row;
  }

  async function detail(row: ConsultationRow, form: CommentFormState | undefined): Promise<DetailData> {
    const now = new Date();
    const dates = { opensOn: row.opens_on, closesOn: row.closes_on };
    const phase = consultationPhase(dates, now);
    const [files, comments] = await Promise.all([consultationAttachments(db, row.id), listApprovedComments(db, row.id)]);
    const fresh: CommentFormState = { token: formGuard.issue(scopeOf(row)), values: {}, errors: [] };
    return { row, phase, daysLeft: daysLeft(dates, now), files, comments, form: phase === 'open' ? (form ?? fresh) : undefined };
  }

  app.get(CONSULTATIONS_PATH, async (request, reply) => {
    const site = requireSite(request);
    const filter = parseFilter(request.query);
    const page = parsePageNumber(request.query);
    const now = new Date();
    const today = vietnamDayOf(now);
    const phaseFilter: PhaseFilter = filter;
    const total = await countPublicConsultations(db, site.id, today, phaseFilter);
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    if (page > pages) throw notFound();
    const rows = await listPublicConsultations(db, site.id, today, phaseFilter, PAGE_SIZE, (page - 1) * PAGE_SIZE);
    const items = rows.map((row) => {
      const dates = { opensOn: row.opens_on, closesOn: row.closes_on };
      return { row, phase: consultationPhase(dates, now), daysLeft: daysLeft(dates, now) };
    });
    return sendHtml(reply, <ConsultationListPage chrome={await buildChrome(request, opts)} data={{ items, filter, page, pages }} />, 'public');
  });

  app.get(`${CONSULTATIONS_PATH}/rss.xml`, async (request, reply) => {
    const site = requireSite(request);
    const origin = siteOrigin(site, request.headers.host, opts.config.publicScheme);
    const rows = await latestPublicConsultations(db, site.id, RSS_ITEMS);
    const xml = buildRssOf(
      { title: t.feedTitle(site.shortName), description: t.description(site.name), link: `${origin}${CONSULTATIONS_PATH}`, feedUrl: `${origin}${CONSULTATIONS_PATH}/rss.xml`, origin, copyright: site.name },
      rows.map((r) => ({ title: r.title, url: `${origin}${consultationPath(r.slug)}`, publishedAt: r.published_at ?? r.updated_at, description: r.summary, category: t.title })),
    );
    const etag = strongEtag(xml);
    reply.type('application/rss+xml; charset=utf-8').header('Cache-Control', 'public, max-age=300').header('ETag', etag);
    if (ifNoneMatchHolds(request.headers['if-none-match'], etag)) return reply.code(304).send();
    return reply.send(xml);
  });

  app.get<{ Params: { slug: string } }>(`${CONSULTATIONS_PATH}/:slug`, async (request, reply) => {
    const row = await load(request);
    const data = await detail(row, undefined);
    // The form carries a token signed now: a page with it is not shared from a cache.
    return sendHtml(reply, <ConsultationPage chrome={await buildChrome(request, opts)} data={data} />, data.form === undefined ? 'public' : 'private');
  });

  async function post(request: FastifyRequest<{ Params: { slug: string } }>, reply: FastifyReply): Promise<FastifyReply> {
    const row = await load(request);
    const refusal = refusalOf(row, new Date());
    if (refusal !== undefined) throw refusal;
    const body = (typeof request.body === 'object' && request.body !== null ? request.body : {}) as Record<string, unknown>;
    const again = async (state: Omit<CommentFormState, 'token'>) => {
      const data = await detail(row, { ...state, token: formGuard.issue(scopeOf(row)) });
      return sendHtml(reply.code(400), <ConsultationPage chrome={await buildChrome(request, opts)} data={data} />, 'private');
    };
    const check = formGuard.check(scopeOf(row), { token: body[FORM_TOKEN_FIELD], honeypot: body[HONEYPOT_FIELD] });
    if (!check.ok) {
      if (check.refusal === 'too_fast') return again({ values: typedValues(body), errors: [], notice: vi.citizenForms.tooFast });
      if (check.refusal === 'expired') return again({ values: typedValues(body), errors: [], notice: vi.citizenForms.expired });
      throw new HttpError(400, vi.citizenForms.refusedTitle, vi.citizenForms.refused);
    }
    const parsed = commentFormSchema.safeParse(body);
    if (!parsed.success) {
      const errors: FieldError[] = [];
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '');
        if (!errors.some((e) => e.field === field)) errors.push({ field, message: issue.message });
      }
      return again({ values: typedValues(body), errors });
    }
    await submitComment(db, row, parsed.data, new Date());
    return sendHtml(reply, <CommentSentPage chrome={await buildChrome(request, opts)} row={row} />, 'private');
  }

  app.post<{ Params: { slug: string } }>(`${CONSULTATIONS_PATH}/:slug`, citizenFormLimited(opts.limit), post);
  app.post<{ Params: { slug: string } }>(`${CONSULTATIONS_PATH}/:slug/gop-y`, citizenFormLimited(opts.limit), post);
}

/**
 * GET /van-ban (the filtered list), /van-ban/rss.xml (the newest published documents)
 * and /van-ban/{slug} (one document) on every site. Every read passes the read gate in
 * the repository; a bad filter is a Vietnamese 400 (document-params.ts).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { DOCUMENT_TYPES, type DocumentType } from '../../../documents/document-kinds.js';
import { documentAttachments, findDocuments, findPublicDocumentBySlug, latestPublicDocuments, publicIssuers, publicYears, relatedDocuments } from '../../../documents/documents.repo.js';
import { buildRssOf, RSS_ITEMS } from '../../../feeds/rss.js';
import { isSlug } from '../../../text/index.js';
import { documentPath, DOCUMENTS_PATH } from '../../../urls/paths.js';
import { ifNoneMatchHolds, strongEtag } from '../../etag.js';
import { HttpError } from '../../http-error.js';
import { vi } from '../../messages.js';
import { renderDocument } from '../../render.js';
import { siteOrigin } from '../../site-origin.js';
import { buildChrome, requireSite, type SiteRoutingOptions } from '../../site-routing.js';
import { parseDocumentParams } from './document-params.js';
import { DocumentListPage, DocumentPage } from './document-views.js';
import { documentsVi } from './messages.js';

export const DOCUMENTS_PAGE_SIZE = 20;

export interface DocumentPagesOptions extends SiteRoutingOptions {
  db: Kysely<Database>;
}

const notFound = () => new HttpError(404, vi.errors.notFoundTitle, vi.errors.notFound);
const PAGE_CACHE = 'public, max-age=60, stale-while-revalidate=300';

export function documentPages(app: FastifyInstance, opts: DocumentPagesOptions) {
  const { db } = opts;
  const html = (request: FastifyRequest) => buildChrome(request, opts);

  app.get(DOCUMENTS_PATH, async (request, reply) => {
    const site = requireSite(request);
    const params = parseDocumentParams(request.query);
    const filters = { type: params.type, issuerSlug: params.issuer, field: params.field, year: params.year, validity: params.validity, q: params.q === '' ? undefined : params.q };
    const [found, issuers, years] = await Promise.all([
      findDocuments(db, site.id, filters, { limit: DOCUMENTS_PAGE_SIZE, offset: (params.page - 1) * DOCUMENTS_PAGE_SIZE }),
      publicIssuers(db, site.id),
      publicYears(db, site.id),
    ]);
    const pages = Math.max(1, Math.ceil(found.total / DOCUMENTS_PAGE_SIZE));
    // As on category pages, a page past the last one does not exist.
    if (params.page > pages) throw notFound();
    const data = { params, rows: found.rows, total: found.total, pages, issuers, years };
    return reply.type('text/html; charset=utf-8').header('Cache-Control', PAGE_CACHE).send(renderDocument(<DocumentListPage chrome={await html(request)} data={data} />));
  });

  app.get(`${DOCUMENTS_PATH}/rss.xml`, async (request, reply) => {
    const site = requireSite(request);
    const origin = siteOrigin(site, request.headers.host, opts.config.publicScheme);
    const rows = await latestPublicDocuments(db, site.id, RSS_ITEMS);
    const xml = buildRssOf(
      { title: `${documentsVi.title} - ${site.shortName}`, description: documentsVi.rssDescription(site.name), link: `${origin}${DOCUMENTS_PATH}`, feedUrl: `${origin}${DOCUMENTS_PATH}/rss.xml`, origin, copyright: site.name },
      rows.map((r) => ({
        title: documentsVi.documentTitle(DOCUMENT_TYPES[r.doc_type as DocumentType] ?? r.doc_type, r.number),
        url: `${origin}${documentPath(r.slug)}`,
        publishedAt: r.published_at ?? r.updated_at,
        description: r.summary,
        category: DOCUMENT_TYPES[r.doc_type as DocumentType] ?? r.doc_type,
      })),
    );
    const etag = strongEtag(xml);
    reply.type('application/rss+xml; charset=utf-8').header('Cache-Control', 'public, max-age=300').header('ETag', etag);
    if (ifNoneMatchHolds(request.headers['if-none-match'], etag)) return reply.code(304).send();
    return reply.send(xml);
  });

  app.get<{ Params: { slug: string } }>(`${DOCUMENTS_PATH}/:slug`, async (request, reply) => {
    const site = requireSite(request);
    if (!isSlug(request.params.slug)) throw notFound();
    const row = await findPublicDocumentBySlug(db, site.id, request.params.slug);
    if (row === undefined) throw notFound();
    const [related, files] = await Promise.all([relatedDocuments(db, row.id, true), documentAttachments(db, row.id)]);
    return reply.type('text/html; charset=utf-8').header('Cache-Control', PAGE_CACHE).send(renderDocument(<DocumentPage chrome={await html(request)} data={{ row, related, files }} />));
  });
}

/**
 * GET /sites/{slug}/documents (the published legal documents of a site, filtered as on
 * /van-ban, the best number match first, then newest issued; bounded pages) and
 * GET /sites/{slug}/documents/{ref} (one document by id or slug, with its relations
 * both ways and its files). Every read passes the read gate in the repository.
 */
import { z } from 'zod';
import { publicDocumentListSchema, publicDocumentSchema } from '../../../contract/documents.js';
import type { LegalDocumentRow } from '../../../db/schema.js';
import {
  DOCUMENT_FIELD_SLUGS,
  DOCUMENT_FIELDS,
  DOCUMENT_RELATIONS,
  DOCUMENT_TYPE_SLUGS,
  DOCUMENT_TYPES,
  DOCUMENT_VALIDITY,
  DOCUMENT_VALIDITY_VALUES,
  type DocumentField,
  type DocumentType,
  type DocumentValidity,
} from '../../../documents/document-kinds.js';
import { documentAttachments, findDocumentById, findDocuments, findPublicDocumentBySlug, relatedDocuments } from '../../../documents/documents.repo.js';
import { mediaUrl } from '../../../media/media.repo.js';
import { isPublic } from '../../../publishing/read-gate.js';
import type { Site } from '../../../sites/index.js';
import { documentPath } from '../../../urls/paths.js';
import { MAX_ID } from '../cursor.js';
import type { ApiDependencies } from '../dependencies.js';
import { apiVi } from '../messages.js';
import { integerParam, queryTextParam, slugParam } from '../params.js';
import { linkerFor, type Linker } from '../presenters.js';
import { ApiProblem } from '../problem.js';
import { defineRoute, type ApiRoute } from '../route.js';

const MAX_LIMIT = 100;
const MAX_PAGE = 1000;

const siteSlug = slugParam('mã cổng: chữ thường không dấu, số và dấu gạch ngang, ví dụ "quangtri".');

const listQuery = z.object({
  documentType: z.enum(DOCUMENT_TYPE_SLUGS).optional().describe(`loại văn bản: ${DOCUMENT_TYPE_SLUGS.join(', ')}.`),
  issuer: slugParam('cơ quan ban hành dạng không dấu, ví dụ "chinh-phu".').optional(),
  field: z.enum(DOCUMENT_FIELD_SLUGS).optional().describe(`lĩnh vực: ${DOCUMENT_FIELD_SLUGS.join(', ')}.`),
  year: integerParam(1900, 2999, 'năm ban hành, 4 chữ số.').optional(),
  validity: z.enum(DOCUMENT_VALIDITY_VALUES).optional().describe(`hiệu lực: ${DOCUMENT_VALIDITY_VALUES.join(', ')}.`),
  q: queryTextParam('số ký hiệu viết theo bất kỳ cách nào (42/2022/NĐ-CP, 42/2022, nd 42) hoặc từ trong trích yếu, có dấu hoặc không dấu.').optional(),
  page: integerParam(1, MAX_PAGE, `trang, từ 1 đến ${MAX_PAGE}, mặc định 1.`, 1),
  limit: integerParam(1, MAX_LIMIT, `số văn bản mỗi trang, từ 1 đến ${MAX_LIMIT}, mặc định 20.`, 20),
});

const refParams = z.object({
  slug: siteSlug,
  ref: z
    .string()
    .max(120)
    .regex(/^([1-9][0-9]{0,9}|[a-z0-9]+(-[a-z0-9]+)*)$/)
    .describe('mã số văn bản (số nguyên dương) hoặc địa chỉ (slug) của văn bản, ví dụ "nghi-dinh-42-2022-nd-cp".'),
});

function summaryDto(site: Site, row: LegalDocumentRow, link: Linker) {
  const validity = row.validity as DocumentValidity;
  return {
    id: row.id,
    slug: row.slug,
    number: row.number,
    type: row.doc_type as DocumentType,
    typeLabel: DOCUMENT_TYPES[row.doc_type as DocumentType],
    issuer: row.issuer,
    issuedOn: row.issued_on,
    effectiveOn: row.effective_on,
    field: row.field as DocumentField,
    summary: row.summary,
    validity,
    validityLabel: DOCUMENT_VALIDITY[validity].label,
    url: link.url(site, documentPath(row.slug)),
  };
}

export function documentRoutes(deps: ApiDependencies): ApiRoute[] {
  const siteOf = (slug: string): Site => {
    const site = deps.registry.bySlugOrUndefined(slug);
    if (site === undefined) throw ApiProblem.notFound(apiVi.problems.siteNotFound);
    return site;
  };
  return [
    defineRoute({
      path: '/sites/{slug}/documents',
      operationId: 'listDocuments',
      tag: 'documents',
      summary: 'Văn bản đã đăng của một cổng, lọc theo loại, cơ quan, lĩnh vực, năm, hiệu lực và từ khóa',
      description: 'Khi có "q", văn bản khớp số ký hiệu đứng trước; sau đó mới nhất theo ngày ban hành. Phân trang có giới hạn (page ≤ 1000).',
      params: z.object({ slug: siteSlug }),
      query: listQuery,
      response: { name: 'LegalDocumentList', schema: publicDocumentListSchema },
      cache: 'list',
      async handler({ request, params, query }) {
        const site = siteOf(params.slug);
        const found = await findDocuments(
          deps.db, site.id,
          { type: query.documentType, issuerSlug: query.issuer, field: query.field, year: query.year, validity: query.validity, q: query.q },
          { limit: query.limit, offset: (query.page - 1) * query.limit },
        );
        const link = linkerFor(request, deps.publicScheme);
        return { items: found.rows.map((r) => summaryDto(site, r, link)), total: found.total, page: query.page, pageSize: query.limit };
      },
    }),
    defineRoute({
      path: '/sites/{slug}/documents/{ref}',
      operationId: 'getDocument',
      tag: 'documents',
      summary: 'Một văn bản đã đăng của một cổng, theo mã số hoặc địa chỉ, kèm văn bản liên quan và tệp đính kèm',
      params: refParams,
      response: { name: 'LegalDocument', schema: publicDocumentSchema },
      cache: 'detail',
      async handler({ request, params }) {
        const site = siteOf(params.slug);
        const byId = /^[0-9]+$/.test(params.ref);
        const row = byId
          ? await (async () => {
              const id = Number(params.ref);
              const found = id <= MAX_ID ? await findDocumentById(deps.db, id) : undefined;
              return found !== undefined && found.site_id === site.id && isPublic(found) ? found : undefined;
            })()
          : await findPublicDocumentBySlug(deps.db, site.id, params.ref);
        if (row === undefined) throw ApiProblem.notFound(apiVi.problems.documentNotFound);
        const [related, files] = await Promise.all([relatedDocuments(deps.db, row.id, true), documentAttachments(deps.db, row.id)]);
        const link = linkerFor(request, deps.publicScheme);
        return {
          ...summaryDto(site, row, link),
          signer: row.signer,
          fieldLabel: DOCUMENT_FIELDS[row.field as DocumentField],
          bodyHtml: row.body_html,
          publishedAt: row.published_at ?? row.updated_at,
          related: related.map((r) => ({ id: r.id, number: r.number, title: r.title, relation: r.relation, direction: r.direction, label: DOCUMENT_RELATIONS[r.relation][r.direction], url: link.url(site, documentPath(r.slug)) })),
          attachments: files.map((m) => ({ name: m.original_name, mimeType: m.mime_type, size: m.byte_size, url: link.url(site, mediaUrl(m)) })),
        };
      },
    }),
  ];
}

/**
 * `AdminDocument`: a legal document's fields, its relations both ways and its files,
 * its workflow state with what this actor may do next, and its public URL while the
 * read gate shows it.
 */
import type { TransitionOffer } from '../../../contract/articles.js';
import type { AdminDocument, DocumentSummary } from '../../../contract/documents.js';
import type { LegalDocumentRow, MediaRow } from '../../../db/schema.js';
import { DOCUMENT_RELATIONS, DOCUMENT_TYPES, type DocumentField, type DocumentType, type DocumentValidity } from '../../../documents/document-kinds.js';
import { documentFacts } from '../../../documents/document-editing.js';
import type { RelatedDocument } from '../../../documents/documents.repo.js';
import { can, STATUS_LABELS, TRANSITION_LABELS, TRANSITIONS, type Actor } from '../../../editorial/workflow.js';
import { mediaUrl } from '../../../media/media.repo.js';
import { allowedPageTransitions } from '../../../pages/page-workflow.js';
import { isPublic } from '../../../publishing/read-gate.js';
import type { Site } from '../../../sites/index.js';
import { documentPath } from '../../../urls/paths.js';
import { siteOrigin } from '../../site-origin.js';

export interface DocumentPresentContext {
  site: Site;
  actor: Actor;
  host: string | undefined;
  scheme: 'http' | 'https';
}

function offers(actor: Actor, row: LegalDocumentRow): TransitionOffer[] {
  return allowedPageTransitions(actor, documentFacts(row)).map((t) => ({ transition: t, label: TRANSITION_LABELS[t], needsNote: TRANSITIONS[t].needsNote === true, needsTime: false }));
}

export function presentRelated(r: RelatedDocument) {
  return { id: r.id, number: r.number, title: r.title, relation: r.relation, direction: r.direction, label: DOCUMENT_RELATIONS[r.relation][r.direction] };
}

export function presentAttachment(m: MediaRow) {
  return { id: m.id, name: m.original_name, mimeType: m.mime_type, size: m.byte_size, url: mediaUrl(m) };
}

export function presentDocument(p: DocumentPresentContext, row: LegalDocumentRow, related: RelatedDocument[], files: MediaRow[]): AdminDocument {
  const facts = documentFacts(row);
  return {
    id: row.id,
    siteId: row.site_id,
    slug: row.slug,
    number: row.number,
    type: row.doc_type as DocumentType,
    typeLabel: DOCUMENT_TYPES[row.doc_type as DocumentType],
    issuer: row.issuer,
    signer: row.signer,
    issuedOn: row.issued_on,
    effectiveOn: row.effective_on,
    field: row.field as DocumentField,
    summary: row.summary,
    title: row.title,
    bodyHtml: row.body_html,
    validity: row.validity as DocumentValidity,
    links: related.map(presentRelated),
    attachments: files.map(presentAttachment),
    status: row.status,
    statusLabel: STATUS_LABELS[row.status],
    revision: row.revision,
    returnNote: row.return_note,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    publishedAt: row.published_at,
    path: documentPath(row.slug),
    publicUrl: isPublic(row) ? `${siteOrigin(p.site, p.host, p.scheme)}${documentPath(row.slug)}` : null,
    allowedTransitions: offers(p.actor, row),
    canEdit: can(p.actor, 'edit', facts),
    canDelete: can(p.actor, 'delete', facts),
  };
}

export function presentDocumentSummary(row: LegalDocumentRow): DocumentSummary {
  return {
    id: row.id,
    number: row.number,
    type: row.doc_type as DocumentType,
    typeLabel: DOCUMENT_TYPES[row.doc_type as DocumentType],
    summary: row.summary,
    issuedOn: row.issued_on,
    validity: row.validity as DocumentValidity,
    status: row.status,
    statusLabel: STATUS_LABELS[row.status],
    updatedAt: row.updated_at,
  };
}

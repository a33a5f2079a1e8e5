/**
 * The public views of legal documents: the filtered list (a GOV.UK-style filter form
 * that works without JavaScript, then number, date of issue, summary and validity of
 * each document) and one document (every field, its validity, the documents it acts
 * on and those that act on it, its files with type and size).
 */
import type { VNode } from 'preact';
import type { LegalDocumentRow, MediaRow } from '../../../db/schema.js';
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
import type { RelatedDocument } from '../../../documents/documents.repo.js';
import { mediaUrl } from '../../../media/media.repo.js';
import { toVietnamIso } from '../../../text/index.js';
import { documentPath, DOCUMENTS_PATH } from '../../../urls/paths.js';
import { vi } from '../../messages.js';
import type { SiteChrome } from '../views/chrome.js';
import { Layout } from '../views/layout.js';
import { Breadcrumbs, Pagination, SanitizedHtml } from '../views/parts.js';
import { documentListQuery, type DocumentParams } from './document-params.js';
import { documentsVi as t, fileTypeLabel } from './messages.js';

/** "2022-06-24" → "24/06/2022", in a <time>. */
function Day({ value }: { value: string }): VNode {
  const [y, m, d] = value.split('-');
  return <time datetime={value}>{`${d ?? ''}/${m ?? ''}/${y ?? ''}`}</time>;
}

function ValidityTag({ validity }: { validity: string }): VNode {
  const v = DOCUMENT_VALIDITY[validity as DocumentValidity] ?? DOCUMENT_VALIDITY.in_force;
  return <strong class={`doc-tag doc-tag--${v.slug}`}>{v.label}</strong>;
}

const typeLabel = (row: LegalDocumentRow) => DOCUMENT_TYPES[row.doc_type as DocumentType] ?? row.doc_type;

export interface DocumentListData {
  params: DocumentParams;
  rows: LegalDocumentRow[];
  total: number;
  pages: number;
  issuers: { slug: string; name: string }[];
  years: number[];
}

function Select({ id, name, label, value, options }: { id: string; name: string; label: string; value: string | undefined; options: { value: string; label: string }[] }): VNode {
  return (
    <div class="search-form__field">
      <label for={id}>{label}</label>
      <select id={id} name={name}>
        <option value="">{t.all}</option>
        {options.map((o) => (
          <option value={o.value} selected={o.value === value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function FilterForm({ data }: { data: DocumentListData }): VNode {
  const p = data.params;
  return (
    <form class="search-form doc-filter" action={DOCUMENTS_PATH} method="get" aria-label={t.filterName}>
      <div class="search-form__field doc-filter__query">
        <label for="vb-q">{t.query}</label>
        <p class="doc-filter__hint" id="vb-q-goi-y">
          {t.queryHint}
        </p>
        <input id="vb-q" type="search" name="q" value={p.q} maxLength={200} aria-describedby="vb-q-goi-y" />
      </div>
      <Select id="vb-loai" name="loai" label={t.type} value={p.type} options={DOCUMENT_TYPE_SLUGS.map((s) => ({ value: s, label: DOCUMENT_TYPES[s] }))} />
      <Select id="vb-co-quan" name="co-quan" label={t.issuer} value={p.issuer} options={data.issuers.map((i) => ({ value: i.slug, label: i.name }))} />
      <Select id="vb-linh-vuc" name="linh-vuc" label={t.field} value={p.field} options={DOCUMENT_FIELD_SLUGS.map((s) => ({ value: s, label: DOCUMENT_FIELDS[s] }))} />
      <Select id="vb-nam" name="nam" label={t.year} value={p.year === undefined ? undefined : String(p.year)} options={data.years.map((y) => ({ value: String(y), label: String(y) }))} />
      <Select
        id="vb-hieu-luc"
        name="hieu-luc"
        label={t.validity}
        value={p.validity === undefined ? undefined : DOCUMENT_VALIDITY[p.validity].slug}
        options={DOCUMENT_VALIDITY_VALUES.map((v) => ({ value: DOCUMENT_VALIDITY[v].slug, label: DOCUMENT_VALIDITY[v].label }))}
      />
      <button type="submit" class="search-form__button">
        {t.submit}
      </button>
      <a class="doc-filter__clear" href={DOCUMENTS_PATH}>
        {t.clear}
      </a>
    </form>
  );
}

export function DocumentListPage({ chrome, data }: { chrome: SiteChrome; data: DocumentListData }): VNode {
  const { page, ...filters } = data.params;
  const base = `${DOCUMENTS_PATH}${documentListQuery(filters)}`;
  const filtered = base !== DOCUMENTS_PATH;
  return (
    <Layout
      chrome={chrome}
      title={`${t.title}${page > 1 ? ` - ${vi.pageOf(page, data.pages)}` : ''} - ${chrome.site.shortName}`}
      name={t.title}
      description={`${t.lead} ${chrome.site.name}`}
      path={DOCUMENTS_PATH}
      noindex={filtered}
      head={<link rel="alternate" type="application/rss+xml" title={`${t.rss} - ${chrome.site.shortName}`} href={`${DOCUMENTS_PATH}/rss.xml`} />}
    >
      <Breadcrumbs items={[{ href: '/', label: vi.home }, { label: t.title }]} />
      <h1>{t.title}</h1>
      <p>{t.lead}</p>
      <FilterForm data={data} />
      <section aria-labelledby="vb-ket-qua">
        <h2 id="vb-ket-qua" class="section-title">
          {t.results}
        </h2>
        <p role="status">{t.count(data.total)}</p>
        {data.rows.length === 0 ? (
          <p>{t.none}</p>
        ) : (
          <ol class="doc-list">
            {data.rows.map((row) => (
              <li class="doc-list__item">
                <h3 class="doc-list__number">
                  <a href={documentPath(row.slug)}>{t.documentTitle(typeLabel(row), row.number)}</a>
                </h3>
                <p class="doc-list__meta">
                  {t.issuedOn}: <Day value={row.issued_on} /> · {row.issuer}
                </p>
                <p class="doc-list__summary">{row.summary}</p>
                <p class="doc-list__validity">
                  <span class="visually-hidden">{t.status}: </span>
                  <ValidityTag validity={row.validity} />
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>
      <Pagination basePath={base} page={page} pages={data.pages} />
      <p>
        <a href={`${DOCUMENTS_PATH}/rss.xml`}>{t.rss}</a>
      </p>
    </Layout>
  );
}

export interface DocumentPageData {
  row: LegalDocumentRow;
  related: RelatedDocument[];
  files: MediaRow[];
}

function Related({ related }: { related: RelatedDocument[] }): VNode | null {
  if (related.length === 0) return null;
  return (
    <section class="doc-related" aria-labelledby="vb-lien-quan">
      <h2 id="vb-lien-quan">{t.related}</h2>
      <ul>
        {related.map((r) => (
          <li>
            <span class="doc-related__relation">{DOCUMENT_RELATIONS[r.relation][r.direction]}:</span> <a href={documentPath(r.slug)}>{r.title}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function DocumentPage({ chrome, data }: { chrome: SiteChrome; data: DocumentPageData }): VNode {
  const { row } = data;
  const heading = t.documentTitle(typeLabel(row), row.number);
  const facts: [string, VNode | string][] = [
    [t.number, row.number],
    [t.type, typeLabel(row)],
    [t.issuer, row.issuer],
    [t.signer, row.signer === '' ? t.notSet : row.signer],
    [t.issuedOn, <Day value={row.issued_on} />],
    [t.effectiveOn, row.effective_on === null ? t.notSet : <Day value={row.effective_on} />],
    [t.field, DOCUMENT_FIELDS[row.field as DocumentField] ?? row.field],
    [t.status, <ValidityTag validity={row.validity} />],
  ];
  return (
    <Layout
      chrome={chrome}
      title={`${heading} - ${chrome.site.shortName}`}
      name={heading}
      description={row.summary}
      path={documentPath(row.slug)}
      modifiedAt={toVietnamIso(row.updated_at)}
    >
      <Breadcrumbs items={[{ href: '/', label: vi.home }, { href: DOCUMENTS_PATH, label: t.title }, { label: row.number }]} />
      <article class="article doc">
        <h1 class="article__title">{heading}</h1>
        <p class="doc__summary">{row.summary}</p>
        <dl class="doc-facts">
          {facts.map(([label, value]) => (
            <div class="doc-facts__row">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        <Related related={data.related} />
        {data.files.length > 0 ? (
          <section class="attachments" aria-labelledby="vb-tep">
            <h2 id="vb-tep">{t.files}</h2>
            <ul>
              {data.files.map((m) => (
                <li>
                  <a href={mediaUrl(m)} download={m.original_name}>
                    {m.original_name}
                  </a>{' '}
                  ({fileTypeLabel(m.mime_type)}, {t.fileSize(m.byte_size)})
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {row.body_html.trim() === '' ? null : (
          <section aria-labelledby="vb-toan-van">
            <h2 id="vb-toan-van">{t.fullText}</h2>
            <SanitizedHtml class="article__body" html={row.body_html} />
          </section>
        )}
      </article>
    </Layout>
  );
}

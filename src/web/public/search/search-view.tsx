/**
 * The /tim-kiem page: the search form (keeping the query), the number of results
 * (a status region), the hits with their highlighted title and excerpt, the source
 * portal of each hit on the province, a clear "not found" with a folded suggestion
 * and the near matches ("Kết quả gần đúng"), and pagination. The kind of content can be
 * chosen (`loai`), and each hit says what it is (Tin bài, Trang, Văn bản, …). Works
 * without JavaScript.
 */
import type { VNode } from 'preact';
import { searchKind } from '../../../search/kinds.js';
import type { SearchHit, SearchResult } from '../../../search/search.js';
import { normalizeSpaces } from '../../../text/index.js';
import { vi } from '../../messages.js';
import type { SiteChrome } from '../views/chrome.js';
import { Layout } from '../views/layout.js';
import { Breadcrumbs, Pagination, PublishedTime } from '../views/parts.js';
import { searchCountVi } from './messages.js';
import { searchUrl, type SearchFilters } from './search-params.js';

export interface HitView {
  hit: SearchHit;
  /** Link to the hit: a path on this site, or an absolute URL on its own site. */
  href: string;
  /** The portal the hit comes from, shown on the province's search. */
  source: { name: string; href: string } | null;
}

export interface SearchViewData {
  q: string;
  site: string | undefined;
  /** The province searches every portal and offers a choice of portal. */
  siteOptions: readonly { slug: string; name: string }[] | null;
  /** The `loai` value chosen, if any. */
  kind: string | undefined;
  /** The kinds of content the index holds, to choose from. */
  kindOptions: readonly { param: string; label: string }[];
  result: SearchResult | null;
  hits: readonly HitView[];
  /** Near matches, shown when nothing is found. */
  nearHits: readonly HitView[];
}

const filtersOf = (data: SearchViewData): SearchFilters => ({ site: data.site, kind: data.kind });

/** A filter of the search as a labelled select, "all" first (value ''), keeping the value chosen. */
function Choice(props: { name: string; label: string; all: string; chosen: string | undefined; options: readonly { value: string; label: string }[] }): VNode {
  return (
    <div class="search-form__field">
      <label for={props.name}>{props.label}</label>
      <select id={props.name} name={props.name}>
        <option value="">{props.all}</option>
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === props.chosen}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function SearchForm({ data }: { data: SearchViewData }): VNode {
  return (
    <form class="search-form" role="search" action="/tim-kiem" method="get" aria-label={vi.search.pageFormName}>
      <div class="search-form__field">
        <label for="tu-khoa">{vi.search.queryLabel}</label>
        <input id="tu-khoa" type="search" name="q" value={data.q} maxLength={200} />
      </div>
      {data.siteOptions !== null ? (
        <Choice name="cong" label={vi.search.siteLabel} all={vi.search.allSites} chosen={data.site} options={data.siteOptions.map((s) => ({ value: s.slug, label: s.name }))} />
      ) : null}
      <Choice name="loai" label={vi.search.typeLabel} all={vi.search.allTypes} chosen={data.kind} options={data.kindOptions.map((k) => ({ value: k.param, label: k.label }))} />
      <button type="submit" class="search-form__button">
        {vi.search.submit}
      </button>
    </form>
  );
}

/**
 * titleHtml and snippetHtml come from search/highlight.ts: every character of content
 * in them is escaped there, and their only tags are <mark>.
 */
function Hit({ view, heading = 'h2' }: { view: HitView; heading?: 'h2' | 'h3' }): VNode {
  const { hit } = view;
  const Heading = heading;
  return (
    <li class="search-result">
      <Heading class="search-result__title">
        <a href={view.href} dangerouslySetInnerHTML={{ __html: hit.titleHtml }} />
      </Heading>
      <p class="search-result__meta">
        {view.source !== null ? (
          <span class="search-result__source">
            {vi.search.source}: <a href={view.source.href}>{view.source.name}</a>
          </span>
        ) : null}
        <span class="search-result__kind">{searchKind(hit.type).label}</span>
        {hit.categoryName !== null ? <span>{hit.categoryName}</span> : null}
        {hit.publishedAt !== null && hit.type !== 'page' ? <PublishedTime instant={hit.publishedAt} /> : null}
      </p>
      {hit.snippetHtml !== '' ? <p class="search-result__snippet" dangerouslySetInnerHTML={{ __html: hit.snippetHtml }} /> : null}
    </li>
  );
}

function Results({ data, result }: { data: SearchViewData; result: SearchResult }): VNode {
  const shown = normalizeSpaces(data.q);
  if (result.total === 0) {
    const suggest = result.foldedQuery !== '' && result.foldedQuery !== shown;
    return (
      <div class="search-empty">
        <p class="search-summary" role="status">
          {result.foldedQuery === '' ? vi.search.noWords : vi.search.notFound(shown)}
        </p>
        {suggest ? (
          <p class="search-suggestion">
            {vi.search.suggestion} <a href={searchUrl(result.foldedQuery, filtersOf(data))}>{result.foldedQuery}</a>
          </p>
        ) : null}
        <p>{vi.search.tips}</p>
        {data.nearHits.length > 0 ? (
          <section class="search-near" aria-labelledby="ket-qua-gan-dung">
            <h2 id="ket-qua-gan-dung">{vi.search.nearResults}</h2>
            <ol class="search-results search-results--near">
              {data.nearHits.map((view) => (
                <Hit view={view} heading="h3" />
              ))}
            </ol>
          </section>
        ) : null}
      </div>
    );
  }
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  return (
    <section aria-labelledby="ket-qua">
      <h2 id="ket-qua" class="visually-hidden">
        {vi.search.results}
      </h2>
      <p class="search-summary" role="status">
        {searchCountVi.found(result, shown)}
        {pages > 1 ? ` ${vi.pageOf(result.page, pages)}.` : ''}
      </p>
      <ol class="search-results" start={(result.page - 1) * result.pageSize + 1}>
        {data.hits.map((view) => (
          <Hit view={view} />
        ))}
      </ol>
      <Pagination basePath={searchUrl(data.q, filtersOf(data))} page={result.page} pages={pages} />
    </section>
  );
}

export function SearchPage({ chrome, data }: { chrome: SiteChrome; data: SearchViewData }): VNode {
  const shown = normalizeSpaces(data.q);
  const title = data.result !== null && shown !== '' ? searchCountVi.documentTitle(shown, data.result) : vi.search.title;
  const path = shown === '' ? '/tim-kiem' : searchUrl(data.q, filtersOf(data));
  return (
    <Layout chrome={chrome} title={`${title} - ${chrome.site.shortName}`} path={path} noindex>
      <Breadcrumbs items={[{ href: '/', label: vi.home }, { label: vi.search.title }]} />
      <h1>{vi.search.title}</h1>
      <SearchForm data={data} />
      {data.result === null ? <p class="search-prompt">{vi.search.prompt}</p> : <Results data={data} result={data.result} />}
    </Layout>
  );
}

/**
 * What a public answer was made of, named as it is read: "article:12", "category:3",
 * "articles:1" (a site's article lists)… The page cache (web/page-cache) keeps each page
 * under the names it read and drops it when a change names one of them, so a page is
 * dropped exactly when something it shows has changed.
 *
 * Reads declare what they read with dependsOn(); outside a collecting request (the admin,
 * the API, the CLI, tests) the call does nothing. The names are built only here, so a
 * read and the change that invalidates it cannot spell one differently.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

/** What one answer read: the names, and the moment it changes by itself (a featured story's end time), if any. */
export interface ReadDependencies {
  readonly names: Set<string>;
  /** Milliseconds since the epoch; Infinity when nothing in it ends by itself. */
  changesAt: number;
}

const collecting = new AsyncLocalStorage<ReadDependencies>();

export function newReadDependencies(): ReadDependencies {
  return { names: new Set(), changesAt: Number.POSITIVE_INFINITY };
}

/** The names of what public answers depend on. */
export const dependency = {
  /** Everything a site's pages share: its settings, menu, categories and theme. */
  site: (siteId: number) => `site:${siteId}`,
  /** Every page of every site: the list of sites in each header and footer. */
  system: 'system',
  /** The footer's visit numbers (each process counts its own; re-read every ~30 s). */
  visits: 'visits',
  /** One article's text, title, address or image, wherever it is shown. */
  article: (articleId: number) => `article:${articleId}`,
  /** Which articles a site lists, and in what order (home, feeds, sitemaps). */
  siteArticles: (siteId: number) => `articles:${siteId}`,
  /** Which articles a category lists, and in what order. */
  category: (categoryId: number) => `category:${categoryId}`,
  /** Which articles a tag lists. */
  tag: (tagId: number) => `tag:${tagId}`,
  /** Every tag page of a site (an edit changed an article's tags: the ones it left are not known by id). */
  siteTags: (siteId: number) => `tags:${siteId}`,
  /** One topic: its description and which articles it holds. */
  topic: (topicId: number) => `topic:${topicId}`,
  /** Which topics exist (every site's /chuyen-de lists the system's topics). */
  topics: 'topics',
  /** Which child articles a parent site shows ("Tin từ các địa phương"). */
  syndicated: (parentSiteId: number) => `syndicated:${parentSiteId}`,
  /** One content type of a site, as a whole: documents, albums, questions, … (see CONTENT_KINDS). */
  kind: (kind: ContentKind, siteId: number) => `${kind}:${siteId}`,
} as const;

/** The site a `dependency.site(…)` name names; undefined for any other name. */
export function siteOfName(name: string): number | undefined {
  if (!name.startsWith('site:')) return undefined;
  const id = Number(name.slice('site:'.length));
  return Number.isInteger(id) ? id : undefined;
}

/** The content types whose pages depend on the type as a whole (their admin writes name the type). */
export const CONTENT_KINDS = ['pages', 'documents', 'albums', 'questions', 'consultations', 'schedule', 'directory'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

/** Runs `next` (the rest of a request) collecting into `into` what its reads declare. */
export function collectDependencies(into: ReadDependencies, next: () => void): void {
  collecting.run(into, next);
}

/** Declares that the answer being made depends on `names` (nothing outside a collecting request). */
export function dependsOn(...names: string[]): void {
  const into = collecting.getStore();
  if (into === undefined) return;
  for (const name of names) into.names.add(name);
}

/** Declares a list of articles: each one's text, and the list itself (its name given). */
export function dependsOnArticles(list: string, rows: readonly { id: number }[]): void {
  const into = collecting.getStore();
  if (into === undefined) return;
  into.names.add(list);
  for (const row of rows) into.names.add(dependency.article(row.id));
}

/** Declares that what was read changes by itself at `instant` (ISO 8601) with nothing written then. */
export function changesAt(instant: string | null): void {
  const into = collecting.getStore();
  if (into === undefined || instant === null) return;
  const at = Date.parse(instant);
  if (Number.isFinite(at) && at < into.changesAt) into.changesAt = at;
}

/**
 * Which cached pages a change alters, as the names pages declare when they read
 * (publishing/read-dependencies.ts). Pure rules: the caller looks up where the article
 * appears and which site a path names.
 */
import type { ArticleEvent } from '../editorial/events.js';
import type { ArticleAppearances } from '../publishing/appearances.repo.js';
import { CONTENT_KINDS, dependency, type ContentKind } from '../publishing/read-dependencies.js';
import { CONSULTATIONS_PATH, DISCLOSURE_PATH, DOCUMENTS_PATH, QUESTIONS_PATH, ALBUMS_PATH } from '../urls/paths.js';

/**
 * Snapshot fields (editorial/article-input.ts) whose change moves an article in or out of
 * lists, or reorders them, or changes its address: not only the lists that showed it change.
 */
const LISTING_FIELDS: ReadonlySet<string> = new Set(['categoryId', 'extraCategoryIds', 'tags', 'publishedAt', 'featured', 'featuredOrder', 'featuredUntil', 'slug']);

/** An article was published, changed, unpublished or withdrawn: the pages that showed it, and the lists it joined or left. */
export function articleChangeNames(event: ArticleEvent, where: ArticleAppearances | undefined): string[] {
  const names = new Set<string>([dependency.article(event.articleId)]);
  for (const topicId of where?.topicIds ?? []) names.add(dependency.topic(topicId));
  for (const parentId of where?.syndicatedTo ?? []) names.add(dependency.syndicated(parentId));
  const edit = event.type === 'changed' ? event.edit : undefined;
  // A published article's text edit changes only where it is shown (each such page named it).
  const moved = event.type !== 'changed' || edit === undefined || edit.fields.some((field) => LISTING_FIELDS.has(field));
  if (!moved) return [...names];
  names.add(dependency.siteArticles(event.siteId));
  for (const categoryId of [...(where?.categoryIds ?? []), ...(edit?.previousCategoryIds ?? [])]) names.add(dependency.category(categoryId));
  for (const tagId of where?.tagIds ?? []) names.add(dependency.tag(tagId));
  if (edit === undefined || edit.fields.includes('tags')) names.add(dependency.siteTags(event.siteId));
  return [...names];
}

/** The content type a public path belongs to, when its pages depend on the type as a whole. */
const KIND_OF_PATH: readonly (readonly [string, readonly ContentKind[]])[] = [
  [DOCUMENTS_PATH, ['documents']],
  [ALBUMS_PATH, ['albums']],
  [QUESTIONS_PATH, ['questions']],
  [CONSULTATIONS_PATH, ['consultations']],
  ['/lich-cong-tac', ['schedule']],
  ['/danh-ba', ['directory']],
  ['/en', ['pages']],
  ['/trang', ['pages']],
  ['/so-do-trang', ['pages']],
  // Made from the site's own content of every kind.
  [DISCLOSURE_PATH, CONTENT_KINDS],
  ['/sitemap', CONTENT_KINDS],
];

function under(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}-`) || path.startsWith(`${prefix}.`);
}

/** What every public page of `siteId` at `path` depends on besides what its reads declared. */
export function pathNames(siteId: number, path: string): string[] {
  const names = [dependency.system, dependency.site(siteId)];
  for (const [prefix, kinds] of KIND_OF_PATH) {
    if (under(path, prefix)) for (const kind of kinds) names.push(dependency.kind(kind, siteId));
  }
  if (under(path, DISCLOSURE_PATH)) names.push(dependency.siteArticles(siteId));
  return names;
}

const KIND_OF_ADMIN_SEGMENT: Readonly<Record<string, ContentKind>> = {
  pages: 'pages',
  documents: 'documents',
  albums: 'albums',
  questions: 'questions',
  consultations: 'consultations',
  schedule: 'schedule',
  directory: 'directory',
};

/** Admin screens whose writes change nothing the public sees (or announce it otherwise: articles raise events). */
const PRIVATE_SEGMENTS: ReadonlySet<string> = new Set(['staff', 'statistics', 'royalty-report', 'dashboard', 'compliance', 'audit']);

export interface AdminWrite {
  /** The path after /api/v1/admin/, split on '/'. */
  segments: readonly string[];
  /** The site a /sites/{site}/… path names, and its parent, once looked up. */
  site?: { id: number; parentId: number | null };
}

/**
 * A successful write through the admin API: the names it changes. Article status and
 * saves announce themselves (events); here the rest: a type's pages, a site's shared
 * parts, topics. Unknown screens of a site drop the whole site, never too little.
 */
export function adminWriteNames(write: AdminWrite): string[] {
  const [area, , segment, id] = write.segments;
  if (area === 'topics') return [dependency.topics];
  if (area !== 'sites' || write.site === undefined || segment === undefined) return [];
  const siteId = write.site.id;
  if (PRIVATE_SEGMENTS.has(segment)) return [];
  const kind = KIND_OF_ADMIN_SEGMENT[segment];
  if (kind !== undefined) return kind === 'pages' ? [dependency.site(siteId), dependency.kind(kind, siteId)] : [dependency.kind(kind, siteId)];
  if (segment === 'articles') return id !== undefined && /^\d{1,12}$/.test(id) ? [dependency.article(Number(id))] : [];
  if (segment === 'syndication') {
    const parent = write.site.parentId;
    return parent === null ? [dependency.syndicated(siteId)] : [dependency.syndicated(siteId), dependency.syndicated(parent)];
  }
  return [dependency.site(siteId)];
}

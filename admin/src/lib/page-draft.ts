/** The page editor's form state, and its conversion to and from the API's PageInput. */
import type { AdminPage, PageInput } from '../api/types.js';

export interface PageDraft {
  title: string;
  /** The last part of /trang/{slug}; empty on a new page: the server takes it from the title. */
  slug: string;
  description: string;
  bodyHtml: string;
  /** 'vi' (/trang/{slug}) or 'en' (/en/{slug}). */
  language: 'vi' | 'en';
}

export type PageDraftField = keyof PageDraft;

export const PAGE_DRAFT_FIELDS: PageDraftField[] = ['title', 'slug', 'language', 'description', 'bodyHtml'];

export const EMPTY_PAGE_DRAFT: PageDraft = { title: '', slug: '', description: '', bodyHtml: '', language: 'vi' };

export function pageDraftOf(page: AdminPage): PageDraft {
  return { title: page.title, slug: page.slug, description: page.description, bodyHtml: page.bodyHtml, language: page.language };
}

/** The fields that differ, as the server would store them (texts trimmed, the body as it is). */
export function changedPageFields(a: PageDraft, b: PageDraft): PageDraftField[] {
  return PAGE_DRAFT_FIELDS.filter((f) => (f === 'bodyHtml' ? a[f] !== b[f] : a[f].trim() !== b[f].trim()));
}

/** What a save sends: the slug only when it is set (new page) or changed by someone who may change it. */
export function pageInputOf(d: PageDraft, page: AdminPage | null): PageInput {
  const slug = d.slug.trim();
  const sendSlug = page === null ? slug !== '' : page.canChangeSlug && slug !== page.slug;
  const sendLanguage = page === null ? d.language !== 'vi' : d.language !== page.language;
  return { title: d.title.trim(), description: d.description.trim(), bodyHtml: d.bodyHtml, ...(sendSlug ? { slug } : {}), ...(sendLanguage ? { language: d.language } : {}) };
}

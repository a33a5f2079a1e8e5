/**
 * Moving every piece of content of one site to another, inside the caller's
 * transaction (merge-plan.ts says what happens to each table). Nothing is deleted:
 * rows change site (and slug, where the successor already uses one), joined rows stay
 * behind empty. Each moved item's old public path is recorded as a redirect of the old
 * site, so its host can answer every old URL with a 301 to the new place.
 */
import type { Kysely } from 'kysely';
import type { MergeCounts } from '../../contract/site-archive.js';
import type { Database } from '../../db/schema.js';
import { saveRedirect, type RedirectTarget } from '../../redirects/index.js';
import { albumPath, articlePath, categoryPath, consultationPath, documentPath, pagePathIn, questionPath, topicPath } from '../../urls/paths.js';
import { takeSlug } from './merge-plan.js';

type Conn = Kysely<Database>;

/** How many rows of each kind changed site (or were joined to the successor's). */
export type { MergeCounts };

interface Ctx {
  trx: Conn;
  fromId: number;
  intoId: number;
  counts: MergeCounts;
}

async function redirect(ctx: Ctx, fromPath: string, target: RedirectTarget): Promise<void> {
  await saveRedirect(ctx.trx, ctx.fromId, fromPath, target);
  ctx.counts.redirects += 1;
}

async function slugsOf(trx: Conn, table: 'articles' | 'pages' | 'legal_documents' | 'consultations' | 'albums', siteId: number): Promise<Set<string>> {
  const rows = await trx.selectFrom(table).select('slug').where('site_id', '=', siteId).execute();
  return new Set(rows.map((r) => r.slug));
}

/** Categories: by slug into the successor's, else moved off the menu; returns old id → new id. */
async function moveCategories(ctx: Ctx): Promise<Map<number, number>> {
  const { trx, fromId, intoId } = ctx;
  const into = new Map((await trx.selectFrom('categories').select(['id', 'slug']).where('site_id', '=', intoId).execute()).map((c) => [c.slug, c.id]));
  const from = await trx.selectFrom('categories').selectAll().where('site_id', '=', fromId).orderBy('id').execute();
  const last = await trx.selectFrom('categories').select((eb) => eb.fn.max('menu_order').as('m')).where('site_id', '=', intoId).executeTakeFirst();
  const map = new Map<number, number>();
  for (const c of from) map.set(c.id, into.get(c.slug) ?? c.id);
  let order = Number(last?.m ?? 0);
  for (const c of from) {
    const target = map.get(c.id) ?? c.id;
    if (target !== c.id) {
      ctx.counts.categoriesJoined += 1;
      await trx.updateTable('article_categories').set({ category_id: target }).where('category_id', '=', c.id).execute();
    } else {
      order += 1;
      const parent = c.parent_id === null ? null : (map.get(c.parent_id) ?? c.parent_id);
      await trx.updateTable('categories').set({ site_id: intoId, parent_id: parent, in_menu: 0, menu_order: order }).where('id', '=', c.id).execute();
      ctx.counts.categoriesMoved += 1;
    }
    await redirect(ctx, categoryPath(c.slug), { categoryId: target });
  }
  return map;
}

async function moveTags(ctx: Ctx): Promise<void> {
  const { trx, fromId, intoId } = ctx;
  const into = new Map((await trx.selectFrom('tags').select(['id', 'slug']).where('site_id', '=', intoId).execute()).map((t) => [t.slug, t.id]));
  for (const tag of await trx.selectFrom('tags').selectAll().where('site_id', '=', fromId).execute()) {
    const target = into.get(tag.slug);
    if (target === undefined) {
      await trx.updateTable('tags').set({ site_id: intoId }).where('id', '=', tag.id).execute();
      ctx.counts.tagsMoved += 1;
    } else {
      await trx.updateTable('article_tags').set({ tag_id: target }).where('tag_id', '=', tag.id).execute();
      ctx.counts.tagsJoined += 1;
    }
  }
}

async function moveArticles(ctx: Ctx, categories: Map<number, number>): Promise<void> {
  const { trx, fromId, intoId } = ctx;
  const taken = await slugsOf(trx, 'articles', intoId);
  const slugOfCategory = new Map((await trx.selectFrom('categories').select(['id', 'slug']).where('id', 'in', [0, ...categories.keys()]).execute()).map((c) => [c.id, c.slug]));
  for (const a of await trx.selectFrom('articles').select(['id', 'slug', 'category_id']).where('site_id', '=', fromId).orderBy('id').execute()) {
    const slug = takeSlug(a.slug, taken);
    if (slug !== a.slug) ctx.counts.renamed += 1;
    const category = categories.get(a.category_id) ?? a.category_id;
    // A district's featured stories do not take over the successor's home page.
    await trx.updateTable('articles').set({ site_id: intoId, category_id: category, slug, featured: 0, featured_order: null, featured_until: null }).where('id', '=', a.id).execute();
    ctx.counts.articles += 1;
    const oldCategory = slugOfCategory.get(a.category_id);
    if (oldCategory !== undefined) await redirect(ctx, articlePath(oldCategory, a.slug), { articleId: a.id });
  }
}

async function movePages(ctx: Ctx): Promise<void> {
  const { trx, fromId, intoId } = ctx;
  const taken = await slugsOf(trx, 'pages', intoId);
  for (const p of await trx.selectFrom('pages').select(['id', 'slug', 'language']).where('site_id', '=', fromId).orderBy('id').execute()) {
    const slug = takeSlug(p.slug, taken);
    if (slug !== p.slug) ctx.counts.renamed += 1;
    await trx.updateTable('pages').set({ site_id: intoId, slug, in_menu: 0 }).where('id', '=', p.id).execute();
    ctx.counts.pages += 1;
    await redirect(ctx, pagePathIn(p.slug, p.language), { pageId: p.id });
  }
}

/** Documents, consultations, albums: new slug where taken, the old path redirected to the new. */
async function moveSlugged(ctx: Ctx, table: 'legal_documents' | 'consultations' | 'albums', pathOf: (slug: string) => string): Promise<number> {
  const { trx, fromId, intoId } = ctx;
  const taken = await slugsOf(trx, table, intoId);
  const rows = await trx.selectFrom(table).select(['id', 'slug']).where('site_id', '=', fromId).orderBy('id').execute();
  for (const row of rows) {
    const slug = takeSlug(row.slug, taken);
    if (slug !== row.slug) ctx.counts.renamed += 1;
    await trx.updateTable(table).set({ site_id: intoId, slug }).where('id', '=', row.id).execute();
    if (slug !== row.slug) await redirect(ctx, pathOf(row.slug), { toPath: pathOf(slug) });
  }
  return rows.length;
}

async function moveQuestions(ctx: Ctx): Promise<void> {
  const { trx, fromId, intoId } = ctx;
  const taken = new Set((await trx.selectFrom('questions').select('slug').where('site_id', '=', intoId).execute()).flatMap((q) => (q.slug === null ? [] : [q.slug])));
  for (const q of await trx.selectFrom('questions').select(['id', 'slug']).where('site_id', '=', fromId).orderBy('id').execute()) {
    const slug = q.slug === null ? null : takeSlug(q.slug, taken);
    if (slug !== q.slug) ctx.counts.renamed += 1;
    await trx.updateTable('questions').set({ site_id: intoId, slug }).where('id', '=', q.id).execute();
    ctx.counts.questions += 1;
    if (q.slug !== null && slug !== null && slug !== q.slug) await redirect(ctx, questionPath(q.slug), { toPath: questionPath(slug) });
  }
}

/** Weeks the successor has no schedule for move; a week it has stays with the old site. */
async function moveSchedule(ctx: Ctx): Promise<void> {
  const { trx, fromId, intoId } = ctx;
  const taken = new Set((await trx.selectFrom('schedule_weeks').select('iso_week').where('site_id', '=', intoId).execute()).map((w) => w.iso_week));
  for (const w of await trx.selectFrom('schedule_weeks').select(['id', 'iso_week']).where('site_id', '=', fromId).execute()) {
    if (taken.has(w.iso_week)) {
      ctx.counts.scheduleWeeksKept += 1;
      continue;
    }
    await trx.updateTable('schedule_weeks').set({ site_id: intoId }).where('id', '=', w.id).execute();
    ctx.counts.scheduleWeeks += 1;
  }
}

async function moveDirectory(ctx: Ctx): Promise<void> {
  const { trx, fromId, intoId } = ctx;
  const last = await trx.selectFrom('directory_entries').select((eb) => eb.fn.max('sort_order').as('m')).where('site_id', '=', intoId).executeTakeFirst();
  const base = Number(last?.m ?? 0);
  for (const e of await trx.selectFrom('directory_entries').select(['id', 'sort_order']).where('site_id', '=', fromId).execute()) {
    await trx.updateTable('directory_entries').set({ site_id: intoId, sort_order: base + 1 + e.sort_order }).where('id', '=', e.id).execute();
    ctx.counts.directoryEntries += 1;
  }
}

/** The old site's own topics (system topics belong to no site); a slug the successor's topics use gets a suffix. */
async function moveTopics(ctx: Ctx): Promise<void> {
  const { trx, fromId, intoId } = ctx;
  const taken = new Set((await trx.selectFrom('topics').select('slug').where((eb) => eb.or([eb('site_id', '=', intoId), eb('site_id', 'is', null)])).execute()).map((t) => t.slug));
  for (const topic of await trx.selectFrom('topics').select(['id', 'slug']).where('site_id', '=', fromId).orderBy('id').execute()) {
    const slug = takeSlug(topic.slug, taken);
    if (slug !== topic.slug) ctx.counts.renamed += 1;
    await trx.updateTable('topics').set({ site_id: intoId, slug }).where('id', '=', topic.id).execute();
    ctx.counts.topics += 1;
    if (slug !== topic.slug) await redirect(ctx, topicPath(topic.slug), { toPath: topicPath(slug) });
  }
}

/** Moves all of `fromId`'s content to `intoId` (see merge-plan.ts); the caller's transaction makes it all or nothing. */
export async function moveSiteContent(trx: Conn, fromId: number, intoId: number): Promise<MergeCounts> {
  const counts: MergeCounts = {
    categoriesMoved: 0, categoriesJoined: 0, tagsMoved: 0, tagsJoined: 0, articles: 0, pages: 0, media: 0, legalDocuments: 0,
    questions: 0, consultations: 0, albums: 0, scheduleWeeks: 0, scheduleWeeksKept: 0, directoryEntries: 0, topics: 0, renamed: 0, redirects: 0,
  };
  const ctx: Ctx = { trx, fromId, intoId, counts };
  const categories = await moveCategories(ctx);
  await moveTags(ctx);
  await moveArticles(ctx, categories);
  await movePages(ctx);
  const media = await trx.updateTable('media').set({ site_id: intoId }).where('site_id', '=', fromId).executeTakeFirst();
  counts.media = Number(media.numUpdatedRows);
  counts.legalDocuments = await moveSlugged(ctx, 'legal_documents', documentPath);
  counts.consultations = await moveSlugged(ctx, 'consultations', consultationPath);
  counts.albums = await moveSlugged(ctx, 'albums', albumPath);
  await moveQuestions(ctx);
  await moveSchedule(ctx);
  await moveDirectory(ctx);
  await moveTopics(ctx);
  return counts;
}

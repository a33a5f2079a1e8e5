/**
 * Removing the demo system once a province has its own sites: the sites of
 * demo/sites.json and everything hanging off them (articles with their revisions,
 * authors, categories, tags, attachments, relations and jobs; categories, tags, pages,
 * menus, media rows, redirects, site roles; search rows go with their articles and pages by
 * the database's triggers), in one transaction with its audit entry. Non-demo sites and
 * every account stay. Refused while a non-demo site has a demo site as its parent or
 * successor. The audit log is append-only and keeps its history of the demo. Media
 * files are deleted after the commit (a file left behind is only disk space).
 */
import { deleteAlbumsOfSites } from '../albums/albums.repo.js';
import { deleteConsultationsOfSites, detachMediaFromConsultations } from '../consultations/consultations.repo.js';
import type { Kysely } from 'kysely';
import { recordAudit } from '../audit/audit.js';
import type { Database } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import { parseVariants } from '../media/variants.js';
import { deleteMenusOfSites } from '../menus/menus.repo.js';
import { SiteError } from '../sites/errors.js';
import { bumpSiteState } from '../sites/site-state.repo.js';
import { loadDemoSites } from './demo-files.js';
import { deleteViewStatsOfSites } from '../statistics/view-stats.repo.js';
import { deleteTopicsOfSites } from '../topics/index.js';
import { DEMO_TOPIC_SLUG } from './topics.js';

export interface DemoRemovalActor {
  actorId: number | null;
  actorName: string;
  ip: string | null;
}

export interface DemoRemoval {
  /** The demo sites found and removed. */
  sites: string[];
  articles: number;
  pages: number;
  media: number;
  /** Storage keys (originals and variants) of the removed media, to delete from disk. */
  mediaKeys: string[];
}

/** The slugs of the demo system (demo/sites.json). */
export function demoSiteSlugs(): string[] {
  return loadDemoSites().map((s) => s.slug);
}

export async function removeDemoSystem(db: Kysely<Database>, actor: DemoRemovalActor, now = new Date()): Promise<DemoRemoval> {
  const slugs = demoSiteSlugs();
  return inTransaction(db, async (trx) => {
    const demo = await trx.selectFrom('sites').select(['id', 'slug']).where('slug', 'in', slugs).execute();
    if (demo.length === 0) return { sites: [], articles: 0, pages: 0, media: 0, mediaKeys: [] };
    const ids = demo.map((s) => s.id);
    const dependants = await trx
      .selectFrom('sites')
      .select(['slug', 'name', 'parent_id', 'successor_site_id'])
      .where('id', 'not in', ids)
      .where((eb) => eb.or([eb('parent_id', 'in', ids), eb('successor_site_id', 'in', ids)]))
      .execute();
    if (dependants.length > 0) {
      const names = dependants.map((d) => `"${d.name}" (${d.slug})`).join(', ');
      throw new SiteError(
        'demo_parent',
        `Không xóa được hệ thống mẫu: cổng ${names} đang thuộc (hoặc kế thừa) một cổng mẫu. Hãy đổi cổng cấp trên của chúng sang một cổng không phải cổng mẫu trước.`,
      );
    }

    const articles = trx.selectFrom('articles').select('id').where('site_id', 'in', ids);
    const media = await trx.selectFrom('media').select(['id', 'storage_key', 'variants']).where('site_id', 'in', ids).execute();
    const mediaIds = media.map((m) => m.id);
    if (mediaIds.length > 0) {
      // Another site's article may use a demo picture: it loses the picture, not its text.
      await trx.deleteFrom('article_attachments').where('media_id', 'in', mediaIds).execute();
      await trx.updateTable('articles').set({ featured_image_id: null }).where('featured_image_id', 'in', mediaIds).execute();
    }
    // Topics: the demo sites' own, their articles' memberships, their pictures; the demo's system topic once empty.
    await deleteTopicsOfSites(trx, ids, mediaIds, [DEMO_TOPIC_SLUG]);
    await deleteConsultationsOfSites(trx, ids);
    await detachMediaFromConsultations(trx, mediaIds);
    await trx.deleteFrom('redirects').where('site_id', 'in', ids).execute();
    await trx.deleteFrom('import_sources').where('site_id', 'in', ids).execute();
    await trx.deleteFrom('jobs').where('article_id', 'in', articles).execute();
    await trx.deleteFrom('article_relations').where((eb) => eb.or([eb('article_id', 'in', articles), eb('related_article_id', 'in', articles)])).execute();
    await trx.deleteFrom('article_categories').where((eb) => eb.or([eb('article_id', 'in', articles), eb('category_id', 'in', trx.selectFrom('categories').select('id').where('site_id', 'in', ids))])).execute();
    await trx.deleteFrom('article_tags').where((eb) => eb.or([eb('article_id', 'in', articles), eb('tag_id', 'in', trx.selectFrom('tags').select('id').where('site_id', 'in', ids))])).execute();
    await trx.deleteFrom('article_attachments').where('article_id', 'in', articles).execute();
    await trx.deleteFrom('article_revisions').where('article_id', 'in', articles).execute();
    await trx.deleteFrom('article_authors').where('article_id', 'in', articles).execute();
    await deleteMenusOfSites(trx, ids); // before the pages and categories its items point at
    await deleteViewStatsOfSites(trx, ids); // the sites' page-view counts (no personal data), before their articles and sites
    await deleteAlbumsOfSites(trx, ids); // before the media their items show
    const removedArticles = await trx.deleteFrom('articles').where('site_id', 'in', ids).executeTakeFirst();
    await trx.deleteFrom('questions').where('site_id', 'in', ids).execute();
    const removedPages = await trx.deleteFrom('pages').where('site_id', 'in', ids).executeTakeFirst();
    // Legal documents: their links and attachments go with them (ON DELETE CASCADE), before the media they name.
    await trx.deleteFrom('legal_document_attachments').where('document_id', 'in', trx.selectFrom('legal_documents').select('id').where('site_id', 'in', ids)).execute();
    await trx.deleteFrom('legal_documents').where('site_id', 'in', ids).execute();
    await trx.deleteFrom('tags').where('site_id', 'in', ids).execute();
    await trx.deleteFrom('media').where('site_id', 'in', ids).execute();
    await trx.deleteFrom('categories').where('site_id', 'in', ids).execute();
    await trx.deleteFrom('site_roles').where('site_id', 'in', ids).execute();
    await trx.deleteFrom('schedule_entries').where('week_id', 'in', trx.selectFrom('schedule_weeks').select('id').where('site_id', 'in', ids)).execute();
    await trx.deleteFrom('schedule_weeks').where('site_id', 'in', ids).execute();
    await trx.deleteFrom('directory_entries').where('site_id', 'in', ids).execute();
    await trx.deleteFrom('sites').where('id', 'in', ids).execute();
    await bumpSiteState(trx); // every running process drops the removed sites

    const result: DemoRemoval = {
      sites: demo.map((s) => s.slug),
      articles: Number(removedArticles.numDeletedRows),
      pages: Number(removedPages.numDeletedRows),
      media: media.length,
      mediaKeys: media.flatMap((m) => [m.storage_key, ...parseVariants(m.variants).map((v) => v.storage_key)]),
    };
    await recordAudit(
      trx,
      {
        action: 'demo_removed',
        actorId: actor.actorId,
        actorName: actor.actorName,
        objectType: 'site',
        ip: actor.ip,
        details: { sites: result.sites, articles: result.articles, pages: result.pages, media: result.media },
      },
      now,
    );
    return result;
  });
}

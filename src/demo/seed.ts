/**
 * Loads the demo system into an empty database: the Quảng Trị sites, the Cam Lộ
 * article exactly as published, generated categories, articles and pages for every
 * site, and the system administrator `admin`.
 */
import type { Kysely } from 'kysely';
import { findUserByUsername, hashPassword, insertUser, randomPassword } from '../accounts/index.js';
import { createArticle } from '../articles/articles.service.js';
import { insertMenuCategories } from '../categories/index.js';
import type { Database } from '../db/schema.js';
import { sanitizeRichText } from '../html/sanitize.js';
import { insertPage } from '../pages/index.js';
import { bumpSiteState, insertSite, type Site } from '../sites/index.js';
import { toStoredInstant } from '../text/index.js';
import { seedDemoAlbums } from './albums.js';
import { seedDemoConsultations } from './consultations.js';
import { loadDemoSites, loadSeedArticle, type DemoSite } from './demo-files.js';
import { seedDemoQuestions } from './questions.js';
import { DEMO_CATEGORIES, generateArticles, generatePages } from './generator/index.js';
import { seedDemoDocuments } from './documents.js';
import { seedScheduleAndDirectory } from './schedule-directory.js';
import { seedDemoSyndication } from './syndication.js';
import { seedDemoViewHistory } from './view-history.js';
import { seedDemoTopics } from './topics.js';

/** Dark enough for white text at WCAG AA (and AAA for most). */
const THEME_COLORS: Record<string, string> = {
  quangtri: '#9b1c1c',
  dongha: '#1d4f91',
  thixaquangtri: '#7a2e0e',
  vinhlinh: '#0b6b3a',
  giolinh: '#5b2a86',
  camlo: '#0b4f8a',
  trieuphong: '#8a1538',
  hailang: '#00605f',
  huonghoa: '#3d5a1f',
  dakrong: '#6b3e00',
  conco: '#00457c',
};

export interface SeedOptions {
  adminPassword?: string | undefined;
  /** Generated articles per site. */
  articlesPerSite?: number;
  now?: Date;
  /** DATA_DIR/media: when given, the demo albums and their pictures are made too (demo/albums.ts). */
  mediaDir?: string | undefined;
}

export interface SeedResult {
  sites: number;
  articles: number;
  /** Set when no ADMIN_PASSWORD was given: shown to the operator once. */
  generatedAdminPassword?: string;
}

async function insertDemoSites(db: Kysely<Database>, demoSites: DemoSite[], stamp: string): Promise<Site[]> {
  const bySlug = new Map<string, Site>();
  // Parents first, so that children can name them.
  const ordered = [...demoSites].sort((a, b) => Number(a.parent !== null) - Number(b.parent !== null));
  for (const [index, s] of ordered.entries()) {
    const parent = s.parent === null ? undefined : bySlug.get(s.parent);
    const site = await insertSite(db, {
      slug: s.slug,
      kind: s.kind,
      parent_id: parent?.id ?? null,
      name: s.name,
      short_name: s.shortName,
      hostnames: JSON.stringify(s.hostnames),
      contact: JSON.stringify(s.contact),
      responsible_agency: null,
      responsible_person: null,
      logo_path: null,
      theme_color: THEME_COLORS[s.slug] ?? '#9b1c1c',
      public_service_url: null,
      status: 'active',
      successor_site_id: null,
      sort_order: index,
      created_at: stamp,
      updated_at: stamp,
    });
    bySlug.set(site.slug, site);
  }
  return [...bySlug.values()];
}

export async function seedDemoSystem(db: Kysely<Database>, options: SeedOptions = {}): Promise<SeedResult> {
  const now = options.now ?? new Date();
  const stamp = toStoredInstant(now);
  const perSite = options.articlesPerSite ?? 45;
  const seed = loadSeedArticle();
  const adminPassword = options.adminPassword ?? randomPassword();
  const passwordHash = await hashPassword(adminPassword);

  const articleCount = await db.transaction().execute(async (trx) => {
    const sites = await insertDemoSites(trx, loadDemoSites(), stamp);
    await bumpSiteState(trx); // a running process (a clean start) sees the demo sites
    let count = 0;
    for (const [siteIndex, site] of sites.entries()) {
      const categoryIds = new Map((await insertMenuCategories(trx, site.id, DEMO_CATEGORIES, stamp)).map((row) => [row.slug, row.id]));
      for (const page of generatePages({ slug: site.slug, name: site.name, shortName: site.shortName, contact: site.contact })) {
        await insertPage(trx, {
          site_id: site.id,
          slug: page.slug,
          title: page.title,
          body_html: sanitizeRichText(page.bodyHtml),
          status: 'published',
          menu_order: page.menuOrder,
          in_menu: 0,
          published_at: stamp,
          created_at: stamp,
          updated_at: stamp,
        });
      }
      if (site.slug === seed.site) {
        const categoryId = categoryIds.get(seed.category);
        if (categoryId === undefined) throw new Error(`Demo category ${seed.category} is missing`);
        await createArticle(
          trx,
          { siteId: site.id, categoryId, title: seed.title, lead: '', bodyHtml: seed.bodyHtml, status: 'published', publishedAt: seed.publishedAt, featured: true },
          new Date(seed.publishedAt),
        );
        count += 1;
      }
      const generated = generateArticles({ siteSlug: site.slug, siteShortName: site.shortName, count: perSite, now, seed: 1000 + siteIndex, years: 3 });
      for (const a of generated) {
        const categoryId = categoryIds.get(a.categorySlug);
        if (categoryId === undefined) continue;
        await createArticle(
          trx,
          {
            siteId: site.id,
            categoryId,
            title: a.title,
            lead: a.lead,
            bodyHtml: a.bodyHtml,
            authorName: a.authorName,
            source: a.source,
            status: 'published',
            publishedAt: a.publishedAt,
            featured: a.featured,
          },
          new Date(a.publishedAt),
        );
        count += 1;
      }
    }
    await seedDemoDocuments(trx, sites, stamp); // legal documents of the province and Cam Lộ
    await seedScheduleAndDirectory(trx, sites, now); // the schedule, directory and English pages of the province and Cam Lộ
    await seedDemoConsultations(trx, sites, now); // lấy ý kiến dự thảo: the province's and Cam Lộ's drafts
    await seedDemoQuestions(trx, sites, now); // citizens' questions of the province and Cam Lộ
    await seedDemoViewHistory(trx, now); // a year of page views, for the footer's numbers and the yearly statistics
    count += await seedDemoTopics(trx, sites, seed.expectedSlug, now); // the 2022 gender-equality month: the seed article and four districts' articles
    // A clean start (DEMO_SEED=never) may already have made `admin`: then it is left as it is.
    const adminCreated = (await findUserByUsername(trx, 'admin')) === undefined;
    if (adminCreated) await insertUser(trx, { username: 'admin', displayName: 'Quản trị hệ thống', passwordHash, isSystemAdmin: true, now: stamp });
    await seedDemoSyndication(trx, sites, now); // Tin từ các địa phương: Cam Lộ and Vĩnh Linh articles accepted on the province, one pending
    return { count, adminCreated };
  });

  if (options.mediaDir !== undefined) {
    const admin = await findUserByUsername(db, 'admin');
    const sites = new Map((await db.selectFrom('sites').select(['id', 'slug']).execute()).map((s) => [s.slug, s.id]));
    if (admin !== undefined) await seedDemoAlbums(db, options.mediaDir, admin.id, sites);
  }

  const result: SeedResult = { sites: (await db.selectFrom('sites').select('id').execute()).length, articles: articleCount.count };
  if (options.adminPassword === undefined && articleCount.adminCreated) result.generatedAdminPassword = adminPassword;
  return result;
}

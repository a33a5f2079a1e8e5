/**
 * `govportal generate`: fills a database with synthetic provincial data at any size.
 * It creates the sites missing up to the wanted number (through the site service, so each
 * gets its template categories, pages and audit entry), then writes articles site by site
 * in batches — one transaction per batch, multi-row INSERTs — with legal documents and
 * citizens' questions in proportion. Running it again adds more; nothing unique repeats.
 */
import { availableParallelism } from 'node:os';
import type { Kysely } from 'kysely';
import type { Dialect } from '../db/database.js';
import { createSiteSchema } from '../contract/sites.js';
import type { Database, NewArticle, NewLegalDocument, NewQuestion, SiteKind } from '../db/schema.js';
import { documentColumns } from '../documents/document-editing.js';
import { publicBodyHtml } from '../questions/questions.service.js';
import type { SearchService } from '../search/search.js';
import { bumpSiteState, createSite, type SiteAdminActor } from '../sites/index.js';
import { slugify } from '../text/index.js';
import { addWorkingDays, vietnamDay } from '../time/working-days.js';
import { allTagNames, synthesizeArticles, type SynthSite } from './articles.js';
import { synthesizeDocuments } from './documents.js';
import {
  categoriesOf,
  countOnSite,
  ensureTags,
  insertArticles,
  insertArticleTags,
  insertDocuments,
  insertQuestions,
  sitesForGeneration,
  SlugAllocator,
  takenTrackingCodes,
  type SiteForGeneration,
} from './generate.repo.js';
import { synthesizeQuestions, type SynthQuestion } from './questions.js';
import { planSites } from './site-plan.js';
import { createRng, hashSeed } from '../demo/generator/index.js';
import { makeTrackingCode } from '../questions/question-rules.js';
import { isUniqueViolation } from '../db/unique-violation.js';

type Conn = Kysely<Database>;

/** Legal documents and citizens' questions per article, about as on a real portal. */
export const DOCUMENT_SHARE = 0.05;
export const QUESTION_SHARE = 0.05;

/** SQLite's page cache while generating, in MB: 100,000 articles over 150 sites took 137 s with the default, 107 s with this. */
export const GENERATE_SQLITE_CACHE_MB = 256;

/** A province's and a district's portal publish more than a commune's. */
const WEIGHT: Readonly<Record<SiteKind, number>> = { province: 4, district: 2, department: 1.5, commune: 1, other: 1 };

/** Most sites written at once: PostgreSQL's pool holds 10 connections. */
export const MAX_LANES = 8;

/**
 * Sites written at once unless told otherwise: on PostgreSQL one per core (its triggers take
 * most of a core per connection, GenerateOptions.lanes), at most MAX_LANES; SQLite writes
 * through one connection.
 */
export function defaultLanes(dialect: Dialect): number {
  return dialect === 'sqlite' ? 1 : Math.min(MAX_LANES, availableParallelism());
}

export interface GenerateOptions {
  /** The number of sites wanted in all: the missing ones are created. */
  sites: number;
  /** Articles to add, spread over every active site. */
  articles: number;
  seed: number;
  /** Articles per transaction. */
  batch: number;
  /** The database's: new ids are drawn its way (generate.repo.ts newIdsHighestFirst). */
  dialect: Dialect;
  /**
   * How many sites are written at once, each on its own connection (PostgreSQL only; SQLite
   * writes through one connection, so 1). On PostgreSQL a generate is bound by the server's
   * triggers (search_row's folding and the index inserts, about 87 % of one core against the
   * generator's 12 %), and a second connection puts them on a second core. Default 1.
   */
  lanes?: number;
  now?: Date;
  onProgress?: (done: number, total: number) => void;
  /**
   * The search index, merged once every row is written: written row by row, it is left in
   * many pieces that each search reads (SearchService.compact, search/schema-sqlite.ts).
   */
  search: Pick<SearchService, 'compact'>;
}

export interface GenerateResult {
  sitesCreated: number;
  articles: number;
  documents: number;
  questions: number;
}

const CLI_ACTOR: SiteAdminActor = { actorId: null, actorName: 'cli', ip: null, isSystemAdmin: true };

export async function generate(db: Conn, options: GenerateOptions): Promise<GenerateResult> {
  const now = options.now ?? new Date();
  const sitesCreated = await createMissingSites(db, options.sites, options.seed, now);
  // Only sites with a category can hold articles: the whole count goes to them.
  const sites: SiteForGeneration[] = [];
  for (const site of await sitesForGeneration(db)) if ((await categoriesOf(db, site.id)).length > 0) sites.push(site);
  const quotas = shareOut(options.articles, sites.map((s) => WEIGHT[s.kind]));
  const result: GenerateResult = { sitesCreated, articles: 0, documents: 0, questions: 0 };
  const fillOptions: FillOptions = { ...options, now };
  const written = (batch: GenerateResult) => {
    result.articles += batch.articles;
    result.documents += batch.documents;
    result.questions += batch.questions;
    options.onProgress?.(result.articles, options.articles);
  };
  // Each lane takes the next site not yet taken; a site is written by one lane only.
  let next = 0;
  const lane = async () => {
    for (let index = next++; index < sites.length; index = next++) {
      const quota = quotas[index] ?? 0;
      if (quota > 0) await fillSite(db, sites[index] as SiteForGeneration, quota, fillOptions, written);
    }
  };
  const lanes = options.dialect === 'sqlite' ? 1 : Math.max(1, options.lanes ?? 1);
  await Promise.all(Array.from({ length: lanes }, lane));
  await db.transaction().execute((trx) => bumpSiteState(trx)); // running processes reload what they hold about the sites
  await options.search.compact();
  return result;
}

async function createMissingSites(db: Conn, wanted: number, seed: number, now: Date): Promise<number> {
  const existing = await sitesForGeneration(db);
  const slugOf = new Map(existing.map((s) => [s.id, s.slug]));
  const plan = planSites(
    existing.map((s) => ({ slug: s.slug, kind: s.kind, parentSlug: s.parent_id === null ? null : (slugOf.get(s.parent_id) ?? null), hostnames: JSON.parse(s.hostnames) as string[] })),
    wanted,
    seed,
  );
  for (const planned of plan) {
    const input = createSiteSchema.parse({ slug: planned.slug, name: planned.name, shortName: planned.shortName, kind: planned.kind, parent: planned.parent, hostnames: planned.hostnames, contact: {} });
    await createSite(db, input, CLI_ACTOR, now);
  }
  return plan.length;
}

/** Splits total by weights into whole numbers that add up exactly (largest remainders first). */
export function shareOut(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  const shares = exact.map(Math.floor);
  const order = exact.map((x, i) => ({ i, rest: x - Math.floor(x) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (let k = 0, left = total - shares.reduce((a, b) => a + b, 0); k < left; k++) {
    const i = (order[k % order.length] as { i: number }).i;
    shares[i] = (shares[i] ?? 0) + 1;
  }
  return shares;
}

interface FillOptions {
  seed: number;
  batch: number;
  now: Date;
  dialect: Dialect;
}

/** Writes a site's quota batch by batch, telling `written` what each batch added. */
async function fillSite(db: Conn, site: SiteForGeneration, quota: number, options: FillOptions, written: (batch: GenerateResult) => void): Promise<void> {
  const categories = await categoriesOf(db, site.id);
  if (categories.length === 0) return;
  const categoryId = new Map(categories.map((c) => [c.slug, c.id]));
  const fallbackCategory = (categories[0] as { id: number }).id;
  const synthSite: SynthSite = { slug: site.slug, shortName: site.short_name };
  const tagIds = await ensureTags(db, site.id, allTagNames());
  const articleSlugs = new SlugAllocator('articles', site.id);
  const documentSlugs = new SlugAllocator('legal_documents', site.id);
  // Batches continue after what the site holds, so a second run writes new content.
  const offset = await countOnSite(db, 'articles', site.id);

  for (let done = 0; done < quota; ) {
    const count = Math.min(options.batch, quota - done);
    const spec = { seed: options.seed, batch: offset + done, count, now: options.now };
    const documents = Math.floor((done + count) * DOCUMENT_SHARE) - Math.floor(done * DOCUMENT_SHARE);
    const questions = Math.floor((done + count) * QUESTION_SHARE) - Math.floor(done * QUESTION_SHARE);
    await retryingClashes(() => db.transaction().execute(async (trx) => {
      const articles = synthesizeArticles(synthSite, spec);
      const slugs = await articleSlugs.allocate(trx, articles.map((a) => a.slug));
      const rows: NewArticle[] = articles.map((a, i) => ({
        site_id: site.id,
        category_id: categoryId.get(a.categorySlug) ?? fallbackCategory,
        slug: slugs[i] as string,
        title: a.title,
        lead: a.lead,
        // The generator's own markup (p, h2, ul, strong) with escaped text: already what sanitizeRichText keeps.
        body_html: a.bodyHtml,
        featured_image_id: null,
        featured_image_caption: null,
        author_name: a.authorName,
        source: a.source,
        status: a.status,
        withdrawn_note: a.withdrawnNote,
        featured: a.featured ? 1 : 0,
        featured_order: null,
        featured_until: null,
        published_at: a.publishedAt,
        created_at: a.createdAt,
        updated_at: a.createdAt,
        created_by: null,
        return_note: null,
        scheduled_at: null,
        unpublish_at: null,
        genre: null,
        royalty_coefficient: null,
        approved_by: null,
      }));
      const inserted = await insertArticles(trx, options.dialect, rows);
      const idOf = new Map(inserted.map((r) => [r.slug, r.id]));
      const tagRows = articles.flatMap((a, i) => {
        const id = idOf.get(slugs[i] as string);
        return id === undefined ? [] : a.tags.flatMap((t) => (tagIds.has(t) ? [{ article_id: id, tag_id: tagIds.get(t) as number }] : []));
      });
      if (tagRows.length > 0) await insertArticleTags(trx, tagRows);
      if (documents > 0) await writeDocuments(trx, options.dialect, site, synthSite, documentSlugs, { ...spec, count: documents });
      if (questions > 0) await writeQuestions(trx, options.dialect, site, synthSite, { ...spec, count: questions });
    }));
    done += count;
    written({ sitesCreated: 0, articles: count, documents, questions });
  }
}

/**
 * Runs a batch again when it lost a race for a unique value with another lane: tracking codes
 * are unique over every site, and a code another lane has not yet committed is not seen by
 * uniqueTrackingCodes. Run again, the batch sees it and draws another.
 */
async function retryingClashes(batch: () => Promise<void>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await batch();
      return;
    } catch (error) {
      if (attempt >= 3 || !isUniqueViolation(error)) throw error;
    }
  }
}

async function writeDocuments(trx: Conn, dialect: Dialect, site: SiteForGeneration, synthSite: SynthSite, slugs: SlugAllocator, spec: Parameters<typeof synthesizeDocuments>[1]): Promise<void> {
  const documents = synthesizeDocuments(synthSite, spec);
  const free = await slugs.allocate(trx, documents.map((d) => slugify(`${d.input.type.replace(/-/g, ' ')} ${d.input.number}`)));
  const rows: NewLegalDocument[] = documents.map((d, i) => ({
    ...documentColumns(d.input),
    site_id: site.id,
    slug: free[i] as string,
    status: 'published',
    published_at: d.publishedAt,
    created_at: d.publishedAt,
    updated_at: d.publishedAt,
    revision: 1,
    created_by: null,
    return_note: null,
  }));
  await insertDocuments(trx, dialect, rows);
}

async function writeQuestions(trx: Conn, dialect: Dialect, site: SiteForGeneration, synthSite: SynthSite, spec: Parameters<typeof synthesizeQuestions>[1]): Promise<void> {
  const questions = synthesizeQuestions(synthSite, spec);
  const codes = await uniqueTrackingCodes(trx, questions.map((q) => q.trackingCode));
  const rows: NewQuestion[] = questions.map((q, i) => questionRow(site.id, q, codes[i] as string));
  await insertQuestions(trx, dialect, rows);
}

/** Codes are drawn from the seed: one another run already stored is drawn again from a new seed. */
async function uniqueTrackingCodes(trx: Conn, wanted: readonly string[]): Promise<string[]> {
  const codes = [...wanted];
  for (let attempt = 1; ; attempt++) {
    const taken = await takenTrackingCodes(trx, codes);
    const seen = new Set<string>();
    let clashes = 0;
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i] as string;
      if (taken.has(code) || seen.has(code)) {
        const rng = createRng(hashSeed(code, attempt, i));
        codes[i] = makeTrackingCode((bound) => rng.int(0, bound - 1));
        clashes += 1;
      } else {
        seen.add(code);
      }
    }
    if (clashes === 0) return codes;
  }
}

function questionRow(siteId: number, q: SynthQuestion, code: string): NewQuestion {
  const published = q.status === 'published';
  return {
    site_id: siteId,
    kind: q.kind,
    field: q.field,
    title: q.title,
    question_text: q.text,
    asker_name: q.askerName,
    asker_email: null,
    asker_phone: null,
    asker_address: null,
    tracking_code: code,
    received_at: q.receivedAt,
    deadline: addWorkingDays(vietnamDay(new Date(q.receivedAt)), 15),
    assigned_unit: q.status === 'received' ? null : `Văn phòng ${synthUnit(q)}`,
    assignee: null,
    answer_html: q.answerHtml,
    answered_at: q.answeredAt,
    answered_by: null,
    status: q.status,
    status_note: null,
    published_at: published ? q.answeredAt : null,
    // The tracking code keeps the address unique on the site however often a question is asked.
    slug: published ? `${slugify(q.title, 90)}-${code.toLowerCase().replace(/[^a-z0-9]+/g, '-')}` : null,
    body_html: publicBodyHtml({ question_text: q.text, answer_html: q.answerHtml }),
    updated_at: q.answeredAt ?? q.receivedAt,
  };
}

function synthUnit(q: SynthQuestion): string {
  return q.kind === 'feedback' ? 'tiếp công dân' : 'HĐND và UBND';
}

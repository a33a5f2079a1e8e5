/**
 * Storage for bulk generation: multi-row INSERTs (one statement per few hundred rows, the
 * same Kysely code on SQLite and PostgreSQL), and the look-ups that keep slugs and tracking
 * codes unique, one query per batch instead of one per row. The search index is filled by
 * the database's own triggers on these tables, exactly as for an article saved in the admin;
 * rows are written with their ids given, highest first, the order that index takes them in.
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../db/database.js';
import type { Database, NewArticle, NewLegalDocument, NewQuestion } from '../db/schema.js';
import { slugify } from '../text/index.js';

type Conn = Kysely<Database>;

/**
 * Rows per INSERT statement: well under SQLite's 32,766 bound parameters and PostgreSQL's
 * 65,535 for the widest table here (about 20 columns).
 */
const ROWS_PER_STATEMENT = 400;
/** Values per IN (…) list. */
const KEYS_PER_LOOKUP = 900;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export interface SiteForGeneration {
  id: number;
  slug: string;
  kind: Database['sites']['kind'];
  parent_id: number | null;
  short_name: string;
  hostnames: string;
}

export async function sitesForGeneration(db: Conn): Promise<SiteForGeneration[]> {
  return db.selectFrom('sites').select(['id', 'slug', 'kind', 'parent_id', 'short_name', 'hostnames']).where('status', '=', 'active').orderBy('id').execute();
}

export async function categoriesOf(db: Conn, siteId: number): Promise<{ id: number; slug: string }[]> {
  return db.selectFrom('categories').select(['id', 'slug']).where('site_id', '=', siteId).orderBy('menu_order').orderBy('id').execute();
}

/** How many rows of a kind a site already has: the batch numbers of a new run start after them. */
export async function countOnSite(db: Conn, table: 'articles' | 'legal_documents' | 'questions', siteId: number): Promise<number> {
  const row = await db.selectFrom(table).select((eb) => eb.fn.countAll<number | string>().as('n')).where('site_id', '=', siteId).executeTakeFirstOrThrow();
  return Number(row.n);
}

async function takenSlugs(db: Conn, table: 'articles' | 'legal_documents', siteId: number, slugs: readonly string[]): Promise<Set<string>> {
  const taken = new Set<string>();
  for (const part of chunks([...new Set(slugs)], KEYS_PER_LOOKUP)) {
    const rows = await db.selectFrom(table).select('slug').where('site_id', '=', siteId).where('slug', 'in', part).execute();
    for (const row of rows) taken.add(row.slug);
  }
  return taken;
}

/**
 * Gives slugs free on one site, in the order asked: a wanted slug already stored (or wanted
 * twice) gets the next numbered suffix ("-2", "-3", …). It remembers the last suffix of each
 * slug, so a title that comes back in every batch costs one LIKE query per run, not one per use.
 */
export class SlugAllocator {
  private readonly nextSuffix = new Map<string, number>();

  constructor(
    private readonly table: 'articles' | 'legal_documents',
    private readonly siteId: number,
  ) {}

  /** `db` is the batch's transaction: on SQLite a query outside it would wait for it forever. */
  async allocate(db: Conn, wanted: readonly string[]): Promise<string[]> {
    const fresh = wanted.filter((w) => !this.nextSuffix.has(w));
    const taken = await takenSlugs(db, this.table, this.siteId, fresh);
    const result: string[] = [];
    for (const base of wanted) {
      if (!this.nextSuffix.has(base) && !taken.has(base)) {
        this.nextSuffix.set(base, 2);
        result.push(base);
        continue;
      }
      const n = this.nextSuffix.get(base) ?? (await this.highestSuffix(db, base)) + 1;
      this.nextSuffix.set(base, n + 1);
      result.push(`${base}-${n}`);
    }
    // A numbered slug can still be another title's own ("Đợt 2" → "...-2"): move those on.
    const clash = await takenSlugs(db, this.table, this.siteId, result.filter((slug, i) => slug !== wanted[i]));
    const inBatch = new Set<string>();
    for (let i = 0; i < result.length; i++) {
      let slug = result[i] as string;
      const base = wanted[i] as string;
      while ((slug !== base && clash.has(slug)) || inBatch.has(slug)) {
        const n = this.nextSuffix.get(base) ?? 2;
        this.nextSuffix.set(base, n + 1);
        slug = `${base}-${n}`;
        if ((await takenSlugs(db, this.table, this.siteId, [slug])).size > 0) clash.add(slug);
      }
      inBatch.add(slug);
      result[i] = slug;
    }
    return result;
  }

  /** The largest n of "base-n" stored on the site (1 when none). */
  private async highestSuffix(db: Conn, base: string): Promise<number> {
    const rows = await db.selectFrom(this.table).select('slug').where('site_id', '=', this.siteId).where('slug', 'like', `${base}-%`).execute();
    let highest = 1;
    for (const { slug } of rows) {
      const tail = slug.slice(base.length + 1);
      if (/^[0-9]{1,9}$/.test(tail)) highest = Math.max(highest, Number(tail));
    }
    return highest;
  }
}

type IndexedTable = 'articles' | 'legal_documents' | 'questions';

/**
 * Ids for `count` new rows of `table`, highest first: the rows are written in that order. SQLite's
 * search index keys a document by minus its id (search/schema-sqlite.ts ftsRowid), and FTS5
 * writes out what a transaction gave it whenever a lower key comes than the last: a batch written
 * oldest first leaves one FTS segment per row (20,000 articles: 36–39 s, against a median of 29 s).
 * PostgreSQL draws them from the table's identity; SQLite gives the next after the highest it
 * ever gave (AUTOINCREMENT keeps it in sqlite_sequence, even once that row is deleted).
 */
async function newIdsHighestFirst(db: Conn, dialect: Dialect, table: IndexedTable, count: number): Promise<number[]> {
  if (count === 0) return [];
  if (dialect === 'postgres') {
    const drawn = await sql<{ id: string | number }>`SELECT nextval(pg_get_serial_sequence(${table}, 'id')) AS id FROM generate_series(1, ${count})`.execute(db);
    return drawn.rows.map((r) => Number(r.id)).sort((a, b) => b - a);
  }
  const top = await sql<{ n: number | null }>`
    SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = ${table}), 0), coalesce((SELECT max(id) FROM ${sql.table(table)}), 0)) AS n`.execute(db);
  const highest = Number(top.rows[0]?.n ?? 0) + count;
  return Array.from({ length: count }, (_, i) => highest - i);
}

/** Writes rows under new ids, highest first (newIdsHighestFirst); returns the ids in the rows' order. */
async function insertHighestFirst<R extends object>(
  db: Conn,
  dialect: Dialect,
  table: IndexedTable,
  rows: readonly R[],
  write: (part: (R & { id: number })[]) => Promise<void>,
): Promise<number[]> {
  const ids = await newIdsHighestFirst(db, dialect, table, rows.length);
  const withIds = rows.map((row, i) => ({ ...row, id: ids[i] as number }));
  for (const part of chunks(withIds, ROWS_PER_STATEMENT)) await write(part);
  return ids;
}

/** The articles written, in the order given, with their new ids. */
export async function insertArticles(db: Conn, dialect: Dialect, rows: readonly NewArticle[]): Promise<{ id: number; slug: string }[]> {
  const ids = await insertHighestFirst(db, dialect, 'articles', rows, async (part) => {
    await db.insertInto('articles').values(part).execute();
  });
  return rows.map((row, i) => ({ id: ids[i] as number, slug: row.slug }));
}

/** The site's tags by name, made when missing. */
export async function ensureTags(db: Conn, siteId: number, names: readonly string[]): Promise<Map<string, number>> {
  const bySlug = new Map(names.map((name) => [slugify(name), name]));
  const existing = await db.selectFrom('tags').select(['id', 'slug']).where('site_id', '=', siteId).where('slug', 'in', [...bySlug.keys()]).execute();
  const have = new Set(existing.map((t) => t.slug));
  const missing = [...bySlug].filter(([slug]) => !have.has(slug)).map(([slug, name]) => ({ site_id: siteId, slug, name }));
  const made = missing.length > 0 ? await db.insertInto('tags').values(missing).returning(['id', 'slug']).execute() : [];
  return new Map([...existing, ...made].map((t) => [bySlug.get(t.slug) as string, t.id]));
}

export async function insertArticleTags(db: Conn, rows: readonly { article_id: number; tag_id: number }[]): Promise<void> {
  for (const part of chunks(rows, ROWS_PER_STATEMENT * 4)) await db.insertInto('article_tags').values(part).execute();
}

export async function insertDocuments(db: Conn, dialect: Dialect, rows: readonly NewLegalDocument[]): Promise<void> {
  await insertHighestFirst(db, dialect, 'legal_documents', rows, async (part) => {
    await db.insertInto('legal_documents').values(part).execute();
  });
}

export async function takenTrackingCodes(db: Conn, codes: readonly string[]): Promise<Set<string>> {
  const taken = new Set<string>();
  for (const part of chunks(codes, KEYS_PER_LOOKUP)) {
    const rows = await db.selectFrom('questions').select('tracking_code').where('tracking_code', 'in', part).execute();
    for (const row of rows) taken.add(row.tracking_code);
  }
  return taken;
}

export async function insertQuestions(db: Conn, dialect: Dialect, rows: readonly NewQuestion[]): Promise<void> {
  await insertHighestFirst(db, dialect, 'questions', rows, async (part) => {
    await db.insertInto('questions').values(part).execute();
  });
}

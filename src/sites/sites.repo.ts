/** Storage of sites. Functions take the connection (or a transaction) first. */
import type { Kysely, Updateable } from 'kysely';
import type { Database, NewSite, SitesTable } from '../db/schema.js';
import { siteFromRow, type Site } from './site.js';

type Conn = Kysely<Database>;
type SiteChanges = Updateable<SitesTable>;

export async function listSites(db: Conn): Promise<Site[]> {
  const rows = await db.selectFrom('sites').selectAll().orderBy('sort_order').orderBy('id').execute();
  return rows.map(siteFromRow);
}

export async function insertSite(db: Conn, site: NewSite): Promise<Site> {
  const row = await db.insertInto('sites').values(site).returningAll().executeTakeFirstOrThrow();
  return siteFromRow(row);
}

export async function countSites(db: Conn): Promise<number> {
  const row = await db.selectFrom('sites').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findSiteBySlug(db: Conn, slug: string): Promise<Site | undefined> {
  const row = await db.selectFrom('sites').selectAll().where('slug', '=', slug).executeTakeFirst();
  return row === undefined ? undefined : siteFromRow(row);
}

export async function updateSiteRow(db: Conn, id: number, changes: SiteChanges): Promise<Site> {
  const row = await db.updateTable('sites').set(changes).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
  return siteFromRow(row);
}

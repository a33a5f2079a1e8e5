/** Storage of sites. Functions take the connection (or a transaction) first. */
import type { Kysely } from 'kysely';
import type { Database, NewSite } from '../db/schema.js';
import { siteFromRow, type Site } from './site.js';

type Conn = Kysely<Database>;

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

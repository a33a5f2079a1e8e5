/** The site an import writes into: it must exist and still be open (an archived site is read-only). */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { findSiteBySlug, type Site } from '../sites/index.js';
import { ImportError } from './import-error.js';

export async function siteToImportInto(db: Kysely<Database>, slug: string): Promise<Site> {
  const site = await findSiteBySlug(db, slug);
  if (site === undefined) throw new ImportError(`Không có cổng mã "${slug}". Xem các mã bằng: govportal site:list`);
  if (site.status === 'archived') throw new ImportError(`Cổng "${site.name}" đã được lưu trữ, chỉ xem, không nhập thêm nội dung được.`);
  return site;
}

/**
 * The demo's syndicated news: a few published articles of Cam Lộ (the reference
 * article among them) and of Vĩnh Linh accepted on the province portal, so its home
 * page shows "Tin từ các địa phương", and one Cam Lộ article still waiting in the
 * province's inbox. Rows only: the articles themselves stay where they were published.
 */
import type { Kysely } from 'kysely';
import { findUserByUsername } from '../accounts/index.js';
import type { Database, NewSyndication } from '../db/schema.js';
import { publicNow } from '../publishing/read-gate.js';
import type { Site } from '../sites/index.js';

const HOUR = 3_600_000;

/** Up to `n` of the site's public articles: featured ones (the reference article is one) first, then the newest. */
async function latestPublic(db: Kysely<Database>, siteId: number, n: number, now: Date): Promise<number[]> {
  const rows = await db
    .selectFrom('articles as a')
    .select(['a.id', 'a.featured'])
    .where('a.site_id', '=', siteId)
    .where(publicNow('a', now))
    .orderBy('a.featured', 'desc')
    .orderBy('a.published_at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(n)
    .execute();
  return rows.map((r) => r.id);
}

export async function seedDemoSyndication(db: Kysely<Database>, sites: readonly Site[], now: Date): Promise<void> {
  const bySlug = new Map(sites.map((s) => [s.slug, s]));
  const province = bySlug.get('quangtri');
  if (province === undefined) return;
  const admin = (await findUserByUsername(db, 'admin'))?.id ?? null;
  const rows: NewSyndication[] = [];
  let step = 0;
  const add = (from: Site, articleId: number, accepted: boolean) => {
    step += 1;
    const proposedAt = new Date(now.getTime() - (48 - step) * HOUR).toISOString();
    const decidedAt = new Date(now.getTime() - (24 - step) * HOUR).toISOString();
    rows.push({
      article_id: articleId, from_site_id: from.id, to_site_id: province.id, state: accepted ? 'accepted' : 'proposed',
      note: accepted ? 'Nhận đăng trên Cổng thông tin điện tử tỉnh.' : null,
      proposed_by: admin, decided_by: accepted ? admin : null, proposed_at: proposedAt, decided_at: accepted ? decidedAt : null,
    });
  };
  const camlo = bySlug.get('camlo');
  if (camlo !== undefined) {
    const [first, second, third] = await latestPublic(db, camlo.id, 3, now);
    if (first !== undefined) add(camlo, first, true);
    if (second !== undefined) add(camlo, second, true);
    if (third !== undefined) add(camlo, third, false);
  }
  const vinhlinh = bySlug.get('vinhlinh');
  if (vinhlinh !== undefined) {
    for (const id of await latestPublic(db, vinhlinh.id, 2, now)) add(vinhlinh, id, true);
  }
  if (rows.length > 0) await db.insertInto('syndications').values(rows).execute();
}

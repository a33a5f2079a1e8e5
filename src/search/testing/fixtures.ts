/**
 * Test support: a handful of articles, in a category of their own on the Cam Lộ
 * site, written to test one ranking rule each with words the demo never uses
 * ("kơ nia", "cồng chiêng Pa Nho", "dương xỉ", "thổ cẩm", "xoong").
 */
import type { Kysely } from 'kysely';
import { createArticle } from '../../articles/articles.service.js';
import { insertCategory } from '../../categories/index.js';
import type { ArticleStatus, Database } from '../../db/schema.js';

interface FixtureSpec {
  title: string;
  lead: string;
  body: string;
  publishedAt: string;
  status?: ArticleStatus;
}

const SPECS = {
  // Title over lead over body, although the body-only one is the newest.
  inTitle: { title: 'Hàng kơ nia trước sân trường', lead: 'Học sinh chăm sóc cây xanh.', body: '<p>Thầy cô và học sinh trồng cây.</p>', publishedAt: '2020-01-10T02:00:00Z' },
  inLead: { title: 'Giữ màu xanh cho bản làng', lead: 'Người dân trồng hàng kơ nia ven suối.', body: '<p>Mỗi nhà trồng một cây.</p>', publishedAt: '2020-06-10T02:00:00Z' },
  inBody: { title: 'Chuyện ở một bản vùng cao', lead: 'Bản làng đổi thay.', body: '<p>Đầu bản có cây kơ nia cổ thụ.</p>', publishedAt: '2021-01-10T02:00:00Z' },
  // Equal relevance: the newer first.
  olderTwin: { title: 'Lễ hội cồng chiêng Pa Nho', lead: 'Đồng bào vui hội.', body: '<p>Tiếng cồng chiêng vang khắp bản.</p>', publishedAt: '2020-03-01T02:00:00Z' },
  newerTwin: { title: 'Lễ hội cồng chiêng Pa Nho', lead: 'Đồng bào vui hội.', body: '<p>Tiếng cồng chiêng vang khắp bản.</p>', publishedAt: '2020-09-01T02:00:00Z' },
  // Exact diacritics over folded-only, although the other is newer.
  duong: { title: 'Rừng dương xỉ cổ thụ', lead: 'Người dân giữ rừng.', body: '<p>Rừng được bảo vệ nghiêm ngặt.</p>', publishedAt: '2020-02-01T02:00:00Z' },
  dDuong: { title: 'Rừng đường xỉ cổ thụ', lead: 'Người dân giữ rừng.', body: '<p>Rừng được bảo vệ nghiêm ngặt.</p>', publishedAt: '2020-08-01T02:00:00Z' },
  // Old-style tone placement is the same word as the new style.
  khoeOldStyle: { title: 'Ngày hội khoẻ thổ cẩm', lead: 'Bà con tham gia đông vui.', body: '<p>Các đội thi đấu sôi nổi.</p>', publishedAt: '2020-04-01T02:00:00Z' },
  khoeOther: { title: 'Ngày hội khoe thổ cẩm', lead: 'Bà con tham gia đông vui.', body: '<p>Các đội thi đấu sôi nổi.</p>', publishedAt: '2020-10-01T02:00:00Z' },
  // Words far apart, in different fields.
  farApart: { title: 'Chiếc xoong của mẹ', lead: 'Một kỷ vật giản dị.', body: '<p>Nhiều năm sau, chúng tôi trở lại thăm bản Pa Nho.</p>', publishedAt: '2020-05-01T02:00:00Z' },
  // Never shown to readers.
  draft: { title: 'Bản nháp cồng chiêng Pa Nho', lead: 'Chưa duyệt.', body: '<p>Bản nháp.</p>', publishedAt: '2020-11-01T02:00:00Z', status: 'draft' },
} satisfies Record<string, FixtureSpec>;

export type FixtureName = keyof typeof SPECS;

export interface Fixtures {
  siteId: number;
  categoryId: number;
  ids: Record<FixtureName, number>;
}

export async function insertFixtures(db: Kysely<Database>, siteSlug = 'camlo'): Promise<Fixtures> {
  const site = await db.selectFrom('sites').select('id').where('slug', '=', siteSlug).executeTakeFirstOrThrow();
  const stamp = '2020-01-01T00:00:00.000Z';
  const category = await insertCategory(db, {
    site_id: site.id,
    parent_id: null,
    slug: 'thu-nghiem-tim-kiem',
    name: 'Thử nghiệm tìm kiếm',
    description: null,
    menu_order: 99,
    in_menu: 0,
    created_at: stamp,
    updated_at: stamp,
  });
  const ids = {} as Record<FixtureName, number>;
  for (const [name, spec] of Object.entries(SPECS) as [FixtureName, FixtureSpec][]) {
    const row = await createArticle(db, {
      siteId: site.id,
      categoryId: category.id,
      title: spec.title,
      lead: spec.lead,
      bodyHtml: spec.body,
      status: spec.status ?? 'published',
      publishedAt: spec.publishedAt,
    });
    ids[name] = row.id;
  }
  return { siteId: site.id, categoryId: category.id, ids };
}

/**
 * The demo's topic: the system's "Tháng hành động vì bình đẳng giới và phòng ngừa, ứng
 * phó với bạo lực trên cơ sở giới năm 2022" (15/11–15/12/2022), gathering the seed
 * article of Cam Lộ and short articles of four other districts written here for it
 * (the generator's articles on the subject fall in other years). Every membership is
 * accepted, as if each district's approver had proposed it and the system admin had
 * accepted; the articles stay on their own sites and the topic holds no copy of them.
 */
import type { Kysely } from 'kysely';
import { createArticle } from '../articles/articles.service.js';
import type { Database } from '../db/schema.js';
import type { Site } from '../sites/index.js';
import { toStoredInstant } from '../text/index.js';
import { insertTopic } from '../topics/index.js';
import { escapeHtml } from './generator/template.js';

export const DEMO_TOPIC_SLUG = 'thang-hanh-dong-vi-binh-dang-gioi-2022';
export const DEMO_TOPIC_TITLE = 'Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2022';

interface DemoTopicArticle {
  site: string;
  title: string;
  lead: string;
  paragraphs: string[];
  publishedAt: string;
  authorName: string;
}

/** Plain, respectful district news; names of people are left out. */
const ARTICLES: DemoTopicArticle[] = [
  {
    site: 'dongha',
    title: 'Đông Hà mít tinh hưởng ứng Tháng hành động phòng ngừa bạo lực trên cơ sở giới năm 2022',
    lead: 'Sáng 18/11, thành phố Đông Hà tổ chức lễ mít tinh hưởng ứng Tháng hành động năm 2022 với sự tham gia của đông đảo hội viên phụ nữ, đoàn viên thanh niên và học sinh.',
    paragraphs: [
      'Tại buổi lễ, đại diện lãnh đạo thành phố nhấn mạnh yêu cầu tăng quyền năng và tạo cơ hội cho phụ nữ và trẻ em gái, phòng ngừa và xử lý kịp thời các vụ việc bạo lực, xâm hại.',
      'Sau lễ mít tinh, các đại biểu diễu hành cổ động trên các tuyến đường chính của thành phố.',
    ],
    publishedAt: '2022-11-18T02:30:00Z',
    authorName: 'Thu Hà',
  },
  {
    site: 'vinhlinh',
    title: 'Vĩnh Linh đưa tuyên truyền phòng, chống bạo lực gia đình đến từng thôn, khu phố',
    lead: 'Hưởng ứng Tháng hành động năm 2022, Hội Liên hiệp Phụ nữ huyện Vĩnh Linh phối hợp với các xã, thị trấn tổ chức nhiều buổi sinh hoạt chuyên đề tại cộng đồng.',
    paragraphs: [
      'Các buổi sinh hoạt giới thiệu quy định của pháp luật về phòng, chống bạo lực gia đình, kỹ năng nhận biết và cách tìm đến sự hỗ trợ khi cần.',
      'Số điện thoại của các địa chỉ hỗ trợ được niêm yết tại nhà văn hóa thôn và trụ sở Ủy ban nhân dân các xã.',
    ],
    publishedAt: '2022-11-24T03:00:00Z',
    authorName: 'Minh Phương',
  },
  {
    site: 'huonghoa',
    title: 'Hướng Hóa tổ chức diễn đàn trẻ em gái với chủ đề an toàn, không bạo lực',
    lead: 'Hơn 200 học sinh các trường trung học cơ sở trên địa bàn huyện Hướng Hóa tham gia diễn đàn trong khuôn khổ Tháng hành động năm 2022.',
    paragraphs: [
      'Các em được nghe chia sẻ về kỹ năng tự bảo vệ, quyền được an toàn ở trường học, trong gia đình và trên không gian mạng.',
      'Diễn đàn cũng là dịp để các em nêu kiến nghị với chính quyền và nhà trường về một môi trường học tập an toàn.',
    ],
    publishedAt: '2022-11-29T08:15:00Z',
    authorName: 'Hồ Thị Lan',
  },
  {
    site: 'giolinh',
    title: 'Gio Linh ra mắt mô hình “Địa chỉ tin cậy” hỗ trợ phụ nữ, trẻ em bị bạo lực',
    lead: 'Mô hình được ra mắt tại xã Gio Mỹ, nhằm tiếp nhận, bảo vệ tạm thời và kết nối hỗ trợ cho phụ nữ, trẻ em bị bạo lực hoặc có nguy cơ bị bạo lực.',
    paragraphs: [
      'Mỗi “Địa chỉ tin cậy” là một gia đình hoặc cơ quan được người dân tin tưởng, có thành viên được tập huấn về cách tiếp nhận và giữ bí mật thông tin.',
      'Huyện sẽ nhân rộng mô hình ra các xã khác trong năm 2023.',
    ],
    publishedAt: '2022-12-07T01:45:00Z',
    authorName: 'Quang Vinh',
  },
];

const DESCRIPTION = [
  'Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2022 diễn ra từ ngày 15/11 đến ngày 15/12/2022, với chủ đề “Đảm bảo an sinh xã hội, tăng quyền năng và tạo cơ hội cho phụ nữ và trẻ em gái nhằm thực hiện bình đẳng giới và xóa bỏ bạo lực trên cơ sở giới”.',
  'Chuyên đề tập hợp tin bài của các cổng thông tin trong hệ thống về các hoạt động hưởng ứng tại địa phương.',
].join('\n\n');

/** The demo topic with its articles; `seedArticleSlug` names Cam Lộ's seed article. Returns how many articles it wrote. */
export async function seedDemoTopics(db: Kysely<Database>, sites: readonly Site[], seedArticleSlug: string, now: Date): Promise<number> {
  const stamp = toStoredInstant(now);
  const topic = await insertTopic(db, {
    site_id: null, slug: DEMO_TOPIC_SLUG, title: DEMO_TOPIC_TITLE, description: DESCRIPTION, image_media_id: null,
    starts_on: '2022-11-15', ends_on: '2022-12-15', status: 'active', created_by: null, created_at: stamp, updated_at: stamp,
  });
  const articleIds: number[] = [];
  const seed = await db.selectFrom('articles as a').innerJoin('sites as s', 's.id', 'a.site_id').select('a.id').where('s.slug', '=', 'camlo').where('a.slug', '=', seedArticleSlug).executeTakeFirst();
  if (seed !== undefined) articleIds.push(seed.id);
  for (const a of ARTICLES) {
    const site = sites.find((s) => s.slug === a.site);
    if (site === undefined) continue;
    const category = await db.selectFrom('categories').select('id').where('site_id', '=', site.id).where('slug', '=', 'tin-tuc-su-kien').executeTakeFirst();
    if (category === undefined) continue;
    const row = await createArticle(
      db,
      {
        siteId: site.id, categoryId: category.id, title: a.title, lead: a.lead, bodyHtml: a.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n'),
        authorName: a.authorName, source: null, status: 'published', publishedAt: a.publishedAt,
      },
      new Date(a.publishedAt),
    );
    articleIds.push(row.id);
  }
  for (const articleId of articleIds) {
    await db
      .insertInto('topic_articles')
      .values({ topic_id: topic.id, article_id: articleId, state: 'accepted', note: null, proposed_by: null, proposed_at: stamp, decided_by: null, decided_at: stamp })
      .execute();
  }
  return articleIds.length - (seed === undefined ? 0 : 1);
}

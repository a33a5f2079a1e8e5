/**
 * "Tin liên quan" over HTTP: the editor chooses related articles in an order, the public
 * page lists those that are public (a draft stays hidden) above "Các tin khác", an
 * article of another site or the article itself is a 400 naming the field, restoring
 * a revision brings its related articles back, and the suggestions offer public
 * articles of the site other than the article itself.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminArticle, RelatedSuggestion } from '../../../contract/articles.js';
import type { EditorialProblem } from '../../../contract/problem.js';
import type { ArticleRow } from '../../../db/schema.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { parseDocument } from '../../../test-support/html.js';
import { stringContaining } from '../../../test-support/matchers.js';
import { articlePath } from '../../../urls/paths.js';
import { editorialFixture, type EditorialFixture } from './test-fixture.js';

describe.each(TEST_DIALECTS)('related articles on %s', (dialect) => {
  let f: EditorialFixture;
  let base: string;
  let categorySlug: string;
  beforeAll(async () => {
    f = await editorialFixture(dialect);
    base = `/api/v1/admin/sites/${f.siteA.slug}/articles`;
    categorySlug = (await f.db.selectFrom('categories').select('slug').where('id', '=', f.categoryA).executeTakeFirstOrThrow()).slug;
  });
  afterAll(() => f.t.close());

  async function current(id: number): Promise<AdminArticle> {
    const res = await f.call('GET', `${base}/${id}`, 'approver');
    expect(res.statusCode).toBe(200);
    return res.json<AdminArticle>();
  }

  async function setRelated(article: ArticleRow, relatedIds: number[]) {
    const a = await current(article.id);
    return f.call('PUT', `${base}/${article.id}`, 'approver', { title: a.title, lead: a.lead, bodyHtml: a.bodyHtml, categoryId: a.categoryId, baseRevision: a.revision, relatedIds });
  }

  async function publicSections(article: ArticleRow): Promise<{ related: string[]; others: string[]; relatedFirst: boolean }> {
    const res = await f.app.inject({ url: articlePath(categorySlug, article.slug), headers: { host: 'camlo.localhost' } });
    expect(res.statusCode).toBe(200);
    const doc = parseDocument(res.body);
    const titles = (selector: string) => Array.from(doc.querySelectorAll(`${selector} li a`)).map((a) => a.textContent ?? '');
    const asides = Array.from(doc.querySelectorAll('aside')).map((a) => a.getAttribute('aria-labelledby'));
    return { related: titles('[aria-labelledby="tin-lien-quan"]'), others: titles('[aria-labelledby="cac-tin-khac"]'), relatedFirst: asides.indexOf('tin-lien-quan') < asides.indexOf('cac-tin-khac') };
  }

  it('lists only the public related articles, in the editor order, above "Các tin khác"; none public, no section', async () => {
    const story = await f.article(f.siteA, 'editor', 'published', 'Hội nghị tổng kết chuyển đổi số huyện Cam Lộ');
    const first = await f.article(f.siteA, 'editor', 'published', 'Cam Lộ ra mắt ứng dụng công dân số');
    const draft = await f.article(f.siteA, 'editor', 'draft', 'Bản nháp về chuyển đổi số chưa đăng');
    const second = await f.article(f.siteA, 'editor', 'published', 'Tập huấn kỹ năng số cho cán bộ xã');

    const saved = await setRelated(story, [second.id, draft.id, first.id]);
    expect(saved.statusCode).toBe(200);
    const answer = saved.json<AdminArticle>();
    expect(answer.relatedIds).toEqual([second.id, draft.id, first.id]);
    expect(answer.relatedArticles.map((r) => [r.title, r.isPublic])).toEqual([[second.title, true], [draft.title, false], [first.title, true]]);

    const page = await publicSections(story);
    expect(page.related).toEqual([second.title, first.title]);
    expect(page.relatedFirst).toBe(true);
    expect(page.others).not.toContain(first.title); // not repeated below
    expect(page.others).not.toContain(draft.title);

    expect((await setRelated(story, [draft.id])).statusCode).toBe(200);
    const none = await publicSections(story);
    expect(none.related).toEqual([]);
    expect(none.others).toContain(first.title);
  });

  it('still lists eight other articles when related ones are among the newest of the category', async () => {
    const story = await f.article(f.siteA, 'editor', 'published', 'Cam Lộ tổng kết năm học 2025–2026');
    const newest: ArticleRow[] = [];
    for (let i = 1; i <= 11; i += 1) newest.push(await f.article(f.siteA, 'editor', 'published', `Tin mới của Cam Lộ số ${i}`));
    const chosen = [newest[10], newest[8], newest[3]].map((a) => a?.id ?? 0);
    expect((await setRelated(story, chosen)).statusCode).toBe(200);

    const page = await publicSections(story);
    expect(page.related).toHaveLength(3);
    // The eight newest of the category that are neither the story nor related to it, newest first.
    const expected = newest.filter((a) => !chosen.includes(a.id)).reverse().map((a) => a.title);
    expect(page.others).toEqual(expected);
  });

  it('refuses an article of another site, an unknown one and the article itself with a 400 naming relatedIds, saving nothing', async () => {
    const story = await f.article(f.siteA, 'editor', 'published', 'Cam Lộ khởi công đường liên xã');
    const other = await f.article(f.siteB, 'editor', 'published', 'Đông Hà khởi công cầu mới');
    const before = await current(story.id);
    for (const [ids, message] of [
      [[other.id], 'Có tin liên quan không tồn tại trên cổng thông tin này'],
      [[2_000_000_000], 'Có tin liên quan không tồn tại trên cổng thông tin này'],
      [[story.id], 'không thể là tin liên quan của chính nó'],
    ] as const) {
      const res = await setRelated(story, [...ids]);
      expect(res.statusCode).toBe(400);
      expect(res.json<EditorialProblem>().errors).toEqual([{ field: 'relatedIds', message: stringContaining(message) }]);
    }
    const tooMany = await setRelated(story, Array.from({ length: 11 }, (_, i) => i + 1));
    expect(tooMany.statusCode).toBe(400);
    expect((await current(story.id)).revision).toBe(before.revision);
  });

  it('brings the related articles back when a revision is restored', async () => {
    const story = await f.article(f.siteA, 'editor', 'published', 'Cam Lộ tổng kết vụ đông xuân');
    const a = await f.article(f.siteA, 'editor', 'published', 'Năng suất lúa vụ đông xuân tăng');
    const b = await f.article(f.siteA, 'editor', 'published', 'Nông dân Cam Lộ thu hoạch lúa');
    expect((await setRelated(story, [a.id, b.id])).statusCode).toBe(200);
    const withRelated = (await current(story.id)).revision;
    expect((await setRelated(story, [])).statusCode).toBe(200);
    expect((await publicSections(story)).related).toEqual([]);

    const latest = await current(story.id);
    const restored = await f.call('POST', `${base}/${story.id}/revisions/${withRelated}/restore`, 'approver', { baseRevision: latest.revision });
    expect(restored.statusCode).toBe(200);
    expect(restored.json<AdminArticle>().relatedIds).toEqual([a.id, b.id]);
    expect((await publicSections(story)).related).toEqual([a.title, b.title]);
  });

  it('suggests public articles of the site, never the article itself, by the words typed or else by the title', async () => {
    const story = await f.article(f.siteA, 'editor', 'draft', 'Phát triển du lịch cộng đồng ở Cam Lộ');
    const alike = await f.article(f.siteA, 'editor', 'published', 'Du lịch cộng đồng hút khách dịp lễ');
    const draft = await f.article(f.siteA, 'editor', 'draft', 'Du lịch cộng đồng: bản nháp');
    const elsewhere = await f.article(f.siteB, 'editor', 'published', 'Du lịch cộng đồng ở Đông Hà');
    const suggest = async (query: string) => {
      const res = await f.call('GET', `${base}/${story.id}/related-suggestions${query}`, 'editor');
      expect(res.statusCode).toBe(200);
      return res.json<RelatedSuggestion[]>();
    };

    const byTitle = await suggest('');
    expect(byTitle[0]).toMatchObject({ id: alike.id, title: alike.title, categoryId: f.categoryA });
    expect(byTitle.length).toBeLessThanOrEqual(10);
    const ids = byTitle.map((s) => s.id);
    for (const excluded of [story.id, draft.id, elsewhere.id]) expect(ids).not.toContain(excluded);

    const typed = await suggest(`?q=${encodeURIComponent('hút khách')}`);
    expect(typed.map((s) => s.id)).toEqual([alike.id]);
    expect(await suggest(`?q=${encodeURIComponent('không có tin nào như thế')}`)).toEqual([]);
    expect((await f.call('GET', `${base}/${story.id}/related-suggestions?q=${'x'.repeat(300)}`, 'editor')).statusCode).toBe(400);
    expect((await f.call('GET', `/api/v1/admin/sites/${f.siteB.slug}/articles/${elsewhere.id}/related-suggestions`, 'editor')).statusCode).toBe(403);
  });
});

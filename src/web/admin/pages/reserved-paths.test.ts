/**
 * Categories and pages cannot take the path of a service of the portal (van-ban, hoi-dap,
 * tim-kiem, en, lich-cong-tac, …; urls/paths.ts RESERVED_PATH_SEGMENTS): creating or
 * renaming with one is a 400 naming the service, and changes nothing; a slug made from
 * a title or name skips them. Over HTTP, on both databases.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminCategory } from '../../../contract/categories.js';
import type { AdminPage } from '../../../contract/pages.js';
import type { EditorialProblem } from '../../../contract/problem.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { editorialFixture, type EditorialFixture } from '../articles/test-fixture.js';

const SERVICES: [slug: string, service: string][] = [
  ['van-ban', 'Văn bản'],
  ['hoi-dap', 'Hỏi đáp'],
  ['lay-y-kien', 'Lấy ý kiến'],
  ['lich-cong-tac', 'Lịch công tác'],
  ['thu-vien-anh', 'Thư viện ảnh'],
  ['tim-kiem', 'Tìm kiếm'],
  ['en', 'Trang tiếng Anh'],
];
const clash = (slug: string, service: string) => `Đường dẫn "${slug}" trùng với đường dẫn dịch vụ của cổng (${service}); hãy chọn đường dẫn khác.`;

describe.each(TEST_DIALECTS)('service paths kept from categories and pages on %s', (dialect) => {
  let f: EditorialFixture;
  let pages: string;
  let categories: string;
  beforeAll(async () => {
    f = await editorialFixture(dialect);
    pages = `/api/v1/admin/sites/${f.siteA.slug}/pages`;
    categories = `/api/v1/admin/sites/${f.siteA.slug}/categories`;
  });
  afterAll(() => f.t.close());

  const slugMessage = (body: string) => JSON.parse(body) as EditorialProblem;
  const slugError = (problem: EditorialProblem) => problem.errors?.find((e) => e.field === 'slug')?.message ?? problem.detail;

  it('refuses a page created or renamed with a service path, naming the service', async () => {
    const created = await f.call('POST', pages, 'editor', { title: 'Trang đổi địa chỉ dịch vụ', bodyHtml: '<p>Nội dung.</p>' });
    expect(created.statusCode, created.body).toBe(201);
    const page = created.json<AdminPage>();
    for (const [slug, service] of SERVICES) {
      const create = await f.call('POST', pages, 'editor', { title: `Trang ${slug}`, bodyHtml: '<p>x</p>', slug });
      expect(create.statusCode, slug).toBe(400);
      expect(slugError(slugMessage(create.body))).toBe(clash(slug, service));
      const rename = await f.call('PUT', `${pages}/${page.id}`, 'editor', { title: page.title, description: page.description, bodyHtml: page.bodyHtml, baseRevision: page.revision, slug });
      expect(rename.statusCode, slug).toBe(400);
      expect(slugError(slugMessage(rename.body))).toBe(clash(slug, service));
    }
    const after = (await f.call('GET', `${pages}/${page.id}`, 'editor')).json<AdminPage>();
    expect(after).toMatchObject({ slug: page.slug, revision: page.revision });
    // A slug that only begins like a service path is free.
    const free = await f.call('PUT', `${pages}/${page.id}`, 'editor', { title: page.title, description: page.description, bodyHtml: page.bodyHtml, baseRevision: page.revision, slug: 'van-ban-huong-dan' });
    expect(free.statusCode, free.body).toBe(200);
  });

  it('gives a page titled like a service a free address', async () => {
    for (const [title, slug] of [['Văn bản', 'van-ban-2'], ['Hỏi đáp', 'hoi-dap-2'], ['EN', 'en-2']] as const) {
      const res = await f.call('POST', pages, 'editor', { title, bodyHtml: '<p>Trang cùng tên một dịch vụ.</p>' });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json<AdminPage>().slug).toBe(slug);
    }
  });

  it('refuses a category created or renamed with a service path, naming the service, and names one like a service freely', async () => {
    const before = (await f.call('GET', categories, 'site_admin')).json<AdminCategory[]>();
    for (const [slug, service] of SERVICES) {
      const res = await f.call('POST', categories, 'site_admin', { name: `Chuyên mục ${slug}`, slug, parentId: null });
      expect(res.statusCode, slug).toBe(400);
      expect(slugError(slugMessage(res.body))).toBe(clash(slug, service));
    }
    expect((await f.call('GET', categories, 'site_admin')).json<AdminCategory[]>()).toEqual(before);

    const made = await f.call('POST', categories, 'site_admin', { name: 'Lịch công tác', parentId: null });
    expect(made.statusCode, made.body).toBe(201);
    const category = made.json<AdminCategory>();
    expect(category.slug).toBe('lich-cong-tac-2');
    const rename = await f.call('PUT', `${categories}/${category.id}`, 'site_admin', { name: category.name, slug: 'lich-cong-tac', parentId: null });
    expect(rename.statusCode).toBe(400);
    expect(slugError(slugMessage(rename.body))).toBe(clash('lich-cong-tac', 'Lịch công tác'));
    expect((await f.call('GET', `${categories}/${category.id}`, 'site_admin')).json<AdminCategory>().slug).toBe('lich-cong-tac-2');
  });
});

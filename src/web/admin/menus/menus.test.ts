/**
 * Editable site menus over HTTP, on both databases: a site admin reads the menu derived
 * from the site's content, saves one of pages, categories and links with sub-items, and
 * the public header shows exactly that, in order — a draft page's item once the page is
 * published, a renamed page at its new address, a deleted category's item gone. Other
 * roles are refused; invalid menus answer 400 in Vietnamese and change nothing; each
 * save is audited; hostile labels reach the HTML escaped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../../audit/audit.js';
import type { MenuInput, SiteMenu } from '../../../contract/menus.js';
import type { EditorialProblem } from '../../../contract/problem.js';
import { insertPage } from '../../../pages/index.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { parseDocument } from '../../../test-support/html.js';
import { auditDetails } from '../../../test-support/matchers.js';
import { categoryPath, INTRODUCTION_SLUG, pagePath } from '../../../urls/paths.js';
import { editorialFixture, type EditorialFixture, type Person } from '../articles/test-fixture.js';

interface HeaderItem {
  label: string;
  href: string;
  external: boolean;
  children: { label: string; href: string }[];
}

let pageCounter = 0;

describe.each(TEST_DIALECTS)('site menus on %s', (dialect) => {
  let f: EditorialFixture;
  let url: string;
  let introId: number;
  let introSlug: string;
  let categorySlug: string;

  beforeAll(async () => {
    f = await editorialFixture(dialect);
    url = `/api/v1/admin/sites/${f.siteA.slug}/menu`;
    const intro = await f.db.selectFrom('pages').select(['id', 'slug']).where('site_id', '=', f.siteA.id).where('slug', '=', INTRODUCTION_SLUG).executeTakeFirstOrThrow();
    introId = intro.id;
    introSlug = intro.slug;
    categorySlug = (await f.db.selectFrom('categories').select('slug').where('id', '=', f.categoryA).executeTakeFirstOrThrow()).slug;
  });
  afterAll(() => f.t.close());

  async function page(siteId: number, status: 'draft' | 'published', title: string): Promise<{ id: number; slug: string }> {
    pageCounter += 1;
    const now = new Date().toISOString();
    return insertPage(f.db, {
      site_id: siteId, slug: `trang-menu-${pageCounter}`, title, body_html: '<p>Nội dung.</p>', status, menu_order: 0, in_menu: 0,
      published_at: status === 'published' ? now : null, created_at: now, updated_at: now,
    });
  }

  async function readMenu(who: Person = 'site_admin'): Promise<SiteMenu> {
    const res = await f.call('GET', url, who);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<SiteMenu>();
  }

  async function save(menu: MenuInput, who: Person = 'site_admin'): Promise<SiteMenu> {
    const res = await f.call('PUT', url, who, menu);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<SiteMenu>();
  }

  /** The header's menu as a reader meets it on the home page. */
  async function header(): Promise<HeaderItem[]> {
    const res = await f.app.inject({ url: '/', headers: { host: 'camlo.localhost' } });
    expect(res.statusCode).toBe(200);
    const list = parseDocument(res.body).querySelector('#menu-chinh');
    const items = Array.from(list?.children ?? []);
    return items.map((li) => {
      const a = li.querySelector(':scope > a');
      return {
        label: a?.textContent ?? '',
        href: a?.getAttribute('href') ?? '',
        external: a?.getAttribute('aria-describedby') === 'menu-lien-ket-ngoai',
        children: Array.from(li.querySelectorAll(':scope > ul > li > a')).map((c) => ({ label: c.textContent ?? '', href: c.getAttribute('href') ?? '' })),
      };
    });
  }

  const labels = async () => (await header()).map((i) => i.label);
  const FIXED_START = ['Trang chủ'];
  const FIXED_END = ['Dịch vụ công trực tuyến', 'Sơ đồ trang'];

  it('gives a site admin the menu readers see when none is stored: the introduction, then the menu categories', async () => {
    // Saving no item goes back to the derived menu, whatever the other cases saved before (random order).
    await save({ items: [] });
    const menu = await readMenu();
    expect(menu.stored).toBe(false);
    const categories = await f.db.selectFrom('categories').select(['id', 'name']).where('site_id', '=', f.siteA.id).where('parent_id', 'is', null).where('in_menu', '=', 1).orderBy('menu_order').orderBy('id').execute();
    expect(categories.length).toBeGreaterThan(0);
    expect(menu.items).toEqual([
      { label: 'Giới thiệu', target: { kind: 'page', pageId: introId }, children: [] },
      ...categories.map((c) => ({ label: c.name, target: { kind: 'category', categoryId: c.id }, children: [] })),
    ]);
    expect(menu.choices.pages).toContainEqual({ id: introId, title: expect.any(String) as string, slug: INTRODUCTION_SLUG, status: 'published' });
    expect(menu.choices.categories.map((c) => c.id)).toContain(f.categoryA);
    expect(await labels()).toEqual([...FIXED_START, 'Giới thiệu', ...categories.map((c) => c.name), ...FIXED_END]);
  });

  it('saves a menu of a page, a category with sub-items and an external link; the home shows exactly those, a draft page once published, a renamed page at its new address', async () => {
    const draft = await page(f.siteA.id, 'draft', 'Lịch tiếp công dân');
    const menu: MenuInput = {
      items: [
        { label: 'Về Cam Lộ', target: { kind: 'page', pageId: introId } },
        {
          label: '  Tin tức  ',
          target: { kind: 'category', categoryId: f.categoryA },
          children: [
            { label: 'Lịch tiếp dân', target: { kind: 'page', pageId: draft.id } },
            { label: 'Tìm văn bản', target: { kind: 'link', url: '/tim-kiem?q=van-ban' } },
          ],
        },
        { label: 'Cổng Dịch vụ công quốc gia', target: { kind: 'link', url: 'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html' } },
      ],
    };
    const saved = await save(menu);
    expect(saved.stored).toBe(true);
    expect(saved.items.map((i) => [i.label, i.children.map((c) => c.label)])).toEqual([
      ['Về Cam Lộ', []],
      ['Tin tức', ['Lịch tiếp dân', 'Tìm văn bản']],
      ['Cổng Dịch vụ công quốc gia', []],
    ]);
    expect(await readMenu()).toEqual(saved);

    const shown = await header();
    expect(shown.map((i) => i.label)).toEqual([...FIXED_START, 'Về Cam Lộ', 'Tin tức', 'Cổng Dịch vụ công quốc gia', ...FIXED_END]);
    expect(shown[1]).toEqual({ label: 'Về Cam Lộ', href: pagePath(introSlug), external: false, children: [] });
    // The draft page's item waits for the page to be published.
    expect(shown[2]).toEqual({ label: 'Tin tức', href: categoryPath(categorySlug), external: false, children: [{ label: 'Tìm văn bản', href: '/tim-kiem?q=van-ban' }] });
    expect(shown[3]).toEqual({ label: 'Cổng Dịch vụ công quốc gia', href: 'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html', external: true, children: [] });

    // Published and renamed the way the newsroom does it (the header is held until the site's pages change).
    const pages = `/api/v1/admin/sites/${f.siteA.slug}/pages`;
    for (const transition of ['submit', 'approve', 'publish']) {
      const moved = await f.call('POST', `${pages}/${draft.id}/transitions`, 'approver', { transition });
      expect(moved.statusCode, moved.body).toBe(200);
    }
    expect((await header())[2]?.children).toEqual([
      { label: 'Lịch tiếp dân', href: pagePath(draft.slug) },
      { label: 'Tìm văn bản', href: '/tim-kiem?q=van-ban' },
    ]);

    const current = (await f.call('GET', `${pages}/${draft.id}`, 'approver')).json<{ title: string; description: string; bodyHtml: string; revision: number }>();
    const renamed = await f.call('PUT', `${pages}/${draft.id}`, 'approver', { title: current.title, description: current.description, bodyHtml: current.bodyHtml, baseRevision: current.revision, slug: 'lich-tiep-cong-dan' });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect((await header())[2]?.children[0]).toEqual({ label: 'Lịch tiếp dân', href: pagePath('lich-tiep-cong-dan') });
  });

  it('hides the item of a category deleted elsewhere, and shows the screen that its target is gone', async () => {
    const created = await f.call('POST', `/api/v1/admin/sites/${f.siteA.slug}/categories`, 'site_admin', { name: 'Chuyên mục tạm của menu', parentId: null, inMenu: false });
    expect(created.statusCode, created.body).toBe(201);
    const temporary = created.json<{ id: number; slug: string }>();
    await save({ items: [{ label: 'Tạm', target: { kind: 'category', categoryId: temporary.id } }, { label: 'Về Cam Lộ', target: { kind: 'page', pageId: introId } }] });
    expect((await header()).find((i) => i.label === 'Tạm')?.href).toBe(categoryPath(temporary.slug));

    expect((await f.call('DELETE', `/api/v1/admin/sites/${f.siteA.slug}/categories/${temporary.id}`, 'site_admin')).statusCode).toBe(204);
    expect(await labels()).toEqual([...FIXED_START, 'Về Cam Lộ', ...FIXED_END]);
    expect((await readMenu()).items[0]).toEqual({ label: 'Tạm', target: { kind: 'category', categoryId: null }, children: [] });
  });

  it('refuses editors, contributors and approvers (403) and anonymous callers (401), and lets a system administrator save', async () => {
    const before = await readMenu();
    const attempt: MenuInput = { items: [{ label: 'Chiếm menu', target: { kind: 'link', url: 'https://example.com' } }] };
    for (const who of ['editor', 'contributor', 'approver', 'norole'] as const) {
      expect((await f.call('GET', url, who)).statusCode, who).toBe(403);
      expect((await f.call('PUT', url, who, attempt)).statusCode, who).toBe(403);
    }
    expect((await f.call('GET', url, undefined)).statusCode).toBe(401);
    expect(await readMenu()).toEqual(before);

    const bySystem = await save({ items: [{ label: 'Giới thiệu', target: { kind: 'page', pageId: introId } }] }, 'sysadmin');
    expect(bySystem.items.map((i) => i.label)).toEqual(['Giới thiệu']);
  });

  it('refuses an invalid menu with 400 in Vietnamese naming the field, and changes nothing', async () => {
    await save({ items: [{ label: 'Về Cam Lộ', target: { kind: 'page', pageId: introId } }] });
    const before = await readMenu();
    const otherSitePage = await page(f.siteB.id, 'published', 'Trang của Đông Hà');
    const cases: [string, unknown, string, string][] = [
      ['javascript: link', { items: [{ label: 'Bấm vào', target: { kind: 'link', url: 'javascript:alert(1)' } }] }, 'items.0.target.url', 'http:// hoặc https://'],
      ['page of another site', { items: [{ label: 'Đông Hà', target: { kind: 'page', pageId: otherSitePage.id } }] }, 'items.0.target.pageId', 'không có trên cổng thông tin này'],
      ['category of another site', { items: [{ label: 'Đông Hà', target: { kind: 'category', categoryId: f.categoryB } }] }, 'items.0.target.categoryId', 'không có trên cổng thông tin này'],
      [
        '13 top-level items',
        { items: Array.from({ length: 13 }, (_, i) => ({ label: `Mục ${i + 1}`, target: { kind: 'link', url: `/muc-${i + 1}` } })) },
        'items',
        'tối đa 12 mục',
      ],
      ['empty label', { items: [{ label: '   ', target: { kind: 'page', pageId: introId } }] }, 'items.0.label', 'Hãy nhập tên mục'],
      [
        'a third level',
        { items: [{ label: 'A', target: { kind: 'link', url: '/a' }, children: [{ label: 'B', target: { kind: 'link', url: '/b' }, children: [] }] }] },
        'items.0.children.0',
        'children',
      ],
    ];
    for (const [name, body, field, words] of cases) {
      const res = await f.call('PUT', url, 'site_admin', body);
      expect(res.statusCode, name).toBe(400);
      const problem = res.json<EditorialProblem>();
      expect(problem.errors?.map((e) => e.field), name).toContain(field);
      expect(`${problem.detail} ${problem.errors?.map((e) => e.message).join(' ')}`, name).toContain(words);
    }
    expect(await readMenu()).toEqual(before);
  });

  it('records each save in the audit log with the item counts and labels before and after', async () => {
    await save({ items: [{ label: 'Về Cam Lộ', target: { kind: 'page', pageId: introId } }] });
    await save({
      items: [
        { label: 'Tin tức', target: { kind: 'category', categoryId: f.categoryA }, children: [{ label: 'Giới thiệu', target: { kind: 'page', pageId: introId } }] },
        { label: 'Chính phủ', target: { kind: 'link', url: 'https://chinhphu.vn' } },
      ],
    });
    const { rows } = await listAudit(f.db, { siteId: f.siteA.id, action: 'menu_changed', limit: 1, offset: 0 });
    const [latest] = rows;
    expect(latest).toMatchObject({ actor_id: f.ids.site_admin, object_type: 'menu' });
    expect(auditDetails(latest?.details ?? '{}')).toEqual({
      before: { count: 1, labels: ['Về Cam Lộ'] },
      after: { count: 3, labels: ['Tin tức', 'Tin tức › Giới thiệu', 'Chính phủ'] },
    });
  });

  it('escapes hostile labels in the public HTML', async () => {
    const hostile = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '</a></li></ul><b>đậm</b>'];
    await save({
      items: [
        { label: hostile[0] ?? '', target: { kind: 'page', pageId: introId }, children: [{ label: hostile[1] ?? '', target: { kind: 'link', url: '/mot' } }] },
        { label: hostile[2] ?? '', target: { kind: 'link', url: '/hai' } },
      ],
    });
    const res = await f.app.inject({ url: '/', headers: { host: 'camlo.localhost' } });
    expect(res.body).not.toContain('<script>alert(1)</script>');
    expect(res.body).not.toContain('<img src=x');
    expect(res.body).toContain('&lt;script>alert(1)&lt;/script>');
    const shown = await header();
    expect(shown.map((i) => i.label)).toEqual([...FIXED_START, hostile[0], hostile[2], ...FIXED_END]);
    expect(shown[1]?.children.map((c) => c.label)).toEqual([hostile[1]]);
    const nav = parseDocument(res.body).querySelector('#menu-chinh');
    expect(nav?.querySelectorAll('script, img, b').length).toBe(0);
  });
});

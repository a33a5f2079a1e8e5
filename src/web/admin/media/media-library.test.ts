/**
 * The media library after upload, on every dialect: listing by kind and page,
 * deleting (refused while an article uses the file, audited), how /media/ serves the
 * files, and the public article page showing them responsively.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArticle } from '../../../articles/articles.service.js';
import { makeImage, makePdf, multipartBody } from '../../../media/test-files.js';
import { createTestUser, signIn, type Signed } from '../../../test-support/auth.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { parseDocument } from '../../../test-support/html.js';
import { createTestApp, type TestApp } from '../../../test-support/test-app.js';
import { MEDIA_PAGE_SIZE } from './media-routes.js';

const HOST = 'camlo.localhost';
const URL_ = '/api/v1/admin/sites/camlo/media';

interface MediaAnswer {
  id: number;
  kind: string;
  url: string;
  variants: { width: number; format: string; url: string }[];
}

describe.each(TEST_DIALECTS)('media library on %s', (dialect) => {
  let t: TestApp;
  let writer: Signed;
  let colleague: Signed;
  let approver: Signed;
  let photo: MediaAnswer;
  let inline: MediaAnswer;
  let pdf: MediaAnswer;

  async function upload(who: Signed, filename: string, data: Buffer, fields: Record<string, string> = {}): Promise<MediaAnswer> {
    const form = multipartBody(fields, [{ name: 'file', filename, contentType: 'application/octet-stream', data }]);
    const res = await t.app.inject({ method: 'POST', url: URL_, headers: { ...who.headers, 'content-type': form.contentType }, payload: form.body });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<MediaAnswer>();
  }

  beforeAll(async () => {
    t = await createTestApp(dialect, { articlesPerSite: 2 });
    const db = t.database.db.kysely;
    const camlo = t.services.registry.bySlugOrUndefined('camlo')!;
    await createTestUser(db, 'tacgia', [{ siteId: camlo.id, role: 'contributor' }]);
    await createTestUser(db, 'dongnghiep', [{ siteId: camlo.id, role: 'contributor' }]);
    await createTestUser(db, 'nguoiduyet', [{ siteId: camlo.id, role: 'approver' }]);
    writer = await signIn(t.app, 'tacgia', undefined, HOST);
    colleague = await signIn(t.app, 'dongnghiep', undefined, HOST);
    approver = await signIn(t.app, 'nguoiduyet', undefined, HOST);
    photo = await upload(writer, 'hoi-nghi.jpg', await makeImage(1800, 1200, 'jpeg'), { altText: 'Đại biểu dự hội nghị', caption: 'Chú thích từ thư viện' });
    inline = await upload(writer, 'hien-truong.png', await makeImage(1000, 500, 'png'), { altText: 'Hiện trường' });
    pdf = await upload(writer, 'ke-hoach.pdf', makePdf());
  });
  afterAll(() => t.close());

  it('lists the library newest first, filtered by kind, with the page size', async () => {
    const all = await t.app.inject({ url: URL_, headers: writer.headers });
    expect(all.statusCode).toBe(200);
    expect(all.headers['cache-control']).toBe('no-store');
    // Other tests may have added files of their own by now: the three of this file keep their order among them.
    const items = all.json<{ items: MediaAnswer[] }>().items;
    expect(all.json()).toMatchObject({ total: items.length, page: 1, pageSize: MEDIA_PAGE_SIZE });
    const ids = items.map((m) => m.id);
    expect([...ids].sort((a, b) => b - a)).toEqual(ids);
    expect(ids.filter((id) => [pdf.id, inline.id, photo.id].includes(id))).toEqual([pdf.id, inline.id, photo.id]);
    const images = (await t.app.inject({ url: `${URL_}?kind=image`, headers: writer.headers })).json<{ items: MediaAnswer[] }>();
    expect(images.items.map((m) => m.kind)).toEqual(items.filter((m) => m.kind === 'image').map(() => 'image'));
    expect(images.items.map((m) => m.id)).toEqual(expect.arrayContaining([inline.id, photo.id]));
    const docs = await t.app.inject({ url: `${URL_}?kind=document&page=2`, headers: writer.headers });
    expect(docs.json()).toMatchObject({ items: [], total: items.filter((m) => m.kind === 'document').length, page: 2 });
    expect((await t.app.inject({ url: `${URL_}?kind=audio`, headers: writer.headers })).statusCode).toBe(400);
    expect((await t.app.inject({ url: URL_, headers: { host: HOST } })).statusCode).toBe(401);
  });

  it('serves images with their real type and documents as downloads, never sniffed', async () => {
    const webp = photo.variants.find((v) => v.format === 'webp')!;
    const image = await t.app.inject({ url: webp.url, headers: { host: HOST } });
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/webp');
    expect(image.headers['x-content-type-options']).toBe('nosniff');
    expect(image.headers['content-disposition']).toBeUndefined();
    expect(image.headers['content-security-policy']).toContain('sandbox');
    const doc = await t.app.inject({ url: pdf.url, headers: { host: HOST } });
    expect(doc.headers['content-type']).toBe('application/pdf');
    expect(doc.headers['content-disposition']).toBe('attachment');
    expect(doc.headers['x-content-type-options']).toBe('nosniff');
  });

  it('shows the featured and inline images with WebP srcset, sizes, size and alt text on the public page', async () => {
    const camlo = t.services.registry.bySlugOrUndefined('camlo')!;
    const category = await t.database.db.kysely.selectFrom('categories').select(['id', 'slug']).where('site_id', '=', camlo.id).orderBy('id').executeTakeFirstOrThrow();
    const article = await createArticle(t.database.db.kysely, {
      siteId: camlo.id,
      categoryId: category.id,
      title: 'Hội nghị tổng kết có ảnh',
      lead: 'Tóm tắt.',
      bodyHtml: `<p>Mở đầu.</p><p><img src="${inline.url}" alt=""></p><p><img src="https://example.org/ngoai.png" alt="Ảnh ngoài"></p>`,
      status: 'published',
      publishedAt: '2026-11-20T02:00:00Z',
      featuredImageId: photo.id,
    });
    const res = await t.app.inject({ url: `/${category.slug}/${article.slug}`, headers: { host: HOST } });
    expect(res.statusCode).toBe(200);
    const doc = parseDocument(res.body);
    const figure = doc.querySelector('.article__figure')!;
    const source = figure.querySelector('picture > source')!;
    expect(source.getAttribute('type')).toBe('image/webp');
    expect(source.getAttribute('srcset')).toMatch(/-480\.webp 480w, .*-960\.webp 960w, .*-1600\.webp 1600w$/);
    expect(source.getAttribute('sizes')).toContain('100vw');
    const img = figure.querySelector('picture > img')!;
    expect(img.getAttribute('src')).toMatch(/-1600\.jpg$/);
    expect(img.getAttribute('srcset')).toMatch(/-480\.jpg 480w/);
    expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['1600', '1067']);
    expect(img.getAttribute('alt')).toBe('Đại biểu dự hội nghị');
    expect(img.getAttribute('loading')).toBeNull();
    expect(figure.querySelector('figcaption')?.textContent).toBe('Chú thích từ thư viện');
    const body = doc.querySelector('.article__body')!;
    const inlineImg = body.querySelector('picture > img')!;
    expect(body.querySelector('picture > source')?.getAttribute('srcset')).toMatch(/-480\.webp 480w, .*-960\.webp 960w, .*-1000\.webp 1000w$/);
    expect(inlineImg.getAttribute('alt')).toBe('Hiện trường');
    expect(inlineImg.getAttribute('loading')).toBe('lazy');
    expect([inlineImg.getAttribute('width'), inlineImg.getAttribute('height')]).toEqual(['1000', '500']);
    expect(body.querySelector('img[src^="https://example.org"]')?.getAttribute('loading')).toBe('lazy');
    expect(res.body).toContain(`content="http://camlo.localhost${img.getAttribute('src')}"`);
  });

  it('refuses to delete a file an article uses (409), and others\' files to a contributor (403)', async () => {
    // Files and an article of its own: the other tests use, and delete, theirs.
    const usedPhoto = await upload(writer, 'anh-dai-dien.jpg', await makeImage(800, 600, 'jpeg'), { altText: 'Ảnh đại diện đang dùng' });
    const usedInline = await upload(writer, 'anh-trong-bai.png', await makeImage(400, 200, 'png'), { altText: 'Ảnh trong bài' });
    const ownPdf = await upload(writer, 'van-ban-rieng.pdf', makePdf());
    const camlo = t.services.registry.bySlugOrUndefined('camlo')!;
    const category = await t.database.db.kysely.selectFrom('categories').select('id').where('site_id', '=', camlo.id).orderBy('id').executeTakeFirstOrThrow();
    await createArticle(t.database.db.kysely, {
      siteId: camlo.id, categoryId: category.id, title: 'Bài dùng hai ảnh', lead: 'Tóm tắt.', bodyHtml: `<p><img src="${usedInline.url}" alt=""></p>`,
      status: 'published', publishedAt: '2026-11-21T02:00:00Z', featuredImageId: usedPhoto.id,
    });
    const used = await t.app.inject({ method: 'DELETE', url: `${URL_}/${usedPhoto.id}`, headers: approver.headers });
    expect(used.statusCode).toBe(409);
    expect(used.json()).toMatchObject({ title: 'Tệp đang được sử dụng' });
    const inBody = await t.app.inject({ method: 'DELETE', url: `${URL_}/${usedInline.id}`, headers: approver.headers });
    expect(inBody.statusCode).toBe(409);
    const foreign = await t.app.inject({ method: 'DELETE', url: `${URL_}/${ownPdf.id}`, headers: colleague.headers });
    expect(foreign.statusCode).toBe(403);
    expect((await t.app.inject({ method: 'DELETE', url: `${URL_}/999999`, headers: writer.headers })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'DELETE', url: `${URL_}/abc`, headers: writer.headers })).statusCode).toBe(400);
  });

  it('deletes an unused file with its variants and writes the audit log', async () => {
    const extra = await upload(writer, 'tam.png', await makeImage(600, 300, 'png'), { altText: 'Tạm' });
    const files = [extra.url, ...extra.variants.map((v) => v.url)].map((u) => path.join(t.services.config.mediaDir, u.replace(/^\/media\//, '')));
    expect(files.every((f) => fs.existsSync(f))).toBe(true);
    const res = await t.app.inject({ method: 'DELETE', url: `${URL_}/${extra.id}`, headers: writer.headers });
    expect(res.statusCode, res.body).toBe(204);
    expect(files.some((f) => fs.existsSync(f))).toBe(false);
    expect((await t.app.inject({ url: extra.url, headers: { host: HOST } })).statusCode).toBe(404);
    const audit = await t.database.db.kysely.selectFrom('audit_log').selectAll().where('object_type', '=', 'media').where('object_id', '=', String(extra.id)).orderBy('id').execute();
    expect(audit.map((a) => [a.action, a.actor_name])).toEqual([
      ['media_uploaded', 'tacgia'],
      ['media_deleted', 'tacgia'],
    ]);
    const othersFile = await upload(writer, 'cua-nguoi-khac.pdf', makePdf());
    const approverDeletes = await t.app.inject({ method: 'DELETE', url: `${URL_}/${othersFile.id}`, headers: approver.headers });
    expect(approverDeletes.statusCode).toBe(204);
  });
});

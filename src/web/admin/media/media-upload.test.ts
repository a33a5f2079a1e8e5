/**
 * POST /api/v1/admin/sites/{site}/media on every dialect: what is accepted (by its
 * bytes), what is refused and how (415, 400, 413, 401, 403), and the responsive
 * variants an image gets (widths, formats, no metadata, upright).
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXE_FILE, HTML_FILE, makeImage, makeOoxml, makePdf, makePixelBomb, multipartBody, type FormFile } from '../../../media/test-files.js';
import { createTestUser, signIn, type Signed } from '../../../test-support/auth.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { createTestApp, type TestApp } from '../../../test-support/test-app.js';

const HOST = 'camlo.localhost';
const URL_ = '/api/v1/admin/sites/camlo/media';

interface MediaAnswer {
  id: number;
  kind: string;
  url: string;
  originalName: string;
  mimeType: string;
  width: number | null;
  height: number | null;
  altText: string | null;
  variants: { width: number; format: string; url: string }[];
}

describe.each(TEST_DIALECTS)('media upload on %s', (dialect) => {
  let t: TestApp;
  let writer: Signed;
  let outsider: Signed;

  beforeAll(async () => {
    t = await createTestApp(dialect, { articlesPerSite: 2 });
    const db = t.database.db.kysely;
    const camlo = t.services.registry.bySlugOrUndefined('camlo')!;
    const other = t.services.registry.all().find((s) => s.slug !== 'camlo')!;
    await createTestUser(db, 'phongvien', [{ siteId: camlo.id, role: 'contributor' }]);
    await createTestUser(db, 'nguoingoai', [{ siteId: other.id, role: 'site_admin' }]);
    writer = await signIn(t.app, 'phongvien', undefined, HOST);
    outsider = await signIn(t.app, 'nguoingoai', undefined, HOST);
  });
  afterAll(() => t.close());

  function upload(who: Signed | undefined, file: FormFile | undefined, fields: Record<string, string> = {}) {
    const form = multipartBody(fields, file ? [file] : []);
    return t.app.inject({
      method: 'POST',
      url: URL_,
      headers: { ...(who?.headers ?? { host: HOST }), 'content-type': form.contentType },
      payload: form.body,
    });
  }
  const fileOf = (filename: string, contentType: string, data: Buffer): FormFile => ({ name: 'file', filename, contentType, data });
  const mediaDir = () => t.services.config.mediaDir;
  const storedFiles = () => (fs.existsSync(mediaDir()) ? fs.readdirSync(mediaDir(), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length : 0);
  const fileAt = (url: string) => path.join(mediaDir(), url.replace(/^\/media\//, ''));

  it('refuses anonymous uploads with 401 and a role on another site with 403', async () => {
    const png = fileOf('a.png', 'image/png', await makeImage(40, 30, 'png'));
    const before = storedFiles();
    const anonymous = await upload(undefined, png, { altText: 'Ảnh' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['content-type']).toContain('application/problem+json');
    expect((await upload(outsider, png, { altText: 'Ảnh' })).statusCode).toBe(403);
    expect((await t.app.inject({ url: URL_, headers: outsider.headers })).statusCode).toBe(403);
    // Nothing stored by the refused uploads (other tests may have stored files before).
    expect(storedFiles()).toBe(before);
  });

  it('stores a PNG with WebP and PNG variants at 480, 960 and 1600 pixels, never wider than the original', async () => {
    const res = await upload(writer, fileOf('Hội nghị.png', 'image/png', await makeImage(2000, 1000, 'png')), { altText: 'Toàn cảnh hội nghị', caption: 'Ảnh: Đài huyện' });
    expect(res.statusCode, res.body).toBe(201);
    const media = res.json<MediaAnswer>();
    expect(media).toMatchObject({ kind: 'image', mimeType: 'image/png', width: 2000, height: 1000, altText: 'Toàn cảnh hội nghị', originalName: 'Hội nghị.png' });
    expect(media.url).toMatch(/^\/media\/camlo\/\d{4}\/\d{2}\/[0-9a-f]{20}\.png$/);
    expect(media.variants.map((v) => `${v.width}:${v.format}`).sort()).toEqual(['1600:png', '1600:webp', '480:png', '480:webp', '960:png', '960:webp']);
    for (const v of media.variants) {
      const meta = await sharp(fs.readFileSync(fileAt(v.url))).metadata();
      expect(meta.format).toBe(v.format);
      expect(meta.width).toBe(v.width);
    }
  });

  it('turns a JPEG upright, strips its EXIF and makes no variant wider than the photo', async () => {
    const res = await upload(writer, fileOf('IMG_0001.JPG', 'image/jpeg', await makeImage(600, 400, 'jpeg', 6)), { altText: 'Chân dung' });
    expect(res.statusCode, res.body).toBe(201);
    const media = res.json<MediaAnswer>();
    expect([media.width, media.height]).toEqual([400, 600]);
    expect(media.url).toMatch(/\.jpg$/);
    expect(media.variants.map((v) => `${v.width}:${v.format}`).sort()).toEqual(['400:jpeg', '400:webp']);
    const meta = await sharp(fs.readFileSync(fileAt(media.url))).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    expect([meta.width, meta.height]).toEqual([400, 600]);
  });

  it('accepts a PDF, a DOCX and an XLSX by their content, whatever the client claims', async () => {
    const pdf = await upload(writer, fileOf('Quyết định 123.pdf', 'application/octet-stream', makePdf()));
    expect(pdf.statusCode, pdf.body).toBe(201);
    expect(pdf.json()).toMatchObject({ kind: 'document', mimeType: 'application/pdf', originalName: 'Quyết định 123.pdf', variants: [] });
    const docx = await upload(writer, fileOf('bao-cao.bin', 'text/plain', makeOoxml('docx')));
    expect(docx.statusCode, docx.body).toBe(201);
    expect(docx.json()).toMatchObject({ mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', originalName: 'bao-cao.docx' });
    expect(docx.json<MediaAnswer>().url).toMatch(/\.docx$/);
    const xlsx = await upload(writer, fileOf('so-lieu.xlsx', 'application/vnd.ms-excel', makeOoxml('xlsx')));
    expect(xlsx.statusCode, xlsx.body).toBe(201);
    expect(xlsx.json<MediaAnswer>().url).toMatch(/\.xlsx$/);
  });

  it('refuses HTML named .png and an executable named .pdf with a Vietnamese 415, storing nothing', async () => {
    const before = storedFiles();
    const html = await upload(writer, fileOf('anh.png', 'image/png', HTML_FILE), { altText: 'Ảnh' });
    expect(html.statusCode).toBe(415);
    expect(html.json()).toMatchObject({ status: 415, title: 'Loại tệp không được hỗ trợ' });
    expect(html.json<{ detail: string }>().detail).toContain('theo nội dung tệp');
    const exe = await upload(writer, fileOf('quyet-dinh.pdf', 'application/pdf', EXE_FILE));
    expect(exe.statusCode).toBe(415);
    expect(exe.json<{ detail: string }>().detail).toContain('"EXE"');
    expect(storedFiles()).toBe(before);
  });

  it('refuses a decompression bomb from its header with a Vietnamese 413, storing nothing', async () => {
    const bomb = makePixelBomb(20_000, 20_000);
    expect(bomb.length).toBeLessThan(100_000);
    expect(await sharp(bomb, { limitInputPixels: false }).metadata()).toMatchObject({ format: 'png', width: 20_000, height: 20_000 });
    const db = t.database.db.kysely;
    const rows = async () => Number((await db.selectFrom('media').select((e) => e.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const [filesBefore, rowsBefore] = [storedFiles(), await rows()];
    const started = performance.now();
    const res = await upload(writer, fileOf('ban-do.png', 'image/png', bomb), { altText: 'Bản đồ' });
    expect(res.statusCode, res.body).toBe(413);
    expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(res.json()).toMatchObject({ status: 413, title: 'Ảnh quá lớn', detail: 'Ảnh quá lớn: tối đa 50 triệu điểm ảnh. Hãy thu nhỏ ảnh rồi tải lại.' });
    // 400 million pixels were never decoded: the header alone said no.
    expect(performance.now() - started).toBeLessThan(2000);
    expect([storedFiles(), await rows()]).toEqual([filesBefore, rowsBefore]);
  });

  it('requires alt text for images (400 naming the field) but not for documents', async () => {
    const res = await upload(writer, fileOf('a.png', 'image/png', await makeImage(40, 30, 'png')), { altText: '   ' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ errors: [{ field: 'altText' }] });
    expect(res.json<{ errors: { message: string }[] }>().errors[0]!.message).toContain('mô tả ảnh');
  });

  it('refuses a file over MEDIA_MAX_BYTES with 413, and broken forms with 400/415', async () => {
    const limit = t.services.config.mediaMaxBytes;
    expect(limit).toBe(20 * 1024 * 1024);
    const big = Buffer.concat([makePdf(), Buffer.alloc(limit + 1 - makePdf().length + 10, 0x20)]);
    const res = await upload(writer, fileOf('lon.pdf', 'application/pdf', big));
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ title: 'Tệp quá lớn' });
    expect(res.json<{ detail: string }>().detail).toContain('20 MB');
    expect((await upload(writer, undefined, { altText: 'x' })).statusCode).toBe(400);
    const json = await t.app.inject({ method: 'POST', url: URL_, headers: writer.headers, payload: { file: 'x' } });
    expect(json.statusCode).toBe(415);
    const broken = await upload(writer, fileOf('hong.jpg', 'image/jpeg', Buffer.concat([(await makeImage(100, 100, 'jpeg')).subarray(0, 300)])), { altText: 'x' });
    expect(broken.statusCode).toBe(400);
    expect(broken.json()).toMatchObject({ title: 'Ảnh không hợp lệ' });
  });

  it('refuses an upload without the CSRF header', async () => {
    const form = multipartBody({ altText: 'x' }, [fileOf('a.pdf', 'application/pdf', makePdf())]);
    const res = await t.app.inject({ method: 'POST', url: URL_, headers: { host: HOST, cookie: writer.cookie, 'content-type': form.contentType }, payload: form.body });
    expect(res.statusCode).toBe(403);
  });
});

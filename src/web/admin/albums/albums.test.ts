/**
 * Albums over HTTP on both databases: videos enter the library by their bytes (MP4,
 * WebM) and a renamed PNG or text file is no video; an album is created with photos,
 * an uploaded video and an allowed link (other hosts refused with the allowed list),
 * saved against its revision (stale → 409), moved through the workflow, and shown on
 * /thu-vien-anh, its page, its feed and the JSON API only once published; hostile input
 * is a 400 with nothing written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeMp4, makeWebm } from '../../../albums/test-videos.js';
import { listAudit } from '../../../audit/audit.js';
import type { AdminAlbum, AlbumSummary } from '../../../contract/albums.js';
import type { EditorialProblem } from '../../../contract/problem.js';
import { makeImage, multipartBody } from '../../../media/test-files.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { editorialFixture, type EditorialFixture, type Person } from '../articles/test-fixture.js';

let unique = 0;
const uniqueTitle = (what: string) => `${what} ${Date.now().toString(36)}-${(unique += 1)}`;

describe.each(TEST_DIALECTS)('albums on %s', (dialect) => {
  let f: EditorialFixture;
  let base: string;
  let photo: number;
  let photo2: number;

  beforeAll(async () => {
    f = await editorialFixture(dialect);
    base = `/api/v1/admin/sites/${f.siteA.slug}/albums`;
    photo = (await upload('editor', 'cau-hien-luong.png', await makeImage(800, 600, 'png'), 'Cầu Hiền Lương')).json<{ id: number }>().id;
    photo2 = (await upload('editor', 'thanh-co.jpg', await makeImage(640, 480, 'jpeg'), 'Thành cổ Quảng Trị')).json<{ id: number }>().id;
  });
  afterAll(() => f.t.close());

  function upload(who: Person, filename: string, data: Buffer, altText?: string) {
    const form = multipartBody(altText === undefined ? {} : { altText }, [{ name: 'file', filename, contentType: 'application/octet-stream', data }]);
    return f.app.inject({ method: 'POST', url: `/api/v1/admin/sites/${f.siteA.slug}/media`, headers: { ...f.sessions[who].headers, 'content-type': form.contentType }, payload: form.body });
  }
  const camlo = (url: string) => f.app.inject({ url, headers: { host: 'camlo.localhost' } });
  const step = (who: Person, id: number, transition: string, note?: string) => f.call('POST', `${base}/${id}/transitions`, who, { transition, ...(note === undefined ? {} : { note }) });
  async function create(who: Person, body: Record<string, unknown>): Promise<AdminAlbum> {
    const res = await f.call('POST', base, who, body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json<AdminAlbum>();
  }
  async function publish(id: number): Promise<AdminAlbum> {
    for (const t of ['submit', 'approve', 'publish']) {
      const res = await step('approver', id, t);
      expect(res.statusCode, res.body).toBe(200);
    }
    return (await f.call('GET', `${base}/${id}`, 'approver')).json<AdminAlbum>();
  }

  it('takes an MP4 and a WebM into the library as videos by their bytes, and refuses a text file named .mp4', async () => {
    const mp4 = await upload('contributor', 'le-hoi.mp4', makeMp4());
    expect(mp4.statusCode, mp4.body).toBe(201);
    expect(mp4.json()).toMatchObject({ kind: 'video', mimeType: 'video/mp4' });
    const webm = await upload('contributor', 'phim-ngan.webm', makeWebm());
    expect(webm.statusCode, webm.body).toBe(201);
    expect(webm.json()).toMatchObject({ kind: 'video', mimeType: 'video/webm' });
    const text = await upload('contributor', 'gia-video.mp4', Buffer.from('Đây chỉ là văn bản, không phải video.'));
    expect(text.statusCode).toBe(415);
    // A PNG named .webm is stored as what it is, an image — and is then no video for an album.
    const png = await upload('contributor', 'anh.webm', await makeImage(20, 20, 'png'), 'Ảnh đổi tên');
    expect(png.json()).toMatchObject({ kind: 'image', mimeType: 'image/png' });
    const refused = await f.call('POST', base, 'contributor', { title: uniqueTitle('Album sai'), items: [{ kind: 'video_file', mediaId: png.json<{ id: number }>().id }] });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<EditorialProblem>().detail).toContain('không phải video');
    // The file is served inline as a video, never as HTML.
    const served = await f.app.inject({ url: mp4.json<{ url: string }>().url });
    expect(served.headers['content-type']).toBe('video/mp4');
  });

  it('creates an album of photos, a video and an allowed link; draft stays hidden; published shows everywhere', async () => {
    const video = (await upload('editor', 'dua-ghe.mp4', makeMp4())).json<{ id: number; url: string }>();
    const title = uniqueTitle('Lễ hội Thống nhất non sông');
    const album = await create('editor', {
      title,
      description: 'Những hình ảnh tại lễ hội.\n\nẢnh do Trung tâm Văn hóa cung cấp <b>đậm</b>.',
      coverMediaId: photo2,
      items: [
        { kind: 'photo', mediaId: photo, caption: 'Cầu Hiền Lương bên bờ Bến Hải', credit: 'Hoàng Nam' },
        { kind: 'photo', mediaId: photo2, caption: 'Thành cổ Quảng Trị' },
        { kind: 'video_file', mediaId: video.id, caption: 'Đua ghe trên sông Thạch Hãn' },
        { kind: 'video_link', url: 'https://www.youtube.com/watch?v=abc123', caption: 'Phóng sự của QRT', credit: 'QRT' },
      ],
    });
    expect(album).toMatchObject({ status: 'draft', revision: 1, coverMediaId: photo2, publicUrl: null, path: `/thu-vien-anh/${album.slug}` });
    expect(album.items.map((i) => i.kind)).toEqual(['photo', 'photo', 'video_file', 'video_link']);
    expect(album.items[3]?.url).toBe('https://www.youtube.com/watch?v=abc123');

    // A draft is nowhere public.
    expect((await camlo(album.path)).statusCode).toBe(404);
    expect((await camlo('/thu-vien-anh')).body).not.toContain(title);
    expect((await camlo('/thu-vien-anh/rss.xml')).body).not.toContain(title);
    expect((await camlo(`/api/v1/sites/camlo/albums/${album.slug}`)).statusCode).toBe(404);
    expect((await camlo('/api/v1/sites/camlo/albums')).body).not.toContain(title);

    const published = await publish(album.id);
    expect(published.status).toBe('published');
    expect(published.publicUrl).toContain(album.path);

    const page = await camlo(album.path);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(title.replace(/&/g, '&amp;'));
    expect(page.body).toContain('Cầu Hiền Lương bên bờ Bến Hải');
    expect(page.body).toContain('Ảnh: Hoàng Nam');
    expect(page.body).toContain(`<video controls preload="metadata" src="${video.url}"`);
    expect(page.body).toContain('href="https://www.youtube.com/watch?v=abc123"');
    expect(page.body).toContain('&lt;b&gt;đậm&lt;/b&gt;');
    expect(page.body).not.toContain('<b>đậm</b>');
    expect(page.body).toContain('<picture>');

    const list = await camlo('/thu-vien-anh');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(`href="${album.path}"`);
    expect(list.body).toContain('4 ảnh, video');

    const rss = await camlo('/thu-vien-anh/rss.xml');
    expect(rss.headers['content-type']).toContain('application/rss+xml');
    expect(rss.body).toContain(`<link>http://camlo.localhost${album.path}</link>`);

    const api = await camlo('/api/v1/sites/camlo/albums');
    expect(api.statusCode).toBe(200);
    expect(api.json<{ items: { slug: string; itemCount: number; coverUrl: string | null }[] }>().items.find((a) => a.slug === album.slug)).toMatchObject({ itemCount: 4 });
    const one = await camlo(`/api/v1/sites/camlo/albums/${album.slug}`);
    expect(one.statusCode).toBe(200);
    expect(one.json<{ items: { kind: string; url: string }[] }>().items.map((i) => i.kind)).toEqual(['photo', 'photo', 'video_file', 'video_link']);
    expect(one.json<{ items: { url: string }[] }>().items[0]?.url).toMatch(/^http:\/\/camlo\.localhost\/media\//);
    // Not on another site.
    expect((await camlo(`/api/v1/sites/dongha/albums/${album.slug}`)).statusCode).toBe(404);
    expect((await f.app.inject({ url: album.path, headers: { host: 'dongha.localhost' } })).statusCode).toBe(404);

    // Unpublished: gone from every surface again.
    expect((await step('approver', album.id, 'unpublish')).statusCode).toBe(200);
    expect((await camlo(album.path)).statusCode).toBe(404);
    expect((await camlo('/api/v1/sites/camlo/albums')).body).not.toContain(album.slug);
  });

  it('saves against the revision (stale → 409, nothing written) and audits every write', async () => {
    const album = await create('editor', { title: uniqueTitle('Mùa xuân Cam Lộ'), items: [{ kind: 'photo', mediaId: photo }] });
    const saved = await f.call('PUT', `${base}/${album.id}`, 'editor', { title: album.title, description: 'Mô tả mới.', baseRevision: 1, items: [{ kind: 'photo', mediaId: photo2, caption: 'Đổi ảnh' }] });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json<AdminAlbum>()).toMatchObject({ revision: 2, description: 'Mô tả mới.' });
    const stale = await f.call('PUT', `${base}/${album.id}`, 'editor', { title: 'Ghi đè', baseRevision: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<EditorialProblem>().title).toBe('Album đã thay đổi');
    const now = (await f.call('GET', `${base}/${album.id}`, 'editor')).json<AdminAlbum>();
    expect(now).toMatchObject({ revision: 2, title: album.title });
    expect(now.items).toHaveLength(1);
    expect((await f.call('DELETE', `${base}/${album.id}`, 'editor')).statusCode).toBe(204);
    const audit = await listAudit(f.db, { objectType: 'album', objectId: String(album.id), limit: 10, offset: 0 });
    expect(audit.rows.map((r) => r.action).sort()).toEqual(['album_created', 'album_deleted', 'album_saved']);
  });

  it('refuses a link to a host outside the list, naming the allowed ones', async () => {
    for (const url of ['https://evil.example/video', 'http://youtube.com/watch?v=1', 'javascript:alert(1)', 'https://youtube.com.evil.example/x', 'https://user:pw@youtu.be/x']) {
      const res = await f.call('POST', base, 'editor', { title: uniqueTitle('Album liên kết'), items: [{ kind: 'video_link', url }] });
      expect(res.statusCode, url).toBe(400);
      expect(res.body).toContain('youtube.com, youtu.be, qrt.vn, vtv.vn');
    }
    expect((await f.call('POST', base, 'editor', { title: uniqueTitle('Album QRT'), items: [{ kind: 'video_link', url: 'https://qrt.vn/video/thoi-su' }] })).statusCode).toBe(201);
  });

  it('answers hostile input with 400 and writes nothing', async () => {
    const before = (await f.call('GET', base, 'site_admin')).json<AlbumSummary[]>().length;
    const bad: unknown[] = [
      {},
      { title: '' },
      { title: 'x'.repeat(100_000) },
      { title: 'Được', description: 'y'.repeat(5000) },
      { title: 'Được', items: 'không phải danh sách' },
      { title: 'Được', items: [{ kind: 'audio', mediaId: 1 }] },
      { title: 'Được', items: [{ kind: 'photo', mediaId: -1 }] },
      { title: 'Được', items: [{ kind: 'photo', mediaId: 999_999_999 }] },
      { title: 'Được', items: Array.from({ length: 201 }, () => ({ kind: 'photo', mediaId: photo })) },
      { title: 'Được', slug: 'Có Dấu' },
      { title: 'Được', coverMediaId: photo2, items: [{ kind: 'photo', mediaId: photo }] },
      { title: 'Được', items: [{ kind: 'photo', mediaId: photo, caption: 'c'.repeat(600) }] },
    ];
    for (const body of bad) {
      const res = await f.call('POST', base, 'site_admin', body);
      expect(res.statusCode, JSON.stringify(body).slice(0, 80)).toBe(400);
    }
    expect((await f.call('GET', base, 'site_admin')).json<AlbumSummary[]>().length).toBe(before);
    expect((await f.call('GET', `${base}/abc`, 'site_admin')).statusCode).toBe(400);
    expect((await f.call('POST', `${base}/1/transitions`, 'site_admin', { transition: 'schedule' })).statusCode).toBe(400);
    for (const q of ['?trang=abc', '?trang=0', '?trang=99999999999']) expect((await camlo(`/thu-vien-anh${q}`)).statusCode).toBe(400);
    expect((await camlo('/thu-vien-anh?trang=500')).statusCode).toBe(404);
    expect((await camlo('/thu-vien-anh/Khong_Hop_Le')).statusCode).toBe(404);
    expect((await camlo('/api/v1/sites/camlo/albums?page=abc')).statusCode).toBe(400);
    expect((await camlo('/api/v1/sites/khong-co/albums')).statusCode).toBe(404);
  });

  it('keeps a photo an album uses in the library (409 on delete)', async () => {
    const own = (await upload('site_admin', 'giu-lai.png', await makeImage(30, 30, 'png'), 'Ảnh giữ lại')).json<{ id: number }>().id;
    await create('site_admin', { title: uniqueTitle('Album giữ ảnh'), items: [{ kind: 'photo', mediaId: own }] });
    expect((await f.call('DELETE', `/api/v1/admin/sites/${f.siteA.slug}/media/${own}`, 'site_admin')).statusCode).toBe(409);
  });
});

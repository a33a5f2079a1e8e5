/**
 * The import commands as an operator runs them, on SQLite and PostgreSQL, with feed
 * files generated here (hostile, broken, and 10,000 items) and images served by a local
 * HTTP server on 127.0.0.1: articles published with their dates, authors and tags,
 * sanitised; images in the media library with variants and body images pointed at them;
 * old addresses as redirects; a second run adds nothing; a broken file is refused with
 * its line or item and nothing is written (not even an image file). One child process
 * checks the wiring in main.ts: the summary, "Lỗi: …" and exit code 1.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '../test-support/databases.js';
import { manyPosts, rssFile, wxrFile, type TestPost } from '../imports/test-feeds.js';
import { CliError } from './cli-error.js';
import { runImportCommand, type ImportCommand } from './import-commands.js';
import { runSiteCommand } from './site-commands.js';

const MAIN = path.join(import.meta.dirname, '..', 'main.ts');

let server: http.Server;
let origin = '';
let png: Buffer;
let requests: string[] = [];

beforeAll(async () => {
  png = await sharp({ create: { width: 800, height: 500, channels: 3, background: { r: 200, g: 30, b: 30 } } }).png().toBuffer();
  server = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    if (req.url?.startsWith('/wp-content/uploads/') && req.url.endsWith('.png')) {
      res.writeHead(200, { 'content-type': 'image/png' }).end(png);
    } else if (req.url === '/khong-phai-anh.png.txt') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('không phải ảnh');
    } else if (req.url === '/feed.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssFile({ link: origin, posts: manyPosts(3, 500) }));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => new Promise<void>((resolve) => server.close(() => resolve())));

function hostilePosts(): TestPost[] {
  return [
    {
      id: 42,
      title: 'Phát động <b>hưởng ứng</b> ]]> Tháng hành động',
      bodyHtml: `<p onclick="x()">Mở đầu ]]> tiếp</p><script>alert(1)</script><p><a href="javascript:alert(2)">bấm</a></p><p><img src="${origin}/wp-content/uploads/2022/11/trong-bai.png" alt="Ảnh trong bài"></p><p><img src="${origin}/mat-roi.png" alt="Ảnh mất"></p>`,
      date: new Date('2022-11-16T09:21:00Z'),
      author: { login: 'bientap', displayName: 'Nguyễn Văn A' },
      categories: ['Tin tức'],
      tags: ['Bình đẳng giới'],
      slug: 'phat-dong',
      excerpt: 'Tóm tắt',
      thumbnailId: 900,
    },
    {
      id: 43,
      title: 'Bài thứ hai',
      bodyHtml: `<p>Ảnh bên cạnh tệp nhập: <img src="anh/canh-tep.png" alt="Cạnh tệp"></p><p><img src="../../etc/passwd" alt="x"></p>`,
      date: new Date('2022-11-17T01:00:00Z'),
      tags: ['Bình đẳng giới', 'Y tế'],
      slug: 'bai-thu-hai',
    },
  ];
}

describe.each(TEST_DIALECTS)('govportal import commands (%s)', (dialect) => {
  let t: TestDatabase;
  let dir: string;
  let mediaDir: string;
  let printed = '';

  beforeEach(async () => {
    t = await createTestDatabase(dialect);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govportal-import-'));
    mediaDir = path.join(dir, 'media');
    printed = '';
    requests = [];
    const out = () => undefined;
    await runSiteCommand('site:create', ['quangtri', '--name', 'Tỉnh Quảng Trị', '--kind', 'province', '--host', 'quangtri.gov.vn'], { db: t.db.kysely, out });
    await runSiteCommand('site:create', ['camlo', '--name', 'Huyện Cam Lộ', '--kind', 'district', '--parent', 'quangtri', '--host', 'camlo.quangtri.gov.vn'], { db: t.db.kysely, out });
  });
  afterEach(async () => {
    await t.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const run = (command: ImportCommand, ...args: string[]) => runImportCommand(command, args, { db: t.db.kysely, mediaDir, out: (text) => (printed += text), tty: false });
  async function refusal(command: ImportCommand, ...args: string[]): Promise<string> {
    const error: unknown = await run(command, ...args).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error, args.join(' ')).toBeInstanceOf(CliError);
    return (error as CliError).message;
  }
  const write = (name: string, text: string | Buffer) => {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return file;
  };
  const count = async (table: 'articles' | 'media' | 'redirects' | 'import_sources' | 'tags' | 'article_tags' | 'audit_log') =>
    Number((await t.db.kysely.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const files = (root: string): string[] => (fs.existsSync(root) ? fs.readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name) : []);

  it('imports a WordPress export: published with date, author and tags, sanitised, images stored with variants, old addresses as redirects; a second run adds nothing', async () => {
    write('anh/canh-tep.png', png);
    write('passwd', 'root:x:0:0');
    const file = write('wxr/xuat.xml', wxrFile({ baseUrl: origin, posts: [...hostilePosts(), { ...hostilePosts()[1]!, id: 44, status: 'draft' }], attachments: [{ id: 900, url: `${origin}/wp-content/uploads/2022/11/dai-dien.png` }] }));
    fs.renameSync(path.join(dir, 'anh'), path.join(dir, 'wxr', 'anh'));

    expect(await run('import:wxr', file, '--site', 'quangtri', '--category', 'tin-tuc-su-kien')).toBe(0);
    expect(printed).toContain('Đã nhập 2 tin, bỏ qua 0 tin đã có, 3 ảnh, 4 chuyển hướng.');
    expect(printed).toContain('Không nhập 2 mục không phải bài đã đăng');
    expect(printed).toContain(`Mục 2 (dòng `);
    expect(printed).toContain(`ảnh ${origin}/mat-roi.png: ${origin}/mat-roi.png trả lời mã 404`);
    expect(printed).toContain('ảnh ../../etc/passwd: ../../etc/passwd nằm ngoài thư mục của tệp nhập');

    const articles = await t.db.kysely.selectFrom('articles').selectAll().orderBy('published_at').execute();
    expect(articles.map((a) => [a.title, a.status, new Date(a.published_at!).toISOString(), a.author_name, a.slug])).toEqual([
      ['Phát động hưởng ứng ]]> Tháng hành động', 'published', '2022-11-16T09:21:00.000Z', 'Nguyễn Văn A', 'phat-dong-huong-ung-thang-hanh-dong'],
      ['Bài thứ hai', 'published', '2022-11-17T01:00:00.000Z', 'admin', 'bai-thu-hai'],
    ]);
    const [first, second] = articles;
    expect(first!.body_html).toContain('Mở đầu ]]&gt; tiếp');
    expect(first!.body_html).not.toMatch(/script|javascript|onclick/i);
    expect(first!.body_html).toMatch(/<img src="\/media\/quangtri\/[^"]+\.png" alt="Ảnh trong bài"/);
    expect(first!.body_html).toContain(`src="${origin}/mat-roi.png"`);
    expect(second!.body_html).toMatch(/<img src="\/media\/quangtri\/[^"]+\.png" alt="Cạnh tệp"/);
    expect(second!.body_html).not.toContain('passwd');
    expect(first!.featured_image_id).not.toBeNull();

    const media = await t.db.kysely.selectFrom('media').selectAll().orderBy('id').execute();
    expect(media).toHaveLength(3);
    for (const m of media) {
      expect([m.kind, m.uploaded_by, m.width]).toEqual(['image', null, 800]);
      expect(JSON.parse(m.variants)).not.toEqual([]);
      expect(fs.existsSync(path.join(mediaDir, m.storage_key))).toBe(true);
    }
    const tags = await t.db.kysely.selectFrom('tags').select(['slug', 'name']).orderBy('slug').execute();
    expect(tags).toEqual([
      { slug: 'binh-dang-gioi', name: 'Bình đẳng giới' },
      { slug: 'tin-tuc', name: 'Tin tức' },
      { slug: 'y-te', name: 'Y tế' },
    ]);
    const redirects = await t.db.kysely.selectFrom('redirects').select(['from_path', 'article_id']).orderBy('from_path').execute();
    // The guid (…/?p=42) and "/?p=42" are one key.
    expect(redirects).toEqual([
      { from_path: '/2022/11/16/phat-dong', article_id: first!.id },
      { from_path: '/2022/11/17/bai-thu-hai', article_id: second!.id },
      { from_path: '/?p=42', article_id: first!.id },
      { from_path: '/?p=43', article_id: second!.id },
    ]);
    expect(redirects).toHaveLength(4);
    const audit = await t.db.kysely.selectFrom('audit_log').select(['action', 'actor_name', 'actor_id']).execute();
    expect(audit.filter((a) => a.action === 'article_created')).toHaveLength(2);
    expect(audit.filter((a) => a.action === 'media_uploaded')).toHaveLength(3);
    expect(audit.filter((a) => a.action === 'articles_imported')).toHaveLength(1);
    expect(audit.every((a) => a.actor_name === 'cli' && a.actor_id === null)).toBe(true);

    const before = await Promise.all((['articles', 'media', 'redirects', 'import_sources', 'tags', 'article_tags', 'audit_log'] as const).map(count));
    const fetched = requests.length;
    printed = '';
    expect(await run('import:wxr', file, '--site', 'quangtri', '--category', 'tin-tuc-su-kien')).toBe(0);
    expect(printed).toContain('Đã nhập 0 tin, bỏ qua 2 tin đã có, 0 ảnh, 0 chuyển hướng.');
    expect(await Promise.all((['articles', 'media', 'redirects', 'import_sources', 'tags', 'article_tags', 'audit_log'] as const).map(count))).toEqual(before);
    expect(requests.length).toBe(fetched);
  });

  it('refuses a broken file with its line, and an item against the rules with its number, writing nothing at all', async () => {
    const good = wxrFile({ baseUrl: origin, posts: hostilePosts(), attachments: [{ id: 900, url: `${origin}/wp-content/uploads/dai-dien.png` }] });
    const cut = write('cut.xml', good.slice(0, good.lastIndexOf('</item>')));
    expect(await refusal('import:wxr', cut, '--site', 'quangtri', '--category', 'tin-tuc-su-kien')).toMatch(/^Tệp WXR bị lỗi, không nhập gì\. Dòng \d+: tệp bị cắt cụt/);

    const longTitle = { ...hostilePosts()[1]!, id: 50, title: 'Dài '.repeat(200) };
    const badDate = write('bad.xml', wxrFile({ baseUrl: origin, posts: [...hostilePosts(), longTitle] }).replace('<pubDate>Thu, 17 Nov 2022 01:00:00 GMT</pubDate>', '<pubDate>hôm qua</pubDate>').replace('2022-11-17 01:00:00', 'hom-qua-1234567890').replace('2022-11-17 08:00:00', 'hom-qua-1234567890'));
    const message = await refusal('import:wxr', badDate, '--site', 'quangtri', '--category', 'tin-tuc-su-kien');
    expect(message).toContain('Tệp có mục không nhập được; không nhập gì cả.');
    expect(message).toMatch(/Mục 2 \(dòng \d+\): ngày đăng "hom-qua-1234567890" không đọc được\./);
    expect(message).toMatch(/Mục 3 \(dòng \d+\): tiêu đề: dài quá 500 ký tự\./);

    expect(await refusal('import:wxr', path.join(dir, 'khong-co.xml'), '--site', 'quangtri', '--category', 'tin-tuc-su-kien')).toContain('Không đọc được tệp');
    expect(await refusal('import:wxr', cut, '--site', 'khong-co', '--category', 'tin-tuc-su-kien')).toContain('Không có cổng mã "khong-co"');
    expect(await refusal('import:wxr', cut, '--site', 'quangtri', '--category', 'khong-co')).toContain('không có chuyên mục mã "khong-co"');
    expect(await refusal('import:wxr', cut, '--site', 'quangtri')).toContain('Hãy cho mã chuyên mục nhận tin bằng --category');
    expect(await refusal('import:rss', '--site', 'quangtri', '--category', 'x')).toContain('Hãy cho đúng một tệp nguồn');

    for (const table of ['articles', 'media', 'redirects', 'import_sources', 'tags'] as const) expect(await count(table), table).toBe(0);
    expect(files(mediaDir)).toEqual([]);
  });

  it('imports RSS from an address and from a file, each item once, its link (a Liferay address) as redirect', async () => {
    expect(await run('import:rss', `${origin}/feed.xml`, '--site', 'camlo', '--category', 'tin-tuc-su-kien')).toBe(0);
    expect(printed).toContain('Đã nhập 3 tin, bỏ qua 0 tin đã có, 0 ảnh, 3 chuyển hướng.');
    const posts = [...manyPosts(2, 500), { ...manyPosts(1, 600)[0]!, imageUrl: `${origin}/wp-content/uploads/rss.png`, title: 'Tin <script>alert(1)</script> có ảnh' }];
    const file = write('nguon.xml', rssFile({ link: origin, posts }));
    printed = '';
    expect(await run('import:rss', file, '--site', 'camlo', '--category', 'tin-tuc-su-kien')).toBe(0);
    expect(printed).toContain('Đã nhập 1 tin, bỏ qua 2 tin đã có, 1 ảnh, 1 chuyển hướng.');
    const withImage = await t.db.kysely.selectFrom('articles').selectAll().where('featured_image_id', 'is not', null).executeTakeFirstOrThrow();
    expect(withImage.title).toBe('Tin có ảnh');
    expect(await t.db.kysely.selectFrom('redirects').select('from_path').where('article_id', '=', withImage.id).execute()).toEqual([{ from_path: '/-/view-article/1/600/600' }]);
    expect(await refusal('import:rss', `${origin}/khong-co.xml`, '--site', 'camlo', '--category', 'tin-tuc-su-kien')).toContain('trả lời mã 404');

    // On a terminal: a bar redrawn in place, then the summary and the time taken.
    let terminal = '';
    const again = write('nguon-2.xml', rssFile({ link: origin, posts: manyPosts(5, 700) }));
    expect(await runImportCommand('import:rss', [again, '--site', 'camlo', '--category', 'tin-tuc-su-kien'], { db: t.db.kysely, mediaDir, out: (text) => (terminal += text), tty: true })).toBe(0);
    expect(terminal).toContain('\r\x1b[2K  [########################] tin bài: 5/5 dòng\n');
    expect(terminal).toContain('Đã nhập 5 tin, bỏ qua 0 tin đã có, 0 ảnh, 5 chuyển hướng.\nThời gian: ');
  });

  it('imports 10,000 posts in one transaction in reasonable time, and a second run adds nothing', { timeout: 600_000 }, async () => {
    const file = write('lon.xml', wxrFile({ baseUrl: 'https://old.example.vn', posts: manyPosts(10_000) }));
    const started = performance.now();
    const heap = process.memoryUsage().heapUsed;
    expect(await run('import:wxr', file, '--site', 'quangtri', '--category', 'tin-tuc-su-kien')).toBe(0);
    const seconds = (performance.now() - started) / 1000;
    console.info(`[${dialect}] 10,000 WXR posts imported in ${seconds.toFixed(1)} s; heap ${((process.memoryUsage().heapUsed - heap) / 1024 / 1024).toFixed(0)} MB above where it started`);
    expect(printed).toContain('Đã nhập 10000 tin, bỏ qua 0 tin đã có, 0 ảnh, 20000 chuyển hướng.');
    expect(await count('articles')).toBe(10_000);
    expect(seconds).toBeLessThan(300);
    printed = '';
    expect(await run('import:wxr', file, '--site', 'quangtri', '--category', 'tin-tuc-su-kien')).toBe(0);
    expect(printed).toContain('Đã nhập 0 tin, bỏ qua 10000 tin đã có, 0 ảnh, 0 chuyển hướng.');
    expect(await count('articles')).toBe(10_000);
  });

  it('imports redirects from CSV: paths, article addresses (by id), this system’s hosts; refuses other hosts and schemes with their lines; a second run changes nothing', async () => {
    await run('import:rss', `${origin}/feed.xml`, '--site', 'quangtri', '--category', 'tin-tuc-su-kien');
    const article = await t.db.kysely.selectFrom('articles').select(['id', 'slug']).orderBy('id').executeTakeFirstOrThrow();
    const csv = [
      'old_url,new_url',
      `https://old.example.vn/tin%20t%E1%BB%A9c/c%C5%A9.html,/tin-tuc-su-kien/${article.slug}`,
      `"/index.php?page_id=7&lang=vi",https://quangtri.gov.vn/thong-bao`,
      `/lien-he,https://camlo.quangtri.gov.vn/trang/lien-he`,
      `/-/view-article/1/1/1,/tin-tuc-su-kien`,
    ].join('\r\n');
    const file = write('chuyen-huong.csv', csv);
    printed = '';
    expect(await run('redirects:import', file, '--site', 'quangtri')).toBe(0);
    expect(printed).toBe('Đã thêm 4 chuyển hướng, đổi đích 0, giữ nguyên 0 đã có.\n');
    const rows = await t.db.kysely.selectFrom('redirects').select(['from_path', 'article_id', 'to_path']).where('article_id', 'is', null).orderBy('from_path').execute();
    expect(rows).toEqual([
      { from_path: '/-/view-article/1/1/1', article_id: null, to_path: '/tin-tuc-su-kien' },
      { from_path: '/index.php?lang=vi&page_id=7', article_id: null, to_path: '/thong-bao' },
      { from_path: '/lien-he', article_id: null, to_path: 'https://camlo.quangtri.gov.vn/trang/lien-he' },
    ]);
    expect(await t.db.kysely.selectFrom('redirects').select('article_id').where('from_path', '=', '/tin%20t%E1%BB%A9c/c%C5%A9.html').executeTakeFirst()).toEqual({ article_id: article.id });
    printed = '';
    expect(await run('redirects:import', file, '--site', 'quangtri')).toBe(0);
    expect(printed).toBe('Đã thêm 0 chuyển hướng, đổi đích 0, giữ nguyên 4 đã có.\n');

    const bad = write(
      'xau.csv',
      ['old_url,new_url', '/a,javascript:alert(1)', '/b,https://evil.example/x', '/c,//evil.example/x', '/d', '/e,/e', '/,/x', '"/f,/g', ''].join('\n'),
    );
    const message = await refusal('redirects:import', bad, '--site', 'quangtri');
    expect(message).toMatch(/^Tệp CSV bị lỗi, không nhập gì\. Dòng 8: dấu nháy kép mở/);
    const lines = write('xau2.csv', ['old_url,new_url', '/a,javascript:alert(1)', '/b,https://evil.example/x', '/c,//evil.example/x', '/d', '/e,/e', '/,/x', '/h,data:text/html,x', '/i,/moi', '/i,/khac'].join('\n'));
    const listed = await refusal('redirects:import', lines, '--site', 'quangtri');
    expect(listed.split('\n').slice(1)).toEqual([
      'Dòng 2: địa chỉ mới dùng giao thức "javascript:" không được phép; chỉ nhận đường dẫn trên cổng (/…) hoặc địa chỉ http(s) thuộc hệ thống.',
      'Dòng 3: địa chỉ mới ở tên miền evil.example không thuộc hệ thống; chỉ chuyển hướng tới các cổng của hệ thống.',
      'Dòng 4: địa chỉ mới phải là đường dẫn bắt đầu bằng một dấu "/" (ví dụ /tin-tuc/bai-moi) hoặc địa chỉ http(s) thuộc hệ thống.',
      'Dòng 5: cần đúng 2 cột (old_url,new_url), dòng này có 1.',
      'Dòng 6: địa chỉ cũ và mới là một, sẽ chuyển hướng vòng tròn.',
      'Dòng 7: không chuyển hướng trang chủ.',
      'Dòng 8: cần đúng 2 cột (old_url,new_url), dòng này có 3.',
      'Dòng 10: địa chỉ cũ này đã có ở dòng 9 với địa chỉ mới khác.',
    ]);
    expect(await refusal('redirects:import', write('khong-tieu-de.csv', '/a,/b\n'), '--site', 'quangtri')).toContain('Dòng 1: dòng đầu của tệp phải là tiêu đề "old_url,new_url"');
    expect(await count('redirects')).toBe(7);
  });

  it('prints the summary, or "Lỗi: …" with exit code 1, as a child process', { timeout: 240_000 }, async () => {
    const database = t.target.kind === 'postgres' ? t.target.url : '';
    const dataDir = path.join(dir, 'data');
    fs.mkdirSync(dataDir);
    if (t.target.kind === 'sqlite') {
      // The child opens its own copy of this database, with the sites in it.
      await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(t.db.kysely);
      fs.copyFileSync(t.target.file, path.join(dataDir, 'govportal.sqlite'));
    }
    const cli = (args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], {
        env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn', NODE_ENV: 'development', DATABASE_URL: database },
        encoding: 'utf8',
        timeout: 120_000,
      });
    const csv = write('r.csv', 'old_url,new_url\n/cu,/moi\n');
    const ok = cli(['redirects:import', csv, '--site', 'quangtri']);
    expect(ok.stderr).toBe('');
    expect([ok.status, ok.stdout]).toEqual([0, 'Đã thêm 1 chuyển hướng, đổi đích 0, giữ nguyên 0 đã có.\n']);
    const broken = cli(['import:wxr', write('x.xml', '<rss><channel><item>'), '--site', 'quangtri', '--category', 'tin-tuc-su-kien']);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/^Lỗi: Tệp WXR bị lỗi, không nhập gì\. Dòng 1: tệp bị cắt cụt/);
    const help = cli(['help']);
    expect(help.stdout).toContain('import:wxr <tệp.xml> --site <mã> --category <mã chuyên mục>');
  });
});

/**
 * Consultations on drafts as citizens meet them, over HTTP on both databases: the list
 * (open first, the filter, pages), one draft, the feed and the JSON API; a comment sent
 * as a browser sends it (the form fetched, its token read from the HTML, the fields
 * posted urlencoded) is pending and unseen until a moderator approves it; no comment
 * after closing or before opening; the form guard's refusals; hostile input refused with
 * nothing written. Every public answer of this file is kept, and none may hold a
 * commenter's email, phone or address.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminComment, AdminConsultation } from '../../../contract/consultations.js';
import { FORM_TOKEN_FIELD, HONEYPOT_FIELD, MIN_FILL_MS } from '../../../security/form-guard.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { editorialFixture, type EditorialFixture } from '../../admin/articles/test-fixture.js';
import { dayFromToday, draftConsultation, publishedConsultation } from '../../admin/consultations/test-helpers.js';

const SENT = 'Ý kiến của bạn đã được gửi và sẽ hiển thị sau khi được kiểm duyệt';

describe.each(TEST_DIALECTS)('consultations in public on %s', (dialect) => {
  let f: EditorialFixture;
  /** The form guard's clock runs ahead of the real one by this much: "waiting" adds to it. */
  let ahead = 0;
  /**
   * Every public answer of this file, searched at the end for private fields. The one
   * exception is a form given back to the person who sent it (400, no-store): it holds
   * what they typed, as it must, and goes to nobody else.
   */
  const publicBodies: string[] = [];
  const privateValues: string[] = [];

  beforeAll(async () => {
    f = await editorialFixture(dialect, { formClock: () => Date.now() + ahead });
  });
  afterAll(async () => {
    const leaks = privateValues.filter((v) => publicBodies.some((b) => b.includes(v)));
    expect(privateValues.length).toBeGreaterThan(0);
    expect(leaks).toEqual([]);
    await f.t.close();
  });

  const waitAsAPerson = () => {
    ahead += MIN_FILL_MS + 2_000;
  };

  async function get(url: string, host = 'camlo.localhost') {
    const res = await f.app.inject({ url, headers: { host } });
    publicBodies.push(res.body);
    return res;
  }

  async function post(path: string, fields: Record<string, string>) {
    const res = await f.app.inject({
      method: 'POST',
      url: path,
      headers: { host: 'camlo.localhost', 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams(fields).toString(),
    });
    if (res.statusCode === 400 && res.body.includes('role="alert"')) expect(res.headers['cache-control']).toBe('no-store');
    else publicBodies.push(res.body);
    return res;
  }

  function tokenIn(html: string): string {
    const m = /name="ma-bieu-mau" value="([^"]+)"/.exec(html);
    if (m?.[1] === undefined) throw new Error('no form token in the page');
    return m[1];
  }

  let personCounter = 0;
  function person() {
    personCounter += 1;
    const tag = `${dialect}${personCounter}${Math.random().toString(36).slice(2, 7)}`;
    const fields = {
      'ho-ten': `Nguyễn Văn Góp Ý ${tag}`,
      'to-chuc': `Hợp tác xã ${tag}`,
      email: `nguoi.dan.${tag}@example.vn`,
      'dien-thoai': `0912 ${String(100000 + personCounter * 7919).slice(0, 6)}`,
      'dia-chi': `Số ${personCounter} đường Hùng Vương, khu phố bí mật ${tag}`,
      'noi-dung': `Đề nghị bổ sung quy định về thời hạn giải quyết hồ sơ <b>${tag}</b> & "lệ phí".`,
    };
    privateValues.push(fields.email, fields['dia-chi']);
    return fields;
  }

  const commentsOf = async (id: number) => f.db.selectFrom('consultation_comments').selectAll().where('consultation_id', '=', id).execute();
  const adminBase = (c: AdminConsultation) => `/api/v1/admin/sites/${f.siteA.slug}/consultations/${c.id}`;

  /** Fetches the page, waits as a person would, and posts the form with these fields (plus the token and empty honeypot). */
  async function comment(c: AdminConsultation, fields: Record<string, string>, extra: Record<string, string> = {}) {
    const page = await get(c.path);
    expect(page.statusCode).toBe(200);
    waitAsAPerson();
    return post(c.path, { [FORM_TOKEN_FIELD]: tokenIn(page.body), [HONEYPOT_FIELD]: '', ...fields, ...extra });
  }

  it('lists open drafts first with the days left, filters by phase, and refuses a bad filter or page', async () => {
    const open = await publishedConsultation(f, { opens: -2, closes: 7 });
    const closed = await publishedConsultation(f, { opens: -40, closes: -10 });
    const draft = await draftConsultation(f);
    const all = await get('/lay-y-kien');
    expect(all.statusCode).toBe(200);
    expect(all.body).toContain('<h1>Lấy ý kiến dự thảo</h1>');
    expect(all.body.indexOf(open.title)).toBeGreaterThan(-1);
    expect(all.body.indexOf(closed.title)).toBeGreaterThan(all.body.indexOf(open.title));
    expect(all.body).toContain('còn 7 ngày');
    expect(all.body).not.toContain(draft.title);

    const onlyOpen = await get('/lay-y-kien?trang-thai=dang-lay-y-kien');
    expect(onlyOpen.body).toContain(open.title);
    expect(onlyOpen.body).not.toContain(closed.title);
    const onlyClosed = await get('/lay-y-kien?trang-thai=da-ket-thuc');
    expect(onlyClosed.body).toContain(closed.title);
    expect(onlyClosed.body).not.toContain(open.title);

    expect((await get('/lay-y-kien?trang-thai=tat-ca')).statusCode).toBe(400);
    expect((await get('/lay-y-kien?trang=abc')).statusCode).toBe(400);
    expect((await get('/lay-y-kien?trang=99999999999')).statusCode).toBe(400);
    expect((await get('/lay-y-kien?trang=500')).statusCode).toBe(404);
    // Another site does not list site A's drafts.
    expect((await get('/lay-y-kien', 'dongha.localhost')).body).not.toContain(open.title);
  });

  it('shows a published draft with its dates and the form while open; a draft is unknown', async () => {
    const open = await publishedConsultation(f, { opens: -1, closes: 12 });
    const page = await get(open.path);
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.body).toContain(`<h1 class="article__title">${open.title}</h1>`);
    expect(page.body).toContain('Văn phòng UBND huyện');
    expect(page.body).toContain(`<time datetime="${dayFromToday(12)}">`);
    expect(page.body).toContain('<form method="post"');
    expect(page.body).toContain(`name="${HONEYPOT_FIELD}"`);
    const draft = await draftConsultation(f);
    expect((await get(draft.path)).statusCode).toBe(404);
    expect((await get('/lay-y-kien/khong-co-du-thao-nay')).statusCode).toBe(404);
  });

  it('gives the feed and the JSON API of public drafts only', async () => {
    const open = await publishedConsultation(f, { opens: -1, closes: 5 });
    const draft = await draftConsultation(f);
    const rss = await get('/lay-y-kien/rss.xml');
    expect(rss.statusCode).toBe(200);
    expect(rss.headers['content-type']).toContain('application/rss+xml');
    expect(rss.body).toContain(`<title>${open.title}</title>`);
    expect(rss.body).toContain(`/lay-y-kien/${open.slug}</link>`);
    expect(rss.body).not.toContain(draft.title);

    const list = await get(`/api/v1/sites/${f.siteA.slug}/consultations`, 'localhost');
    expect(list.statusCode).toBe(200);
    const items = list.json<{ items: { slug: string; phase: string; daysLeft: number | null }[] }>().items;
    expect(items.find((i) => i.slug === open.slug)).toMatchObject({ phase: 'open', daysLeft: 5 });
    expect(items.some((i) => i.slug === draft.slug)).toBe(false);
    const one = await get(`/api/v1/sites/${f.siteA.slug}/consultations/${open.slug}`, 'localhost');
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({ slug: open.slug, title: open.title, comments: [], reportHtml: null });
    expect((await get(`/api/v1/sites/${f.siteA.slug}/consultations/${draft.slug}`, 'localhost')).statusCode).toBe(404);
    expect((await get(`/api/v1/sites/khong-co/consultations`, 'localhost')).statusCode).toBe(404);
  });

  it('takes a comment over plain HTTP as pending, unseen until approved; then shows name, organisation and text only', async () => {
    const c = await publishedConsultation(f, { opens: -3, closes: 9 });
    const fields = person();
    const sent = await comment(c, fields);
    expect(sent.statusCode, sent.body.slice(0, 400)).toBe(200);
    expect(sent.body).toContain(SENT);
    const rows = await commentsOf(c.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ state: 'pending', name: fields['ho-ten'], email: fields.email, address: fields['dia-chi'], body: fields['noi-dung'] });

    const before = await get(c.path);
    expect(before.body).not.toContain(fields['ho-ten']);
    expect((await get(`/api/v1/sites/${f.siteA.slug}/consultations/${c.slug}`, 'localhost')).body).not.toContain(fields['ho-ten']);

    const queue = await f.call('GET', `${adminBase(c)}/comments?state=pending`, 'editor');
    expect(queue.statusCode).toBe(200);
    const pending = queue.json<AdminComment[]>();
    expect(pending.map((p) => p.email)).toEqual([fields.email]);
    const approved = await f.call('POST', `${adminBase(c)}/comments/${pending[0]?.id}/moderation`, 'editor', { decision: 'approve' });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json<AdminComment>()).toMatchObject({ state: 'approved', moderatedBy: f.ids.editor });

    const after = await get(c.path);
    expect(after.body).toContain(fields['ho-ten']);
    expect(after.body).toContain(fields['to-chuc']);
    // Plain text, escaped.
    expect(after.body).toContain('&lt;b>');
    expect(after.body).not.toContain(`<b>${fields['noi-dung'].slice(-20)}`);
    const api = await get(`/api/v1/sites/${f.siteA.slug}/consultations/${c.slug}`, 'localhost');
    const apiComments = api.json<{ comments: Record<string, unknown>[] }>().comments;
    expect(apiComments).toHaveLength(1);
    expect(Object.keys(apiComments[0] ?? {}).sort()).toEqual(['name', 'organisation', 'receivedAt', 'text']);
    await get('/lay-y-kien/rss.xml');
    await get('/lay-y-kien');
    await get(`/api/v1/sites/${f.siteA.slug}/consultations`, 'localhost');
  });

  it('also takes the post at /gop-y', async () => {
    const c = await publishedConsultation(f);
    const page = await get(c.path);
    waitAsAPerson();
    const sent = await post(`${c.path}/gop-y`, { [FORM_TOKEN_FIELD]: tokenIn(page.body), ...person() });
    expect(sent.statusCode).toBe(200);
    expect(await commentsOf(c.id)).toHaveLength(1);
  });

  it('takes no comment after closing or before opening: no form, a clear refusal, nothing written', async () => {
    const open = await publishedConsultation(f);
    const openPage = await get(open.path);
    for (const c of [await publishedConsultation(f, { opens: -20, closes: -1 }), await publishedConsultation(f, { opens: 2, closes: 20 })]) {
      const page = await get(c.path);
      expect(page.statusCode).toBe(200);
      expect(page.body).not.toContain('<form method="post"');
      waitAsAPerson();
      // Even with a real token (of another draft's form) and good fields.
      const res = await post(c.path, { [FORM_TOKEN_FIELD]: tokenIn(openPage.body), ...person() });
      expect(res.statusCode).toBe(409);
      expect(res.body).toMatch(/Đã kết thúc lấy ý kiến|Chưa bắt đầu lấy ý kiến/);
      expect(res.body).toContain('Ý kiến của bạn chưa được gửi');
      expect(await commentsOf(c.id)).toHaveLength(0);
    }
  });

  it('shows the published summary of comments once closed', async () => {
    const c = await publishedConsultation(f, { opens: -30, closes: -2 });
    const none = await get(c.path);
    expect(none.body).toContain('Cơ quan soạn thảo đang tổng hợp ý kiến');
    const editorTries = await f.call('PUT', `${adminBase(c)}/report`, 'editor', { reportHtml: '<p>Tổng hợp.</p>', publish: true });
    expect(editorTries.statusCode).toBe(403);
    const saved = await f.call('PUT', `${adminBase(c)}/report`, 'editor', { reportHtml: '<p>Nhận được 3 ý kiến, đã tiếp thu 2.</p><script>x()</script>', publish: false });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await get(c.path)).body).not.toContain('Nhận được 3 ý kiến');
    const published = await f.call('PUT', `${adminBase(c)}/report`, 'approver', { reportHtml: '<p>Nhận được 3 ý kiến, đã tiếp thu 2.</p><script>x()</script>', publish: true });
    expect(published.statusCode, published.body).toBe(200);
    const page = await get(c.path);
    expect(page.body).toContain('<p>Nhận được 3 ý kiến, đã tiếp thu 2.</p>');
    expect(page.body).not.toContain('x()');
    expect((await get(`/api/v1/sites/${f.siteA.slug}/consultations/${c.slug}`, 'localhost')).json()).toMatchObject({ reportHtml: '<p>Nhận được 3 ý kiến, đã tiếp thu 2.</p>' });
  });

  it('refuses a filled honeypot and a forged or foreign token with the 400 page, and writes nothing', async () => {
    const c = await publishedConsultation(f);
    const other = await publishedConsultation(f);
    const honeypot = await comment(c, person(), { [HONEYPOT_FIELD]: 'http://spam.example' });
    expect(honeypot.statusCode).toBe(400);
    expect(honeypot.body).toContain('Không gửi được biểu mẫu');
    const page = await get(c.path);
    const token = tokenIn(page.body);
    waitAsAPerson();
    const forged = await post(c.path, { [FORM_TOKEN_FIELD]: `${token.slice(0, -3)}AAA`, ...person() });
    expect(forged.statusCode).toBe(400);
    const missing = await post(c.path, person());
    expect(missing.statusCode).toBe(400);
    const foreign = await post(other.path, { [FORM_TOKEN_FIELD]: token, ...person() });
    expect(foreign.statusCode).toBe(400);
    expect(await commentsOf(c.id)).toHaveLength(0);
    expect(await commentsOf(other.id)).toHaveLength(0);
  });

  it('gives a form sent too fast back, filled, with a fresh token and a message, and writes nothing', async () => {
    const c = await publishedConsultation(f);
    const page = await get(c.path);
    const fields = person();
    const fast = await post(c.path, { [FORM_TOKEN_FIELD]: tokenIn(page.body), ...fields });
    expect(fast.statusCode).toBe(400);
    expect(fast.body).toContain('role="alert"');
    expect(fast.body).toContain('Biểu mẫu được gửi quá nhanh');
    expect(fast.body).toContain(`value="${fields.email}"`);
    expect(await commentsOf(c.id)).toHaveLength(0);
    // The fresh token works once a person's time has passed.
    waitAsAPerson();
    const again = await post(c.path, { [FORM_TOKEN_FIELD]: tokenIn(fast.body), ...fields });
    expect(again.statusCode).toBe(200);
    expect(await commentsOf(c.id)).toHaveLength(1);
  });

  it('refuses hostile or missing fields with the form and its errors (400), writing nothing', async () => {
    const c = await publishedConsultation(f);
    const cases: Record<string, string>[] = [
      { ...person(), 'ho-ten': '' },
      { ...person(), email: 'khong-phai-thu' },
      { ...person(), 'noi-dung': 'a'.repeat(100 * 1024) },
      { ...person(), 'ho-ten': 'x'.repeat(5000) },
      { ...person(), 'dien-thoai': 'gọi tôi nhé' },
      { 'noi-dung': 'Chỉ có nội dung' },
    ];
    for (const fields of cases) {
      const res = await comment(c, fields);
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain('Có lỗi trong biểu mẫu');
      expect(res.body).toContain('<span class="visually-hidden">Lỗi: </span>');
      expect(res.body).toMatch(/<a href="#gop-y-[a-z-]+">/);
    }
    const json = await f.app.inject({ method: 'POST', url: c.path, headers: { host: 'camlo.localhost' }, payload: { 'ho-ten': 'A' } });
    expect(json.statusCode).toBe(400);
    const huge = await f.app.inject({
      method: 'POST', url: c.path, headers: { host: 'camlo.localhost', 'content-type': 'application/x-www-form-urlencoded' }, payload: `noi-dung=${'a'.repeat(300 * 1024)}`,
    });
    expect(huge.statusCode).toBe(413);
    expect(await commentsOf(c.id)).toHaveLength(0);
  });
});

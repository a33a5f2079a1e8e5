/**
 * Issue 10, must-show 2: a citizen's question end to end over plain HTTP on both
 * databases — the form fetched, its token taken from the HTML, filled and posted
 * urlencoded (no script); the tracking code; staff assign, answer and publish through
 * the editorial API; the answer shown by the code. A burst from one address is refused
 * with the clear message; the anti-spam refusals; hostile input answered 400 with nothing
 * written; and the asker's details (distinctive values) in NO public response of the file.
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminQuestion, QuestionList, QuestionStats } from '../../../contract/questions.js';
import { FORM_TOKEN_FIELD, HONEYPOT_FIELD, MIN_FILL_MS } from '../../../security/form-guard.js';
import { randomAddress } from '../../../test-support/addresses.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { vi } from '../../messages.js';
import { editorialFixture, type EditorialFixture } from '../../admin/articles/test-fixture.js';

const HOST = 'camlo.localhost';
/** The asker's details: distinctive, so any leak into a public answer is found. */
const PERSONAL = {
  'ho-ten': 'Trần Thị Riêngtư Zqx',
  email: 'zqx.bimat.4417@example.vn',
  'dien-thoai': '0987 654 3217',
  'dia-chi': 'Thôn Kínđáo Qwz, xã Cam Hiếu',
};
const PERSONAL_VALUES = Object.values(PERSONAL);

let serial = 0;
const unique = (label: string) => `${label} ${++serial} ${Math.random().toString(36).slice(2, 8)}`;

describe.each(TEST_DIALECTS)('citizens\' questions on %s', (dialect) => {
  let f: EditorialFixture;
  let offset = 0;
  /** Everything a public surface answered in this file, searched for the asker's details at the end. */
  const publicBodies: { url: string; body: string }[] = [];

  beforeAll(async () => {
    f = await editorialFixture(dialect, { formClock: () => Date.now() + offset, citizenFormLimit: { max: 3, timeWindowMs: 60_000 } });
  });
  /** The asker's details in any public answer collected so far (a re-shown form goes only to its sender). */
  function leaks(): string[] {
    return publicBodies.flatMap(({ url, body }) =>
      url.startsWith('POST') && body.includes(vi.questions.form.errorSummary) ? [] : PERSONAL_VALUES.filter((v) => body.includes(v)).map((v) => `${v} in ${url}`),
    );
  }

  afterAll(async () => {
    // After every case, in whatever order they ran: the whole file's public answers.
    const found = leaks();
    await f.t.close();
    expect(found).toEqual([]);
  });

  /** Time passes as a person fills the form (the guard's clock, not the test's). */
  const fillTime = () => {
    offset += MIN_FILL_MS + 2_000;
  };

  async function publicGet(url: string): Promise<LightMyRequestResponse> {
    const res = await f.app.inject({ url, headers: { host: HOST } });
    publicBodies.push({ url, body: res.body });
    return res;
  }

  function tokenIn(html: string): string {
    const at = html.indexOf(`name="${FORM_TOKEN_FIELD}" value="`);
    expect(at).toBeGreaterThan(-1);
    const start = at + `name="${FORM_TOKEN_FIELD}" value="`.length;
    return html.slice(start, html.indexOf('"', start));
  }

  async function post(fields: Record<string, string>, address = randomAddress()): Promise<LightMyRequestResponse> {
    const res = await f.app.inject({
      method: 'POST',
      url: '/hoi-dap/gui-cau-hoi',
      headers: { host: HOST, 'content-type': 'application/x-www-form-urlencoded' },
      remoteAddress: address,
      payload: new URLSearchParams(fields).toString(),
    });
    publicBodies.push({ url: 'POST /hoi-dap/gui-cau-hoi', body: res.body });
    return res;
  }

  async function filledForm(overrides: Record<string, string> = {}): Promise<Record<string, string>> {
    const form = await publicGet('/hoi-dap/gui-cau-hoi');
    expect(form.statusCode).toBe(200);
    return {
      [FORM_TOKEN_FIELD]: tokenIn(form.body),
      [HONEYPOT_FIELD]: '',
      loai: 'cau-hoi',
      'linh-vuc': 'dat-dai',
      'tieu-de': unique('Hỏi về cấp giấy chứng nhận quyền sử dụng đất'),
      'noi-dung': 'Gia đình tôi có thửa đất ở thôn Tân Hiệp.\n\nXin hỏi thủ tục cấp giấy chứng nhận lần đầu cần những giấy tờ gì?',
      ...PERSONAL,
      ...overrides,
    };
  }

  const countQuestions = async () => Number((await f.db.selectFrom('questions').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const admin = (path: string) => `/api/v1/admin/sites/${f.siteA.slug}/questions${path}`;

  it('takes a question by plain HTTP, gives a tracking code, and shows the answer by it once staff published it', async () => {
    const fields = await filledForm();
    fillTime();
    const sent = await post(fields);
    expect(sent.statusCode, sent.body).toBe(303);
    const received = await publicGet(String(sent.headers.location));
    expect(received.statusCode).toBe(200);
    const code = /HD-[2-9A-Z]{8}/.exec(received.body)?.[0];
    expect(code).toBeDefined();
    expect(received.body).toContain(vi.questions.received.deadline);

    const tracked = await publicGet(`/hoi-dap/tra-cuu?ma=${code}`);
    expect(tracked.statusCode).toBe(200);
    expect(tracked.body).toContain(vi.questions.track.stages.received);

    // Staff find it, with the asker's details, and handle it.
    const list = (await f.call('GET', admin('?status=received'), 'editor')).json<QuestionList>();
    const item = list.items.find((q) => q.title === fields['tieu-de']);
    expect(item).toBeDefined();
    const id = item?.id ?? 0;
    const full = (await f.call('GET', admin(`/${id}`), 'editor')).json<AdminQuestion>();
    expect(full.asker).toEqual({ name: PERSONAL['ho-ten'], email: PERSONAL.email, phone: PERSONAL['dien-thoai'], address: PERSONAL['dia-chi'] });
    expect((await f.call('POST', admin(`/${id}/assign`), 'editor', { unit: 'Phòng Tài nguyên và Môi trường huyện Cam Lộ' })).statusCode).toBe(200);
    expect((await publicGet(`/hoi-dap/tra-cuu?ma=${code}`)).body).toContain(vi.questions.track.stages.handling);
    const answered = await f.call('POST', admin(`/${id}/answer`), 'editor', { answerHtml: '<p>Hồ sơ gồm đơn đăng ký theo Mẫu số 04/ĐK.</p><script>alert(1)</script>' });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json<AdminQuestion>().answerHtml).not.toContain('<script');
    expect((await f.call('POST', admin(`/${id}/publish`), 'editor', {})).statusCode).toBe(403);
    const published = await f.call('POST', admin(`/${id}/publish`), 'approver', {});
    expect(published.statusCode, published.body).toBe(200);
    const slug = String(published.json<AdminQuestion>().publicUrl).split('/hoi-dap/')[1] ?? '';

    const byCode = await publicGet(`/hoi-dap/tra-cuu?ma=${code?.toLowerCase()}`);
    expect(byCode.body).toContain(vi.questions.track.stages.published);
    expect(byCode.body).toContain(`href="/hoi-dap/${slug}"`);
    const page = await publicGet(`/hoi-dap/${slug}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Hồ sơ gồm đơn đăng ký theo Mẫu số 04/ĐK.');
    expect(page.body).toContain('Phòng Tài nguyên và Môi trường huyện Cam Lộ');
    expect((await publicGet('/hoi-dap')).body).toContain(`/hoi-dap/${slug}`);
    expect((await publicGet('/hoi-dap?linh-vuc=dat-dai')).body).toContain(`/hoi-dap/${slug}`);
    expect((await publicGet('/hoi-dap/rss.xml')).body).toContain(`/hoi-dap/${slug}`);
    const api = await publicGet(`/api/v1/sites/camlo/questions`);
    expect(api.statusCode).toBe(200);
    expect(api.body).toContain(slug);
    const apiOne = await publicGet(`/api/v1/sites/camlo/questions/${slug}`);
    expect(apiOne.statusCode).toBe(200);
    expect(Object.keys(apiOne.json<Record<string, unknown>>()).sort()).toEqual(
      ['answerHtml', 'answeredAt', 'answeringUnit', 'field', 'fieldName', 'kind', 'publishedAt', 'questionText', 'receivedAt', 'responseWorkingDays', 'slug', 'title', 'url'],
    );
    await publicGet('/tim-kiem?q=gi%E1%BA%A5y+ch%E1%BB%A9ng+nh%E1%BA%ADn');
    await publicGet('/sitemap.xml');
    await publicGet('/rss.xml');

    // Every step is in the audit log, without the asker's details.
    const audit = await f.db.selectFrom('audit_log').select(['action', 'details']).where('object_type', '=', 'question').where('object_id', '=', String(id)).execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['question_answered', 'question_assigned', 'question_published', 'question_received']);
    for (const a of audit) for (const value of PERSONAL_VALUES) expect(a.details).not.toContain(value);
  });

  it('refuses a burst of posts from one address with the clear message', async () => {
    const address = randomAddress();
    const answers = [];
    for (let i = 0; i < 4; i += 1) answers.push(await post({ [FORM_TOKEN_FIELD]: 'gia-mao' }, address));
    expect(answers.slice(0, 3).map((r) => r.statusCode)).toEqual([400, 400, 400]);
    expect(answers[3]?.statusCode).toBe(429);
    expect(answers[3]?.body).toContain(vi.citizenForms.tooManyTitle);
    expect(answers[3]?.headers['retry-after']).toBeDefined();
  });

  it('refuses a filled honeypot and a forged token with a 400 page, writing nothing', async () => {
    const before = await countQuestions();
    const trap = await filledForm({ [HONEYPOT_FIELD]: 'https://spam.example' });
    fillTime();
    const caught = await post(trap);
    expect(caught.statusCode).toBe(400);
    expect(caught.body).toContain(vi.citizenForms.refused);
    const forged = await filledForm();
    fillTime();
    const bad = await post({ ...forged, [FORM_TOKEN_FIELD]: `${Date.now() - 60_000}.${'A'.repeat(43)}` });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain(vi.citizenForms.refused);
    expect(await countQuestions()).toBe(before);
  });

  it('shows the form again with the entries kept when it was sent too fast', async () => {
    const before = await countQuestions();
    const fields = await filledForm({ 'tieu-de': unique('Hỏi nhanh về trợ cấp') });
    const res = await post(fields);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain(vi.citizenForms.tooFast);
    expect(res.body).toContain('role="alert"');
    expect(res.body).toContain(`value="${fields['tieu-de']}"`);
    expect(tokenIn(res.body)).not.toBe(fields[FORM_TOKEN_FIELD]);
    expect(await countQuestions()).toBe(before);
  });

  it('answers hostile input with 400 and the fields named, writing nothing', async () => {
    const before = await countQuestions();
    const cases: Record<string, string>[] = [
      { 'ho-ten': '', 'noi-dung': '', email: '', 'dien-thoai': '' },
      { 'noi-dung': 'x'.repeat(100 * 1024) },
      { 'linh-vuc': 'khong-co-linh-vuc-nay' },
      { email: 'khong-phai-email', 'dien-thoai': '12' },
    ];
    for (const overrides of cases) {
      const fields = await filledForm(overrides);
      fillTime();
      const res = await post(fields);
      expect(res.statusCode, JSON.stringify(Object.keys(overrides))).toBe(400);
      expect(res.body).toContain(vi.questions.form.errorSummary);
      expect(res.body).toContain(`<span class="visually-hidden">${vi.questions.form.errorPrefix}</span>`);
      expect(res.body).toContain('href="#q-');
    }
    expect(await countQuestions()).toBe(before);
    // Every missing field is named at once, the contact rule included.
    const blank = await filledForm({ 'ho-ten': '', 'noi-dung': '', email: '', 'dien-thoai': '' });
    fillTime();
    const empty = await post(blank);
    expect(empty.statusCode).toBe(400);
    for (const message of ['Hãy nhập họ và tên', 'Hãy nhập nội dung câu hỏi', 'Hãy nhập thư điện tử hoặc số điện thoại']) expect(empty.body).toContain(message);
    for (const url of ['/hoi-dap?trang=99999999999', '/hoi-dap?trang=abc', '/hoi-dap?linh-vuc=%3Cscript%3E', '/hoi-dap/tra-cuu?ma=khong-hop-le']) {
      const res = await publicGet(url);
      expect(res.statusCode, url).toBe(400);
    }
    expect((await publicGet('/hoi-dap/tra-cuu?ma=HD-22222222')).statusCode).toBe(404);
    expect((await publicGet('/hoi-dap/khong-co-cau-hoi-nay')).statusCode).toBe(404);
    expect((await publicGet('/api/v1/sites/camlo/questions?page=99999999')).statusCode).toBe(400);
    expect((await publicGet('/api/v1/sites/camlo/questions?field=sai')).statusCode).toBe(400);
    const staff = await f.call('POST', admin('/1/assign'), 'editor', { unit: 'x'.repeat(100 * 1024) });
    expect(staff.statusCode).toBe(400);
  });

  it('gives the response-time figures and the overdue block to staff', async () => {
    const stats = await f.call('GET', admin('/stats'), 'editor');
    expect(stats.statusCode).toBe(200);
    const s = stats.json<QuestionStats>();
    expect(s.received).toBeGreaterThanOrEqual(s.answered);
    expect((await f.call('GET', admin('/overdue'), 'editor')).statusCode).toBe(200);
    expect((await f.call('GET', admin('/overdue'), 'contributor')).statusCode).toBe(403);
  });

  it('never shows the asker\'s details on a public surface', async () => {
    for (const url of ['/hoi-dap', '/hoi-dap/rss.xml', '/api/v1/sites/camlo/questions', '/sitemap.xml']) await publicGet(url);
    expect(leaks()).toEqual([]);
  });
});

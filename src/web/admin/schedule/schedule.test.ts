/**
 * The leaders' schedule, the directory and the English pages over HTTP on both databases:
 * a week created, saved (a stale save is 409, a day outside the week 400 with nothing
 * written), moved through the workflow and shown at /lich-cong-tac?tuan= and in the API
 * only once published; this week by default; wrong weeks a Vietnamese 400; directory
 * entries validated, audited, public while visible; English pages at /en with lang="en".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../../audit/audit.js';
import type { DirectoryEntry, DirectoryList, PublicDirectory } from '../../../contract/directory.js';
import type { AdminPage } from '../../../contract/pages.js';
import type { AdminScheduleWeek, PublicScheduleWeek, ScheduleWeekList } from '../../../contract/schedule.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { parseDocument, textOf } from '../../../test-support/html.js';
import { daysOfIsoWeek, formatIsoWeek, parseIsoWeek, vietnamIsoWeek } from '../../../time/iso-week.js';
import { editorialFixture, type EditorialFixture, type Person } from '../articles/test-fixture.js';

const entry = (day: string, over: Record<string, unknown> = {}) => ({
  day, startTime: '08:00', endTime: '11:00', leaders: 'Phó Chủ tịch UBND huyện', content: 'Họp triển khai kế hoạch', place: 'Phòng họp UBND huyện', chair: 'Phó Chủ tịch UBND huyện', attendees: 'Các phòng, ban', notes: '', ...over,
});

describe.each(TEST_DIALECTS)('schedule, directory and English pages on %s', (dialect) => {
  let f: EditorialFixture;
  let admin: string;
  beforeAll(async () => {
    f = await editorialFixture(dialect);
    admin = `/api/v1/admin/sites/${f.siteA.slug}`;
  });
  afterAll(() => f.t.close());

  const visit = (url: string) => f.app.inject({ url, headers: { host: 'camlo.localhost' } });
  const save = (who: Person, week: string, baseRevision: number, entries: unknown[]) => f.call('PUT', `${admin}/schedule/${week}`, who, { baseRevision, entries });
  const step = (who: Person, week: string, transition: string, note?: string) => f.call('POST', `${admin}/schedule/${week}/transitions`, who, { transition, ...(note === undefined ? {} : { note }) });

  it('creates a week, saves it, refuses a stale save, publishes it, and only then shows it', async () => {
    const week = '2031-W10';
    const days = daysOfIsoWeek(parseIsoWeek(week)!);
    const empty = (await f.call('GET', `${admin}/schedule/${week}`, 'editor')).json<AdminScheduleWeek>();
    expect(empty).toMatchObject({ week, exists: false, revision: 0, entries: [], days, previousWeek: '2031-W09', nextWeek: '2031-W11', canEdit: true });

    const created = await save('editor', week, 0, [entry(days[2]!, { startTime: '14:00', endTime: null, content: 'Tiếp công dân định kỳ' }), entry(days[0]!)]);
    expect(created.statusCode, created.body).toBe(200);
    const first = created.json<AdminScheduleWeek>();
    expect(first).toMatchObject({ exists: true, status: 'draft', revision: 1, createdBy: f.ids.editor });
    expect(first.entries.map((e) => [e.day, e.startTime])).toEqual([[days[0], '08:00'], [days[2], '14:00']]);

    const second = await save('editor', week, 1, [...first.entries, entry(days[4]!, { content: 'Kiểm tra tiến độ dự án đường liên xã' })]);
    expect(second.json<AdminScheduleWeek>()).toMatchObject({ revision: 2 });
    expect((await save('editor', week, 1, [])).statusCode).toBe(409);
    expect((await save('editor', week, 0, [])).statusCode).toBe(409);
    expect((await f.call('GET', `${admin}/schedule/${week}`, 'editor')).json<AdminScheduleWeek>().entries).toHaveLength(3);

    // Not yet public: the page says so, the API has no entries.
    const hidden = parseDocument((await visit(`/lich-cong-tac?tuan=${week}`)).body);
    expect(textOf(hidden.querySelector('main'))).toContain('Chưa có lịch công tác tuần này');
    expect((await f.app.inject({ url: `/api/v1/sites/camlo/schedule?week=${week}` })).json<PublicScheduleWeek>()).toMatchObject({ published: false, entries: [] });

    expect((await step('editor', week, 'publish')).statusCode).toBe(409); // not from a draft
    expect((await step('editor', week, 'submit')).json<AdminScheduleWeek>().status).toBe('submitted');
    expect((await step('approver', week, 'approve')).json<AdminScheduleWeek>().status).toBe('approved');
    expect((await step('editor', week, 'publish')).statusCode).toBe(403); // not an editor's step
    const published = (await step('approver', week, 'publish')).json<AdminScheduleWeek>();
    expect(published).toMatchObject({ status: 'published', path: `/lich-cong-tac?tuan=${week}` });
    expect(published.publicUrl).toContain(`/lich-cong-tac?tuan=${week}`);
    expect((await step('approver', week, 'publish')).statusCode).toBe(409);

    const res = await visit(`/lich-cong-tac?tuan=${week}`);
    expect(res.statusCode).toBe(200);
    const doc = parseDocument(res.body);
    expect(textOf(doc.querySelector('h1'))).toBe('Lịch công tác tuần 10 năm 2031');
    expect(doc.querySelectorAll('h2.schedule-day__title').length).toBe(7);
    expect(textOf(doc.querySelector('main'))).toContain('Tiếp công dân định kỳ');
    expect(doc.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/lich-cong-tac?tuan=2031-W09');
    expect(doc.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/lich-cong-tac?tuan=2031-W11');

    const api = (await f.app.inject({ url: `/api/v1/sites/camlo/schedule?week=${week}` })).json<PublicScheduleWeek>();
    expect(api).toMatchObject({ site: 'camlo', week, published: true });
    expect(api.entries.map((e) => e.content)).toEqual(['Họp triển khai kế hoạch', 'Tiếp công dân định kỳ', 'Kiểm tra tiến độ dự án đường liên xã']);
    expect((await f.app.inject({ url: '/lich-cong-tac/rss.xml', headers: { host: 'camlo.localhost' } })).body).toContain(`tuan=${week}`);

    // Unpublished again: hidden again.
    expect((await step('approver', week, 'unpublish')).json<AdminScheduleWeek>().status).toBe('unpublished');
    expect(textOf(parseDocument((await visit(`/lich-cong-tac?tuan=${week}`)).body).querySelector('main'))).toContain('Chưa có lịch công tác tuần này');

    const stored = await f.db.selectFrom('schedule_weeks').select('id').where('iso_week', '=', week).where('site_id', '=', f.siteA.id).executeTakeFirstOrThrow();
    const audit = await listAudit(f.db, { objectType: 'schedule_week', objectId: String(stored.id), limit: 20, offset: 0 });
    expect(audit.rows.map((r) => r.action).sort()).toEqual(['schedule_created', 'schedule_saved', 'workflow_approve', 'workflow_publish', 'workflow_submit', 'workflow_unpublish']);

    const list = (await f.call('GET', `${admin}/schedule`, 'editor')).json<ScheduleWeekList>();
    expect(list.currentWeek).toBe(formatIsoWeek(vietnamIsoWeek(new Date())));
    expect(list.weeks.find((w) => w.week === week)).toMatchObject({ status: 'unpublished', entryCount: 3 });
  });

  it('shows this week by default, and the week before from its link', async () => {
    const current = vietnamIsoWeek(new Date());
    for (const week of [formatIsoWeek(current), (await f.call('GET', `${admin}/schedule/${formatIsoWeek(current)}`, 'editor')).json<AdminScheduleWeek>().previousWeek]) {
      const stored = (await f.call('GET', `${admin}/schedule/${week}`, 'approver')).json<AdminScheduleWeek>();
      if (stored.status === 'published') continue;
      const entries = stored.days.slice(0, 6).map((day, i) => entry(day, { content: `Công việc ngày ${i + 1} tuần ${week}` }));
      expect((await save('approver', week, stored.revision, entries)).statusCode).toBe(200);
      for (const t of ['submit', 'approve', 'publish']) expect((await step('approver', week, t)).statusCode).toBe(200);
    }
    const res = await visit('/lich-cong-tac');
    expect(res.statusCode).toBe(200);
    const doc = parseDocument(res.body);
    expect(textOf(doc.querySelector('h1'))).toBe(`Lịch công tác tuần ${current.week} năm ${current.year}`);
    expect(doc.querySelectorAll('.schedule-entry').length).toBeGreaterThan(5);
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(/\/lich-cong-tac$/);
    const previous = doc.querySelector('a[rel="prev"]')?.getAttribute('href') ?? '';
    const last = parseDocument((await visit(previous)).body);
    expect(last.querySelectorAll('.schedule-entry').length).toBeGreaterThan(5);
    const api = (await f.app.inject({ url: '/api/v1/sites/camlo/schedule' })).json<PublicScheduleWeek>();
    expect(api).toMatchObject({ week: formatIsoWeek(current), published: true });
  });

  it('answers a wrong week with a Vietnamese 400, on the page and in the API', async () => {
    expect((await visit('/lich-cong-tac?tuan=2022-W46&tuan=2022-W47')).statusCode).toBe(400);
    expect((await f.app.inject({ url: '/api/v1/sites/camlo/schedule?week=2022-W46&week=2022-W47' })).statusCode).toBe(400);
    for (const bad of ['2022-W60', 'abc', '2022-W00', '2021-W53', 'x'.repeat(100_000), '2022-W4%00']) {
      const res = await visit(`/lich-cong-tac?tuan=${bad}`);
      expect(res.statusCode, bad.slice(0, 20)).toBe(400);
      expect(res.headers['content-type']).toContain('text/html');
      expect(textOf(parseDocument(res.body).querySelector('main'))).toContain('YYYY-Www');
      const api = await f.app.inject({ url: `/api/v1/sites/camlo/schedule?week=${bad}` });
      expect(api.statusCode).toBe(400);
      expect(api.headers['content-type']).toContain('application/problem+json');
    }
    expect((await f.app.inject({ url: '/api/v1/sites/khong-co/schedule' })).statusCode).toBe(404);
    expect((await f.call('GET', `${admin}/schedule/2022-W60`, 'editor')).statusCode).toBe(400);
  });

  it('refuses bad entries with 400 and writes nothing', async () => {
    const week = '2031-W20';
    const days = daysOfIsoWeek(parseIsoWeek(week)!);
    const cases: unknown[][] = [
      [entry('2031-01-01')],
      [entry(days[0]!, { startTime: '25:00' })],
      [entry(days[0]!, { startTime: '10:00', endTime: '09:00' })],
      [entry(days[0]!, { content: '' })],
      [entry(days[0]!, { content: 'x'.repeat(100_000) })],
      [entry(days[0]!, { leaders: 'a\u0000b' })],
      [entry(days[0]!, { day: 'hôm nay' })],
      Array.from({ length: 201 }, () => entry(days[0]!)),
    ];
    for (const entries of cases) {
      const res = await save('editor', week, 0, entries);
      expect(res.statusCode, res.body.slice(0, 200)).toBe(400);
    }
    expect((await f.call('PUT', `${admin}/schedule/${week}`, 'editor', { entries: 'nope' })).statusCode).toBe(400);
    expect((await f.db.selectFrom('schedule_weeks').select('id').where('iso_week', '=', week).execute())).toEqual([]);
  });

  it('keeps the directory: validated, audited, public while visible', async () => {
    const base = `${admin}/directory`;
    const person = { name: 'Trần Thị Thử Nghiệm', position: 'Chuyên viên', unit: `Phòng Thử nghiệm ${dialect}`, phone: '0233 3871 999', email: 'tttn.camlo@quangtri.gov.vn', sortOrder: 5 };
    const created = await f.call('POST', base, 'editor', person);
    expect(created.statusCode, created.body).toBe(201);
    const row = created.json<DirectoryEntry>();
    expect(row).toMatchObject({ ...person, visible: true });

    const page = parseDocument((await visit('/danh-ba')).body);
    expect(textOf(page.querySelector('main'))).toContain('Trần Thị Thử Nghiệm');
    expect(page.querySelector('a[href="tel:02333871999"]')).not.toBeNull();
    const api = (await f.app.inject({ url: '/api/v1/sites/camlo/directory' })).json<PublicDirectory>();
    expect(api.units.find((u) => u.unit === person.unit)?.people).toEqual([{ name: person.name, position: 'Chuyên viên', phone: person.phone, email: person.email }]);

    const hidden = await f.call('PUT', `${base}/${row.id}`, 'editor', { ...person, visible: false });
    expect(hidden.json<DirectoryEntry>().visible).toBe(false);
    expect((await visit('/danh-ba')).body).not.toContain('Trần Thị Thử Nghiệm');
    expect((await f.call('GET', base, 'contributor')).json<DirectoryList>()).toMatchObject({ canManage: false });
    expect((await f.call('GET', base, 'editor')).json<DirectoryList>().entries.some((e) => e.id === row.id)).toBe(true);

    for (const bad of [{ ...person, phone: '12ab' }, { ...person, phone: '0233' }, { ...person, email: 'khong-phai-email' }, { ...person, name: '' }, { ...person, unit: 'x'.repeat(100_000) }, { ...person, sortOrder: 1.5 }]) {
      expect((await f.call('POST', base, 'editor', bad)).statusCode).toBe(400);
      expect((await f.call('PUT', `${base}/${row.id}`, 'editor', bad)).statusCode).toBe(400);
    }
    expect((await f.call('DELETE', `${base}/${row.id}`, 'editor')).statusCode).toBe(204);
    expect((await f.call('DELETE', `${base}/${row.id}`, 'editor')).statusCode).toBe(404);
    const audit = await listAudit(f.db, { objectType: 'directory_entry', objectId: String(row.id), limit: 10, offset: 0 });
    expect(audit.rows.map((r) => r.action).sort()).toEqual(['directory_created', 'directory_deleted', 'directory_saved']);
    expect(JSON.parse(String(audit.rows.find((r) => r.action === 'directory_saved')?.details))).toMatchObject({ changed: ['visible'] });

    const demo = parseDocument((await visit('/danh-ba')).body);
    expect(demo.querySelectorAll('.directory-person').length).toBeGreaterThanOrEqual(10);
  });

  it('serves English pages at /en with lang="en", and an English page only there', async () => {
    const index = await visit('/en');
    expect(index.statusCode).toBe(200);
    const doc = parseDocument(index.body);
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(textOf(doc.querySelector('h1'))).toBe('Introduction');
    expect(doc.querySelector('a[href="/en/organisation"]')).not.toBeNull();

    const contact = await visit('/en/contact');
    expect(contact.statusCode).toBe(200);
    expect(parseDocument(contact.body).documentElement.getAttribute('lang')).toBe('en');
    const moved = await visit('/trang/contact');
    expect(moved.statusCode).toBe(301);
    expect(moved.headers.location).toBe('/en/contact');
    // Vietnamese pages stay as they are, and are not English pages.
    expect(parseDocument((await visit('/trang/gioi-thieu')).body).documentElement.getAttribute('lang')).toBe('vi');
    expect((await visit('/en/gioi-thieu')).statusCode).toBe(404);
    expect((await visit('/en/khong-co-trang-nay')).statusCode).toBe(404);

    // The page editor chooses the language.
    const created = await f.call('POST', `${admin}/pages`, 'site_admin', { title: `Investment ${dialect}`, description: '', bodyHtml: '<p>Investment opportunities.</p>', language: 'en' });
    expect(created.statusCode, created.body).toBe(201);
    const page = created.json<AdminPage>();
    expect(page).toMatchObject({ language: 'en', path: `/en/${page.slug}` });
    expect((await f.call('POST', `${admin}/pages`, 'site_admin', { title: 'X', bodyHtml: '<p>x</p>', language: 'fr' })).statusCode).toBe(400);
    for (const t of ['submit', 'approve', 'publish']) expect((await f.call('POST', `${admin}/pages/${page.id}/transitions`, 'site_admin', { transition: t })).statusCode).toBe(200);
    expect(parseDocument((await visit(`/en/${page.slug}`)).body).documentElement.getAttribute('lang')).toBe('en');
    const sitemap = (await visit('/sitemap.xml')).body;
    expect(sitemap).toContain(`/en/${page.slug}`);
    // Saved without a language, it keeps its own.
    const saved = await f.call('PUT', `${admin}/pages/${page.id}`, 'site_admin', { title: page.title, description: '', bodyHtml: '<p>Updated.</p>', baseRevision: page.revision });
    expect(saved.json<AdminPage>().language).toBe('en');
  });
});

/**
 * The disclosure list over HTTP on both databases: /cong-khai-thong-tin lists every item
 * the law asks for with its state and a link to where it is published, the site admin's
 * compliance screen reads the same states, and an item turns from missing to published
 * when the site publishes it. Only site admins (and the system admin) read the report.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ComplianceReport } from '../../../contract/disclosure.js';
import { DISCLOSURE_CATALOGUE } from '../../../disclosure/catalogue.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { questionRow } from '../../../test-support/questions.js';
import { parseDocument, textOf } from '../../../test-support/html.js';
import { editorialFixture, type EditorialFixture } from '../../admin/articles/test-fixture.js';

describe.each(TEST_DIALECTS)('the disclosure list on %s', (dialect) => {
  let f: EditorialFixture;
  beforeAll(async () => {
    f = await editorialFixture(dialect);
  });
  afterAll(() => f.t.close());

  const report = async (site: string, who: 'site_admin' | 'sysadmin' = 'site_admin') => {
    const res = await f.call('GET', `/api/v1/admin/sites/${site}/compliance`, who);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<ComplianceReport>();
  };

  it('lists every item the law asks for, with its state and where it is published, as the compliance screen says', async () => {
    const res = await f.app.inject({ url: '/cong-khai-thong-tin', headers: { host: 'camlo.localhost' } });
    expect(res.statusCode).toBe(200);
    const doc = parseDocument(res.body);
    expect(textOf(doc.querySelector('h1'))).toBe('Danh mục thông tin phải công khai');
    const fromScreen = await report(f.siteA.slug);
    expect(fromScreen.items.map((i) => i.id)).toEqual(DISCLOSURE_CATALOGUE.map((i) => i.id));
    for (const item of fromScreen.items) {
      const li = doc.querySelector(`li#${item.id}`);
      expect(textOf(li?.querySelector('h2') ?? null)).toBe(item.title);
      expect(textOf(li?.querySelector('.disclosure-tag') ?? null), item.id).toBe(item.stateLabel);
      const link = li?.querySelector('.disclosure-item__link a')?.getAttribute('href') ?? null;
      expect(link === null ? null : new URL(link, 'http://camlo.localhost').href, item.id).toBe(item.state === 'missing' ? null : item.href);
    }
    // The demo's Cam Lộ has legal documents: the item links to them (published or, issued long ago, stale).
    const documents = fromScreen.items.find((i) => i.id === 'van-ban');
    expect(documents?.count).toBeGreaterThan(0);
    expect(documents).toMatchObject({ state: expect.stringMatching(/^(published|stale)$/) as unknown, href: 'http://camlo.localhost/van-ban' });
    expect(fromScreen.published).toBe(fromScreen.items.filter((i) => i.state === 'published').length);
  });

  it('turns an item from missing to published when the site publishes it, and never counts a draft', async () => {
    const site = f.siteB;
    const before = (await report(site.slug, 'sysadmin')).items.find((i) => i.id === 'du-thao');
    expect(before).toMatchObject({ state: 'missing', count: 0 });
    const now = new Date().toISOString();
    const draft = {
      site_id: site.id, slug: 'du-thao-nhap', title: 'Dự thảo còn nháp', summary: '', body_html: '<p>Nháp.</p>', drafting_body: 'Văn phòng',
      opens_on: '2026-01-01', closes_on: '2026-12-31', status: 'draft' as const, published_at: null, created_at: now, updated_at: now, created_by: null, return_note: null, report_published_at: null,
    };
    await f.db.insertInto('consultations').values(draft).execute();
    expect((await report(site.slug, 'sysadmin')).items.find((i) => i.id === 'du-thao')?.state).toBe('missing');
    await f.db.insertInto('consultations').values({ ...draft, slug: 'du-thao-da-dang', title: 'Dự thảo đã đăng', status: 'published', published_at: now }).execute();
    expect((await report(site.slug, 'sysadmin')).items.find((i) => i.id === 'du-thao')).toMatchObject({ state: 'published', count: 1 });
  });

  it('counts the citizens’ questions past their deadline without an answer', async () => {
    const site = f.siteB;
    const before = (await report(site.slug, 'sysadmin')).overdueAnswers;
    const overdue = questionRow(site.id, { deadline: '2026-01-05' });
    await f.db.insertInto('questions').values(overdue).execute();
    // Answered in time, or not yet due: not overdue.
    await f.db.insertInto('questions').values(questionRow(site.id, { deadline: '2999-01-01' })).execute();
    await f.db.insertInto('questions').values(questionRow(site.id, { deadline: '2026-01-05', status: 'answered', answered_at: new Date().toISOString() })).execute();
    expect((await report(site.slug, 'sysadmin')).overdueAnswers).toBe(before + 1);
  });

  it('is read by site admins only', async () => {
    const url = `/api/v1/admin/sites/${f.siteA.slug}/compliance`;
    for (const who of ['contributor', 'editor', 'approver', 'norole'] as const) expect((await f.call('GET', url, who)).statusCode, who).toBe(403);
    expect((await f.call('GET', url, undefined)).statusCode).toBe(401);
    expect((await f.call('GET', `/api/v1/admin/sites/${f.siteB.slug}/compliance`, 'site_admin')).statusCode).toBe(403);
  });
});

/**
 * Who may do what to citizens' questions, role × action × own/other site, over HTTP:
 * the article permission table's rights, as questions/question-rules.ts maps them
 * (view, assign, answer, reject like edit; publish like publish; the deadline setting
 * like manage_settings), a contributor none, and nobody on another site.
 */
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuestionRow } from '../../../db/schema.js';
import { makeTrackingCode } from '../../../questions/question-rules.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { editorialFixture, type EditorialFixture, type Person } from '../articles/test-fixture.js';

type Act = 'list' | 'view' | 'assign' | 'answer' | 'reject' | 'publish' | 'settings';

const STAFF = ['editor', 'approver', 'site_admin', 'sysadmin'] as const;
const ALLOWED: Record<Act, readonly Person[]> = {
  list: STAFF,
  view: STAFF,
  assign: STAFF,
  answer: STAFF,
  reject: STAFF,
  publish: ['approver', 'site_admin', 'sysadmin'],
  settings: ['site_admin', 'sysadmin'],
};
const PEOPLE: readonly Person[] = ['contributor', 'editor', 'approver', 'site_admin', 'sysadmin', 'norole'];
let n = 0;

describe.each(TEST_DIALECTS)('question permissions on %s', (dialect) => {
  let f: EditorialFixture;
  beforeAll(async () => {
    f = await editorialFixture(dialect);
  });
  afterAll(() => f.t.close());

  /** A question on `siteId`, straight into `status`. */
  async function question(siteId: number, status: QuestionRow['status']): Promise<number> {
    n += 1;
    const now = new Date().toISOString();
    const row = await f.db
      .insertInto('questions')
      .values({
        site_id: siteId, kind: 'question', field: 'dat-dai', title: `Câu hỏi phân quyền ${n} ${dialect}`, question_text: 'Nội dung.', asker_name: 'Người hỏi',
        asker_email: 'a@example.vn', tracking_code: makeTrackingCode((bound) => crypto.randomInt(bound)), received_at: now, deadline: '2030-01-01', status,
        answer_html: status === 'answered' ? '<p>Trả lời.</p>' : null, answered_at: status === 'answered' ? now : null, updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async function attempt(who: Person, act: Act, siteSlug: string, siteId: number): Promise<number> {
    const base = `/api/v1/admin/sites/${siteSlug}/questions`;
    switch (act) {
      case 'list':
        return (await f.call('GET', base, who)).statusCode;
      case 'view':
        return (await f.call('GET', `${base}/${await question(siteId, 'received')}`, who)).statusCode;
      case 'assign':
        return (await f.call('POST', `${base}/${await question(siteId, 'received')}/assign`, who, { unit: 'Phòng Tư pháp' })).statusCode;
      case 'answer':
        return (await f.call('POST', `${base}/${await question(siteId, 'assigned')}/answer`, who, { answerHtml: '<p>Trả lời.</p>' })).statusCode;
      case 'reject':
        return (await f.call('POST', `${base}/${await question(siteId, 'received')}/reject`, who, { note: 'Trùng lặp', spam: false })).statusCode;
      case 'publish':
        return (await f.call('POST', `${base}/${await question(siteId, 'answered')}/publish`, who, {})).statusCode;
      case 'settings':
        return (await f.call('PUT', `${base}/settings`, who, { deadlineDays: 15 })).statusCode;
    }
  }

  for (const act of Object.keys(ALLOWED) as Act[]) {
    it(`${act}: own site as the table says, another site never (but the system admin)`, async () => {
      for (const who of PEOPLE) {
        const own = await attempt(who, act, f.siteA.slug, f.siteA.id);
        expect(own, `${who} ${act} own`).toBe(ALLOWED[act].includes(who) ? 200 : 403);
        const other = await attempt(who, act, f.siteB.slug, f.siteB.id);
        expect(other, `${who} ${act} other`).toBe(who === 'sysadmin' ? 200 : 403);
      }
    });
  }

  it('refuses a step from the wrong status with 409 and changes nothing', async () => {
    const id = await question(f.siteA.id, 'received');
    const res = await f.call('POST', `/api/v1/admin/sites/${f.siteA.slug}/questions/${id}/publish`, 'approver', {});
    expect(res.statusCode).toBe(409);
    const row = await f.db.selectFrom('questions').select(['status', 'revision']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'received', revision: 0 });
  });
});

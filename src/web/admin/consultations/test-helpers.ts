/** For the consultation tests only: drafts made and moved over the editorial API, and Vietnam days around now. */
import { expect } from 'vitest';
import type { AdminConsultation } from '../../../contract/consultations.js';
import type { Site } from '../../../sites/index.js';
import { vietnamDayOf } from '../../../time/vietnam-time.js';
import type { EditorialFixture, Person } from '../articles/test-fixture.js';

/** The Vietnam day `days` from today ("YYYY-MM-DD"). */
export function dayFromToday(days: number): string {
  return vietnamDayOf(new Date(Date.now() + days * 86_400_000));
}

let counter = 0;

export interface DraftOptions {
  title?: string;
  opens?: number;
  closes?: number;
  by?: Person;
  site?: Site;
}

/** A new draft on `site` (site A by default), open from `opens` to `closes` days from today. */
export async function draftConsultation(f: EditorialFixture, o: DraftOptions = {}): Promise<AdminConsultation> {
  counter += 1;
  const site = o.site ?? f.siteA;
  const res = await f.call('POST', `/api/v1/admin/sites/${site.slug}/consultations`, o.by ?? 'site_admin', {
    title: o.title ?? `Dự thảo quy định thử nghiệm số ${counter} ${Math.random().toString(36).slice(2, 8)}`,
    summary: 'Tóm tắt dự thảo thử nghiệm.',
    bodyHtml: '<p>Điều 1. Phạm vi điều chỉnh.</p>',
    draftingBody: 'Văn phòng UBND huyện',
    opensOn: dayFromToday(o.opens ?? -3),
    closesOn: dayFromToday(o.closes ?? 10),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<AdminConsultation>();
}

/** A draft moved to published by the site admin (submit, approve, publish). */
export async function publishedConsultation(f: EditorialFixture, o: DraftOptions = {}): Promise<AdminConsultation> {
  const draft = await draftConsultation(f, o);
  const site = o.site ?? f.siteA;
  let last = draft;
  for (const transition of ['submit', 'approve', 'publish']) {
    const res = await f.call('POST', `/api/v1/admin/sites/${site.slug}/consultations/${draft.id}/transitions`, 'site_admin', { transition });
    expect(res.statusCode, res.body).toBe(200);
    last = res.json<AdminConsultation>();
  }
  return last;
}

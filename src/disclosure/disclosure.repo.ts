/**
 * The evidence for each disclosure item: what a site has published, read through the
 * read gate, with when it last changed and where a reader finds it. Reads only.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { toCount } from '../db/count.js';
import { publicNow } from '../publishing/read-gate.js';
import { htmlIndexText } from '../search/index-text.js';
import { formatIsoWeek, vietnamIsoWeek } from '../time/iso-week.js';
import { CONSULTATIONS_PATH, DIRECTORY_PATH, DOCUMENTS_PATH, pagePath, QUESTIONS_PATH, schedulePath } from '../urls/paths.js';
import type { Evidence } from './assess.js';
import type { Probe } from './catalogue.js';

export interface EvidenceSite {
  id: number;
  publicServiceUrl: string | null;
}

/** A published page holds less text than this when it is a heading and nothing else. */
const EMPTY_PAGE_CHARS = 40;

const none = (href: string | null = null): Evidence => ({ count: 0, latest: null, href, empty: false });

function documentsHref(probe: Extract<Probe, { source: 'documents' }>): string {
  const type = probe.types?.length === 1 ? probe.types[0] : undefined;
  const field = probe.fields?.length === 1 ? probe.fields[0] : undefined;
  const query = new URLSearchParams({ ...(type === undefined ? {} : { loai: type }), ...(field === undefined ? {} : { 'linh-vuc': field }) }).toString();
  return query === '' ? DOCUMENTS_PATH : `${DOCUMENTS_PATH}?${query}`;
}

export async function evidenceFor(db: Kysely<Database>, site: EvidenceSite, probe: Probe, now: Date): Promise<Evidence> {
  switch (probe.source) {
    case 'page': {
      const page = await db
        .selectFrom('pages as p')
        .select(['p.slug', 'p.body_html', 'p.updated_at'])
        .where('p.site_id', '=', site.id)
        .where('p.slug', '=', probe.slug)
        .where('p.language', '=', 'vi')
        .where(publicNow('p', now))
        .executeTakeFirst();
      if (page === undefined) return none();
      const text = htmlIndexText(page.body_html).trim();
      return { count: 1, latest: page.updated_at, href: pagePath(page.slug), empty: text.length < EMPTY_PAGE_CHARS };
    }
    case 'documents': {
      let q = db.selectFrom('legal_documents as d').where('d.site_id', '=', site.id).where(publicNow('d', now));
      if (probe.types !== undefined) q = q.where('d.doc_type', 'in', [...probe.types]);
      if (probe.fields !== undefined) q = q.where('d.field', 'in', [...probe.fields]);
      const row = await q.select((eb) => [eb.fn.countAll().as('n'), eb.fn.max('d.published_at').as('latest')]).executeTakeFirstOrThrow();
      return { count: toCount(row.n), latest: row.latest ?? null, href: documentsHref(probe), empty: false };
    }
    case 'consultations': {
      const row = await db
        .selectFrom('consultations as c')
        .where('c.site_id', '=', site.id)
        .where(publicNow('c', now))
        .select((eb) => [eb.fn.countAll().as('n'), eb.fn.max('c.published_at').as('latest')])
        .executeTakeFirstOrThrow();
      return { count: toCount(row.n), latest: row.latest ?? null, href: CONSULTATIONS_PATH, empty: false };
    }
    case 'schedule': {
      const week = formatIsoWeek(vietnamIsoWeek(now));
      const row = await db
        .selectFrom('schedule_weeks as w')
        .where('w.site_id', '=', site.id)
        .where('w.iso_week', '=', week)
        .where(publicNow('w', now))
        .select((eb) => ['w.published_at', eb.selectFrom('schedule_entries as e').whereRef('e.week_id', '=', 'w.id').select(sql<number>`count(*)`.as('n')).as('entries')])
        .executeTakeFirst();
      if (row === undefined) return none(schedulePath());
      return { count: 1, latest: row.published_at, href: schedulePath(), empty: toCount(row.entries) === 0 };
    }
    case 'directory': {
      const row = await db
        .selectFrom('directory_entries')
        .where('site_id', '=', site.id)
        .where('visible', '=', 1)
        .select((eb) => [eb.fn.countAll().as('n'), eb.fn.max('updated_at').as('latest')])
        .executeTakeFirstOrThrow();
      return { count: toCount(row.n), latest: row.latest ?? null, href: DIRECTORY_PATH, empty: false };
    }
    case 'questions': {
      const row = await db
        .selectFrom('questions as q')
        .where('q.site_id', '=', site.id)
        .where(publicNow('q', now))
        .select((eb) => [eb.fn.countAll().as('n'), eb.fn.max('q.published_at').as('latest')])
        .executeTakeFirstOrThrow();
      return { count: toCount(row.n), latest: row.latest ?? null, href: QUESTIONS_PATH, empty: false };
    }
    case 'articles': {
      const row = await db
        .selectFrom('articles as a')
        .where('a.site_id', '=', site.id)
        .where(publicNow('a', now))
        .select((eb) => [eb.fn.countAll().as('n'), eb.fn.max('a.published_at').as('latest')])
        .executeTakeFirstOrThrow();
      return { count: toCount(row.n), latest: row.latest ?? null, href: '/', empty: false };
    }
    case 'public_services':
      return site.publicServiceUrl === null ? none() : { count: 1, latest: null, href: site.publicServiceUrl, empty: false };
  }
}

/** The public disclosure list of a site (/cong-khai-thong-tin), built from its own content. */
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { disclosureList } from '../../../disclosure/disclosure.service.js';
import { DISCLOSURE_PATH } from '../../../urls/paths.js';
import { renderDocument } from '../../render.js';
import { buildChrome, requireSite, type SiteRoutingOptions } from '../../site-routing.js';
import { DisclosurePage } from './disclosure-view.js';

export interface DisclosurePagesOptions extends SiteRoutingOptions {
  db: Kysely<Database>;
}

export function disclosurePages(app: FastifyInstance, opts: DisclosurePagesOptions): void {
  app.get(DISCLOSURE_PATH, async (request, reply) => {
    const site = requireSite(request);
    const [chrome, items] = await Promise.all([buildChrome(request, opts), disclosureList(opts.db, { id: site.id, publicServiceUrl: site.publicServiceUrl })]);
    return reply
      .type('text/html; charset=utf-8')
      .header('Cache-Control', 'public, max-age=60, stale-while-revalidate=300')
      .send(renderDocument(<DisclosurePage chrome={chrome} items={items} />));
  });
}

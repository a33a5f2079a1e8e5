/**
 * A site's own settings as its administrator edits them: names, contact footer, the
 * agency and person responsible (shown in the footer, as the law asks), theme colour,
 * public-service link, logo and the home page's category blocks — read from a site
 * and saved to its row. What may be
 * sent, and the colour's contrast rule, are the API's contract (src/contract/sites.ts).
 */
import type { Kysely } from 'kysely';
import type { SiteSettings } from '../contract/sites.js';
import type { Database } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import { serializeHomeBlocks } from './home-blocks.js';
import { bumpSiteState } from './site-state.repo.js';
import type { Site } from './site.js';

export { contrastWithWhite, MIN_CONTRAST, siteSettingsSchema, type SiteSettings, type SiteSettingsInput } from '../contract/sites.js';

/** `homeBlocks` is read from storage (home-blocks.ts): the public home page reads it there per request. */
export function settingsOf(site: Site, logoMediaId: number | null, homeBlocks: number[] | null): SiteSettings {
  return {
    name: site.name,
    shortName: site.shortName,
    contact: {
      address: site.contact.address ?? '',
      email: site.contact.email ?? '',
      phone: site.contact.phone ?? '',
      footer: site.contact.footer ?? '',
    },
    responsibleAgency: site.responsibleAgency,
    responsiblePerson: site.responsiblePerson,
    themeColor: site.themeColor,
    publicServiceUrl: site.publicServiceUrl,
    logoMediaId,
    homeBlocks,
  };
}

/** The names of the fields that differ (contact fields as contact.email …). */
export function changedFields(before: SiteSettings, after: SiteSettings): string[] {
  const changed: string[] = [];
  for (const key of Object.keys(before) as (keyof SiteSettings)[]) {
    if (key === 'contact') {
      for (const c of Object.keys(before.contact) as (keyof SiteSettings['contact'])[]) {
        if (before.contact[c] !== after.contact[c]) changed.push(`contact.${c}`);
      }
    } else if (key === 'homeBlocks') {
      if (JSON.stringify(before.homeBlocks) !== JSON.stringify(after.homeBlocks)) changed.push(key);
    } else if (before[key] !== after[key]) {
      changed.push(key);
    }
  }
  return changed;
}

/**
 * Writes the settings to the sites row and raises the site-state version in the same
 * transaction (the caller's, when there is one); `logoPath` undefined leaves the logo as it is.
 */
export async function saveSiteSettings(db: Kysely<Database>, siteId: number, s: SiteSettings, logoPath: string | null | undefined, now = new Date()): Promise<void> {
  await inTransaction(db, async (trx) => {
    await writeSettings(trx, siteId, s, logoPath, now);
    await bumpSiteState(trx);
  });
}

async function writeSettings(db: Kysely<Database>, siteId: number, s: SiteSettings, logoPath: string | null | undefined, now: Date): Promise<void> {
  await db
    .updateTable('sites')
    .set({
      name: s.name,
      short_name: s.shortName,
      contact: JSON.stringify(s.contact),
      responsible_agency: s.responsibleAgency,
      responsible_person: s.responsiblePerson,
      theme_color: s.themeColor,
      public_service_url: s.publicServiceUrl,
      home_blocks: serializeHomeBlocks(s.homeBlocks),
      ...(logoPath === undefined ? {} : { logo_path: logoPath }),
      updated_at: now.toISOString(),
    })
    .where('id', '=', siteId)
    .execute();
}

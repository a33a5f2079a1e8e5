/**
 * One site's disclosure list: every catalogue item with its state and where it is
 * published. The public list at /cong-khai-thong-tin and the site admin's compliance
 * screen read the same answer, so what a citizen sees and what the admin is told agree.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { assessItem, type AssessedItem } from './assess.js';
import { DISCLOSURE_CATALOGUE, type DisclosureItem } from './catalogue.js';
import { evidenceFor, type EvidenceSite } from './disclosure.repo.js';

export async function disclosureList(
  db: Kysely<Database>,
  site: EvidenceSite,
  now: Date = new Date(),
  catalogue: readonly DisclosureItem[] = DISCLOSURE_CATALOGUE,
): Promise<AssessedItem[]> {
  const assessed: AssessedItem[] = [];
  // One item after another: a dozen small indexed reads, and the pool stays free for readers.
  for (const item of catalogue) assessed.push(assessItem(item, await evidenceFor(db, site, item.probe, now), now));
  return assessed;
}

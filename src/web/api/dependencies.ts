/** What the API routes read from: storage, the site registry, and search when it exists. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { SearchService } from '../../search/search.js';
import type { SiteRegistry } from '../../sites/index.js';

export interface ApiDependencies {
  db: Kysely<Database>;
  registry: SiteRegistry;
  publicScheme: 'http' | 'https';
  /** Without it, /search and the `q` filter of /articles are neither offered nor documented. */
  search: SearchService | undefined;
}

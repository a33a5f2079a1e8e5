/** Builds the services once; web plugins receive what they need from here. */
import type { Config } from './config.js';
import { incrementViewCount } from './articles/articles.repo.js';
import type { Db } from './db/database.js';
import { createReader } from './publishing/reader.js';
import { SiteRegistry } from './sites/index.js';

export async function createServices(config: Config, db: Db) {
  const registry = new SiteRegistry(db.kysely);
  await registry.reload();
  const reader = createReader(db.kysely);
  return {
    config,
    db,
    registry,
    reader,
    /** View counting must never delay or fail a page. */
    recordArticleView(id: number): void {
      incrementViewCount(db.kysely, id).catch(() => undefined);
    },
  };
}

export type Services = Awaited<ReturnType<typeof createServices>>;

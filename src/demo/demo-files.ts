/**
 * The demo system's source data, kept in demo/: the Quảng Trị sites and the Cam Lộ
 * article exactly as published. Validated on load like any other input.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { siteContactSchema } from '../sites/index.js';

const DEMO_DIR = new URL('../../demo/', import.meta.url);

const sitesFileSchema = z.object({
  sites: z.array(
    z.object({
      slug: z.string(),
      kind: z.enum(['province', 'district', 'department', 'commune', 'other']),
      parent: z.string().nullable(),
      name: z.string(),
      shortName: z.string(),
      hostnames: z.array(z.string()),
      contact: siteContactSchema,
    }),
  ),
});

const seedArticleSchema = z.object({
  site: z.string(),
  category: z.string(),
  title: z.string(),
  publishedAt: z.string(),
  publishedAtDisplay: z.string(),
  expectedSlug: z.string(),
  bodyHtml: z.string(),
});

export type DemoSite = z.infer<typeof sitesFileSchema>['sites'][number];
export type SeedArticle = z.infer<typeof seedArticleSchema>;

function readJson(name: string): unknown {
  return JSON.parse(fs.readFileSync(fileURLToPath(new URL(name, DEMO_DIR)), 'utf8'));
}

export function loadDemoSites(): DemoSite[] {
  return sitesFileSchema.parse(readJson('sites.json')).sites;
}

export function loadSeedArticle(): SeedArticle {
  return seedArticleSchema.parse(readJson('seed-article.json'));
}

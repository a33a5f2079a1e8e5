/**
 * Creating and changing sites, for system administrators (the admin API and the CLI).
 * The rules of the system's shape are checked here, against the stored sites, inside
 * the transaction that writes: a unique slug, hostnames held by one site only, a
 * parent that exists and is not the site itself or one of its descendants, and one
 * root (the province) only. A new site gets the categories of its kind's template
 * and the standard static pages as drafts (pages/templates.ts).
 * Every write is audited and raises the site-state version in its own transaction, so
 * every process reloads its registry (site-state.ts); the caller tells its own at once.
 */
import type { Kysely } from 'kysely';
import { recordAudit } from '../audit/audit.js';
import { categoryTemplate } from '../categories/templates.js';
import { insertMenuCategories } from '../categories/index.js';
import type { AdminSite, CreateSiteInput, UpdateSiteInput } from '../contract/sites.js';
import type { Database } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import { insertStandardPages } from '../pages/page-editing.js';
import { SiteError } from './errors.js';
import type { Site } from './site.js';
import { bumpSiteState } from './site-state.repo.js';
import { findSiteBySlug, insertSite, listSites, updateSiteRow } from './sites.repo.js';

/** Who does it, as the audit log names them ("cli" for the command line). */
export interface SiteAdminActor {
  actorId: number | null;
  actorName: string;
  ip: string | null;
  /** Only a system administrator may create or change sites; the CLI's operator is one. */
  isSystemAdmin: boolean;
}

export interface CreatedSiteResult {
  site: Site;
  /** The names of the categories the template gave it, in menu order. */
  categories: string[];
}

/** The site as the system administrator's screens show it. */
export function presentSite(site: Site, all: readonly Site[]): AdminSite {
  return {
    id: site.id,
    slug: site.slug,
    name: site.name,
    shortName: site.shortName,
    kind: site.kind,
    parent: site.parentId === null ? null : (all.find((s) => s.id === site.parentId)?.slug ?? null),
    hostnames: [...site.hostnames],
    contact: { address: site.contact.address ?? '', email: site.contact.email ?? '', phone: site.contact.phone ?? '', footer: site.contact.footer ?? '' },
    responsibleAgency: site.responsibleAgency,
    responsiblePerson: site.responsiblePerson,
    themeColor: site.themeColor,
    status: site.status,
  };
}

function requireSystemAdmin(actor: SiteAdminActor): void {
  if (!actor.isSystemAdmin) throw new SiteError('forbidden', 'Chỉ quản trị hệ thống mới được tạo và sửa cổng thông tin.');
}

const label = (site: Site) => `"${site.name}" (${site.slug})`;

/** Refuses a hostname another site holds; `self` is the site being changed. */
function checkHostnames(hostnames: readonly string[], sites: readonly Site[], self: Site | undefined): void {
  for (const host of hostnames) {
    const holder = sites.find((s) => s.id !== self?.id && s.hostnames.some((h) => h.toLowerCase() === host));
    if (holder !== undefined) throw new SiteError('hostname_taken', `Tên miền "${host}" đã thuộc cổng ${label(holder)}; mỗi tên miền chỉ dẫn tới một cổng.`);
  }
}

/** The parent's id, after the parent and root rules; `self` is the site being changed. */
function checkParent(parentSlug: string | null, sites: readonly Site[], self: Site | undefined): number | null {
  if (parentSlug === null) {
    const root = sites.find((s) => s.parentId === null && s.id !== self?.id);
    if (root !== undefined) {
      throw new SiteError('second_root', `Hệ thống đã có cổng gốc ${label(root)}; mỗi hệ thống chỉ có một cổng gốc (cổng của tỉnh). Hãy chọn cổng cấp trên.`, 'parent');
    }
    return null;
  }
  const parent = sites.find((s) => s.slug === parentSlug);
  if (parent === undefined) {
    const known = sites.map((s) => s.slug).join(', ') || '(chưa có cổng nào)';
    throw new SiteError('invalid_parent', `Không có cổng cấp trên "${parentSlug}". Các cổng hiện có: ${known}.`, 'parent');
  }
  if (self !== undefined) {
    const byId = new Map(sites.map((s) => [s.id, s]));
    // Walk up from the new parent: meeting the site itself would close a loop.
    for (let at: Site | undefined = parent, steps = 0; at !== undefined && steps <= sites.length; at = at.parentId === null ? undefined : byId.get(at.parentId), steps += 1) {
      if (at.id === self.id) {
        throw new SiteError('parent_cycle', `Không thể đặt ${label(parent)} làm cổng cấp trên của ${label(self)}: cổng đó là chính nó hoặc thuộc cấp dưới của nó.`, 'parent');
      }
    }
  }
  return parent.id;
}

function rowFields(input: UpdateSiteInput) {
  return {
    kind: input.kind,
    name: input.name,
    short_name: input.shortName === '' ? input.name : input.shortName,
    hostnames: JSON.stringify(input.hostnames),
    contact: JSON.stringify(input.contact),
    responsible_agency: input.responsibleAgency,
    responsible_person: input.responsiblePerson,
    theme_color: input.themeColor,
  };
}

export async function createSite(db: Kysely<Database>, input: CreateSiteInput, actor: SiteAdminActor, now = new Date()): Promise<CreatedSiteResult> {
  requireSystemAdmin(actor);
  const stamp = now.toISOString();
  return inTransaction(db, async (trx) => {
    const sites = await listSites(trx);
    const taken = sites.find((s) => s.slug === input.slug);
    if (taken !== undefined) throw new SiteError('slug_taken', `Mã cổng "${input.slug}" đã được dùng cho cổng "${taken.name}".`);
    checkHostnames(input.hostnames, sites, undefined);
    const parentId = checkParent(input.parent, sites, undefined);
    const site = await insertSite(trx, {
      slug: input.slug,
      parent_id: parentId,
      ...rowFields(input),
      logo_path: null,
      public_service_url: null,
      status: 'active',
      successor_site_id: null,
      sort_order: sites.reduce((max, s) => Math.max(max, s.sortOrder), -1) + 1,
      created_at: stamp,
      updated_at: stamp,
    });
    await bumpSiteState(trx);
    const categories = categoryTemplate(site.kind);
    await insertMenuCategories(trx, site.id, categories, stamp);
    // The standard pages (introduction, contact, …) as drafts, for the site's editors to complete and publish.
    const pages = await insertStandardPages(trx, site.id, { name: site.name, contact: site.contact }, actor.actorId, now);
    await recordAudit(
      trx,
      {
        action: 'site_created',
        actorId: actor.actorId,
        actorName: actor.actorName,
        siteId: site.id,
        objectType: 'site',
        objectId: site.id,
        ip: actor.ip,
        details: { slug: site.slug, kind: site.kind, parent: input.parent, hostnames: input.hostnames, categories: categories.map((c) => c.slug), pages: pages.map((p) => p.slug) },
      },
      now,
    );
    return { site, categories: categories.map((c) => c.name) };
  });
}

/** The names of the fields a change alters, as the API names them. */
function changedFields(before: AdminSite, after: AdminSite): string[] {
  return (Object.keys(before) as (keyof AdminSite)[]).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}

export async function updateSite(db: Kysely<Database>, slug: string, input: UpdateSiteInput, actor: SiteAdminActor, now = new Date()): Promise<Site> {
  requireSystemAdmin(actor);
  return inTransaction(db, async (trx) => {
    const current = await findSiteBySlug(trx, slug);
    if (current === undefined) throw new SiteError('not_found', `Không có cổng thông tin "${slug}".`);
    const sites = await listSites(trx);
    checkHostnames(input.hostnames, sites, current);
    const parentId = checkParent(input.parent, sites, current);
    const site = await updateSiteRow(trx, current.id, { parent_id: parentId, ...rowFields(input), updated_at: now.toISOString() });
    const after = sites.map((s) => (s.id === site.id ? site : s));
    const fields = changedFields(presentSite(current, sites), presentSite(site, after));
    if (fields.length > 0) {
      await bumpSiteState(trx);
      await recordAudit(
        trx,
        { action: 'site_updated', actorId: actor.actorId, actorName: actor.actorName, siteId: site.id, objectType: 'site', objectId: site.id, ip: actor.ip, details: { slug, fields } },
        now,
      );
    }
    return site;
  });
}

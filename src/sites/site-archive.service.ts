/**
 * Archiving and merging sites, for system administrators (the admin API and the CLI).
 * An archived site is read-only and stays in the system: it either keeps serving every
 * URL itself ('serve', with a banner naming its successor) or answers each with a 301
 * to the same content under its successor ('redirect', after a merge). Merging moves
 * all of a site's content to another (merge/merge-plan.ts), records every old path as a
 * redirect of the old site, and archives it in redirect mode: one transaction, audited,
 * nothing deleted. The site-state version goes up, so every process reloads its registry.
 */
import type { Kysely } from 'kysely';
import { recordAudit } from '../audit/audit.js';
import type { Database } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import { SiteError } from './errors.js';
import { moveSiteContent, type MergeCounts } from './merge/merge.repo.js';
import type { SiteAdminActor } from './site-admin.service.js';
import type { Site } from './site.js';
import { bumpSiteState } from './site-state.repo.js';
import { findSiteBySlug, updateSiteRow } from './sites.repo.js';

type Conn = Kysely<Database>;

export interface ArchiveInput {
  /** The site that carries on its work, named in the banner; null: none. */
  successor: string | null;
}

export interface MergeResult {
  from: Site;
  into: Site;
  counts: MergeCounts;
}

const label = (site: Site) => `"${site.name}" (${site.slug})`;

function requireSystemAdmin(actor: SiteAdminActor): void {
  if (!actor.isSystemAdmin) throw new SiteError('forbidden', 'Chỉ quản trị hệ thống mới được lưu trữ hoặc sáp nhập cổng thông tin.');
}

async function siteNamed(trx: Conn, slug: string): Promise<Site> {
  const site = await findSiteBySlug(trx, slug);
  if (site === undefined) throw new SiteError('not_found', `Không có cổng thông tin "${slug}". Xem danh sách bằng: govportal site:list`);
  return site;
}

/** The successor must exist, differ from the site, and still be active (it receives readers). */
async function successorFor(trx: Conn, site: Site, slug: string): Promise<Site> {
  if (slug === site.slug) throw new SiteError('same_site', `Cổng kế thừa phải là một cổng khác, không phải chính ${label(site)}.`, 'successor');
  const successor = await siteNamed(trx, slug);
  if (successor.status === 'archived') {
    throw new SiteError('invalid_successor', `Cổng ${label(successor)} cũng đã được lưu trữ; hãy chọn một cổng đang hoạt động làm cổng kế thừa.`, 'successor');
  }
  return successor;
}

function refuseArchived(site: Site): void {
  if (site.status === 'archived') throw new SiteError('archived', `Cổng ${label(site)} đã được lưu trữ từ trước; không cần lưu trữ lại.`);
}

/** `site:archive X [--successor Y]`: read-only, every URL still served by the site itself. */
export async function archiveSite(db: Conn, slug: string, input: ArchiveInput, actor: SiteAdminActor, now = new Date()): Promise<Site> {
  requireSystemAdmin(actor);
  return inTransaction(db, async (trx) => {
    const site = await siteNamed(trx, slug);
    refuseArchived(site);
    const successor = input.successor === null ? null : await successorFor(trx, site, input.successor);
    const archived = await updateSiteRow(trx, site.id, { status: 'archived', successor_site_id: successor?.id ?? null, archive_mode: 'serve', updated_at: now.toISOString() });
    await bumpSiteState(trx);
    await recordAudit(trx, {
      action: 'site_archived', actorId: actor.actorId, actorName: actor.actorName, siteId: site.id, objectType: 'site', objectId: site.id, ip: actor.ip,
      details: { slug: site.slug, mode: 'serve', successor: successor?.slug ?? null },
    }, now);
    return archived;
  });
}

/**
 * `site:merge FROM INTO`: all of FROM's content moves to INTO, every old URL of FROM
 * answers 301 to its new place, and FROM is archived in redirect mode with INTO as its
 * successor. FROM may already be archived (keeping its own URLs); INTO must be active.
 */
export async function mergeSites(db: Conn, fromSlug: string, intoSlug: string, actor: SiteAdminActor, now = new Date()): Promise<MergeResult> {
  requireSystemAdmin(actor);
  return inTransaction(db, async (trx) => {
    const from = await siteNamed(trx, fromSlug);
    if (from.status === 'archived' && from.archiveMode === 'redirect') {
      throw new SiteError('archived', `Cổng ${label(from)} đã được sáp nhập từ trước; nội dung của nó đã ở cổng kế thừa.`);
    }
    const into = await successorFor(trx, from, intoSlug);
    const counts = await moveSiteContent(trx, from.id, into.id);
    const archived = await updateSiteRow(trx, from.id, { status: 'archived', successor_site_id: into.id, archive_mode: 'redirect', updated_at: now.toISOString() });
    await bumpSiteState(trx);
    const entry = { actorId: actor.actorId, actorName: actor.actorName, objectType: 'site', ip: actor.ip, details: { from: from.slug, into: into.slug, ...counts } };
    await recordAudit(trx, { ...entry, action: 'site_merged', siteId: from.id, objectId: from.id }, now);
    await recordAudit(trx, { ...entry, action: 'site_merged', siteId: into.id, objectId: into.id }, now);
    await recordAudit(trx, {
      action: 'site_archived', actorId: actor.actorId, actorName: actor.actorName, siteId: from.id, objectType: 'site', objectId: from.id, ip: actor.ip,
      details: { slug: from.slug, mode: 'redirect', successor: into.slug },
    }, now);
    return { from: archived, into, counts };
  });
}

/**
 * `site:archive X --redirect-to Y`: merge X into Y, leaving X archived in redirect mode.
 * The same as mergeSites; named for the way the operator asks for it.
 */
export function archiveWithRedirect(db: Conn, slug: string, successor: string, actor: SiteAdminActor, now = new Date()): Promise<MergeResult> {
  return mergeSites(db, slug, successor, actor, now);
}

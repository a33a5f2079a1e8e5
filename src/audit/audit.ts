/**
 * The append-only audit log. This module only inserts and reads: no code path
 * updates or deletes a row, and the database refuses it too (migration 0003).
 */
import type { Kysely } from 'kysely';
import { toCount } from '../db/count.js';
import type { AuditRow, Database } from '../db/schema.js';

export type AuditAction =
  | 'login'
  | 'login_failed'
  | 'logout'
  | 'account_locked'
  | 'password_changed'
  | 'password_reset'
  | 'totp_enabled'
  | 'totp_disabled'
  | 'recovery_codes_regenerated'
  | 'email_changed'
  | 'user_created'
  | 'role_granted'
  | 'role_revoked'
  | 'article_created'
  | 'article_saved'
  | 'article_restored'
  | 'article_deleted'
  | 'royalty_changed'
  | `workflow_${string}`
  | 'media_uploaded'
  | 'media_deleted'
  | 'category_changed'
  | 'settings_changed'
  | 'site_created'
  | 'site_updated'
  | 'demo_removed'
  | 'job_failed'
  | 'menu_changed'
  | 'album_created'
  | 'album_saved'
  | 'album_deleted'
  | 'page_created'
  | 'page_saved'
  | 'page_restored'
  | 'page_deleted'
  | 'document_created'
  | 'document_saved'
  | 'document_deleted'
  | 'schedule_created'
  | 'schedule_saved'
  | 'directory_created'
  | 'directory_saved'
  | 'directory_deleted'
  | 'consultation_created'
  | 'consultation_saved'
  | 'consultation_deleted'
  | 'consultation_report_saved'
  | 'consultation_comment_approved'
  | 'consultation_comment_rejected'
  | 'question_received'
  | 'question_assigned'
  | 'question_answered'
  | 'question_published'
  | 'question_rejected'
  | 'question_spam'
  | 'syndication_proposed'
  | 'syndication_accepted'
  | 'syndication_declined'
  | 'syndication_retracted'
  | 'articles_imported'
  | 'redirects_imported'
  | 'topic_created'
  | 'topic_saved'
  | 'topic_article_added'
  | 'topic_article_proposed'
  | 'topic_article_accepted'
  | 'topic_article_declined'
  | 'topic_article_removed'
  | 'site_archived'
  | 'site_merged';

export interface AuditEntry {
  action: AuditAction;
  actorId?: number | null;
  actorName?: string | null;
  siteId?: number | null;
  objectType?: string | null;
  objectId?: string | number | null;
  ip?: string | null;
  /** What changed. Never put a password, hash, secret or token here. */
  details?: Record<string, unknown>;
}

const SECRET_KEYS = /pass|hash|secret|token|code/i;

/** Drops any key that looks like a credential, however a caller built the details. */
function scrub(details: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(details).filter(([key]) => !SECRET_KEYS.test(key)));
}

function rowOf(entry: AuditEntry, now: Date) {
  return {
    at: now.toISOString(),
    actor_id: entry.actorId ?? null,
    actor_name: entry.actorName ?? null,
    site_id: entry.siteId ?? null,
    action: entry.action,
    object_type: entry.objectType ?? null,
    object_id: entry.objectId === undefined || entry.objectId === null ? null : String(entry.objectId),
    ip: entry.ip ?? null,
    details: JSON.stringify(scrub(entry.details ?? {})),
  };
}

export async function recordAudit(db: Kysely<Database>, entry: AuditEntry, now = new Date()): Promise<void> {
  await db.insertInto('audit_log').values(rowOf(entry, now)).execute();
}

/** Many entries of one moment at once (a bulk import): the same rows as recordAudit, a few hundred per statement. */
export async function recordAudits(db: Kysely<Database>, entries: readonly AuditEntry[], now = new Date()): Promise<void> {
  for (let i = 0; i < entries.length; i += 200) {
    await db.insertInto('audit_log').values(entries.slice(i, i + 200).map((entry) => rowOf(entry, now))).execute();
  }
}

export interface AuditFilter {
  siteId?: number;
  actorId?: number;
  /** The name recorded with the entry ("cli" for the command line). */
  actorName?: string;
  action?: string;
  objectType?: string;
  objectId?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

export async function listAudit(db: Kysely<Database>, f: AuditFilter): Promise<{ rows: AuditRow[]; total: number }> {
  let query = db.selectFrom('audit_log');
  if (f.siteId !== undefined) query = query.where('site_id', '=', f.siteId);
  if (f.actorId !== undefined) query = query.where('actor_id', '=', f.actorId);
  if (f.actorName !== undefined) query = query.where('actor_name', '=', f.actorName);
  if (f.action !== undefined) query = query.where('action', '=', f.action);
  if (f.objectType !== undefined) query = query.where('object_type', '=', f.objectType);
  if (f.objectId !== undefined) query = query.where('object_id', '=', f.objectId);
  if (f.from !== undefined) query = query.where('at', '>=', f.from);
  if (f.to !== undefined) query = query.where('at', '<=', f.to);
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy('at', 'desc').orderBy('id', 'desc').limit(f.limit).offset(f.offset).execute(),
    query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: toCount(count.n) };
}

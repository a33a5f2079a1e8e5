/**
 * Uploading to and deleting from a site's media library. An upload is checked by
 * its bytes, images are re-encoded into variants, the files are written, and only
 * then the row and its audit entry are stored in one transaction (the files are
 * removed again if that fails). A file still used by content cannot be deleted.
 */
import type { Kysely } from 'kysely';
import { recordAudit } from '../audit/audit.js';
import type { Database, MediaRow } from '../db/schema.js';
import { DomainError, type ErrorKind } from '../errors/domain-error.js';
import { inTransaction } from '../db/transaction.js';
import { can, type Actor } from '../editorial/workflow.js';
import { sniffUpload, IMAGE_FORMATS } from './file-kinds.js';
import { ImageError, MAX_INPUT_PIXELS, processImage } from './image-variants.js';
import { deleteMediaRow, insertMedia, mediaUses } from './library.repo.js';
import { findMediaById } from './media.repo.js';
import { mediaMessages as m } from './messages.js';
import { mainKey, newStem, removeMediaFiles, variantKey, writeMediaFiles } from './storage.js';
import { parseVariants, type StoredVariant } from './variants.js';

export interface MediaContext {
  db: Kysely<Database>;
  /** DATA_DIR/media */
  mediaDir: string;
}

/** Who acts, for the row and the audit log. */
export interface MediaActor {
  actor: Actor;
  username: string;
  ip: string | null;
}

/** The command line (an import): no account, so no uploader; audited as "cli". */
export const CLI_MEDIA_ACTOR: MediaActor = { actor: { userId: 0, isSystemAdmin: true, role: undefined }, username: 'cli', ip: null };

/** The account behind an upload; none for the command line (user ids start at 1). */
function accountIdOf(by: MediaActor): number | null {
  return by.actor.userId > 0 ? by.actor.userId : null;
}

export type MediaErrorCode = 'unsupported_type' | 'alt_required' | 'bad_image' | 'too_many_pixels' | 'empty_file' | 'not_found' | 'forbidden' | 'in_use';

/** How each refusal reads to the person uploading: its kind, and its heading. */
const REFUSAL: Record<MediaErrorCode, { kind: ErrorKind; title?: string; field?: string }> = {
  unsupported_type: { kind: 'unsupported', title: m.unsupportedTitle },
  alt_required: { kind: 'invalid', field: 'altText' },
  bad_image: { kind: 'invalid', title: m.badImageTitle },
  too_many_pixels: { kind: 'too-large', title: m.tooManyPixelsTitle },
  empty_file: { kind: 'invalid', title: m.badFormTitle },
  not_found: { kind: 'not-found', title: m.notFoundTitle },
  forbidden: { kind: 'forbidden', title: m.forbiddenTitle },
  in_use: { kind: 'conflict', title: m.inUseTitle },
};

export class MediaError extends DomainError<MediaErrorCode> {
  constructor(code: MediaErrorCode, message: string) {
    const { kind, title, field } = REFUSAL[code];
    super(kind, code, message, { title, fields: field === undefined ? undefined : [{ field, message }] });
    this.name = 'MediaError';
  }
}

export interface UploadInput {
  siteId: number;
  siteSlug: string;
  bytes: Buffer;
  originalName: string;
  altText: string | null;
  caption: string | null;
  by: MediaActor;
  now?: Date;
}

/** The uploader's file name, reduced to a safe base name that ends in the real extension. */
export function displayName(name: string, ext: string): string {
  const base = (name.split(/[/\\]/).pop() ?? '')
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}"]/gu, '')
    .trim()
    .slice(0, 180);
  const dot = base.lastIndexOf('.');
  const own = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
  const same = own === ext || (ext === 'jpg' && own === 'jpeg');
  const stem = dot > 0 && !same ? base.slice(0, dot) : base;
  if (stem === '') return `tep.${ext}`;
  return same ? stem : `${stem}.${ext}`;
}

export async function uploadMedia(ctx: MediaContext, input: UploadInput): Promise<MediaRow> {
  if (input.bytes.length === 0) throw new MediaError('empty_file', m.emptyFile);
  const sniffed = await sniffUpload(input.bytes);
  if (sniffed.accepted === undefined) throw new MediaError('unsupported_type', m.unsupported(sniffed.detected));
  const type = sniffed.accepted;
  if (type.kind === 'image' && (input.altText ?? '').trim() === '') throw new MediaError('alt_required', m.altRequired);

  const now = input.now ?? new Date();
  const stem = newStem(input.siteSlug, now);
  const key = mainKey(stem, type.ext);
  const files: { key: string; data: Uint8Array }[] = [];
  const variants: StoredVariant[] = [];
  let width: number | null = null;
  let height: number | null = null;
  if (type.format !== undefined) {
    const image = await processImage(input.bytes, type.format).catch((error: unknown) => {
      // A decompression bomb (a small file declaring a huge picture) is refused from its header, before decoding.
      if (error instanceof ImageError && error.code === 'too_many_pixels') throw new MediaError('too_many_pixels', m.tooManyPixels(MAX_INPUT_PIXELS / 1_000_000));
      if (error instanceof ImageError) throw new MediaError('bad_image', m.unreadableImage);
      throw error;
    });
    ({ width, height } = image);
    files.push({ key, data: image.main });
    for (const v of image.variants) {
      const vKey = variantKey(stem, v.width, IMAGE_FORMATS[v.format].ext);
      files.push({ key: vKey, data: v.data });
      variants.push({ width: v.width, format: v.format, storage_key: vKey, byte_size: v.data.length });
    }
  } else {
    files.push({ key, data: input.bytes });
  }

  await writeMediaFiles(ctx.mediaDir, files);
  try {
    return await inTransaction(ctx.db, async (trx) => {
      const row = await insertMedia(trx, {
        site_id: input.siteId,
        kind: type.kind,
        storage_key: key,
        original_name: displayName(input.originalName, type.ext),
        mime_type: type.mime,
        byte_size: files[0]!.data.length,
        width,
        height,
        alt_text: input.altText?.trim() || null,
        caption: input.caption?.trim() || null,
        created_at: now.toISOString(),
        uploaded_by: accountIdOf(input.by),
        variants: JSON.stringify(variants),
      });
      await recordAudit(trx, auditEntry('media_uploaded', row, input.by), now);
      return row;
    });
  } catch (error) {
    await removeMediaFiles(ctx.mediaDir, files.map((f) => f.key));
    throw error;
  }
}

function auditEntry(action: 'media_uploaded' | 'media_deleted', row: MediaRow, by: MediaActor) {
  return {
    action,
    actorId: accountIdOf(by),
    actorName: by.username,
    siteId: row.site_id,
    objectType: 'media',
    objectId: row.id,
    ip: by.ip,
    details: { originalName: row.original_name, kind: row.kind, mimeType: row.mime_type, byteSize: row.byte_size, storageKey: row.storage_key },
  };
}

/** Uploaders remove their own files; approvers, site admins and system admins any file of the site. */
export function canDeleteMedia(actor: Actor, media: Pick<MediaRow, 'uploaded_by'>): boolean {
  if (!can(actor, 'upload_media')) return false;
  if (actor.isSystemAdmin || actor.role === 'approver' || actor.role === 'site_admin') return true;
  return media.uploaded_by !== null && media.uploaded_by === actor.userId;
}

export async function findSiteMedia(db: Kysely<Database>, siteId: number, id: number): Promise<MediaRow> {
  const row = await findMediaById(db, id);
  if (row === undefined || row.site_id !== siteId) throw new MediaError('not_found', m.notFound);
  return row;
}

export async function deleteMedia(ctx: MediaContext, siteId: number, id: number, by: MediaActor, now = new Date()): Promise<void> {
  const row = await inTransaction(ctx.db, async (trx) => {
    const media = await findSiteMedia(trx, siteId, id);
    if (!canDeleteMedia(by.actor, media)) throw new MediaError('forbidden', m.forbiddenDelete);
    const uses = await mediaUses(trx, media);
    if (uses.length > 0) throw new MediaError('in_use', m.inUse(uses.length));
    await deleteMediaRow(trx, media.id);
    await recordAudit(trx, auditEntry('media_deleted', media, by), now);
    return media;
  });
  await removeMediaFiles(ctx.mediaDir, [row.storage_key, ...parseVariants(row.variants).map((v) => v.storage_key)]);
}

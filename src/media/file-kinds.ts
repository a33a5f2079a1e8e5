/**
 * What an upload really is, decided from its bytes (magic numbers; for DOCX and XLSX
 * the [Content_Types].xml inside the ZIP), never from its name or the client's
 * Content-Type. Only the formats in ACCEPTED may be stored.
 */
import { fileTypeFromBuffer } from 'file-type';
import type { MediaKind } from '../db/schema.js';

export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'gif';

export interface AcceptedType {
  kind: MediaKind;
  mime: string;
  /** Extension used for the stored file. */
  ext: string;
  /** For images: the format sharp reads and writes. */
  format?: ImageFormat;
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Keyed by the MIME type file-type reports. */
const ACCEPTED: Readonly<Record<string, AcceptedType>> = {
  'image/jpeg': { kind: 'image', mime: 'image/jpeg', ext: 'jpg', format: 'jpeg' },
  'image/png': { kind: 'image', mime: 'image/png', ext: 'png', format: 'png' },
  'image/webp': { kind: 'image', mime: 'image/webp', ext: 'webp', format: 'webp' },
  'image/gif': { kind: 'image', mime: 'image/gif', ext: 'gif', format: 'gif' },
  'application/pdf': { kind: 'document', mime: 'application/pdf', ext: 'pdf' },
  [DOCX]: { kind: 'document', mime: DOCX, ext: 'docx' },
  [XLSX]: { kind: 'document', mime: XLSX, ext: 'xlsx' },
  // Videos for albums (Thư viện ảnh): stored as uploaded, played by the browser's <video>.
  'video/mp4': { kind: 'video', mime: 'video/mp4', ext: 'mp4' },
  'video/webm': { kind: 'video', mime: 'video/webm', ext: 'webm' },
};

/** The MIME type and extension of each stored image format (variants included). */
export const IMAGE_FORMATS: Readonly<Record<ImageFormat, { mime: string; ext: string }>> = {
  jpeg: { mime: 'image/jpeg', ext: 'jpg' },
  png: { mime: 'image/png', ext: 'png' },
  webp: { mime: 'image/webp', ext: 'webp' },
  gif: { mime: 'image/gif', ext: 'gif' },
};

/** Extensions of the files the media folder may hold, with the type they are served as. */
export const SERVED_TYPES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.values(ACCEPTED).map((t) => [t.ext, t.mime]),
);

export type Sniffed = { accepted: AcceptedType } | { accepted: undefined; detected: string | undefined };

/** Reads the file's signature. `detected` names what a refused file looked like (for the message and the log). */
export async function sniffUpload(bytes: Uint8Array): Promise<Sniffed> {
  const found = await fileTypeFromBuffer(bytes);
  if (found === undefined) return { accepted: undefined, detected: undefined };
  const accepted = ACCEPTED[found.mime];
  return accepted === undefined ? { accepted: undefined, detected: found.ext } : { accepted };
}

/** Human names of what may be uploaded, for the refusal message. */
export const ACCEPTED_DESCRIPTION = 'ảnh JPEG, PNG, WebP, GIF, tài liệu PDF, DOCX, XLSX hoặc video MP4, WebM';

/**
 * Reads the multipart upload form (`file`, `altText`, `caption`) into memory, within
 * the limits the plugin was registered with, and turns every way a form can be wrong
 * into a Vietnamese 4xx: too large (413), not multipart (415), malformed (400).
 */
import type { FastifyRequest } from 'fastify';
import type {} from '@fastify/multipart';
import { UPLOAD_FILE_FIELD, uploadFieldsSchema } from '../../../contract/media.js';
import { mediaMessages as m } from '../../../media/index.js';
import { HttpError } from '../../http-error.js';
import { parseBody } from '../validation.js';

export interface UploadForm {
  bytes: Buffer;
  filename: string;
  altText: string | null;
  caption: string | null;
}

/** Error codes of @fastify/multipart that mean "over a limit". */
const TOO_MANY = new Set(['FST_PARTS_LIMIT', 'FST_FILES_LIMIT', 'FST_FIELDS_LIMIT']);

function formError(error: unknown, maxBytes: number): HttpError {
  if (error instanceof HttpError) return error;
  const code = (error as { code?: unknown }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') return new HttpError(413, m.tooLargeTitle, m.tooLarge(maxBytes));
  if (typeof code === 'string' && TOO_MANY.has(code)) return new HttpError(413, m.badFormTitle, m.tooManyParts);
  if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') return new HttpError(415, m.badFormTitle, m.notMultipart);
  // Busboy's own complaints (truncated body, bad part headers) and prototype-named fields.
  return new HttpError(400, m.badFormTitle, m.notMultipart);
}

export async function readUploadForm(request: FastifyRequest, maxBytes: number): Promise<UploadForm> {
  if (!request.isMultipart()) throw new HttpError(415, m.badFormTitle, m.notMultipart);
  let file: { bytes: Buffer; filename: string } | undefined;
  const fields: Record<string, string> = {};
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        if (part.fieldname !== UPLOAD_FILE_FIELD || file !== undefined) {
          part.file.resume();
          throw new HttpError(400, m.badFormTitle, m.tooManyParts);
        }
        file = { bytes: await part.toBuffer(), filename: part.filename };
      } else if (part.fieldname === 'altText' || part.fieldname === 'caption') {
        if (typeof part.value !== 'string' || part.valueTruncated) {
          throw new HttpError(400, m.badFormTitle, `Trường "${part.fieldname}" không hợp lệ hoặc quá dài.`);
        }
        fields[part.fieldname] = part.value;
      }
    }
  } catch (error) {
    throw formError(error, maxBytes);
  }
  if (file === undefined) throw new HttpError(400, m.badFormTitle, m.missingFile);
  const parsed = parseBody(uploadFieldsSchema, fields);
  return { ...file, altText: parsed.altText ?? null, caption: parsed.caption ?? null };
}

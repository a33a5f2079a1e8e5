/**
 * Errors of the editorial services, each with a code the HTTP layer maps to a status
 * (a DomainError: its kind gives the status once, in src/errors). The services
 * know nothing of HTTP; the routes know nothing of the rules.
 */
import type { ArticleRow } from '../db/schema.js';
import { DomainError, type ErrorKind } from '../errors/domain-error.js';

export type EditorialErrorCode = 'not_found' | 'forbidden' | 'conflict' | 'invalid';

const KIND: Record<EditorialErrorCode, ErrorKind> = { not_found: 'not-found', forbidden: 'forbidden', conflict: 'conflict', invalid: 'invalid' };

export class EditorialError extends DomainError<EditorialErrorCode> {
  constructor(
    code: EditorialErrorCode,
    message: string,
    /** For `invalid`: the input field at fault, as the API names it. */
    readonly field?: string,
  ) {
    super(KIND[code], code, message, code === 'invalid' ? { fields: [{ field: field ?? '', message }] } : {});
    this.name = 'EditorialError';
  }
}

/** A save named a revision that is no longer the latest: nothing was written. */
export class StaleRevisionError extends DomainError<'stale_revision'> {
  constructor(readonly current: ArticleRow) {
    super('conflict', 'stale_revision', `Tin bài đã được lưu ở phiên bản ${current.revision} trong lúc bạn sửa.`, { title: 'Tin bài đã thay đổi' });
    this.name = 'StaleRevisionError';
  }
}

export const notFound = (): EditorialError => new EditorialError('not_found', 'Không tìm thấy tin bài trên cổng thông tin này.');

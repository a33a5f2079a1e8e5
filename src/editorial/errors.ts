/**
 * Errors of the editorial services, each with a code the HTTP layer maps to a status
 * (not found → 404, forbidden → 403, conflict → 409, invalid → 400). The services
 * know nothing of HTTP; the routes know nothing of the rules.
 */
import type { ArticleRow } from '../db/schema.js';

export type EditorialErrorCode = 'not_found' | 'forbidden' | 'conflict' | 'invalid';

export class EditorialError extends Error {
  constructor(
    readonly code: EditorialErrorCode,
    message: string,
    /** For `invalid`: the input field at fault, as the API names it. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'EditorialError';
  }
}

/** A save named a revision that is no longer the latest: nothing was written. */
export class StaleRevisionError extends Error {
  constructor(readonly current: ArticleRow) {
    super(`Tin bài đã được lưu ở phiên bản ${current.revision} trong lúc bạn sửa.`);
    this.name = 'StaleRevisionError';
  }
}

export const notFound = (): EditorialError => new EditorialError('not_found', 'Không tìm thấy tin bài trên cổng thông tin này.');

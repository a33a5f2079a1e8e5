/** Refusals about static pages: DomainErrors whose kind gives the HTTP status (src/errors). */
import type { PageRow } from '../db/schema.js';
import { DomainError } from '../errors/domain-error.js';
import { EditorialError } from '../editorial/errors.js';

export const pageNotFound = (): EditorialError => new EditorialError('not_found', 'Không tìm thấy trang trên cổng thông tin này.');

/** A save named a revision that is no longer the latest: nothing was written. */
export class StalePageRevisionError extends DomainError<'stale_revision'> {
  constructor(
    readonly current: PageRow,
    sent: number,
  ) {
    super(
      'conflict',
      'stale_revision',
      `Trong lúc bạn sửa, trang đã được lưu ở phiên bản ${current.revision} (bạn sửa từ phiên bản ${sent}). Nội dung của bạn chưa được lưu: hãy tải lại trang, so sánh rồi lưu lại dựa trên phiên bản mới.`,
      { title: 'Trang đã thay đổi' },
    );
    this.name = 'StalePageRevisionError';
  }
}

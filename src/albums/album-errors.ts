/** Refusals about albums: DomainErrors whose kind gives the HTTP status (src/errors). */
import type { AlbumRow } from '../db/schema.js';
import { DomainError } from '../errors/domain-error.js';
import { EditorialError } from '../editorial/errors.js';

export const albumNotFound = (): EditorialError => new EditorialError('not_found', 'Không tìm thấy album trên cổng thông tin này.');

/** A save named a revision that is no longer the latest: nothing was written. */
export class StaleAlbumRevisionError extends DomainError<'stale_revision'> {
  constructor(
    readonly current: AlbumRow,
    sent: number,
  ) {
    super(
      'conflict',
      'stale_revision',
      `Trong lúc bạn sửa, album đã được lưu ở phiên bản ${current.revision} (bạn sửa từ phiên bản ${sent}). Nội dung của bạn chưa được lưu: hãy tải lại, so sánh rồi lưu lại dựa trên phiên bản mới.`,
      { title: 'Album đã thay đổi' },
    );
    this.name = 'StaleAlbumRevisionError';
  }
}

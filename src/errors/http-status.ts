/**
 * The HTTP status and the default Vietnamese heading of each kind of domain error,
 * in one table every web surface reads.
 */
import type { ErrorKind } from './domain-error.js';

export type DomainErrorStatus = 400 | 403 | 404 | 409 | 413 | 415 | 429;

export const KIND_STATUS: Readonly<Record<ErrorKind, DomainErrorStatus>> = {
  invalid: 400,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  // A check that cannot be made now (a key the server cannot read): the admin has
  // always answered it as a conflict the person resolves, not as a server outage.
  unavailable: 409,
  'too-large': 413,
  unsupported: 415,
  locked: 429,
};

export const KIND_TITLE: Readonly<Record<ErrorKind, string>> = {
  invalid: 'Dữ liệu không hợp lệ',
  forbidden: 'Không có quyền',
  'not-found': 'Không tìm thấy',
  conflict: 'Xung đột',
  unavailable: 'Không thực hiện được',
  'too-large': 'Quá lớn',
  unsupported: 'Định dạng không được hỗ trợ',
  locked: 'Tạm khóa',
};

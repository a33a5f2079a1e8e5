import { describe, expect, it } from 'vitest';
import { AccountError } from '../../accounts/errors.js';
import { EditorialError } from '../../editorial/errors.js';
import { WorkflowError } from '../../editorial/workflow.js';
import { MediaError, mediaMessages } from '../../media/index.js';
import { HttpError } from '../http-error.js';
import { domainErrorToHttp, toHttpError } from './domain-errors.js';
import { ValidationError } from './validation.js';

describe('domainErrorToHttp', () => {
  it('answers with the status, heading and message the admin has always sent', () => {
    const answers = [
      [new EditorialError('not_found', 'Không tìm thấy tin bài.'), 404, 'Không tìm thấy'],
      [new EditorialError('conflict', 'Đã có.'), 409, 'Xung đột'],
      [new WorkflowError('forbidden', 'Không được.'), 403, 'Không có quyền'],
      [new WorkflowError('invalid_transition', 'Sai trạng thái.'), 409, 'Không đúng trạng thái'],
      [new AccountError('conflict', 'Trùng tên.'), 409, 'Không thực hiện được'],
      [new AccountError('unavailable', 'Không đọc được khóa.'), 409, 'Không kiểm tra được mã'],
      [new AccountError('locked', 'Tạm khóa.'), 429, 'Tài khoản tạm khóa'],
      [new AccountError('invalid', 'Sai.'), 400, 'Dữ liệu không hợp lệ'],
      [new MediaError('in_use', 'Đang dùng.'), 409, mediaMessages.inUseTitle],
      [new MediaError('unsupported_type', 'Không hỗ trợ.'), 415, mediaMessages.unsupportedTitle],
    ] as const;
    for (const [error, status, title] of answers) {
      const http = domainErrorToHttp(error);
      expect([http.statusCode, http.title, http.detail], error.code).toEqual([status, title, error.message]);
    }
  });

  it('lists the fields at fault of an invalid input as a validation error', () => {
    const http = domainErrorToHttp(new WorkflowError('note_required', 'Cần ghi chú.'));
    expect(http).toBeInstanceOf(ValidationError);
    expect((http as ValidationError).errors).toEqual([{ field: 'note', message: 'Cần ghi chú.' }]);
    expect((domainErrorToHttp(new MediaError('alt_required', 'Cần mô tả.')) as ValidationError).errors).toEqual([{ field: 'altText', message: 'Cần mô tả.' }]);
  });

  it('passes anything that is not a domain refusal on untouched', () => {
    const error = new Error('internal detail');
    expect(toHttpError(error)).toBe(error);
    expect(toHttpError(new EditorialError('forbidden', 'Không.'))).toBeInstanceOf(HttpError);
  });
});

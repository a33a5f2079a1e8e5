import { describe, expect, it } from 'vitest';
import { AccountError } from '../accounts/errors.js';
import { EditorialError } from '../editorial/errors.js';
import { WorkflowError } from '../editorial/workflow.js';
import { MediaError } from '../media/index.js';
import { DomainError, isDomainError } from './domain-error.js';
import { KIND_STATUS } from './http-status.js';

describe('DomainError', () => {
  it('carries its kind, code, Vietnamese message and fields, and is an Error', () => {
    const error = new DomainError('invalid', 'title_required', 'Cần nhập tiêu đề.', { fields: [{ field: 'title', message: 'Cần nhập tiêu đề.' }] });
    expect(error).toBeInstanceOf(Error);
    expect(isDomainError(error)).toBe(true);
    expect(isDomainError(new Error('x'))).toBe(false);
    expect([error.kind, error.code, error.message, error.fields]).toEqual(['invalid', 'title_required', 'Cần nhập tiêu đề.', [{ field: 'title', message: 'Cần nhập tiêu đề.' }]]);
  });

  it('is the base of the feature refusals, each kind giving the status the routes answered with', () => {
    const cases: [DomainError, number][] = [
      [new EditorialError('not_found', 'Không tìm thấy tin bài.'), 404],
      [new EditorialError('forbidden', 'Không có quyền.'), 403],
      [new EditorialError('conflict', 'Xung đột.'), 409],
      [new EditorialError('invalid', 'Sai.', 'title'), 400],
      [new WorkflowError('invalid_transition', 'Không chuyển được.'), 409],
      [new WorkflowError('note_required', 'Cần ghi chú.'), 400],
      [new AccountError('locked', 'Tạm khóa.'), 429],
      [new AccountError('unavailable', 'Không đọc được khóa.'), 409],
      [new MediaError('unsupported_type', 'Không hỗ trợ.'), 415],
      [new MediaError('too_many_pixels', 'Quá lớn.'), 413],
    ];
    for (const [error, status] of cases) {
      expect(error).toBeInstanceOf(DomainError);
      expect(KIND_STATUS[error.kind], error.code).toBe(status);
    }
  });

  it('names the field at fault of an invalid editorial or workflow input', () => {
    expect(new EditorialError('invalid', 'Sai.', 'slug').fields).toEqual([{ field: 'slug', message: 'Sai.' }]);
    expect(new WorkflowError('time_required', 'Cần thời điểm.').fields).toEqual([{ field: 'at', message: 'Cần thời điểm.' }]);
    expect(new EditorialError('conflict', 'Xung đột.').fields).toBeUndefined();
  });
});

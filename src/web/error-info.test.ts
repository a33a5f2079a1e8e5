import { describe, expect, it } from 'vitest';
import { AccountError } from '../accounts/errors.js';
import { EditorialError } from '../editorial/errors.js';
import { WorkflowError } from '../editorial/workflow.js';
import { MediaError, mediaMessages } from '../media/index.js';
import { describeError } from './error-info.js';
import { HttpError } from './http-error.js';
import { vi } from './messages.js';
import { ValidationError } from './admin/validation.js';

describe('describeError', () => {
  it('answers a domain refusal with the status, heading and message the admin has always sent', () => {
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
      const info = describeError(error);
      expect([info.status, info.title, info.detail], error.code).toEqual([status, title, error.message]);
    }
  });

  it('lists the fields at fault of an invalid input, as a validation error of the route would', () => {
    const fromWorkflow = describeError(new WorkflowError('note_required', 'Cần ghi chú.'));
    const fromRoute = describeError(new ValidationError([{ field: 'note', message: 'Cần ghi chú.' }]));
    expect(fromWorkflow).toEqual(fromRoute);
    expect(fromWorkflow).toMatchObject({ status: 400, title: 'Dữ liệu không hợp lệ', errors: [{ field: 'note', message: 'Cần ghi chú.' }] });
    expect(describeError(new MediaError('alt_required', 'Cần mô tả.')).errors).toEqual([{ field: 'altText', message: 'Cần mô tả.' }]);
  });

  it('says when a locked account may try again, from the lock’s end (a minute when it is unknown)', () => {
    const now = Date.parse('2026-12-05T10:00:00Z');
    expect(describeError(new AccountError('locked', 'Tạm khóa.', undefined, '2026-12-05T10:14:30.200Z'), now).retryAfterSeconds).toBe(871);
    expect(describeError(new AccountError('locked', 'Tạm khóa.', undefined, '2026-12-05T09:00:00Z'), now).retryAfterSeconds).toBe(1);
    expect(describeError(new AccountError('locked', 'Tạm khóa.'), now).retryAfterSeconds).toBe(60);
    expect(describeError(new AccountError('conflict', 'Trùng.'), now).retryAfterSeconds).toBeUndefined();
  });

  it('keeps a web refusal as it was thrown, and tells nothing of an unexpected error but that it happened', () => {
    expect(describeError(new HttpError(403, 'Thiếu mã bảo vệ', 'Tải lại trang.'))).toEqual({ status: 403, title: 'Thiếu mã bảo vệ', detail: 'Tải lại trang.' });
    const internal = describeError(new Error('connection refused at 10.0.0.5:5432'));
    expect(internal).toEqual({ status: 500, title: vi.errors.serverErrorTitle, detail: vi.errors.serverError });
    expect(describeError('a thrown string').status).toBe(500);
    expect(describeError({ statusCode: 413 })).toMatchObject({ status: 413, title: vi.errors.tooLargeTitle });
    expect(describeError({ statusCode: 405 }).status).toBe(400);
  });

  it('tells the person to wait a few seconds when the database is away, and nothing of the driver', () => {
    const cases: unknown[] = [
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
      new Error('Connection terminated unexpectedly'),
      Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' }),
    ];
    for (const error of cases) {
      expect(describeError(error)).toEqual({ status: 503, title: vi.errors.unavailableTitle, detail: vi.errors.unavailable, retryAfterSeconds: 5 });
    }
    // A query that is wrong is not an outage.
    expect(describeError(Object.assign(new Error('syntax error'), { code: '42601' })).status).toBe(500);
  });
});

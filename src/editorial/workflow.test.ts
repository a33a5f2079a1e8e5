import { describe, expect, it } from 'vitest';
import type { ArticleStatus } from '../db/schema.js';
import type { SiteRole } from './roles.js';
import { allowedTransitions, applyScheduledTransition, applyTransition, can, WorkflowError, type Actor } from './workflow.js';

const actor = (role: SiteRole | undefined, userId = 1, isSystemAdmin = false): Actor => ({ userId, role, isSystemAdmin });
const article = (status: ArticleStatus, createdBy = 1) => ({ status, createdBy });
const now = new Date('2026-11-29T03:00:00Z');

describe('workflow', () => {
  it('walks the whole path: draft → submitted → returned → submitted → approved → published → withdrawn', () => {
    const writer = actor('contributor', 7);
    const editor = actor('editor', 8);
    const approver = actor('approver', 9);
    let status: ArticleStatus = 'draft';
    status = applyTransition(writer, article(status, 7), 'submit', { now });
    status = applyTransition(editor, article(status, 7), 'return', { note: 'Bổ sung nguồn', now });
    expect(status).toBe('returned');
    status = applyTransition(writer, article(status, 7), 'submit', { now });
    status = applyTransition(approver, article(status, 7), 'approve', { now });
    status = applyTransition(approver, article(status, 7), 'publish', { now });
    expect(status).toBe('published');
    status = applyTransition(approver, article(status, 7), 'withdraw', { note: 'Thông tin chưa chính xác', now });
    expect(status).toBe('withdrawn');
  });

  it('requires a note to return or withdraw and a future time to schedule', () => {
    const approver = actor('approver');
    expect(() => applyTransition(approver, article('submitted'), 'return', { note: '  ', now })).toThrow(WorkflowError);
    expect(() => applyTransition(approver, article('published'), 'withdraw', { now })).toThrow(/lý do/);
    expect(() => applyTransition(approver, article('approved'), 'schedule', { at: '2020-01-01T00:00:00Z', now })).toThrow(/tương lai/);
    expect(applyTransition(approver, article('approved'), 'schedule', { at: '2026-12-01T00:00:00Z', now })).toBe('scheduled');
  });

  it('keeps contributors to their own articles and away from approval', () => {
    const writer = actor('contributor', 7);
    expect(can(writer, 'edit', article('draft', 7))).toBe(true);
    expect(can(writer, 'edit', article('draft', 8))).toBe(false);
    expect(can(writer, 'edit', article('submitted', 7))).toBe(false);
    expect(allowedTransitions(writer, article('submitted', 7))).toEqual([]);
    expect(can(writer, 'publish')).toBe(false);
  });

  it('lets only approvers publish, and editors return but not approve', () => {
    expect(allowedTransitions(actor('editor'), article('submitted', 2))).toEqual(['return']);
    expect(allowedTransitions(actor('approver'), article('submitted', 2))).toEqual(['return', 'approve']);
    expect(allowedTransitions(actor('approver'), article('approved', 2))).toEqual(['return', 'publish', 'schedule']);
    expect(allowedTransitions(actor('approver'), article('published', 2))).toEqual(['unpublish', 'withdraw']);
  });

  it('gives nobody without a role anything, and the system admin everything a site admin has', () => {
    expect(can(actor(undefined), 'view')).toBe(false);
    expect(can(actor(undefined, 1, true), 'manage_staff')).toBe(true);
    expect(can(actor('approver'), 'manage_staff')).toBe(false);
  });

  it('refuses transitions from the wrong state with a Vietnamese reason', () => {
    try {
      applyTransition(actor('approver'), article('draft'), 'publish', { now });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(WorkflowError);
      expect((error as WorkflowError).code).toBe('invalid_transition');
      expect((error as Error).message).toContain('Bản nháp');
    }
  });

  it('fires a scheduled job only from the state the schedule left, and only for an account that still has the right', () => {
    expect(applyScheduledTransition(actor('approver'), article('scheduled'), 'publish')).toBe('published');
    expect(applyScheduledTransition(actor('site_admin'), article('published'), 'unpublish')).toBe('unpublished');
    expect(applyScheduledTransition(actor(undefined, 1, true), article('scheduled'), 'publish')).toBe('published');
    const refusal = (who: Actor, status: ArticleStatus, kind: 'publish' | 'unpublish') => {
      try {
        applyScheduledTransition(who, article(status), kind);
        return undefined;
      } catch (error) {
        expect(error).toBeInstanceOf(WorkflowError);
        return (error as WorkflowError).code;
      }
    };
    // The account's role now, not when it scheduled: demoted to editor, or no role any more.
    expect(refusal(actor('editor'), 'scheduled', 'publish')).toBe('forbidden');
    expect(refusal(actor(undefined), 'scheduled', 'publish')).toBe('forbidden');
    expect(refusal(actor('contributor', 1), 'published', 'unpublish')).toBe('forbidden');
    // A person moved the article meanwhile: nothing for the job to do, whoever it runs for.
    expect(refusal(actor('approver'), 'approved', 'publish')).toBe('invalid_transition');
    expect(refusal(actor('approver'), 'scheduled', 'unpublish')).toBe('invalid_transition');
    expect(() => applyScheduledTransition(actor('editor'), article('scheduled'), 'publish')).toThrow(/không còn quyền "Đăng".*"Hẹn giờ đăng"/);
  });
});

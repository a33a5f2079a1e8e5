/** The consultation calendar in Vietnam time, the comment moderation steps and right. */
import { describe, expect, it } from 'vitest';
import type { Actor } from '../editorial/workflow.js';
import { canModerateComments, consultationPhase, datesInOrder, daysLeft, decideComment } from './consultation-rules.js';

const as = (role: Actor['role'], isSystemAdmin = false): Actor => ({ userId: 1, isSystemAdmin, role });

describe('consultation calendar', () => {
  const dates = { opensOn: '2026-12-01', closesOn: '2026-12-15' };

  it('opens at the start of the first Vietnam day and closes at the end of the last', () => {
    expect(consultationPhase(dates, new Date('2026-11-30T16:59:59Z'))).toBe('upcoming');
    expect(consultationPhase(dates, new Date('2026-11-30T17:00:00Z'))).toBe('open');
    expect(consultationPhase(dates, new Date('2026-12-15T16:59:59Z'))).toBe('open');
    expect(consultationPhase(dates, new Date('2026-12-15T17:00:00Z'))).toBe('closed');
  });

  it('counts the days left in Vietnam days', () => {
    expect(daysLeft(dates, new Date('2026-12-01T02:00:00Z'))).toBe(14);
    expect(daysLeft(dates, new Date('2026-12-14T18:00:00Z'))).toBe(0);
    expect(daysLeft(dates, new Date('2026-12-16T02:00:00Z'))).toBe(-1);
  });

  it('wants the close day on or after the open day, both real days', () => {
    expect(datesInOrder(dates)).toBe(true);
    expect(datesInOrder({ opensOn: '2026-12-01', closesOn: '2026-12-01' })).toBe(true);
    expect(datesInOrder({ opensOn: '2026-12-02', closesOn: '2026-12-01' })).toBe(false);
    expect(datesInOrder({ opensOn: '2026-02-30', closesOn: '2026-03-01' })).toBe(false);
  });
});

describe('comment moderation', () => {
  it('is for editors and above, and the system admin', () => {
    expect(canModerateComments(as('contributor'))).toBe(false);
    expect(canModerateComments(as(undefined))).toBe(false);
    expect(canModerateComments(as('editor'))).toBe(true);
    expect(canModerateComments(as('approver'))).toBe(true);
    expect(canModerateComments(as('site_admin'))).toBe(true);
    expect(canModerateComments(as(undefined, true))).toBe(true);
  });

  it('decides a pending comment once', () => {
    expect(decideComment('pending', 'approve')).toBe('approved');
    expect(decideComment('pending', 'reject')).toBe('rejected');
    expect(decideComment('approved', 'reject')).toBeUndefined();
    expect(decideComment('rejected', 'approve')).toBeUndefined();
  });
});

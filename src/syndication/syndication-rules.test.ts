/** The rules of syndication, without storage: the moves, who may make them, notes, targets. */
import { describe, expect, it } from 'vitest';
import type { Actor } from '../editorial/workflow.js';
import type { SyndicationState } from '../db/schema.js';
import { allowedMoves, applyMove, checkProposable, checkRight, maySyndicate, SyndicationError, targetOf } from './syndication-rules.js';

const as = (role: Actor['role'], isSystemAdmin = false): Actor => ({ userId: 7, isSystemAdmin, role });
const approver = as('approver');

function refusal(fn: () => unknown): SyndicationError {
  try {
    fn();
  } catch (error) {
    if (error instanceof SyndicationError) return error;
    throw error;
  }
  throw new Error('no refusal');
}

describe('syndication rules', () => {
  it('lets only those who answer for a site act: approver, site admin, system admin', () => {
    expect([as('contributor'), as('editor'), as('approver'), as('site_admin'), as(undefined), as(undefined, true)].map(maySyndicate)).toEqual([false, false, true, true, false, true]);
    expect(refusal(() => checkRight(as('editor'), 'propose'))).toMatchObject({ kind: 'forbidden', code: 'forbidden' });
  });

  it('moves proposed → accepted | declined, and proposed or accepted → retracted; nothing else', () => {
    const states: SyndicationState[] = ['proposed', 'accepted', 'declined', 'retracted'];
    const table = Object.fromEntries(
      (['accept', 'decline', 'retract'] as const).map((move) => [
        move,
        states.map((s) => {
          try {
            return applyMove(approver, s, move, 'Lý do.');
          } catch (error) {
            return error instanceof SyndicationError ? error.code : 'other';
          }
        }),
      ]),
    );
    expect(table).toEqual({
      accept: ['accepted', 'wrong_state', 'wrong_state', 'wrong_state'],
      decline: ['declined', 'wrong_state', 'wrong_state', 'wrong_state'],
      retract: ['retracted', 'retracted', 'wrong_state', 'wrong_state'],
    });
  });

  it('needs a note to decline, not to accept', () => {
    expect(refusal(() => applyMove(approver, 'proposed', 'decline', '  '))).toMatchObject({ kind: 'invalid', code: 'note_required', fields: [{ field: 'note' }] });
    expect(refusal(() => applyMove(approver, 'proposed', 'decline', null)).code).toBe('note_required');
    expect(applyMove(approver, 'proposed', 'accept', null)).toBe('accepted');
  });

  it('checks the right before the state, so a contributor learns nothing of the proposal', () => {
    expect(refusal(() => applyMove(as('contributor'), 'declined', 'accept', null)).code).toBe('forbidden');
  });

  it('offers each side only its own moves', () => {
    expect(allowedMoves(approver, 'proposed', 'target')).toEqual(['accept', 'decline']);
    expect(allowedMoves(approver, 'proposed', 'source')).toEqual(['retract']);
    expect(allowedMoves(approver, 'accepted', 'target')).toEqual([]);
    expect(allowedMoves(approver, 'accepted', 'source')).toEqual(['retract']);
    expect(allowedMoves(as('editor'), 'proposed', 'target')).toEqual([]);
    expect(allowedMoves(approver, 'declined', 'source')).toEqual([]);
  });

  it('sends to the parent; a root site has none to send to', () => {
    expect(targetOf({ parentId: 3 })).toBe(3);
    expect(refusal(() => targetOf({ parentId: null }))).toMatchObject({ kind: 'conflict', code: 'no_parent' });
  });

  it('proposes only what the public sees now, saying why not in Vietnamese', () => {
    expect(() => checkProposable({ status: 'published' }, true)).not.toThrow();
    expect(refusal(() => checkProposable({ status: 'withdrawn' }, false)).message).toContain('đã bị thu hồi');
    expect(refusal(() => checkProposable({ status: 'unpublished' }, false)).message).toContain('đã bị gỡ xuống');
    expect(refusal(() => checkProposable({ status: 'draft' }, false)).message).toContain('chưa được đăng');
    // Published with a time still to come is not public yet.
    expect(refusal(() => checkProposable({ status: 'published' }, false))).toMatchObject({ kind: 'conflict', code: 'not_published' });
  });
});

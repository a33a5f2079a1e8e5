/**
 * The topics' rules without storage: who owns a system or a site topic, who adds an
 * article of which site, the membership's states (accepted at once for an owner,
 * proposed otherwise, declined only with a note, nothing twice) and who takes an article out.
 */
import { describe, expect, it } from 'vitest';
import type { SiteRole } from '../editorial/roles.js';
import { answersForArticles, datesInOrder, decide, joinState, mayRemove, ownsTopic, seesMembership, TopicError, worksWithTopics, type TopicActor } from './topic-rules.js';

const A = 1;
const B = 2;
const on = (siteId: number, role: SiteRole): TopicActor => ({ userId: 10, isSystemAdmin: false, roles: [{ siteId, role }] });
const sysadmin: TopicActor = { userId: 1, isSystemAdmin: true, roles: [] };
const nobody: TopicActor = { userId: 2, isSystemAdmin: false, roles: [] };

function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof TopicError) return error.code;
    throw error;
  }
  return 'allowed';
}

describe('topic rules', () => {
  it('gives system topics to system admins and a site topic to its approvers and site admins', () => {
    expect(ownsTopic(sysadmin, null)).toBe(true);
    expect(ownsTopic(sysadmin, A)).toBe(true);
    for (const role of ['approver', 'site_admin'] as const) {
      expect(ownsTopic(on(A, role), A)).toBe(true);
      expect(ownsTopic(on(A, role), B)).toBe(false);
      expect(ownsTopic(on(A, role), null)).toBe(false);
    }
    for (const role of ['contributor', 'editor'] as const) expect(ownsTopic(on(A, role), A)).toBe(false);
    expect(ownsTopic(nobody, A)).toBe(false);
  });

  it('lets only the accountable roles of the article’s site add its articles', () => {
    expect(answersForArticles(on(A, 'approver'), A)).toBe(true);
    expect(answersForArticles(on(A, 'approver'), B)).toBe(false);
    expect(answersForArticles(on(A, 'editor'), A)).toBe(false);
    expect(answersForArticles(sysadmin, B)).toBe(true);
    expect(worksWithTopics(on(A, 'editor'))).toBe(false);
    expect(worksWithTopics(on(B, 'site_admin'))).toBe(true);
    expect(worksWithTopics(nobody)).toBe(false);
  });

  it('accepts at once what an owner adds and proposes what another site adds', () => {
    const facts = { articleSiteId: A, articlePublic: true, current: undefined };
    expect(joinState(on(A, 'approver'), { ...facts, topicSiteId: A })).toBe('accepted');
    expect(joinState(on(A, 'approver'), { ...facts, topicSiteId: null })).toBe('proposed');
    expect(joinState(on(A, 'approver'), { ...facts, topicSiteId: B })).toBe('proposed');
    expect(joinState(sysadmin, { ...facts, topicSiteId: null })).toBe('accepted');
    expect(joinState(on(A, 'approver'), { ...facts, topicSiteId: null, current: 'declined' })).toBe('proposed');
  });

  it('refuses an unpublished article, an article already in, and anyone not answering for the article', () => {
    const facts = { topicSiteId: null, articleSiteId: A, articlePublic: true, current: undefined };
    expect(refusal(() => joinState(on(A, 'approver'), { ...facts, articlePublic: false }))).toBe('not_published');
    expect(refusal(() => joinState(on(A, 'approver'), { ...facts, current: 'accepted' }))).toBe('already_member');
    expect(refusal(() => joinState(on(A, 'approver'), { ...facts, current: 'proposed' }))).toBe('already_member');
    expect(refusal(() => joinState(on(A, 'editor'), facts))).toBe('forbidden');
    expect(refusal(() => joinState(on(B, 'approver'), facts))).toBe('forbidden');
  });

  it('lets the owner accept or decline a proposal, declining with a note only', () => {
    expect(decide(sysadmin, null, 'proposed', 'accept', undefined)).toBe('accepted');
    expect(decide(on(B, 'approver'), B, 'proposed', 'decline', 'Không đúng chủ đề.')).toBe('declined');
    expect(refusal(() => decide(sysadmin, null, 'proposed', 'decline', '  '))).toBe('note_required');
    expect(refusal(() => decide(sysadmin, null, 'accepted', 'accept', undefined))).toBe('not_proposed');
    expect(refusal(() => decide(sysadmin, null, 'declined', 'accept', undefined))).toBe('not_proposed');
    expect(refusal(() => decide(on(A, 'approver'), null, 'proposed', 'accept', undefined))).toBe('forbidden');
    expect(refusal(() => decide(on(A, 'approver'), B, 'proposed', 'accept', undefined))).toBe('forbidden');
  });

  it('lets the topic owner or the article’s approver take it out, and shows proposals to them only', () => {
    expect(mayRemove(on(A, 'approver'), null, A)).toBe(true);
    expect(mayRemove(on(B, 'approver'), B, A)).toBe(true);
    expect(mayRemove(on(B, 'approver'), null, A)).toBe(false);
    expect(mayRemove(on(A, 'editor'), A, A)).toBe(false);
    expect(seesMembership(on(B, 'approver'), null, A, 'accepted')).toBe(true);
    expect(seesMembership(on(B, 'approver'), null, A, 'proposed')).toBe(false);
    expect(seesMembership(on(A, 'approver'), null, A, 'declined')).toBe(true);
  });

  it('keeps the dates in order', () => {
    expect(datesInOrder('2022-11-15', '2022-12-15')).toBe(true);
    expect(datesInOrder('2022-12-15', '2022-11-15')).toBe(false);
    expect(datesInOrder(null, '2022-11-15')).toBe(true);
  });
});

import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FormGuard, MAX_AGE_MS, MIN_FILL_MS } from './form-guard.js';

const key = crypto.randomBytes(32);
const scope = { form: 'question', siteId: 3 };

function guardAt(clock: { t: number }) {
  return new FormGuard({ key, now: () => clock.t });
}

describe('the public forms guard', () => {
  it('accepts a form filled at human speed (five seconds or more) with an empty honeypot', () => {
    const clock = { t: 1_700_000_000_000 };
    const guard = guardAt(clock);
    const token = guard.issue(scope);
    clock.t += 5_000;
    expect(guard.check(scope, { token, honeypot: '' })).toEqual({ ok: true });
    expect(guard.check(scope, { token, honeypot: undefined })).toEqual({ ok: true });
    clock.t += MAX_AGE_MS - 6_000;
    expect(guard.check(scope, { token, honeypot: '' })).toEqual({ ok: true });
  });

  it('refuses a post faster than a person, an old form, and a filled honeypot', () => {
    const clock = { t: 1_700_000_000_000 };
    const guard = guardAt(clock);
    const token = guard.issue(scope);
    clock.t += MIN_FILL_MS - 1;
    expect(guard.check(scope, { token, honeypot: '' })).toEqual({ ok: false, refusal: 'too_fast' });
    clock.t += MAX_AGE_MS + 10;
    expect(guard.check(scope, { token, honeypot: '' })).toEqual({ ok: false, refusal: 'expired' });
    clock.t = 1_700_000_000_000 + 10_000;
    expect(guard.check(scope, { token, honeypot: 'http://spam.example' })).toEqual({ ok: false, refusal: 'honeypot' });
    expect(guard.check(scope, { token, honeypot: ['a'] })).toEqual({ ok: false, refusal: 'honeypot' });
  });

  it('refuses a missing, malformed, forged or borrowed token', () => {
    const clock = { t: 1_700_000_000_000 };
    const guard = guardAt(clock);
    const token = guard.issue(scope);
    clock.t += 10_000;
    const refused = { ok: false, refusal: 'invalid' };
    expect(guard.check(scope, { token: undefined, honeypot: '' })).toEqual(refused);
    expect(guard.check(scope, { token: 42, honeypot: '' })).toEqual(refused);
    expect(guard.check(scope, { token: 'x'.repeat(100_000), honeypot: '' })).toEqual(refused);
    const [stamp = '', signature = ''] = token.split('.');
    expect(guard.check(scope, { token: `${Number(stamp) - 60_000}.${signature}`, honeypot: '' })).toEqual(refused);
    expect(guard.check({ ...scope, siteId: 4 }, { token, honeypot: '' })).toEqual(refused);
    expect(guard.check({ ...scope, form: 'consultation-comment:1' }, { token, honeypot: '' })).toEqual(refused);
    const otherKey = new FormGuard({ key: crypto.randomBytes(32), now: () => clock.t });
    expect(otherKey.check(scope, { token, honeypot: '' })).toEqual(refused);
  });
});

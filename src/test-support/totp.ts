/** Test helpers for two-factor sign-in: enrol a signed-in person, make a code that is surely wrong. */
import type { FastifyInstance } from 'fastify';
import { totpCodeAt } from '../accounts/index.js';
import { TEST_PASSWORD, type Signed } from './auth.js';

export async function enrolTotp(app: FastifyInstance, signed: Signed, password = TEST_PASSWORD): Promise<{ secret: string; recoveryCodes: string[] }> {
  const enrol = await app.inject({ method: 'POST', url: '/api/v1/auth/totp/enroll', headers: signed.headers, payload: { password } });
  if (enrol.statusCode !== 200) throw new Error(`enrol failed: ${enrol.statusCode} ${enrol.body}`);
  const { secret } = enrol.json<{ secret: string }>();
  const confirm = await app.inject({ method: 'POST', url: '/api/v1/auth/totp/confirm', headers: signed.headers, payload: { code: totpCodeAt(secret) } });
  if (confirm.statusCode !== 200) throw new Error(`confirm failed: ${confirm.statusCode} ${confirm.body}`);
  return { secret, recoveryCodes: confirm.json<{ recoveryCodes: string[] }>().recoveryCodes };
}

/**
 * The code of the next time step: still accepted (one step of clock drift) and not
 * yet used, when the current step's code has just been used to enrol or sign in.
 */
export function nextStepCode(secret: string): string {
  return totpCodeAt(secret, new Date(Date.now() + 30_000));
}

/** Six digits that are not the code of any step near now. */
export function wrongCode(secret: string): string {
  const now = Date.now();
  const near = new Set([-60_000, -30_000, 0, 30_000, 60_000].map((d) => totpCodeAt(secret, new Date(now + d))));
  for (let i = 0; ; i += 1) {
    const code = String(i).padStart(6, '0');
    if (!near.has(code)) return code;
  }
}

export function codeRequest(signed: Signed, code: string) {
  return { method: 'POST' as const, url: '/api/v1/auth/totp', headers: signed.headers, payload: { code } };
}

/** The pure parts of accounts: password policy, TOTP window, recovery codes, the secret box. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { passwordProblem } from './policy.js';
import { hashRecoveryCode, looksLikeRecoveryCode, newRecoveryCodes } from './recovery-codes.js';
import { SecretBox, SecretBoxError } from './secret-box.js';
import { matchTotpStep, newTotpSecret, otpauthUrl, qrSvg, totpCodeAt, totpStepAt } from './totp.js';

describe('password policy', () => {
  it('asks for 12 characters and refuses the username and common passwords', () => {
    expect(passwordProblem('ngan-qua', 'lan')).toContain('12 ký tự');
    expect(passwordProblem('toi-la-nguyenvana-2024', 'nguyenvana')).toContain('tên đăng nhập');
    for (const common of ['password1234', 'Matkhau@2024', 'MẬT KHẨU 123456', '123456789012', 'qwertyuiopas', 'aaaaaaaaaaaaaa', 'abababababab', 'anhyeuem12345']) {
      expect(passwordProblem(common, 'lan'), common).toContain('phổ biến');
    }
    expect(passwordProblem('ba-con-meo-trèo-cây-cau', 'lan')).toBeUndefined();
    expect(passwordProblem('x'.repeat(201), 'lan')).toContain('quá');
  });
});

describe('TOTP', () => {
  const secret = newTotpSecret();
  // 15 s into a 30-second step, so neighbouring steps are unambiguous.
  const now = new Date(Math.floor(Date.parse('2026-11-29T03:00:00Z') / 30_000) * 30_000 + 15_000);

  it('accepts the current code and one step either side, nothing further, and names the step', () => {
    const step = totpStepAt(now);
    expect(matchTotpStep(secret, totpCodeAt(secret, now), now)).toBe(step);
    expect(matchTotpStep(secret, totpCodeAt(secret, new Date(now.getTime() - 30_000)), now)).toBe(step - 1);
    expect(matchTotpStep(secret, totpCodeAt(secret, new Date(now.getTime() + 30_000)), now)).toBe(step + 1);
    expect(matchTotpStep(secret, totpCodeAt(secret, now).replace(/^(...)/, '$1 '), now)).toBe(step);
    const old = totpCodeAt(secret, new Date(now.getTime() - 90_000));
    const valid = [-30_000, 0, 30_000].map((d) => totpCodeAt(secret, new Date(now.getTime() + d)));
    if (!valid.includes(old)) expect(matchTotpStep(secret, old, now)).toBeNull();
    expect(matchTotpStep(secret, 'abcdef', now)).toBeNull();
  });

  it('builds an otpauth URL and an SVG QR code without script', () => {
    const url = otpauthUrl(secret, 'Cổng thông tin điện tử tỉnh Quảng Trị', 'lan');
    expect(url).toMatch(/^otpauth:\/\/totp\/.*secret=[A-Z2-7]+/);
    const svg = qrSvg(url);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).not.toMatch(/script|href/i);
  });
});

describe('recovery codes', () => {
  it('makes ten distinct codes of 80 bits whose hashes ignore dashes and case', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    const first = codes[0] ?? '';
    expect(first).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    expect(looksLikeRecoveryCode(first.toUpperCase())).toBe(true);
    expect(hashRecoveryCode(first.replace(/-/g, ' ').toUpperCase())).toBe(hashRecoveryCode(first));
    expect(hashRecoveryCode(first)).not.toContain(first.replace(/-/g, ''));
  });
});

describe('secret box', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govportal-box-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('uses a per-installation key file without SESSION_SECRET, and reads it back after SESSION_SECRET is set', () => {
    const box = new SecretBox({ sessionSecret: undefined, dataDir: dir });
    const sealed = box.seal('JBSWY3DPEHPK3PXP');
    expect(sealed.startsWith('v1:f:')).toBe(true);
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect((fs.statSync(path.join(dir, 'secret.key')).mode & 0o777).toString(8)).toBe('600');
    const later = new SecretBox({ sessionSecret: 's'.repeat(40), dataDir: dir });
    expect(later.open(sealed)).toBe('JBSWY3DPEHPK3PXP');
    expect(later.seal('x').startsWith('v1:s:')).toBe(true);
  });

  it('refuses a tampered value or a different key', () => {
    const box = new SecretBox({ sessionSecret: 'a'.repeat(40), dataDir: dir });
    const sealed = box.seal('JBSWY3DPEHPK3PXP');
    // The last character but one carries six whole bits of the ciphertext (base64url, unpadded); the last may carry padding bits only.
    const at = sealed.length - 2;
    const flipped = sealed.slice(0, at) + (sealed[at] === 'A' ? 'B' : 'A') + sealed.slice(at + 1);
    expect(flipped).not.toBe(sealed);
    expect(() => box.open(flipped)).toThrow(SecretBoxError);
    expect(() => new SecretBox({ sessionSecret: 'b'.repeat(40), dataDir: dir }).open(sealed)).toThrow(SecretBoxError);
  });
});

/**
 * TOTP (RFC 6238) as authenticator apps use it: SHA-1, 6 digits, 30-second steps.
 * A code is accepted one step before or after the current one (clock drift), and only
 * once: the caller remembers the last step used.
 * The QR code for enrolment is drawn as one SVG path (no script, no external image).
 */
import { Secret, TOTP } from 'otpauth';
import qrcode from 'qrcode-generator';

const PARAMS = { algorithm: 'SHA1', digits: 6, period: 30 } as const;

/** A new random secret (160 bits), base32 as the apps expect it. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function otpauthUrl(secretBase32: string, issuer: string, accountName: string): string {
  return new TOTP({ ...PARAMS, issuer, label: accountName, secret: Secret.fromBase32(secretBase32) }).toString();
}

/** Six digits, spaces allowed ("123 456"). */
export function looksLikeTotpCode(input: string): boolean {
  return /^\d{6}$/.test(input.replace(/\s+/g, ''));
}

/** The time step (Unix seconds / 30) that `now` falls in. */
export function totpStepAt(now: Date): number {
  return Math.floor(now.getTime() / 1000 / PARAMS.period);
}

/**
 * The time step whose code `code` is, when it is the current step's or the one just
 * before or after; null otherwise. Callers accept a step only once (see second-factor.ts).
 */
export function matchTotpStep(secretBase32: string, code: string, now = new Date()): number | null {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const delta = TOTP.validate({ ...PARAMS, token, secret: Secret.fromBase32(secretBase32), timestamp: now.getTime(), window: 1 });
  return delta === null ? null : totpStepAt(now) + delta;
}

/** The code an authenticator app would show at `now` (tests, and nothing else). */
export function totpCodeAt(secretBase32: string, now = new Date()): string {
  return TOTP.generate({ ...PARAMS, secret: Secret.fromBase32(secretBase32), timestamp: now.getTime() });
}

/** The QR code of `text` as a self-contained SVG document (black on white, 4-module quiet zone). */
export function qrSvg(text: string, title = 'Mã QR để quét bằng ứng dụng xác thực'): string {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const count = qr.getModuleCount();
  const margin = 4;
  const size = count + margin * 2;
  let d = '';
  for (let row = 0; row < count; row += 1) {
    for (let col = 0; col < count; col += 1) {
      if (qr.isDark(row, col)) d += `M${col + margin} ${row + margin}h1v1h-1z`;
    }
  }
  const escapedTitle = title.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size * 5}" height="${size * 5}" role="img" shape-rendering="crispEdges">` +
    `<title>${escapedTitle}</title><rect width="${size}" height="${size}" fill="#fff"/><path fill="#000" d="${d}"/></svg>`
  );
}

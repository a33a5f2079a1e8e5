/** Client addresses for tests of per-address limits. */
import crypto from 'node:crypto';

/** An address no earlier run has used (with Redis, the counts live there for a minute). */
export function randomAddress(): string {
  const b = crypto.randomBytes(3);
  return `10.${b[0] ?? 0}.${b[1] ?? 0}.${b[2] ?? 0}`;
}

/** Password hashing with argon2id (OWASP's minimum: 19 MiB, 2 passes). */
import crypto from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// Algorithm.Argon2id in @node-rs/argon2 (a const enum, which isolated modules cannot import).
const ARGON2ID = 2;

const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}

/** A random password a person can type: 20 characters without look-alikes. */
export function randomPassword(length = 20): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  const bytes = crypto.randomBytes(length);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

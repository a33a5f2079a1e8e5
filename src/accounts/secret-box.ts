/**
 * Encryption of secrets the server must read back (the TOTP secret): AES-256-GCM with
 * a key derived by HKDF-SHA256 from SESSION_SECRET, or, where that is not set
 * (development, tests), from a random key made once per installation in
 * DATA_DIR/secret.key (mode 0600). No key is ever a constant of the repository.
 *
 * A sealed value reads `v1:{s|f}:{base64url(iv ‖ tag ‖ ciphertext)}`; the letter names
 * the key source, so values sealed before SESSION_SECRET was set stay readable while
 * the key file is kept. Changing SESSION_SECRET makes values sealed with it unreadable.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { makePrivateDir } from '../db/private-files.js';

export interface SecretBoxOptions {
  sessionSecret: string | undefined;
  dataDir: string;
}

type KeySource = 's' | 'f';

const INFO = 'govportal/secret-box/v1';
const KEY_FILE = 'secret.key';

export class SecretBoxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SecretBoxError';
  }
}

/** The installation's random key: read, or created atomically on first use. */
function installationKey(dataDir: string): Buffer {
  const file = path.join(dataDir, KEY_FILE);
  if (!fs.existsSync(file)) {
    makePrivateDir(dataDir);
    try {
      fs.writeFileSync(file, `${crypto.randomBytes(32).toString('base64')}\n`, { flag: 'wx', mode: 0o600 });
    } catch (error) {
      // Another process made it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  const key = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
  if (key.length !== 32) throw new SecretBoxError(`${file} không chứa khóa 32 byte hợp lệ.`);
  return key;
}

/**
 * A 32-byte key for one purpose (HKDF-SHA256 with the purpose as its info), from
 * SESSION_SECRET, or else from the installation's key file: every process of an
 * installation derives the same key, so a value signed by one is accepted by another.
 */
export function purposeKey(opts: SecretBoxOptions, purpose: string): Buffer {
  const secret = opts.sessionSecret ?? '';
  const material = secret.length > 0 ? Buffer.from(secret, 'utf8') : installationKey(opts.dataDir);
  return Buffer.from(crypto.hkdfSync('sha256', material, 'govportal', purpose, 32));
}

export class SecretBox {
  private readonly keys = new Map<KeySource, Buffer>();

  constructor(private readonly opts: SecretBoxOptions) {}

  private key(source: KeySource): Buffer {
    let key = this.keys.get(source);
    if (key === undefined) {
      const material = source === 's' ? Buffer.from(this.opts.sessionSecret ?? '', 'utf8') : installationKey(this.opts.dataDir);
      if (material.length === 0) throw new SecretBoxError('SESSION_SECRET chưa được đặt nên không giải mã được dữ liệu đã mã hóa bằng nó.');
      key = Buffer.from(crypto.hkdfSync('sha256', material, 'govportal', INFO, 32));
      this.keys.set(source, key);
    }
    return key;
  }

  seal(plain: string): string {
    const source: KeySource = this.opts.sessionSecret !== undefined ? 's' : 'f';
    const iv = crypto.randomBytes(12);
    const cipher = crypto.createCipheriv('aes-256-gcm', this.key(source), iv);
    cipher.setAAD(Buffer.from(`v1:${source}`));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `v1:${source}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
  }

  open(sealed: string): string {
    const match = /^v1:([sf]):([A-Za-z0-9_-]+)$/.exec(sealed);
    if (match === null) throw new SecretBoxError('Dữ liệu mã hóa không đúng định dạng.');
    const source = match[1] as KeySource;
    const raw = Buffer.from(match[2] ?? '', 'base64url');
    if (raw.length < 29) throw new SecretBoxError('Dữ liệu mã hóa bị cắt cụt.');
    try {
      const decipher = crypto.createDecipheriv('aes-256-gcm', this.key(source), raw.subarray(0, 12));
      decipher.setAAD(Buffer.from(`v1:${source}`));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    } catch (error) {
      if (error instanceof SecretBoxError) throw error;
      throw new SecretBoxError('Không giải mã được: khóa đã thay đổi hoặc dữ liệu bị sửa.');
    }
  }
}

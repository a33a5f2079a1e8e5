/**
 * The SQLite database, its WAL and the installation key are readable by the server's
 * account only (0600, in a 0700 folder), even under a permissive umask.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SecretBox } from '../accounts/secret-box.js';
import { openDatabase } from './database.js';
import { migrateToLatest } from './migrations/index.js';

const mode = (file: string) => fs.statSync(file).mode & 0o777;

describe('private files', () => {
  let root: string;
  let umask: number;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'govportal-modes-'));
    umask = process.umask(0o000);
  });
  afterEach(() => {
    process.umask(umask);
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('creates the SQLite database and its WAL 0600 in a 0700 folder', async () => {
    const dataDir = path.join(root, 'data');
    const file = path.join(dataDir, 'govportal.sqlite');
    const db = openDatabase({ kind: 'sqlite', file });
    try {
      await migrateToLatest(db);
      expect(mode(dataDir)).toBe(0o700);
      expect(mode(file)).toBe(0o600);
      expect(mode(`${file}-wal`)).toBe(0o600);
    } finally {
      await db.close();
    }
  });

  it('creates the installation key 0600 in a 0700 folder', () => {
    const dataDir = path.join(root, 'key-dir');
    new SecretBox({ sessionSecret: undefined, dataDir }).seal('bí mật');
    expect(mode(dataDir)).toBe(0o700);
    expect(mode(path.join(dataDir, 'secret.key'))).toBe(0o600);
  });

  it('leaves the mode of a folder the operator made alone', () => {
    const dataDir = path.join(root, 'shared');
    fs.mkdirSync(dataDir, { mode: 0o750 });
    fs.chmodSync(dataDir, 0o750);
    new SecretBox({ sessionSecret: undefined, dataDir }).seal('x');
    expect(mode(dataDir)).toBe(0o750);
  });
});

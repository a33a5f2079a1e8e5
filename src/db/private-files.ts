/**
 * Files only the server's own account may read: the SQLite database (with its WAL and
 * shared-memory files, which SQLite creates with the database's mode) and the
 * installation key. Created 0600 in folders created 0700, whatever the umask; a
 * folder or file that already exists keeps the mode its operator gave it.
 */
import fs from 'node:fs';

export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** Creates the folder (and missing parents) readable by this account only. */
export function makePrivateDir(dir: string): void {
  const created = fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  // mkdir's mode passes through the umask; set it exactly on the folder made here.
  if (created !== undefined) fs.chmodSync(dir, PRIVATE_DIR_MODE);
}

/** Creates an empty file readable by this account only, unless it exists already. */
export function touchPrivateFile(file: string): void {
  try {
    fs.closeSync(fs.openSync(file, 'wx', PRIVATE_FILE_MODE));
    fs.chmodSync(file, PRIVATE_FILE_MODE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

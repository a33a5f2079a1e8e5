/**
 * The media folder seen by the backup: every file under DATA_DIR/media, the keys the
 * rows refer to (each file of the library and its responsive variants), and the
 * temporary folder a restore writes into before it is renamed into place.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { parseVariants } from '../media/variants.js';
import { pathOfKey } from '../media/storage.js';
import type { EntrySink } from './archive.js';
import { drained } from './drain.js';
import type { TableRow } from './dump.js';

/** Every file under the folder as a key (relative path with "/"), sorted; none when it does not exist. */
export async function listMediaKeys(mediaDir: string): Promise<string[]> {
  const keys: string[] = [];
  async function walk(dir: string, prefix: string): Promise<void> {
    let entries: fs.Dirent[];
    try {
      entries = await fsp.readdir(dir, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    for (const entry of entries) {
      const key = `${prefix}${entry.name}`;
      if (entry.isDirectory()) await walk(path.join(dir, entry.name), `${key}/`);
      else if (entry.isFile()) keys.push(key);
    }
  }
  await walk(mediaDir, '');
  return keys.sort();
}

/** The files a row of the media table needs on disk. */
export function referencedKeys(mediaRow: TableRow): string[] {
  const keys: string[] = [];
  if (typeof mediaRow['storage_key'] === 'string') keys.push(mediaRow['storage_key']);
  if (typeof mediaRow['variants'] === 'string') {
    try {
      for (const variant of parseVariants(mediaRow['variants'])) keys.push(variant.storage_key);
    } catch {
      // Variants that do not parse name no file; the main file is still looked for.
    }
  }
  return keys;
}

/** A folder beside the media folder, where a restore writes files until the rows are committed. */
export async function makeStagingDir(mediaDir: string): Promise<string> {
  const dir = `${path.resolve(mediaDir)}.restore-${crypto.randomBytes(4).toString('hex')}`;
  await fsp.mkdir(dir, { recursive: true, mode: 0o750 });
  return dir;
}

/** A sink writing one entry's bytes to `key` under the folder. */
export function fileSink(dir: string, key: string): EntrySink {
  const file = pathOfKey(dir, key);
  let out: fs.WriteStream | undefined;
  const opened = async (): Promise<fs.WriteStream> => {
    if (out !== undefined) return out;
    await fsp.mkdir(path.dirname(file), { recursive: true });
    out = fs.createWriteStream(file, { flags: 'wx' });
    return out;
  };
  return {
    async write(chunk) {
      const stream = await opened();
      if (!stream.write(chunk)) await drained(stream);
    },
    async end() {
      const stream = await opened();
      await new Promise<void>((resolve, reject) => {
        stream.once('error', reject);
        stream.end(() => resolve());
      });
    },
  };
}

/**
 * Puts the staged folder where the media folder is. A media folder that exists holds no
 * file (the restore checked), only perhaps empty folders: it is removed first.
 */
export async function moveStagedIntoPlace(staging: string, mediaDir: string): Promise<void> {
  if ((await listMediaKeys(mediaDir)).length > 0) throw new Error('thư mục đã có tệp');
  await fsp.rm(mediaDir, { recursive: true, force: true });
  await fsp.mkdir(path.dirname(path.resolve(mediaDir)), { recursive: true });
  await fsp.rename(staging, mediaDir);
}

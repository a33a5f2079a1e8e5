/**
 * Files of the media library on disk: DATA_DIR/media/{site}/{yyyy}/{mm}/{random}.{ext},
 * variants beside them as {random}-{width}.{ext}. Names are random, never the
 * uploader's, and a file is never overwritten.
 */
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/** `{site}/{yyyy}/{mm}/{20 hex digits}`: the key of an upload without its extension. */
export function newStem(siteSlug: string, now: Date): string {
  const yyyy = String(now.getUTCFullYear());
  const mm = String(now.getUTCMonth() + 1).padStart(2, '0');
  return `${siteSlug}/${yyyy}/${mm}/${crypto.randomBytes(10).toString('hex')}`;
}

export function mainKey(stem: string, ext: string): string {
  return `${stem}.${ext}`;
}

export function variantKey(stem: string, width: number, ext: string): string {
  return `${stem}-${width}.${ext}`;
}

/** The absolute path of a key, refusing anything that would leave the media folder. */
export function pathOfKey(mediaDir: string, key: string): string {
  const root = path.resolve(mediaDir);
  const file = path.resolve(root, key);
  if (!file.startsWith(root + path.sep)) throw new Error(`media key outside the media folder: ${key}`);
  return file;
}

/** Writes new files; if one fails, those already written are removed and the error is rethrown. */
export async function writeMediaFiles(mediaDir: string, files: { key: string; data: Uint8Array }[]): Promise<void> {
  const written: string[] = [];
  try {
    for (const f of files) {
      const file = pathOfKey(mediaDir, f.key);
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(file, f.data, { flag: 'wx' });
      written.push(f.key);
    }
  } catch (error) {
    await removeMediaFiles(mediaDir, written);
    throw error;
  }
}

/** Best effort: a file already gone is not an error. */
export async function removeMediaFiles(mediaDir: string, keys: readonly string[]): Promise<void> {
  await Promise.all(keys.map((key) => fs.rm(pathOfKey(mediaDir, key), { force: true }).catch(() => undefined)));
}

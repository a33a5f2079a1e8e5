/**
 * The backup archive on disk: a gzip-compressed tar holding one JSON-lines file per
 * table (tables/…), the media files (media/…) and, last, manifest.json with the SHA-256
 * of every other entry. Written to FILE.partial and renamed when complete, so a crash
 * never leaves half an archive under the final name. Read back entry by entry, with
 * every entry hashed on the way, so a restore can check the whole file before it
 * changes anything.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import tar from 'tar-stream';
import { drained } from './drain.js';
import { BackupError } from './errors.js';
import {
  describeManifestProblem,
  isSafeEntryName,
  MANIFEST_ENTRY,
  parseManifest,
  tableEntryName,
  type Manifest,
} from './manifest.js';

export interface EntryDigest {
  readonly bytes: number;
  readonly sha256: string;
}

export interface ArchiveWriter {
  /** Adds a file from disk under `name`, streamed; returns its size and SHA-256. */
  addFile(name: string, sourcePath: string): Promise<EntryDigest>;
  addBuffer(name: string, data: Buffer): Promise<EntryDigest>;
  /** Writes the manifest (with the digest of every entry added), closes, and renames into place. */
  finish(manifest: Omit<Manifest, 'entries'>): Promise<void>;
  /** Gives up: the partial file is removed, the final name untouched. */
  abort(): Promise<void>;
}

type PackEntry = ReturnType<tar.Pack['entry']>;

export function partialFileOf(file: string): string {
  return `${file}.partial`;
}

export async function createArchiveWriter(file: string): Promise<ArchiveWriter> {
  const partial = partialFileOf(file);
  // The archive holds password hashes and sessions: readable by its owner only.
  const out = fs.createWriteStream(partial, { mode: 0o600 });
  await new Promise<void>((resolve, reject) => {
    out.once('open', () => resolve());
    out.once('error', (error) => reject(new BackupError(`Không tạo được tệp ${partial}: ${error.message}`, { cause: error })));
  });
  const pack = tar.pack();
  const written = pipeline(pack, zlib.createGzip({ level: 6 }), out);
  // Observed here so that a failure of the disk is not an unhandled rejection before finish() awaits it.
  written.catch(() => undefined);
  const entries: Record<string, EntryDigest> = {};
  const startedAt = new Date();

  async function addChunks(name: string, size: number, chunks: AsyncIterable<Buffer> | Iterable<Buffer>): Promise<EntryDigest> {
    if (!isSafeEntryName(name) || name in entries) throw new Error(`invalid or repeated archive entry: ${name}`);
    const hash = createHash('sha256');
    let settle: (error?: Error | null) => void = () => {};
    const done = new Promise<void>((resolve, reject) => {
      settle = (error) => (error ? reject(error) : resolve());
    });
    const entry: PackEntry = pack.entry({ name, size, mode: 0o600, mtime: startedAt }, (error) => settle(error));
    let bytes = 0;
    for await (const chunk of chunks) {
      hash.update(chunk);
      bytes += chunk.byteLength;
      if (!entry.write(chunk)) await drained(entry);
    }
    entry.end(undefined); // streamx: end with no last chunk
    await done;
    const digest = { bytes, sha256: hash.digest('hex') };
    entries[name] = digest;
    return digest;
  }

  return {
    async addFile(name, sourcePath) {
      const handle = await fsp.open(sourcePath, 'r');
      try {
        const { size } = await handle.stat();
        // Read through the handle that was measured: a file replaced meanwhile is not mixed in.
        return await addChunks(name, size, handle.createReadStream({ start: 0, end: Math.max(0, size - 1), autoClose: false }) as AsyncIterable<Buffer>);
      } finally {
        await handle.close();
      }
    },
    addBuffer(name, data) {
      return addChunks(name, data.byteLength, [data]);
    },
    async finish(manifest) {
      const complete: Manifest = { ...manifest, entries };
      const text = Buffer.from(`${JSON.stringify(complete, null, 2)}\n`, 'utf8');
      pack.entry({ name: MANIFEST_ENTRY, size: text.byteLength, mode: 0o600, mtime: startedAt }, text);
      pack.finalize();
      await written;
      const handle = await fsp.open(partial, 'r+');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fsp.rename(partial, file);
    },
    async abort() {
      pack.destroy();
      await written.catch(() => undefined);
      await fsp.rm(partial, { force: true });
    },
  };
}

/** Where the content of one entry goes while the archive is read; undefined: only hashed. */
export interface EntrySink {
  write(chunk: Buffer): Promise<void>;
  end(): Promise<void>;
}

function damaged(reason: string, cause?: unknown): BackupError {
  return new BackupError(`Tệp sao lưu bị hỏng hoặc không đầy đủ (${reason}); không có gì bị thay đổi.`, { cause });
}

/**
 * Reads every entry of the archive in order, hashing each and handing its bytes to the
 * sink `sinkFor` gives (if any). Returns the digest of every entry. A file that is not
 * a gzip-compressed tar, is cut short, or holds anything but plain files is refused.
 */
export async function readArchive(file: string, sinkFor: (name: string) => EntrySink | undefined): Promise<Map<string, EntryDigest>> {
  let input: fs.ReadStream;
  try {
    await fsp.access(file, fs.constants.R_OK);
    input = fs.createReadStream(file);
  } catch (error) {
    throw new BackupError(`Không đọc được tệp ${file}.`, { cause: error });
  }
  const extract = tar.extract();
  const feeding = pipeline(input, zlib.createGunzip(), extract);
  feeding.catch(() => undefined);
  const digests = new Map<string, EntryDigest>();
  // What a sink throws (the database refusing a row) is its own error, not damage to the file.
  const sinkErrors = new WeakSet<object>();
  const ownError = (error: unknown): never => {
    if (typeof error === 'object' && error !== null) sinkErrors.add(error);
    throw error;
  };
  try {
    for await (const entry of extract) {
      const name = entry.header.name;
      if (entry.header.type !== 'file') throw damaged(`mục "${name}" không phải tệp thường`);
      if (!isSafeEntryName(name)) throw damaged(`tên mục không hợp lệ "${name}"`);
      if (digests.has(name)) throw damaged(`mục "${name}" lặp lại`);
      const sink = sinkFor(name);
      const hash = createHash('sha256');
      let bytes = 0;
      for await (const chunk of entry as AsyncIterable<Buffer>) {
        hash.update(chunk);
        bytes += chunk.byteLength;
        if (sink !== undefined) await sink.write(chunk).catch(ownError);
      }
      if (sink !== undefined) await sink.end().catch(ownError);
      digests.set(name, { bytes, sha256: hash.digest('hex') });
    }
    await feeding;
  } catch (error) {
    extract.destroy();
    await feeding.catch(() => undefined);
    if (error instanceof BackupError || (typeof error === 'object' && error !== null && sinkErrors.has(error))) throw error;
    throw damaged(error instanceof Error ? error.message : String(error), error);
  }
  return digests;
}

/** Collects an entry's bytes in memory (the manifest), refusing one larger than `limit`. */
export function bufferSink(limit: number): EntrySink & { text(): string } {
  const chunks: Buffer[] = [];
  let size = 0;
  return {
    write(chunk) {
      size += chunk.byteLength;
      if (size > limit) return Promise.reject(damaged('bản kê quá lớn'));
      chunks.push(chunk);
      return Promise.resolve();
    },
    end: () => Promise.resolve(),
    text: () => Buffer.concat(chunks).toString('utf8'),
  };
}

/** Counts the lines of a JSON-lines entry as it passes. */
function lineCountSink(): EntrySink & { lines(): number } {
  let lines = 0;
  return {
    write(chunk) {
      for (const byte of chunk) if (byte === 0x0a) lines += 1;
      return Promise.resolve();
    },
    end: () => Promise.resolve(),
    lines: () => lines,
  };
}

const MANIFEST_LIMIT = 64 * 1024 * 1024;

/**
 * Reads the whole archive once and checks it: a govportal manifest of this format
 * version, every entry present with the size and SHA-256 the manifest gives, nothing
 * more, and each table file with as many lines as the manifest's row count.
 */
export async function verifyArchive(file: string): Promise<Manifest> {
  const manifestSink = bufferSink(MANIFEST_LIMIT);
  const lineCounts = new Map<string, ReturnType<typeof lineCountSink>>();
  const digests = await readArchive(file, (name) => {
    if (name === MANIFEST_ENTRY) return manifestSink;
    if (!name.startsWith('tables/')) return undefined;
    const sink = lineCountSink();
    lineCounts.set(name, sink);
    return sink;
  });
  if (!digests.has(MANIFEST_ENTRY)) {
    throw new BackupError('Tệp không phải bản sao lưu govportal hoặc không đầy đủ: thiếu bản kê manifest.json; không có gì bị thay đổi.');
  }
  const parsed = parseManifest(manifestSink.text());
  if (!parsed.ok) throw new BackupError(`${describeManifestProblem(parsed.problem)} Không có gì bị thay đổi.`);
  const manifest = parsed.manifest;
  for (const [name, digest] of digests) {
    if (name === MANIFEST_ENTRY) continue;
    const expected = manifest.entries[name];
    if (expected === undefined) throw damaged(`mục "${name}" không có trong bản kê`);
    if (expected.bytes !== digest.bytes || expected.sha256 !== digest.sha256) throw damaged(`mục "${name}" sai mã kiểm tra SHA-256`);
  }
  for (const name of Object.keys(manifest.entries)) {
    if (!digests.has(name)) throw damaged(`thiếu mục "${name}"`);
  }
  for (const table of manifest.tables) {
    const name = tableEntryName(table.name);
    const expected = manifest.entries[name];
    if (expected === undefined || expected.sha256 !== table.sha256) throw damaged(`bảng ${table.name} không khớp bản kê`);
    if (lineCounts.get(name)?.lines() !== table.rows) throw damaged(`bảng ${table.name} không đủ ${table.rows} dòng`);
  }
  return manifest;
}

/**
 * Getting the bytes an import names: a feed or an image at an http(s) address (with a
 * time limit and a size limit, redirects followed a few times), or a file given as a path
 * relative to the import file, which must stay inside that file's folder.
 */
import fs from 'node:fs/promises';
import path from 'node:path';

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
}

export const IMAGE_LIMITS: FetchLimits = { timeoutMs: 15_000, maxBytes: 20 * 1024 * 1024 };
export const FEED_LIMITS: FetchLimits = { timeoutMs: 60_000, maxBytes: 200 * 1024 * 1024 };

/** Why a source could not be read, in Vietnamese, for the summary or the refusal. */
export class SourceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SourceError';
  }
}

export function isHttpUrl(ref: string): boolean {
  const lower = ref.slice(0, 8).toLowerCase();
  return lower.startsWith('http://') || lower.startsWith('https://');
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

/**
 * The response to a GET of `url`. A connection that fails before any answer is tried once
 * more (the pool opens a fresh connection): a kept-alive connection the server closed just as it was reused
 * fails that way, and a GET is safe to repeat. A timeout is not retried.
 */
async function getRetryingOnce(url: string, limits: FetchLimits): Promise<Response> {
  const started = Date.now();
  try {
    return await fetch(url, { signal: AbortSignal.timeout(limits.timeoutMs), redirect: 'follow' });
  } catch (error) {
    const left = limits.timeoutMs - (Date.now() - started);
    if (isTimeout(error) || left <= 0) throw error;
    return fetch(url, { signal: AbortSignal.timeout(left), redirect: 'follow' });
  }
}

/** The body of an http(s) address, refused past `maxBytes` or `timeoutMs`. */
export async function fetchBytes(url: string, limits: FetchLimits): Promise<Buffer> {
  let response: Response;
  try {
    response = await getRetryingOnce(url, limits);
  } catch (error) {
    throw new SourceError(isTimeout(error) ? `quá ${limits.timeoutMs / 1000} giây không tải xong ${url}` : `không kết nối được tới ${url}`);
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw new SourceError(`${url} trả lời mã ${response.status}`);
  }
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > limits.maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new SourceError(`${url} lớn hơn giới hạn ${Math.round(limits.maxBytes / 1024 / 1024)} MB`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  if (reader === undefined) return Buffer.alloc(0);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > limits.maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw new SourceError(`${url} lớn hơn giới hạn ${Math.round(limits.maxBytes / 1024 / 1024)} MB`);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof SourceError) throw error;
    throw new SourceError(`tải ${url} bị gián đoạn hoặc quá ${limits.timeoutMs / 1000} giây`);
  }
  return Buffer.concat(chunks);
}

/** A file named relative to `baseDir`, refused when the path leaves it. */
export async function readRelativeFile(baseDir: string, ref: string, maxBytes: number): Promise<Buffer> {
  const root = path.resolve(baseDir);
  const full = path.resolve(root, decodeSafely(ref.split('?', 1)[0] ?? ''));
  if (full !== root && !full.startsWith(root + path.sep)) throw new SourceError(`${ref} nằm ngoài thư mục của tệp nhập`);
  try {
    const stat = await fs.stat(full);
    if (!stat.isFile()) throw new SourceError(`${ref} không phải là tệp`);
    if (stat.size > maxBytes) throw new SourceError(`${ref} lớn hơn giới hạn ${Math.round(maxBytes / 1024 / 1024)} MB`);
    return await fs.readFile(full);
  } catch (error) {
    if (error instanceof SourceError) throw error;
    throw new SourceError(`không đọc được tệp ${ref}`);
  }
}

function decodeSafely(ref: string): string {
  try {
    return decodeURIComponent(ref);
  } catch {
    return ref;
  }
}

/**
 * The bytes of an image reference: an absolute http(s) address; a root-relative path
 * ("/wp-content/…") on the old site when its address is known; otherwise a file beside
 * the import file.
 */
export async function readImage(ref: string, where: { baseDir: string | null; baseUrl: string | null }, limits: FetchLimits = IMAGE_LIMITS): Promise<Buffer> {
  const absolute = absoluteImageUrl(ref, where.baseUrl);
  if (absolute !== undefined) return fetchBytes(absolute, limits);
  if (where.baseDir === null) throw new SourceError(`${ref} không phải địa chỉ http(s)`);
  return readRelativeFile(where.baseDir, ref, limits.maxBytes);
}

/** The http(s) address an image reference stands for, if it stands for one. */
export function absoluteImageUrl(ref: string, baseUrl: string | null): string | undefined {
  if (isHttpUrl(ref)) return ref;
  if (ref.startsWith('//')) return `https:${ref}`;
  if (ref.startsWith('/') && baseUrl !== null && isHttpUrl(baseUrl)) {
    try {
      return new URL(ref, baseUrl).toString();
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * The rendered public pages of this process, in memory: each under its key (host and
 * path with query) and the names of what it showed (publishing/read-dependencies.ts).
 * invalidate(names) drops exactly the pages that showed one of them. Bounded in bytes:
 * the least recently used pages leave first. No I/O here.
 */
import { gzipSync, brotliCompressSync, constants as zlib } from 'node:zlib';

export interface StoredPage {
  readonly key: string;
  readonly body: Buffer;
  /** The answer's headers as sent (type, caching, security), without date or length. */
  readonly headers: Readonly<Record<string, string>>;
  readonly etag: string;
  /** When it was rendered, as an HTTP date, and in milliseconds. */
  readonly lastModified: string;
  readonly renderedAt: number;
  /** Milliseconds since the epoch after which it is not served. */
  readonly expiresAt: number;
  readonly names: readonly string[];
  /** The route pattern that rendered it (`/:category/:slug`), for the latency metric of a hit. */
  readonly route: string;
  /** The article it showed, for the view counter on every hit. */
  readonly articleViewed: { id: number; categoryId: number } | null;
  /** Compressed once, on the first request that accepts each. */
  gzip?: Buffer;
  br?: Buffer;
}

export type Encoding = 'br' | 'gzip' | 'identity';

export interface PageStoreOptions {
  maxBytes: number;
  now?: () => number;
}

export class PageStore {
  private readonly pages = new Map<string, StoredPage>();
  private readonly byName = new Map<string, Set<string>>();
  private bytes = 0;
  /** Raised by every invalidation: a page rendered across one is not stored (it may be stale). */
  private epoch = 0;
  /** Changes heard whose pages are still being worked out: nothing is served or kept meanwhile. */
  private holds = 0;
  private readonly now: () => number;

  constructor(private readonly options: PageStoreOptions) {
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.pages.size;
  }

  get usedBytes(): number {
    return this.bytes;
  }

  /** The moment to compare at store(): taken when a render starts. */
  get currentEpoch(): number {
    return this.epoch;
  }

  get(key: string): StoredPage | undefined {
    if (this.holds > 0) return undefined;
    const page = this.pages.get(key);
    if (page === undefined) return undefined;
    if (page.expiresAt <= this.now()) {
      this.remove(key);
      return undefined;
    }
    // Most recently used last: eviction takes from the front.
    this.pages.delete(key);
    this.pages.set(key, page);
    return page;
  }

  /** Keeps `page` unless an invalidation happened since `startedAt` (the render may have read what changed). */
  store(page: StoredPage, startedAt: number): boolean {
    if (startedAt !== this.epoch || this.holds > 0) return false;
    if (page.body.length > this.options.maxBytes / 8) return false;
    this.remove(page.key);
    this.pages.set(page.key, page);
    this.bytes += page.body.length;
    for (const name of page.names) {
      let keys = this.byName.get(name);
      if (keys === undefined) {
        keys = new Set();
        this.byName.set(name, keys);
      }
      keys.add(page.key);
    }
    this.evict();
    return true;
  }

  /**
   * From a change's commit until its pages are known (one lookup): every request renders
   * afresh and nothing is kept, so no reader sees the old page in between. Returns the release.
   */
  hold(): () => void {
    this.holds += 1;
    this.epoch += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.holds -= 1;
      this.epoch += 1;
    };
  }

  /** Drops every page that showed one of `names`; returns how many went. */
  invalidate(names: Iterable<string>): number {
    this.epoch += 1;
    let dropped = 0;
    for (const name of names) {
      const keys = this.byName.get(name);
      if (keys === undefined) continue;
      for (const key of [...keys]) dropped += this.remove(key) ? 1 : 0;
    }
    return dropped;
  }

  /** Drops everything (a message may have been missed while Redis was away). */
  clear(): void {
    this.epoch += 1;
    this.pages.clear();
    this.byName.clear();
    this.bytes = 0;
  }

  /** The page's bytes in `encoding`, compressed the first time they are asked for. */
  encoded(page: StoredPage, encoding: Encoding): Buffer {
    if (encoding === 'identity') return page.body;
    if (encoding === 'gzip') {
      page.gzip ??= this.counted(gzipSync(page.body, { level: 6 }), page);
      return page.gzip;
    }
    page.br ??= this.counted(
      brotliCompressSync(page.body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 9, [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT, [zlib.BROTLI_PARAM_SIZE_HINT]: page.body.length } }),
      page,
    );
    return page.br;
  }

  private counted(bytes: Buffer, page: StoredPage): Buffer {
    if (this.pages.get(page.key) === page) {
      this.bytes += bytes.length;
      this.evict();
    }
    return bytes;
  }

  private remove(key: string): boolean {
    const page = this.pages.get(key);
    if (page === undefined) return false;
    this.pages.delete(key);
    this.bytes -= page.body.length + (page.gzip?.length ?? 0) + (page.br?.length ?? 0);
    for (const name of page.names) {
      const keys = this.byName.get(name);
      keys?.delete(key);
      if (keys?.size === 0) this.byName.delete(name);
    }
    return true;
  }

  private evict(): void {
    for (const key of this.pages.keys()) {
      if (this.bytes <= this.options.maxBytes) return;
      this.remove(key);
    }
  }
}

/** The best encoding the client accepts of those kept (brotli, then gzip); q=0 refuses one. */
export function negotiateEncoding(acceptEncoding: string | undefined): Encoding {
  if (acceptEncoding === undefined || acceptEncoding.length === 0 || acceptEncoding.length > 512) return 'identity';
  let br = false;
  let gzip = false;
  for (const part of acceptEncoding.split(',')) {
    const [rawName, ...params] = part.split(';');
    const name = rawName?.trim().toLowerCase();
    const refused = params.some((p) => /^\s*q\s*=\s*0(\.0{0,3})?\s*$/i.test(p));
    if (refused) continue;
    if (name === 'br') br = true;
    else if (name === 'gzip' || name === 'x-gzip') gzip = true;
  }
  return br ? 'br' : gzip ? 'gzip' : 'identity';
}

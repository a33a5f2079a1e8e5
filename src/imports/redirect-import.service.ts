/**
 * `redirects:import FILE.csv --site SLUG`: a CSV of `old_url,new_url` (a header line
 * first) becomes the site's redirects. Every line is checked first; one bad line
 * refuses the file with its number and nothing is written; then all are saved in one
 * transaction, audited as "cli". Running the same file again changes nothing.
 *
 * Where a redirect may point (new_url):
 * - a path on the site ("/tin-tuc/bai-moi"): when it is an article's address, the
 *   redirect points at the article itself, so it follows later renames and moves;
 * - an absolute http(s) address on a host of THIS system (any of its sites' hostnames,
 *   or `{slug}.localhost`): on the site's own host it is taken as a path as above, on a
 *   sibling site it is kept as the absolute address;
 * - nothing else. A government domain that answers 301 to any address on the internet
 *   is an open redirect, a gift to phishing; `javascript:`, `data:`, `//host` and the
 *   like are refused as well.
 */
import type { Kysely } from 'kysely';
import { recordAudit } from '../audit/audit.js';
import type { Database } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import { findRedirect, saveRedirect, type RedirectTarget } from '../redirects/index.js';
import { listSites } from '../sites/index.js';
import { siteToImportInto } from './import-target.js';
import { parseCsv, CsvError } from './csv.js';
import { ImportError } from './import-error.js';
import { hostOf, MAX_REDIRECT_KEY_LENGTH, redirectKey, schemeOf } from './url-normalise.js';

type Conn = Kysely<Database>;

export interface RedirectImportSummary {
  added: number;
  changed: number;
  unchanged: number;
}

interface Row {
  line: number;
  key: string;
  target: { path: string } | { absolute: string };
}

/** A path safe to send as Location: one leading slash, printable ASCII after canonical encoding. */
function sitePath(raw: string): string | undefined {
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.includes('\\')) return undefined;
  return redirectKey(raw);
}

function checkTarget(raw: string, ownHosts: ReadonlySet<string>, systemHosts: ReadonlySet<string>): Row['target'] | string {
  const value = raw.trim();
  if (value === '') return 'thiếu địa chỉ mới (new_url).';
  if (value.length > MAX_REDIRECT_KEY_LENGTH) return `địa chỉ mới dài quá ${MAX_REDIRECT_KEY_LENGTH} ký tự.`;
  const scheme = schemeOf(value);
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') return `địa chỉ mới dùng giao thức "${scheme}:" không được phép; chỉ nhận đường dẫn trên cổng (/…) hoặc địa chỉ http(s) thuộc hệ thống.`;
  if (scheme === undefined) {
    const path = sitePath(value);
    return path === undefined ? 'địa chỉ mới phải là đường dẫn bắt đầu bằng một dấu "/" (ví dụ /tin-tuc/bai-moi) hoặc địa chỉ http(s) thuộc hệ thống.' : { path };
  }
  const host = hostOf(value);
  if (host === undefined) return 'địa chỉ mới không hợp lệ.';
  if (ownHosts.has(host)) {
    const path = redirectKey(value);
    return path === undefined ? 'địa chỉ mới không hợp lệ.' : { path };
  }
  if (!systemHosts.has(host)) return `địa chỉ mới ở tên miền ${host} không thuộc hệ thống; chỉ chuyển hướng tới các cổng của hệ thống.`;
  try {
    const url = new URL(value);
    url.hash = '';
    return { absolute: url.toString() };
  } catch {
    return 'địa chỉ mới không hợp lệ.';
  }
}

/** The article whose public address is `path`, if any. */
async function articleAt(db: Conn, siteId: number, path: string): Promise<number | undefined> {
  const parts = path.split('/');
  if (parts.length !== 3 || parts[1] === '' || parts[2] === '') return undefined;
  const row = await db
    .selectFrom('articles as a')
    .innerJoin('categories as c', 'c.id', 'a.category_id')
    .select('a.id')
    .where('a.site_id', '=', siteId)
    .where('a.slug', '=', parts[2]!)
    .where('c.slug', '=', parts[1]!)
    .executeTakeFirst();
  return row?.id;
}

function sameTarget(row: { article_id: number | null; category_id: number | null; page_id: number | null; to_path: string | null }, target: RedirectTarget): boolean {
  return row.article_id === (target.articleId ?? null) && row.category_id === null && row.page_id === null && row.to_path === (target.toPath ?? null);
}

export async function importRedirects(db: Conn, input: { siteSlug: string; csv: string; fileName: string; now?: Date }): Promise<RedirectImportSummary> {
  const site = await siteToImportInto(db, input.siteSlug);
  const sites = await listSites(db);
  const ownHosts = new Set([`${site.slug}.localhost`, ...site.hostnames.map((h) => h.toLowerCase())]);
  const systemHosts = new Set(sites.flatMap((s) => [`${s.slug}.localhost`, ...s.hostnames.map((h) => h.toLowerCase())]));

  let records;
  try {
    records = parseCsv(input.csv);
  } catch (error) {
    if (error instanceof CsvError) throw new ImportError(`Tệp CSV bị lỗi, không nhập gì. ${error.message}`);
    throw error;
  }
  const header = records[0];
  if (header === undefined || header.fields.length !== 2 || header.fields[0]?.trim().toLowerCase() !== 'old_url' || header.fields[1]?.trim().toLowerCase() !== 'new_url') {
    throw new ImportError(`Dòng ${header?.line ?? 1}: dòng đầu của tệp phải là tiêu đề "old_url,new_url". Không nhập gì.`);
  }

  const errors: string[] = [];
  const rows: Row[] = [];
  const lineOf = new Map<string, Row>();
  for (const record of records.slice(1)) {
    const fail = (detail: string) => errors.push(`Dòng ${record.line}: ${detail}`);
    if (record.fields.length !== 2) {
      fail(`cần đúng 2 cột (old_url,new_url), dòng này có ${record.fields.length}.`);
      continue;
    }
    const [oldUrl = '', newUrl = ''] = record.fields;
    const key = redirectKey(oldUrl);
    if (key === undefined) {
      fail(oldUrl.trim() === '' ? 'thiếu địa chỉ cũ (old_url).' : 'địa chỉ cũ không hợp lệ (chỉ nhận http(s)://… hoặc đường dẫn /…, không quá 2048 ký tự).');
      continue;
    }
    if (key === '/') {
      fail('không chuyển hướng trang chủ.');
      continue;
    }
    const target = checkTarget(newUrl, ownHosts, systemHosts);
    if (typeof target === 'string') {
      fail(target);
      continue;
    }
    if ('path' in target && target.path === key) {
      fail('địa chỉ cũ và mới là một, sẽ chuyển hướng vòng tròn.');
      continue;
    }
    const earlier = lineOf.get(key);
    if (earlier !== undefined) {
      if (JSON.stringify(earlier.target) !== JSON.stringify(target)) fail(`địa chỉ cũ này đã có ở dòng ${earlier.line} với địa chỉ mới khác.`);
      continue;
    }
    const row = { line: record.line, key, target };
    lineOf.set(key, row);
    rows.push(row);
  }
  if (errors.length > 0) {
    const listed = errors.slice(0, 20).join('\n');
    const more = errors.length > 20 ? `\n…và ${errors.length - 20} lỗi khác.` : '';
    throw new ImportError(`Tệp có dòng không nhập được; không nhập gì cả. Hãy sửa tệp rồi chạy lại.\n${listed}${more}`);
  }

  const summary: RedirectImportSummary = { added: 0, changed: 0, unchanged: 0 };
  await inTransaction(db, async (trx) => {
    for (const row of rows) {
      const articleId = 'path' in row.target ? await articleAt(trx, site.id, row.target.path) : undefined;
      const target: RedirectTarget = articleId !== undefined ? { articleId } : { toPath: 'path' in row.target ? row.target.path : row.target.absolute };
      const before = await findRedirect(trx, site.id, row.key);
      if (before !== undefined && sameTarget(before, target)) {
        summary.unchanged += 1;
        continue;
      }
      await saveRedirect(trx, site.id, row.key, target);
      if (before === undefined) summary.added += 1;
      else summary.changed += 1;
    }
    if (summary.added + summary.changed > 0) {
      await recordAudit(
        trx,
        { action: 'redirects_imported', actorId: null, actorName: 'cli', siteId: site.id, objectType: 'site', objectId: site.id, details: { file: input.fileName, ...summary } },
        input.now,
      );
    }
  });
  return summary;
}

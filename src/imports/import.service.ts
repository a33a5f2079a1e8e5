/**
 * Importing a WordPress export or an RSS feed into a category of a site. The file is
 * read and every item checked first (against the article contract, after the project's
 * sanitiser); one broken item refuses the whole file with its number and line, and
 * nothing is written. Then, in ONE transaction, each post not imported before becomes a
 * published article with its original date, author, tags and images (fetched, stored
 * through the media library so the variants are made, body `<img>` pointed at them), its
 * old addresses become redirects to it, and import_sources remembers it, so a second run
 * adds nothing. An image that cannot be read is reported, not fatal. Audited as "cli".
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { recordAudit, recordAudits, type AuditEntry } from '../audit/audit.js';
import type { Progress } from '../backup/progress.js';
import { findCategoryBySlug } from '../categories/index.js';
import { articleInputSchema } from '../contract/articles.js';
import type { Database, MediaRow, NewArticle } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import { sanitizeRichText } from '../html/sanitize.js';
import { CLI_MEDIA_ACTOR, MediaError, mediaFileUrl, parseVariants, removeMediaFiles, sniffUpload, uploadMedia } from '../media/index.js';
import { siteToImportInto } from './import-target.js';
import { slugify, toStoredInstant, uniqueSlug } from '../text/index.js';
import { articlePath } from '../urls/paths.js';
import { imagesOf, withImageSources } from './body-images.js';
import { ImportError } from './import-error.js';
import { clip, plainText, type FeedItem, type FeedKind, type ParsedFeed } from './feed-item.js';
import { absoluteImageUrl, fetchBytes, FEED_LIMITS, IMAGE_LIMITS, readImage, SourceError, type FetchLimits } from './fetch-source.js';
import { findImported, insertArticleTags, recordImported, recordImportedPosts, saveArticleRedirects } from './import-sources.repo.js';
import { rssReader } from './rss.js';
import { redirectKey } from './url-normalise.js';
import { wxrReader, type FeedReader } from './wxr.js';
import { XmlFileError } from './xml-stream.js';

type Conn = Kysely<Database>;

export interface FeedImportInput {
  kind: FeedKind;
  siteSlug: string;
  categorySlug: string;
  /** A file on disk (images named relative to it are read beside it) or an http(s) address. */
  source: { path: string } | { url: string };
  mediaDir: string;
  progress?: Progress;
  imageLimits?: FetchLimits;
  now?: Date;
}

export interface FeedImportSummary {
  imported: number;
  /** Already imported by an earlier run, or repeated in the file. */
  skipped: number;
  /** Pages, attachments, drafts: not posts to import. */
  notPosts: number;
  images: number;
  redirects: number;
  /** One line per image that could not be read ("Mục 3: ảnh …: …"). */
  imageProblems: string[];
}

/** Articles written per INSERT: far below either database's limit on bound values. */
const ARTICLES_PER_STATEMENT = 200;

/** How many refusals are listed before "…và N lỗi khác". */
const MAX_LISTED_ERRORS = 20;

const FIELD_LABELS: Record<string, string> = {
  title: 'tiêu đề',
  lead: 'tóm tắt',
  bodyHtml: 'nội dung',
  authorName: 'tác giả',
  tags: 'chuyên mục/thẻ',
  publishedAt: 'ngày đăng',
};

interface Prepared {
  item: FeedItem;
  title: string;
  lead: string;
  bodyHtml: string;
  authorName: string | null;
  tags: string[];
  publishedAt: string;
}

function where(item: FeedItem): string {
  return `Mục ${item.number} (dòng ${item.line})`;
}

async function readFeed(kind: FeedKind, source: FeedImportInput['source']): Promise<ParsedFeed> {
  const reader: FeedReader = kind === 'wxr' ? wxrReader() : rssReader();
  try {
    if ('url' in source) {
      const text = (await fetchBytes(source.url, FEED_LIMITS)).toString('utf8');
      for (let i = 0; i < text.length; i += 1 << 16) reader.write(text.slice(i, i + (1 << 16)));
    } else {
      const stream = fs.createReadStream(source.path, { encoding: 'utf8', highWaterMark: 1 << 18 });
      for await (const chunk of stream) reader.write(chunk as string);
    }
    return reader.end();
  } catch (error) {
    if (error instanceof XmlFileError) throw new ImportError(`Tệp ${kind === 'wxr' ? 'WXR' : 'RSS'} bị lỗi, không nhập gì. ${error.message}`);
    if (error instanceof SourceError) throw new ImportError(`Không tải được nguồn: ${error.message}.`);
    if (error instanceof Error && 'code' in error) throw new ImportError(`Không đọc được tệp ${'path' in source ? source.path : ''} (${String(error.code)}). Hãy kiểm tra đường dẫn và quyền đọc.`);
    throw error;
  }
}

/** The contract's own message where it has one in Vietnamese; the plain length rules said here. */
function messageOf(issue: z.ZodIssue): string {
  if (issue.code === 'too_big' && issue.type === 'string') return `dài quá ${Number(issue.maximum).toLocaleString('vi-VN')} ký tự`;
  if (issue.code === 'too_small' && issue.type === 'string') return 'để trống (bài không có tiêu đề và không có nội dung)';
  if (issue.code === 'invalid_string' || issue.code === 'invalid_date') return 'không hợp lệ';
  return issue.message;
}

/** Checks one item against the article contract; the prepared article or the reasons it is refused. */
function prepare(item: FeedItem, categoryId: number, now: Date): Prepared | string[] {
  const bodyHtml = sanitizeRichText(item.bodyHtml);
  const publishedAt = item.publishedAt ?? (item.rawDate === '' ? now.toISOString() : undefined);
  if (publishedAt === undefined) return [`${where(item)}: ngày đăng "${clip(item.rawDate, 60)}" không đọc được.`];
  // An untitled post takes the start of its text; only a post with neither is refused.
  const title = item.title !== '' ? item.title : clip(plainText(bodyHtml), 120);
  const parsed = articleInputSchema.safeParse({
    title,
    lead: item.lead,
    bodyHtml,
    categoryId,
    authorName: item.authorName === null ? null : clip(item.authorName, 200),
    // Tags are metadata: the contract's 30 first, each at most 100 characters.
    tags: item.tags.filter((t) => t.length <= 100).slice(0, 30),
    publishedAt,
  });
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => {
      const field = String(issue.path[0] ?? '');
      return `${where(item)}: ${FIELD_LABELS[field] ?? field}: ${messageOf(issue)}.`;
    });
  }
  const d = parsed.data;
  return { item, title: d.title, lead: d.lead, bodyHtml: d.bodyHtml, authorName: d.authorName ?? null, tags: d.tags ?? [], publishedAt };
}

/** Reads, checks, then writes everything in one transaction. Throws ImportError for a refusal. */
export async function importFeed(db: Conn, input: FeedImportInput): Promise<FeedImportSummary> {
  const now = input.now ?? new Date();
  const site = await siteToImportInto(db, input.siteSlug);
  const category = await findCategoryBySlug(db, site.id, input.categorySlug);
  if (category === undefined) throw new ImportError(`Cổng "${site.slug}" không có chuyên mục mã "${input.categorySlug}".`);

  const feed = await readFeed(input.kind, input.source);
  const errors: string[] = [];
  const prepared: Prepared[] = [];
  const keys = new Set<string>();
  let repeated = 0;
  for (const item of feed.items) {
    if (keys.has(item.sourceKey)) {
      repeated += 1;
      continue;
    }
    keys.add(item.sourceKey);
    const result = prepare(item, category.id, now);
    if (Array.isArray(result)) errors.push(...result);
    else prepared.push(result);
  }
  if (errors.length > 0) {
    const listed = errors.slice(0, MAX_LISTED_ERRORS).join('\n');
    const more = errors.length > MAX_LISTED_ERRORS ? `\n…và ${errors.length - MAX_LISTED_ERRORS} lỗi khác.` : '';
    throw new ImportError(`Tệp có mục không nhập được; không nhập gì cả. Hãy sửa tệp rồi chạy lại.\n${listed}${more}`);
  }

  const existing = await findImported(db, site.id, input.kind, [...keys]);
  const todo = prepared.filter((p) => !existing.has(p.item.sourceKey));
  const summary: FeedImportSummary = { imported: 0, skipped: prepared.length - todo.length + repeated, notPosts: feed.notPosts, images: 0, redirects: 0, imageProblems: [] };
  if (todo.length === 0) return summary;

  const baseDir = 'path' in input.source ? path.dirname(path.resolve(input.source.path)) : null;
  const baseUrl = feed.baseUrl ?? ('url' in input.source ? input.source.url : null);
  const limits = input.imageLimits ?? IMAGE_LIMITS;
  const writtenFiles: string[] = [];
  const progress = input.progress;

  try {
    await inTransaction(db, async (trx) => {
      const taken = new Set((await trx.selectFrom('articles').select('slug').where('site_id', '=', site.id).execute()).map((r) => r.slug));
      const tagIds = new Map((await trx.selectFrom('tags').select(['id', 'slug']).where('site_id', '=', site.id).execute()).map((t) => [t.slug, t.id]));
      const redirected = new Map<string, number>();
      const ownPaths = new Set<string>();
      const posts: { key: string; articleId: number; mediaId: number | null }[] = [];
      const links: { article_id: number; tag_id: number }[] = [];
      const images = new Map<string, MediaRow | null>();

      /** The media row an image reference became (this run, or an earlier one), or null when it cannot be read. */
      const imageFor = async (ref: string, alt: string, item: FeedItem): Promise<MediaRow | null> => {
        const url = absoluteImageUrl(ref, baseUrl);
        const key = url ?? (baseDir === null ? ref : path.resolve(baseDir, ref));
        if (images.has(key)) return images.get(key) ?? null;
        const before = (await findImported(trx, site.id, 'image', [key])).get(key)?.mediaId ?? null;
        const known = before === null ? undefined : await trx.selectFrom('media').selectAll().where('id', '=', before).executeTakeFirst();
        if (known !== undefined) {
          images.set(key, known);
          return known;
        }
        try {
          const bytes = await readImage(ref, { baseDir, baseUrl }, limits);
          if ((await sniffUpload(bytes)).accepted?.kind !== 'image') throw new SourceError('tệp không phải là ảnh JPEG, PNG, WebP hay GIF');
          const name = ref.split('?', 1)[0]?.split('/').pop() || 'anh.jpg';
          const row = await uploadMedia({ db: trx, mediaDir: input.mediaDir }, { siteId: site.id, siteSlug: site.slug, bytes, originalName: name, altText: clip(alt, 300) || 'Ảnh', caption: null, by: CLI_MEDIA_ACTOR, now });
          writtenFiles.push(row.storage_key, ...parseVariants(row.variants).map((v) => v.storage_key));
          await recordImported(trx, { siteId: site.id, kind: 'image', key, articleId: null, mediaId: row.id });
          summary.images += 1;
          images.set(key, row);
          return row;
        } catch (error) {
          if (!(error instanceof SourceError || error instanceof MediaError)) throw error;
          summary.imageProblems.push(`${where(item)}: ảnh ${clip(ref, 200)}: ${error.message}`);
          images.set(key, null);
          return null;
        }
      };

      for (let first = 0; first < todo.length; first += ARTICLES_PER_STATEMENT) {
        progress?.table('tin bài', first, todo.length);
        const batch: { p: Prepared; slug: string; row: NewArticle; featured: MediaRow | null }[] = [];
        for (const p of todo.slice(first, first + ARTICLES_PER_STATEMENT)) {
          const featured = p.item.featuredImage === null ? null : await imageFor(p.item.featuredImage, p.title, p.item);
          const moved = new Map<string, string>();
          for (const img of imagesOf(p.bodyHtml)) {
            const row = await imageFor(img.src, img.alt || p.title, p.item);
            // An image that could not be read keeps an http(s) address; a path meant only for the old site is dropped.
            if (row !== null) moved.set(img.src, mediaFileUrl(row.storage_key));
            else if (absoluteImageUrl(img.src, baseUrl) === undefined) moved.set(img.src, '');
          }
          const bodyHtml = moved.size > 0 ? sanitizeRichText(withImageSources(p.bodyHtml, moved)) : p.bodyHtml;
          const slug = await uniqueSlug(slugify(p.title), (s) => Promise.resolve(taken.has(s)));
          taken.add(slug);
          const stamp = toStoredInstant(now);
          const row: NewArticle = {
            site_id: site.id,
            category_id: category.id,
            slug,
            title: p.title,
            lead: p.lead,
            body_html: bodyHtml,
            author_name: p.authorName,
            source: null,
            status: 'published',
            withdrawn_note: null,
            featured: 0,
            featured_image_id: featured?.id ?? null,
            featured_image_caption: null,
            published_at: toStoredInstant(p.publishedAt),
            created_at: stamp,
            updated_at: stamp,
          };
          batch.push({ p, slug, row, featured });
        }
        // Slugs are unique per site: they say which new id is whose, whatever order the database returns.
        const inserted = await trx.insertInto('articles').values(batch.map((b) => b.row)).returning(['id', 'slug']).execute();
        const idOf = new Map(inserted.map((r) => [r.slug, r.id]));
        const audits: AuditEntry[] = [];
        for (const { p, slug, featured } of batch) {
          const articleId = idOf.get(slug)!;
          ownPaths.add(articlePath(category.slug, slug));
          const articleTags = new Set<number>();
          for (const name of p.tags) {
            const tagSlug = slugify(name) || 'tu-khoa';
            let id = tagIds.get(tagSlug);
            if (id === undefined) {
              id = (await trx.insertInto('tags').values({ site_id: site.id, slug: tagSlug, name }).returning('id').executeTakeFirstOrThrow()).id;
              tagIds.set(tagSlug, id);
            }
            articleTags.add(id);
          }
          for (const tag_id of articleTags) links.push({ article_id: articleId, tag_id });
          for (const oldUrl of p.item.oldUrls) {
            const key = redirectKey(oldUrl);
            // The old home page is never a redirect; an address two posts claim stays with the first.
            if (key !== undefined && key !== '/' && !redirected.has(key)) redirected.set(key, articleId);
          }
          posts.push({ key: p.item.sourceKey, articleId, mediaId: featured?.id ?? null });
          audits.push({ action: 'article_created', actorId: null, actorName: 'cli', siteId: site.id, objectType: 'article', objectId: articleId, details: { imported: input.kind, sourceKey: p.item.sourceKey, title: p.title } });
          summary.imported += 1;
        }
        await recordAudits(trx, audits, now);
      }
      await insertArticleTags(trx, links);
      await recordImportedPosts(trx, site.id, input.kind, posts);
      summary.redirects = await saveArticleRedirects(trx, site.id, [...redirected].map(([key, articleId]) => ({ key, articleId })), ownPaths);
      await recordAudit(
        trx,
        {
          action: 'articles_imported',
          actorId: null,
          actorName: 'cli',
          siteId: site.id,
          objectType: 'category',
          objectId: category.id,
          details: { kind: input.kind, source: 'url' in input.source ? input.source.url : path.basename(input.source.path), imported: summary.imported, skipped: summary.skipped, images: summary.images, redirects: summary.redirects },
        },
        now,
      );
      progress?.tableDone('tin bài', todo.length);
    });
  } catch (error) {
    await removeMediaFiles(input.mediaDir, writtenFiles);
    throw error;
  }
  return summary;
}

/** "Đã nhập N tin, bỏ qua M tin đã có, K ảnh, R chuyển hướng", then the images that could not be read. */
export function describeFeedImport(s: FeedImportSummary): string {
  const lines = [`Đã nhập ${s.imported} tin, bỏ qua ${s.skipped} tin đã có, ${s.images} ảnh, ${s.redirects} chuyển hướng.`];
  if (s.notPosts > 0) lines.push(`Không nhập ${s.notPosts} mục không phải bài đã đăng (trang, tệp đính kèm, bản nháp).`);
  if (s.imageProblems.length > 0) lines.push(`${s.imageProblems.length} ảnh không đọc được (tin vẫn được nhập; ảnh ở địa chỉ http(s) giữ địa chỉ cũ, ảnh khác bị bỏ):`, ...s.imageProblems.map((p) => `  ${p}`));
  return `${lines.join('\n')}\n`;
}

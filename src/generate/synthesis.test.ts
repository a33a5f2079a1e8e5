/**
 * The synthetic content as a reader or a benchmark would judge it: the same seed gives
 * the same articles, the text is Vietnamese with its diacritics, bodies are of a real
 * article's length and already in the form the sanitiser keeps, dates cover ten years,
 * and an archive holds a few drafts and withdrawn articles besides the published ones.
 */
import { describe, expect, it } from 'vitest';
import { sanitizeRichText } from '../html/sanitize.js';
import { normalizeTrackingCode } from '../questions/question-rules.js';
import { synthesizeArticles, YEARS_OF_ARCHIVE } from './articles.js';
import { issuerOf, synthesizeDocuments } from './documents.js';
import { formatDuration, progressLine } from './progress.js';
import { synthesizeQuestions } from './questions.js';

const NOW = new Date('2026-11-29T03:00:00Z');
const SITE = { slug: 'xa-vinh-thuy', shortName: 'Xã Vĩnh Thủy' };
const spec = (batch: number, count: number, seed = 7) => ({ seed, batch, count, now: NOW });

describe('synthetic articles', () => {
  const articles = synthesizeArticles(SITE, spec(0, 1000));

  it('are the same for the same seed and batch, and different for another seed or batch', () => {
    const again = synthesizeArticles(SITE, spec(0, 1000));
    expect(again.map((a) => a.title)).toEqual(articles.map((a) => a.title));
    expect(again.map((a) => a.bodyHtml)).toEqual(articles.map((a) => a.bodyHtml));
    const otherSeed = synthesizeArticles(SITE, spec(0, 50, 8)).map((a) => a.title);
    const otherBatch = synthesizeArticles(SITE, spec(1000, 50)).map((a) => a.title);
    expect(otherSeed).not.toEqual(articles.slice(0, 50).map((a) => a.title));
    expect(otherBatch).not.toEqual(articles.slice(0, 50).map((a) => a.title));
  });

  it('are written in Vietnamese with diacritics, about administrative life', () => {
    const text = articles.map((a) => `${a.title} ${a.lead} ${a.bodyHtml}`).join(' ');
    const lower = text.toLowerCase();
    const missing = ['ubnd xã vĩnh thủy', 'nông thôn mới', 'bình đẳng giới', 'cán bộ, đảng viên', 'mặt trận tổ quốc'].filter((w) => !lower.includes(w));
    expect(missing).toEqual([]);
    const withDiacritics = articles.filter((a) => /[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/iu.test(a.title));
    expect(withDiacritics.length).toBe(articles.length);
  });

  it('have bodies of several paragraphs, about 1.5 to 6 KB, that the sanitiser leaves as they are', () => {
    const sizes = articles.map((a) => Buffer.byteLength(a.bodyHtml));
    const mean = sizes.reduce((x, y) => x + y, 0) / sizes.length;
    expect(mean).toBeGreaterThan(2000);
    expect(mean).toBeLessThan(5000);
    expect(Math.min(...sizes)).toBeGreaterThan(1000);
    expect(Math.max(...sizes)).toBeLessThan(8000);
    for (const a of articles) expect((a.bodyHtml.match(/<p>/g) ?? []).length).toBeGreaterThanOrEqual(3);
    for (const a of articles.slice(0, 100)) expect(sanitizeRichText(a.bodyHtml)).toBe(a.bodyHtml);
  });

  it('are published over the last ten years, none in the future', () => {
    const times = articles.flatMap((a) => (a.publishedAt === null ? [] : [Date.parse(a.publishedAt)]));
    const years = (NOW.getTime() - Math.min(...times)) / (365.25 * 86_400_000);
    expect(Math.max(...times)).toBeLessThanOrEqual(NOW.getTime());
    expect(years).toBeGreaterThan(YEARS_OF_ARCHIVE - 1);
    expect(years).toBeLessThanOrEqual(YEARS_OF_ARCHIVE + 0.01);
    expect(new Set(times.map((t) => new Date(t).getUTCFullYear())).size).toBeGreaterThanOrEqual(YEARS_OF_ARCHIVE);
  });

  it('are mostly published, with a few drafts (never published) and withdrawn ones (with the note), and tags', () => {
    const count = (status: string) => articles.filter((a) => a.status === status).length;
    expect(count('published')).toBeGreaterThan(930);
    expect(count('draft')).toBeGreaterThan(5);
    expect(count('withdrawn')).toBeGreaterThan(3);
    for (const a of articles.filter((x) => x.status === 'draft')) expect(a.publishedAt).toBeNull();
    for (const a of articles.filter((x) => x.status === 'withdrawn')) expect(a.withdrawnNote).toMatch(/gỡ/);
    expect(articles.filter((a) => a.tags.length > 0).length).toBeGreaterThan(500);
    for (const a of articles) expect(a.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe('synthetic documents and questions', () => {
  it('documents are numbered the Vietnamese way and issued by the site', () => {
    const documents = synthesizeDocuments(SITE, spec(0, 50));
    expect(documents).toHaveLength(50);
    for (const d of documents) {
      expect(d.input.number).toMatch(/^[0-9]+\/(KH|QĐ|CT|TB)-UBND$|^[0-9]+\/UBND-VP$/u);
      expect(d.input.issuer).toBe('UBND xã Vĩnh Thủy');
      expect(Date.parse(d.publishedAt)).toBeLessThanOrEqual(NOW.getTime());
    }
    expect(issuerOf({ slug: 'so-y-te', shortName: 'Sở Y tế' })).toBe('Sở Y tế');
    expect(synthesizeDocuments(SITE, spec(0, 50)).map((d) => d.input.summary)).toEqual(documents.map((d) => d.input.summary));
  });

  it('questions are mostly answered and published, never answered before they were received or after now', () => {
    const questions = synthesizeQuestions(SITE, spec(0, 200));
    expect(questions.filter((q) => q.status === 'published').length).toBeGreaterThan(120);
    for (const q of questions) {
      expect(normalizeTrackingCode(q.trackingCode)).toBe(q.trackingCode);
      if (q.answeredAt !== null) {
        expect(Date.parse(q.answeredAt)).toBeGreaterThan(Date.parse(q.receivedAt));
        expect(Date.parse(q.answeredAt)).toBeLessThanOrEqual(NOW.getTime());
      }
    }
  });
});

describe('progress line', () => {
  it('shows the bar, the share done, the rate and the time left in Vietnamese', () => {
    expect(progressLine(400_000, 1_000_000, 200_000)).toBe('[########------------]  40% 400.000/1.000.000 tin bài · 2.000 tin/giây · còn 5 phút 0 giây');
    expect(progressLine(0, 10, 0)).toContain('còn …');
    expect(formatDuration(3_725_000)).toBe('1 giờ 2 phút');
  });
});

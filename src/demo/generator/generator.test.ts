import { describe, it, expect } from 'vitest';
import { CATEGORY_TOPICS } from './categories.js';
import { siteContext } from './context.js';
import { DEMO_CATEGORIES, generateArticles, generatePages, type GeneratedArticle } from './index.js';
import { createRng } from './random.js';
import { Filler, canFill } from './template.js';
import { timeSlots } from './time.js';
import { CLOSING_TAILS, COMMON_SENTENCES, LEAD_TAILS } from './vocabulary.js';
import { replaceTags } from '../../html/tags.js';

/** The demo system's sites (as in demo/sites.json), inlined so the test reads no files. */
const SITES = [
  ['quangtri', 'Tỉnh Quảng Trị'],
  ['dongha', 'Thành phố Đông Hà'],
  ['thixaquangtri', 'Thị xã Quảng Trị'],
  ['vinhlinh', 'Huyện Vĩnh Linh'],
  ['giolinh', 'Huyện Gio Linh'],
  ['camlo', 'Huyện Cam Lộ'],
  ['trieuphong', 'Huyện Triệu Phong'],
  ['hailang', 'Huyện Hải Lăng'],
  ['huonghoa', 'Huyện Hướng Hóa'],
  ['dakrong', 'Huyện Đakrông'],
  ['conco', 'Huyện đảo Cồn Cỏ'],
] as const;

const NOW = new Date('2022-11-16T09:21:00Z');
const HOUR = 3_600_000;

function generate(slug: string, shortName: string, overrides: Partial<Parameters<typeof generateArticles>[0]> = {}): GeneratedArticle[] {
  return generateArticles({ siteSlug: slug, siteShortName: shortName, count: 40, now: NOW, seed: 2022, years: 3, ...overrides });
}

const corpus = SITES.map(([slug, shortName]) => ({ slug, shortName, articles: generate(slug, shortName) }));
const allArticles = corpus.flatMap((c) => c.articles);

/** Checks that html uses only `allowed` tags, nests them properly and escapes its text. */
function htmlProblems(html: string, allowed: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const tag = /<(\/?)([a-z0-9]+)((?:\s+[a-z]+="[^"<>]*")*)\s*>/g;
  let last = 0;
  for (const match of html.matchAll(tag)) {
    const text = html.slice(last, match.index);
    if (/[<>"]/.test(text) || /&(?!(amp|lt|gt|quot);)/.test(text)) problems.push(`unescaped text: ${text}`);
    last = match.index + match[0].length;
    const [, closing, name = ''] = match;
    if (!allowed.has(name)) problems.push(`tag not allowed: ${name}`);
    if (closing) {
      if (stack.pop() !== name) problems.push(`unbalanced </${name}>`);
    } else {
      stack.push(name);
    }
  }
  const rest = html.slice(last);
  if (/[<>"]/.test(rest) || /&(?!(amp|lt|gt|quot);)/.test(rest)) problems.push(`unescaped text: ${rest}`);
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(', ')}`);
  return problems;
}

const ARTICLE_TAGS = new Set(['p', 'h2', 'h3', 'ul', 'ol', 'li', 'strong', 'em']);
const words = (text: string): number => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
const plain = (html: string): string => replaceTags(html, ' ').replace(/\s+/g, ' ').trim();

describe('generateArticles', () => {
  it('is deterministic', () => {
    expect(generate('camlo', 'Huyện Cam Lộ')).toEqual(generate('camlo', 'Huyện Cam Lộ'));
  });

  it('gives different titles for a different seed or a different site', () => {
    const base = new Set(generate('camlo', 'Huyện Cam Lộ').map((a) => a.title));
    const reseeded = generate('camlo', 'Huyện Cam Lộ', { seed: 2023 }).map((a) => a.title);
    const otherSlug = generate('camlo-2', 'Huyện Cam Lộ').map((a) => a.title);
    expect(reseeded.filter((t) => base.has(t)).length).toBeLessThan(10);
    expect(otherSlug.filter((t) => base.has(t)).length).toBeLessThan(10);
  });

  it('returns exactly count articles', () => {
    for (const count of [0, 1, 9, 40, 123]) {
      expect(generate('giolinh', 'Huyện Gio Linh', { count })).toHaveLength(count);
    }
    expect(() => generate('giolinh', 'Huyện Gio Linh', { count: -1 })).toThrow(RangeError);
    expect(() => generate('giolinh', 'Huyện Gio Linh', { count: 2.5 })).toThrow(RangeError);
  });

  it('uses every category, each several times', () => {
    const slugs = new Set(DEMO_CATEGORIES.map((c) => c.slug));
    for (const { articles } of corpus) {
      const perCategory = new Map<string, number>();
      for (const a of articles) {
        expect(slugs.has(a.categorySlug)).toBe(true);
        perCategory.set(a.categorySlug, (perCategory.get(a.categorySlug) ?? 0) + 1);
      }
      expect(perCategory.size).toBe(slugs.size);
      for (const n of perCategory.values()) expect(n).toBeGreaterThanOrEqual(3);
    }
  });

  it('publishes at distinct times over the last years, 06:00–21:00 Vietnam time, never in the future', () => {
    const earliest = NOW.getTime() - 3 * 366 * 24 * HOUR;
    for (const { articles } of corpus) {
      const seen = new Set<string>();
      for (const a of articles) {
        expect(a.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
        const t = Date.parse(a.publishedAt);
        expect(t).toBeLessThanOrEqual(NOW.getTime());
        expect(t).toBeGreaterThan(earliest);
        const local = new Date(t + 7 * HOUR);
        const minutes = local.getUTCHours() * 60 + local.getUTCMinutes();
        expect(minutes).toBeGreaterThanOrEqual(6 * 60);
        expect(minutes).toBeLessThanOrEqual(21 * 60);
        seen.add(a.publishedAt);
      }
      expect(seen.size).toBe(articles.length);
    }
  });

  it('writes unique news-style titles of 8–20 words', () => {
    for (const { articles } of corpus) {
      expect(new Set(articles.map((a) => a.title)).size).toBe(articles.length);
    }
    for (const a of allArticles) {
      expect(words(a.title)).toBeGreaterThanOrEqual(8);
      expect(words(a.title)).toBeLessThanOrEqual(20);
      expect(a.title).not.toMatch(/[.\s]$/);
      expect(a.title.charAt(0)).toBe(a.title.charAt(0).toLocaleUpperCase('vi'));
      expect(a.title).not.toMatch(/[{}]/);
    }
  });

  it('writes a lead of one or two sentences', () => {
    for (const a of allArticles) {
      // Sentences with words in them: an empty lead has none (split alone always gives one piece).
      const sentences = a.lead.split(/(?<=[.!?])\s+/).filter((sentence) => /\p{L}/u.test(sentence));
      expect([1, 2]).toContain(sentences.length);
      expect(a.lead).toMatch(/[.!?]$/);
      expect(a.lead).not.toMatch(/[{}]/);
    }
  });

  it('writes well-formed body HTML with allowed tags only', () => {
    for (const a of allArticles) {
      expect(htmlProblems(a.bodyHtml, ARTICLE_TAGS)).toEqual([]);
      const paragraphs = [...a.bodyHtml.matchAll(/<p>(.*?)<\/p>/g)].map((m) => plain(m[1] ?? ''));
      expect(paragraphs.length).toBeGreaterThanOrEqual(4);
      expect(paragraphs.length).toBeLessThanOrEqual(8);
      for (const p of paragraphs) {
        const sentences = p.split(/(?<=[.!?:])\s+/).filter(Boolean);
        expect(sentences.length).toBeGreaterThanOrEqual(2);
        expect(sentences.length).toBeLessThanOrEqual(5);
      }
      expect((a.bodyHtml.match(/<h2>/g) ?? []).length).toBeLessThanOrEqual(1);
      expect((a.bodyHtml.match(/<ul>/g) ?? []).length).toBeLessThanOrEqual(1);
      expect(a.bodyHtml).not.toMatch(/[{}]/);
    }
  });

  it('credits an author, sometimes a source, and features about one article in ten', () => {
    for (const { articles } of corpus) {
      expect(articles.filter((a) => a.featured)).toHaveLength(4);
      for (const a of articles) {
        expect(a.authorName.trim()).not.toBe('');
        if (a.source !== null) expect(a.source.trim()).not.toBe('');
      }
      expect(articles.some((a) => a.source === null)).toBe(true);
      expect(articles.some((a) => a.source !== null)).toBe(true);
    }
  });

  it('names the site in running text', () => {
    const camlo = corpus.find((c) => c.slug === 'camlo')?.articles ?? [];
    expect(camlo.filter((a) => a.title.includes('Cam Lộ')).length).toBeGreaterThanOrEqual(camlo.length / 3);
    expect(camlo.filter((a) => `${a.lead} ${a.bodyHtml}`.includes('huyện Cam Lộ')).length).toBeGreaterThanOrEqual(camlo.length / 2);
    expect(allArticles.some((a) => a.title.startsWith('Huyện Cam Lộ '))).toBe(true);
    const dongha = corpus.find((c) => c.slug === 'dongha')?.articles ?? [];
    expect(dongha.some((a) => `${a.title} ${a.bodyHtml}`.includes('thành phố Đông Hà'))).toBe(true);
  });

  it('writes NFC text with đ and both spellings of "văn hóa" for search tests', () => {
    for (const a of allArticles) {
      for (const s of [a.title, a.lead, a.bodyHtml, a.authorName, a.source ?? '']) expect(s).toBe(s.normalize('NFC'));
    }
    const text = allArticles.map((a) => `${a.title} ${a.lead} ${plain(a.bodyHtml)}`).join('\n');
    expect((text.match(/[đĐ]/g) ?? []).length).toBeGreaterThan(1000);
    const titles = allArticles.map((a) => a.title).join('\n');
    expect(titles).toMatch(/văn hóa/i);
    expect(titles).toMatch(/văn hoá/i);
  });

  it('generates 40 articles for each of 11 sites well under a second', () => {
    const start = performance.now();
    for (const [slug, shortName] of SITES) generate(slug, shortName, { seed: 99 });
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe('vocabulary', () => {
  it('fills every template for every site and season', () => {
    // Problems are collected and compared once: an expect per template would dominate the run time.
    const problems: string[] = [];
    for (const [slug, shortName] of SITES) {
      const site = siteContext(slug, shortName);
      // February, September: near an anniversary; May, November: not. Between them every
      // calendar slot takes a value.
      for (const month of [1, 4, 8, 10]) {
        const rng = createRng(month);
        const date = new Date(Date.UTC(2022, month, 3, 3));
        for (const { topic } of CATEGORY_TOPICS) {
          const slots = [topic.slots, timeSlots(rng, date), site.slots];
          const templates = [
            ...topic.stories.flatMap((s) => [...s.titles, ...s.leads, ...s.openings]),
            ...topic.sentences, ...topic.headings, ...topic.listIntros, ...topic.listItems, ...topic.closings, ...topic.sources,
            ...COMMON_SENTENCES, ...LEAD_TAILS, ...CLOSING_TAILS,
          ];
          for (const template of templates) {
            // Some slots exist only on some days or sites; the generator skips those templates then.
            if (!canFill(template, slots)) {
              if (!/\{(anniv|ruralUnit)/.test(template)) problems.push(`cannot fill: ${template}`);
              continue;
            }
            const text = new Filler(rng, slots).fill(template);
            if (/[{}]/.test(text) || text !== text.normalize('NFC')) problems.push(text);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('names its categories as the portal expects', () => {
    expect(DEMO_CATEGORIES.length).toBeGreaterThanOrEqual(6);
    expect(DEMO_CATEGORIES[0]).toMatchObject({ slug: 'tin-tuc-su-kien', name: 'Tin tức - Sự kiện' });
    expect(DEMO_CATEGORIES[1]).toMatchObject({ slug: 'chi-dao-dieu-hanh', name: 'Chỉ đạo điều hành' });
    expect(new Set(DEMO_CATEGORIES.map((c) => c.slug)).size).toBe(DEMO_CATEGORIES.length);
    for (const c of DEMO_CATEGORIES) {
      expect(c.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(c.description.trim()).not.toBe('');
      expect(c.name).toBe(c.name.normalize('NFC'));
    }
    const orders = DEMO_CATEGORIES.map((c) => c.menuOrder);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });
});

describe('generatePages', () => {
  const camlo = {
    slug: 'camlo',
    name: 'Cổng thông tin điện tử huyện Cam Lộ',
    shortName: 'Huyện Cam Lộ',
    contact: { email: 'ubndcamlo@quangtri.gov.vn', phone: '0233.33871544 - 0915.023.667', footer: 'Cổng thông tin điện tử huyện Cam Lộ tỉnh Quảng Trị' },
  };
  const dongha = { slug: 'dongha', name: 'Cổng thông tin điện tử thành phố Đông Hà', shortName: 'Thành phố Đông Hà', contact: {} };
  const pageTags = new Set(['p', 'h2', 'ul', 'li', 'strong', 'a']);

  it('writes an introduction and a contact page', () => {
    const pages = generatePages(camlo);
    expect(pages.map((p) => p.slug)).toEqual(['gioi-thieu', 'lien-he']);
    expect(pages.map((p) => p.title)).toEqual(['Giới thiệu', 'Liên hệ']);
    const intro = pages[0]?.bodyHtml ?? '';
    expect(intro).toContain('Ủy ban nhân dân huyện Cam Lộ');
    expect((intro.match(/<p>/g) ?? []).length).toBeGreaterThanOrEqual(3);
    // A demo portal has news categories only: the introduction promises no service it lacks.
    expect(intro).not.toMatch(/kết nối với dịch vụ công|văn bản quy phạm pháp luật|thủ tục hành chính|Tiếp nhận ý kiến|phản ánh, kiến nghị/);
    for (const page of [...pages, ...generatePages(dongha)]) {
      expect(htmlProblems(page.bodyHtml, pageTags)).toEqual([]);
      expect(page.bodyHtml).toBe(page.bodyHtml.normalize('NFC'));
    }
  });

  it('builds the contact page from the fields present only', () => {
    const contact = generatePages(camlo)[1]?.bodyHtml ?? '';
    expect(contact).toContain('ubndcamlo@quangtri.gov.vn');
    expect(contact).toContain('0233.33871544 - 0915.023.667');
    expect(contact).toContain('Cổng thông tin điện tử huyện Cam Lộ tỉnh Quảng Trị');
    expect(contact).not.toContain('Địa chỉ');

    const empty = generatePages(dongha)[1]?.bodyHtml ?? '';
    expect(empty).not.toMatch(/Địa chỉ|Điện thoại|Email/);
    expect(empty).toContain('Cổng thông tin điện tử thành phố Đông Hà');
  });
});

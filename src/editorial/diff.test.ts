/** The readable diff: word-level parts, HTML tags kept whole, only changed fields. */
import { describe, expect, it } from 'vitest';
import type { Snapshot } from './article-input.js';
import { diffSnapshots, diffTokens, htmlTokens, MAX_DIFF_TOKENS, textTokens } from './diff.js';

const base: Snapshot = {
  title: 'Tiêu đề', lead: 'Sapo', bodyHtml: '<p>Một hai ba</p>', categoryId: 1, featuredImageId: null, featuredImageCaption: null,
  authorName: null, source: null, tags: ['a'], attachmentIds: [], publishedAt: null, featured: false, featuredOrder: null, featuredUntil: null,
  relatedIds: [], extraCategoryIds: [],
};

describe('diff', () => {
  it('splits Vietnamese text into words, spaces and punctuation without breaking combining marks', () => {
    expect(textTokens('Hội nghị, năm 2027.')).toEqual(['Hội', ' ', 'nghị', ',', ' ', 'năm', ' ', '2027', '.']);
    expect(textTokens('Ho\u0302\u0323i')).toEqual(['Hội']);
  });

  it('keeps tags as whole tokens, breaks lines after blocks and decodes common entities', () => {
    expect(htmlTokens('<p class="x">A&nbsp;&amp; B</p><p>C</p>')).toEqual(['<p class="x">', 'A', '\u00a0', '&', ' ', 'B', '</p>\n', '<p>', 'C', '</p>\n']);
  });

  it('reports only changed fields, a replaced phrase as one delete and one insert', () => {
    const fields = diffSnapshots(base, { ...base, bodyHtml: '<p>Một bốn năm</p>', categoryId: 2, tags: ['a', 'b'] }, { category: (id) => (id === 2 ? 'Tin tức' : undefined) });
    expect(fields.map((f) => f.field)).toEqual(['bodyHtml', 'categoryId', 'tags']);
    expect(fields[0]?.parts).toEqual([
      { op: 'equal', text: '<p>Một ' },
      { op: 'delete', text: 'hai ba' },
      { op: 'insert', text: 'bốn năm' },
      { op: 'equal', text: '</p>\n' },
    ]);
    expect(fields[1]?.parts).toEqual([{ op: 'delete', text: '#1' }, { op: 'insert', text: 'Tin tức' }]);
    expect(diffSnapshots(base, { ...base })).toEqual([]);
  });

  it('stays fast on long, wholly different bodies', () => {
    const long = (word: string) => `<p>${Array.from({ length: 20_000 }, (_, i) => `${word}${i}`).join(' ')}</p>`;
    const started = Date.now();
    const [field] = diffSnapshots({ ...base, bodyHtml: long('x') }, { ...base, bodyHtml: long('y') });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(field?.parts.some((p) => p.op === 'insert')).toBe(true);
  });

  it('bounds its work by size: two of the largest bodies, alike but changed every few words, in a few tens of milliseconds', () => {
    const before = 'a '.repeat(30_000);
    const after = before
      .split(' ')
      .map((word, i) => (word !== '' && i % 25 === 0 ? 'b' : word))
      .join(' ');
    const [a, b] = [htmlTokens(before), htmlTokens(after)];
    expect(a.length + b.length).toBe(MAX_DIFF_TOKENS);
    let fastest = Number.POSITIVE_INFINITY;
    for (let run = 0; run < 3; run += 1) {
      const started = performance.now();
      diffTokens(a, b);
      fastest = Math.min(fastest, performance.now() - started);
    }
    expect(fastest).toBeLessThan(150);
  });

  it('shows texts beyond the bound as wholly replaced, without comparing them', () => {
    const before = textTokens('x '.repeat(MAX_DIFF_TOKENS / 4));
    const after = [...before, 'y'];
    expect(diffTokens(before, after)).toEqual([
      { op: 'delete', text: before.join('') },
      { op: 'insert', text: after.join('') },
    ]);
    expect(diffTokens(before.slice(1), after.slice(1)).at(-1)).toEqual({ op: 'insert', text: 'y' });
  });
});

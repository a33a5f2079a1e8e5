/** Highlighting on the original text, escaping, excerpts; and the ranking rules on plain numbers. */
import { describe, expect, it } from 'vitest';
import { escapeHtml, excerptHtml, highlightText, htmlToPlainText } from './highlight.js';
import { parseQuery } from './query.js';
import { countCandidate, planRanking, scoreCandidate, type RankingPlan } from './ranking.js';
import { replaceTags } from '../html/tags.js';

const words = (text: string) => parseQuery(text).words;

describe('highlightText', () => {
  it('marks words of the original text that fold to a query word', () => {
    expect(highlightText('Phát động Bình đẳng giới năm 2022', words('binh dang gioi '))).toBe(
      'Phát động <mark>Bình</mark> <mark>đẳng</mark> <mark>giới</mark> năm 2022',
    );
  });

  it('marks NFD text and đ/Đ as typed, and prefixes of the last word while typing', () => {
    expect(highlightText('ĐƯỜNG'.normalize('NFD'), words('duong '))).toBe(`<mark>${'ĐƯỜNG'.normalize('NFD')}</mark>`);
    expect(highlightText('Khánh thành', words('khanh than'))).toBe('<mark>Khánh</mark> <mark>thành</mark>');
  });

  it('escapes everything else', () => {
    expect(highlightText('<script>alert("x")</script> & giới', words('gioi '))).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; <mark>giới</mark>',
    );
    expect(escapeHtml(`'"<>&`)).toBe('&#39;&quot;&lt;&gt;&amp;');
  });
});

describe('excerptHtml', () => {
  const long = `${'Mở đầu câu chuyện dài. '.repeat(20)}Hội nghị bàn về bình đẳng giới tại huyện. ${'Kết thúc. '.repeat(20)}`;

  it('shows about thirty words around the matches, with ellipses where cut', () => {
    const html = excerptHtml(long, words('bình đẳng giới '));
    expect(html.startsWith('… ')).toBe(true);
    expect(html.endsWith(' …')).toBe(true);
    expect(html).toContain('<mark>bình</mark> <mark>đẳng</mark> <mark>giới</mark>');
    expect(replaceTags(html, '').split(' ').filter((w) => /\p{L}/u.test(w)).length).toBeLessThanOrEqual(30);
  });

  it('starts at the beginning when nothing matches', () => {
    expect(excerptHtml('Một hai ba', words('xyz '))).toBe('Một hai ba');
  });
});

describe('htmlToPlainText', () => {
  it('turns tags into spaces and entities into characters', () => {
    expect(htmlToPlainText('<p>Tin&nbsp;mới &amp; <b>cũ</b></p><p>&#7897;&#x1ED9;</p>')).toBe('Tin mới & cũ ộộ');
  });
});

describe('ranking rules', () => {
  /** Counts for one candidate: how often each folded probe's text occurs, per field. */
  function score(plan: RankingPlan, fields: { title?: string; lead?: string; body?: string; exactTitle?: string }, titleWords = 12): number {
    const pad = (t = '') => ` ${t} `;
    const source = { title_f: pad(fields.title), lead_f: pad(fields.lead), body_f: pad(fields.body), title_x: pad(fields.exactTitle), lead_x: pad('') };
    const counts = countCandidate(plan, { ...source, exactBody: plan.exactBodyWords.map(() => false) });
    return scoreCandidate(plan, { ...counts, titleWords });
  }

  it('puts a title match over a lead match over a body match', () => {
    const plan = planRanking(parseQuery('xuyen chi '));
    const title = score(plan, { title: 'hoa xuyen chi' });
    const lead = score(plan, { lead: 'hoa xuyen chi' });
    const body = score(plan, { body: 'hoa xuyen chi' });
    expect(title).toBeGreaterThan(lead);
    expect(lead).toBeGreaterThan(body);
    expect(body).toBeGreaterThan(0);
  });

  it('prefers the exact diacritics, a whole word over a prefix, and an adjacent phrase', () => {
    const exact = planRanking(parseQuery('dương '));
    expect(score(exact, { title: 'duong', exactTitle: 'dương' })).toBeGreaterThan(score(exact, { title: 'duong', exactTitle: 'đường' }));
    const prefix = planRanking(parseQuery('tha'));
    expect(score(prefix, { title: 'tha' })).toBeGreaterThan(score(prefix, { title: 'thanh' }));
    const phrase = planRanking(parseQuery('nong thon moi '));
    expect(score(phrase, { title: 'nong thon moi' })).toBeGreaterThan(score(phrase, { title: 'moi nong thon' }));
  });

  it('saturates repetition and favours short titles', () => {
    const plan = planRanking(parseQuery('lua '));
    expect(score(plan, { body: 'lua '.repeat(1000) })).toBeLessThan(2 * score(plan, { title: 'lua' }));
    expect(score(plan, { title: 'lua' }, 2)).toBeGreaterThan(score(plan, { title: 'lua' }, 20));
  });
});

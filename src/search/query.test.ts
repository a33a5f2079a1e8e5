/** Query parsing: words, phrases, prefixes, limits, and engine expressions that raw input never reaches. */
import { describe, expect, it } from 'vitest';
import { fts5Expression, MAX_QUERY_WORDS, parseQuery, tsqueryText } from './query.js';

describe('parseQuery', () => {
  it('folds the words and keeps the exact forms only when some diacritics were typed', () => {
    const q = parseQuery('Bình đẳng GIOI năm 2022');
    expect(q.folded).toBe('binh dang gioi nam 2022');
    expect(q.words.map((w) => w.exact)).toEqual(['bình', 'đẳng', 'gioi', 'năm', null]);
    expect(parseQuery('binh dang gioi').words.map((w) => w.exact)).toEqual([null, null, null]);
  });

  it('normalises tone placement in the exact form', () => {
    expect(parseQuery('hoá ').words[0]?.exact).toBe('hóa');
    expect(parseQuery('thuỷ ').words[0]?.exact).toBe('thủy');
  });

  it('makes the last word a prefix while typing, not after a space, a quote or a short word', () => {
    expect(parseQuery('binh dang gio').words.map((w) => w.prefix)).toEqual([false, false, true]);
    expect(parseQuery('binh dang gioi ').words.some((w) => w.prefix)).toBe(false);
    expect(parseQuery('"binh dang gioi"').words.some((w) => w.prefix)).toBe(false);
    expect(parseQuery('cam lo').words.some((w) => w.prefix)).toBe(false);
  });

  it('reads quoted phrases, straight or curly, and ignores an unmatched quote', () => {
    expect(parseQuery('"nông thôn mới" Cam').groups.map((g) => g.map((w) => w.folded).join(' '))).toEqual(['nong thon moi', 'cam']);
    expect(parseQuery('“nông thôn” mới').groups.length).toBe(2);
    expect(parseQuery('nông "thôn mới').groups.length).toBe(3);
  });

  it('drops repeated free words and keeps at most the word limit', () => {
    expect(parseQuery('ha noi ha noi').words.length).toBe(2);
    const many = Array.from({ length: 40 }, (_, i) => `tu${i}`).join(' ');
    expect(parseQuery(many).words.length).toBe(MAX_QUERY_WORDS);
  });

  it('finds no words in punctuation, symbols, emoji or control characters', () => {
    for (const text of ['', '   ', '"', '***', '() [] {}', '😀🎉', '\u0000\u0001', '-- ; --', "' OR 1=1 --".replace(/[A-Z0-9]/g, '')]) {
      expect(parseQuery(text).words).toEqual([]);
    }
  });
});

describe('engine expressions', () => {
  const hostile = [
    '"',
    '*',
    'NEAR(',
    'OR OR',
    ')',
    'a" OR "b',
    "x' | 'y",
    '{title}: abc',
    'a:* & !b <-> c',
    "'; DROP TABLE articles; --",
    'binh\u0000dang',
    'x'.repeat(10_000),
  ];

  it('quote every word, so nothing typed becomes FTS5 syntax', () => {
    for (const text of hostile) {
      const expr = fts5Expression(parseQuery(text));
      expect(expr.startsWith('{title lead body} : (')).toBe(true);
      // Between the quotes only word characters; outside them only the builder's own syntax.
      const outside = expr.replace(/"[^"]*"/g, '');
      expect(outside).toMatch(/^\{title lead body\} : \((?:\*| AND )*\)$/);
      expect(expr).not.toContain('\u0000');
    }
  });

  it('quote every lexeme, so nothing typed becomes tsquery syntax', () => {
    for (const text of hostile) {
      const tsq = tsqueryText(parseQuery(text));
      const outside = tsq.replace(/'[^']*'/g, '');
      expect(outside).toMatch(/^(?:[ &()<>:*-])*$/);
    }
  });

  it('builds phrases and prefixes in both syntaxes', () => {
    const q = parseQuery('"bình đẳng giới" năm 202');
    expect(fts5Expression(q)).toBe('{title lead body} : ("binh dang gioi" AND "nam" AND "202"*)');
    expect(tsqueryText(q)).toBe("('binh' <-> 'dang' <-> 'gioi') & 'nam' & '202':*");
  });

  it('keeps a very long query short', () => {
    const q = parseQuery('x'.repeat(10_000));
    expect(q.words.length).toBe(1);
    expect(q.words[0]?.folded.length).toBeLessThanOrEqual(200);
  });
});

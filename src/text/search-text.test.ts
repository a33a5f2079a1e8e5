/** Words, folding and the exact-diacritics form that search uses on both sides. */
import { describe, expect, it } from 'vitest';
import { foldVietnamese } from './fold.js';
import { exactText, exactWord, normalizeVietnamese } from './normalize.js';
import { slugify } from './slug.js';
import { foldedText, foldWord, isSeparator, SEPARATOR_RANGES, searchWords, splitKeepingSeparators } from './words.js';

const SEED_TITLE = 'Phát động hưởng ứng Thành hành động Bình đẳng giới năm 2022';

describe('searchWords and foldedText', () => {
  it('cuts words at spaces, punctuation, quotes and symbols', () => {
    expect(searchWords('“Bình đẳng”, giới! (2022) 42/2022/NĐ-CP')).toEqual(['Bình', 'đẳng', 'giới', '2022', '42', '2022', 'NĐ', 'CP']);
    expect(searchWords('a\u00a0b\u2009c\u3000d\u200be\tf\ng')).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(searchWords('  \u00a0 "" ** () ')).toEqual([]);
  });

  it('drops emoji, NUL and control characters between words', () => {
    expect(searchWords('giới😀thiệu\u0000x\u0007y')).toEqual(['giới', 'thiệu', 'x', 'y']);
  });

  it('keeps a word whole across soft hyphens and zero-width joiners', () => {
    expect(searchWords('đẳ\u00adng gi\u200dới')).toEqual(['đẳng', 'giới']);
    expect(foldVietnamese('đẳ\u00adng')).toBe('dang');
  });

  it('folds NFC, NFD, upper case, đ/Đ and unusual spaces to the same words', () => {
    const expected = 'phat dong huong ung thanh hanh dong binh dang gioi nam 2022';
    expect(foldedText(SEED_TITLE)).toBe(expected);
    expect(foldedText(SEED_TITLE.normalize('NFD'))).toBe(expected);
    expect(foldedText(SEED_TITLE.toUpperCase())).toBe(expected);
    expect(foldedText(SEED_TITLE.replace(/ /g, '\u00a0'))).toBe(expected);
    expect(foldedText('ĐƯỜNG đường Dương')).toBe('duong duong duong');
  });

  it('agrees with slugs: the folded words are the slug words', () => {
    expect(foldedText(SEED_TITLE).replace(/ /g, '-')).toBe(slugify(SEED_TITLE));
  });

  it('folds one word at a time without breaking other scripts', () => {
    expect(foldWord('Đẳng')).toBe('dang');
    expect(foldWord('한국')).toBe('한국');
    expect(foldWord('ĐÀ')).toBe('da');
  });

  it('classifies separators by code point', () => {
    expect(isSeparator(' ')).toBe(true);
    expect(isSeparator('\u00a0')).toBe(true);
    expect(isSeparator('"')).toBe(true);
    expect(isSeparator('ư')).toBe(false);
    expect(isSeparator('7')).toBe(false);
  });

  it('classifies every code point exactly as the ranges say, the ranges PostgreSQL is given too', () => {
    const disagree: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp += 1) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue; // lone surrogates are not characters
      const inRanges = SEPARATOR_RANGES.some(([a, b]) => cp >= a && cp <= b);
      if (isSeparator(String.fromCodePoint(cp)) !== inRanges) disagree.push(cp.toString(16));
    }
    expect(disagree).toEqual([]);
  });

  it('splits text into word and separator runs that reassemble exactly', () => {
    const text = 'Bình, đẳng  giới!';
    const parts = splitKeepingSeparators(text);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.filter((p) => p.word).map((p) => p.text)).toEqual(['Bình', 'đẳng', 'giới']);
  });
});

describe('normalizeVietnamese', () => {
  it('gives old-style and new-style tone placement one form', () => {
    expect(normalizeVietnamese('hoá')).toBe(normalizeVietnamese('hóa'));
    expect(normalizeVietnamese('thuỷ')).toBe(normalizeVietnamese('thủy'));
    expect(normalizeVietnamese('khoẻ')).toBe(normalizeVietnamese('khỏe'));
    expect(normalizeVietnamese('Uỷ ban')).toBe('ủy ban');
    expect(normalizeVietnamese('Văn hoá - Thể thao')).toBe('văn hóa - thể thao');
    expect(normalizeVietnamese('hoà, toả, xoè, tuỳ, luỹ')).toBe('hòa, tỏa, xòe, tùy, lũy');
  });

  it('leaves qu + vowel and syllables with a final consonant alone', () => {
    for (const word of ['quý', 'quá', 'quỳ', 'quả', 'hoàn', 'thuyền', 'khoảng', 'ngoài', 'tuyển', 'của']) {
      expect(normalizeVietnamese(word)).toBe(word);
    }
  });

  it('does not confuse dương and đường, nor fold diacritics away', () => {
    expect(normalizeVietnamese('Dương')).toBe('dương');
    expect(normalizeVietnamese('ĐƯỜNG')).toBe('đường');
    expect(normalizeVietnamese('dương')).not.toBe(normalizeVietnamese('đường'));
  });

  it('is NFC, lower case and space-normalised whatever the input', () => {
    expect(normalizeVietnamese(' BÌNH\u00a0ĐẲNG '.normalize('NFD'))).toBe('bình đẳng');
    expect(normalizeVietnamese('HOÁ'.normalize('NFD'))).toBe('hóa');
  });

  it('builds the exact words used for ranking', () => {
    expect(exactText('Văn hoá, THỂ THAO!')).toBe('văn hóa thể thao');
    expect(exactWord('THUỶ')).toBe('thủy');
  });
});

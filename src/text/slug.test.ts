import { describe, expect, it } from 'vitest';
import { foldVietnamese } from './fold.js';
import { isSlug, slugify, uniqueSlug, MAX_SLUG_LENGTH } from './slug.js';

const SEED_TITLE = 'Phát động hưởng ứng Thành hành động Bình đẳng giới năm 2022';
const SEED_SLUG = 'phat-dong-huong-ung-thanh-hanh-dong-binh-dang-gioi-nam-2022';

describe('slugify', () => {
  it('folds the seed title exactly as the portal URL expects', () => {
    expect(slugify(SEED_TITLE)).toBe(SEED_SLUG);
  });

  it('folds đ and Đ to d', () => {
    expect(slugify('Đông Hà đón Đoàn đại biểu')).toBe('dong-ha-don-doan-dai-bieu');
  });

  it('gives the same slug for NFD input', () => {
    expect(SEED_TITLE.normalize('NFD')).not.toBe(SEED_TITLE);
    expect(slugify(SEED_TITLE.normalize('NFD'))).toBe(SEED_SLUG);
    expect(slugify('ĐẮK RÔNG'.normalize('NFD'))).toBe('dak-rong');
  });

  it('treats U+00A0 and other unusual spaces as spaces', () => {
    expect(slugify('Bình\u00a0đẳng\u00a0\u00a0giới')).toBe('binh-dang-gioi');
    expect(slugify('Cam\u2009Lộ\u3000Quảng\u202fTrị')).toBe('cam-lo-quang-tri');
  });

  it('drops punctuation and joins words with single hyphens', () => {
    expect(slugify('“Tháng hành động” – năm 2022: kết quả (đợt 1)!')).toBe('thang-hanh-dong-nam-2022-ket-qua-dot-1');
    expect(slugify('Kinh tế - Xã hội')).toBe('kinh-te-xa-hoi');
    expect(slugify('  ---  ')).toBe('');
  });

  it('folds both tone placements alike', () => {
    expect(slugify('Văn hóa')).toBe(slugify('Văn hoá'));
  });

  it('cuts long titles at a word boundary within the maximum length', () => {
    const slug = slugify('Quảng Trị '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug.endsWith('-')).toBe(false);
    expect(isSlug(slug)).toBe(true);
  });
});

describe('uniqueSlug', () => {
  it('adds -2, -3 … while the slug is taken', async () => {
    const taken = new Set(['tin-moi', 'tin-moi-2']);
    const isTaken = (s: string) => Promise.resolve(taken.has(s));
    expect(await uniqueSlug('tin-moi', isTaken)).toBe('tin-moi-3');
    expect(await uniqueSlug('khac', isTaken)).toBe('khac');
  });
});

describe('isSlug', () => {
  it('accepts slugs and rejects anything a URL could smuggle in', () => {
    expect(isSlug(SEED_SLUG)).toBe(true);
    for (const bad of ['', '..', 'a/b', 'a\u0000b', 'Hoa', 'a--b', '-a', 'a-', 'x'.repeat(5000)]) {
      expect(isSlug(bad)).toBe(false);
    }
  });
});

describe('foldVietnamese', () => {
  it('folds case, marks, đ and spaces', () => {
    expect(foldVietnamese('BÌNH ĐẲNG GIỚI')).toBe('binh dang gioi');
    expect(foldVietnamese('  Đông\u00a0Hà ')).toBe('dong ha');
  });
});

/**
 * Slugs: a Vietnamese title folded to ASCII words joined by hyphens.
 * "Phát động … Bình đẳng giới năm 2022" → "phat-dong-…-binh-dang-gioi-nam-2022".
 */
import { foldVietnamese } from './fold.js';
import { trimWhile } from './trim.js';

/** Long enough for any real headline, short enough for a readable URL. */
export const MAX_SLUG_LENGTH = 120;

/** Shape every slug has; routes check parameters against it before touching storage. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function slugify(title: string, maxLength = MAX_SLUG_LENGTH): string {
  const words = foldVietnamese(title)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((word) => word.length > 0);
  let slug = '';
  for (const word of words) {
    const next = slug.length === 0 ? word : `${slug}-${word}`;
    if (next.length > maxLength) break;
    slug = next;
  }
  // A title made only of punctuation, or one enormous word, still gets a usable slug.
  if (slug.length === 0 && words[0] !== undefined) slug = words[0].slice(0, maxLength);
  return slug;
}

export function isSlug(value: string): boolean {
  return value.length <= MAX_SLUG_LENGTH && SLUG_PATTERN.test(value);
}

/**
 * The first of `base`, `base-2`, `base-3`, … that `isTaken` rejects. Storage
 * supplies `isTaken`, so the rule stays here and the lookup stays there.
 */
export async function uniqueSlug(
  base: string,
  isTaken: (candidate: string) => Promise<boolean>,
): Promise<string> {
  const root = base.length > 0 ? base : 'bai-viet';
  if (!(await isTaken(root))) return root;
  for (let n = 2; ; n += 1) {
    const suffix = `-${n}`;
    const candidate = `${trimWhile(root.slice(0, MAX_SLUG_LENGTH - suffix.length), (ch) => ch === '-', 'end')}${suffix}`;
    if (!(await isTaken(candidate))) return candidate;
  }
}

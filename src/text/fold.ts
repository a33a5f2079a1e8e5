/**
 * Vietnamese text folding: one function that slugs, search indexing and search
 * queries all use, so that "Đông Hà", "dong ha", "ĐÔNG HÀ" and the same words typed
 * in NFD or with no-break spaces meet in one form.
 */

/** Every character a word processor or keyboard may produce as a space. */
const SPACES = /[\s\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]+/gu;
const COMBINING_MARKS = /[\u0300-\u036f]/gu;
/** Invisible characters word processors put inside words (soft hyphen, joiners): removed, never spaces. */
export const INVISIBLE_CHARS = '\u00ad\u200c\u200d\u2060';
const INVISIBLE_IN_WORDS = new RegExp(`[${INVISIBLE_CHARS}]`, 'gu');

/** Turns every kind of space into one ASCII space and trims the ends. */
export function normalizeSpaces(text: string): string {
  return text.replace(SPACES, ' ').trim();
}

/**
 * Folds Vietnamese text to lower-case ASCII letters and digits: tones and vowel
 * marks removed (from NFC and NFD input alike), đ/Đ → d, spaces normalised, soft
 * hyphens and zero-width joiners dropped.
 * Punctuation is kept; callers that need only words drop it themselves.
 */
export function foldVietnamese(text: string): string {
  return normalizeSpaces(
    text
      .replace(INVISIBLE_IN_WORDS, '')
      .normalize('NFD')
      .replace(COMBINING_MARKS, '')
      .replace(/[đĐ]/gu, 'd')
      .toLowerCase(),
  );
}

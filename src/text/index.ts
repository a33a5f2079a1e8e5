/** Pure Vietnamese text and date rules: no I/O, used by every layer. */
export { foldVietnamese, normalizeSpaces } from './fold.js';
export { searchWords, foldWord, foldedText, foldedWords, isSeparator, splitKeepingSeparators, SEPARATOR_RANGES } from './words.js';
export { normalizeVietnamese, exactWord, exactText, exactWords, normalizeToneWord } from './normalize.js';
export { trimWhile } from './trim.js';
export { rememberRecent } from './word-memo.js';
export { slugify, isSlug, uniqueSlug, SLUG_PATTERN, MAX_SLUG_LENGTH } from './slug.js';
export { formatVietnamDateTime, formatVietnamDate, toVietnamIso, toStoredInstant, vietnamParts, VIETNAM_TIME_ZONE } from '../time/vietnam-time.js';

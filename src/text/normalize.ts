/**
 * The "exact diacritics" form of Vietnamese text: NFC, lower case, spaces normalised,
 * and the tone mark placed one way. Old-style "hoá", "thuỷ", "khoẻ", "uỷ ban" and
 * new-style "hóa", "thủy", "khỏe", "ủy ban" are the same word and get the same form;
 * "quý", "quá" (the u of qu is a consonant) and syllables with a final consonant
 * ("hoàn", "thuyền") have one placement only and are left alone.
 */
import { normalizeSpaces } from './fold.js';
import { rememberWords } from './word-memo.js';
import { prepareForWords, searchWords, splitKeepingSeparators } from './words.js';

/** Grave, acute, hook above, tilde, dot below. */
export const TONE_MARKS = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const;

/** Open syllables whose tone may sit on either vowel: o+a, o+e, u+y. */
export const TONE_PAIRS = [
  ['o', 'a'],
  ['o', 'e'],
  ['u', 'y'],
] as const;

/** Initial consonant letters (q excluded: after q, u is part of the consonant). */
export const INITIAL_CONSONANTS = 'bcdđghklmnprstvx';

/** [second-vowel placement, first-vowel placement] for each pair and tone: ["oá", "óa"], … */
export const TONE_MOVES: readonly (readonly [string, string])[] = TONE_PAIRS.flatMap(([first, second]) =>
  TONE_MARKS.map((mark): readonly [string, string] => [
    `${first}${second}${mark}`.normalize('NFC'),
    `${first}${mark}${second}`.normalize('NFC'),
  ]),
);

const MOVES = new Map(TONE_MOVES);
const OPEN_SYLLABLE = new RegExp(`^([${INITIAL_CONSONANTS}]*)(${TONE_MOVES.map(([from]) => from).join('|')})$`, 'u');

/** Moves the tone of one lower-case NFC word to the first vowel of oa/oe/uy when the syllable ends there. */
export function normalizeToneWord(word: string): string {
  const match = OPEN_SYLLABLE.exec(word);
  if (match === null) return word;
  return `${match[1] ?? ''}${MOVES.get(match[2] ?? '') ?? ''}`;
}

/** The exact form of one word: lower case, tone placed one way. */
export const exactWord: (word: string) => string = rememberWords((word) => normalizeToneWord(word.toLowerCase()));

/** NFC, lower case, spaces normalised and tone placement normalised; punctuation is kept. */
export function normalizeVietnamese(text: string): string {
  const prepared = normalizeSpaces(prepareForWords(text).toLowerCase());
  return splitKeepingSeparators(prepared)
    .map((part) => (part.word ? normalizeToneWord(part.text) : part.text))
    .join('');
}

/** The exact-form words of a text joined by single spaces: what exact matches are ranked on. */
export function exactText(text: string): string {
  return exactWords(searchWords(text));
}

/** Words (searchWords of a text) in their exact forms joined by single spaces. */
export function exactWords(words: readonly string[]): string {
  return words.map(exactWord).join(' ');
}

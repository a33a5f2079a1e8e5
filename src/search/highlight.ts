/**
 * Highlighted titles and excerpts for search results, built from the ORIGINAL text
 * (as the editor wrote it, diacritics and all): each word is folded and compared
 * with the folded query words, and matches are wrapped in <mark>. Everything else is
 * HTML-escaped, so the result may be inserted as HTML.
 */
import { foldWord, normalizeSpaces, splitKeepingSeparators } from '../text/index.js';
import { replaceTags } from '../html/tags.js';
import type { QueryWord } from './query.js';

export const EXCERPT_WORDS = 30;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntity(entity: string, body: string): string {
  const lower = body.toLowerCase();
  if (lower.startsWith('#')) {
    const code = lower.startsWith('#x') ? Number.parseInt(lower.slice(2), 16) : Number.parseInt(lower.slice(1), 10);
    const valid = Number.isInteger(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
    return valid ? String.fromCodePoint(code) : entity;
  }
  return NAMED[lower] ?? entity;
}

/** The readable text of sanitised rich HTML: tags become spaces, entities characters. */
export function htmlToPlainText(html: string): string {
  return normalizeSpaces(replaceTags(html, ' ').replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, decodeEntity));
}

function isMatch(word: string, query: readonly QueryWord[]): boolean {
  const folded = foldWord(word);
  if (folded.length === 0) return false;
  return query.some((q) => folded === q.folded || (q.prefix && folded.startsWith(q.folded)));
}

function render(parts: readonly { text: string; word: boolean }[], query: readonly QueryWord[]): string {
  return parts.map((p) => (p.word && isMatch(p.text, query) ? `<mark>${escapeHtml(p.text)}</mark>` : escapeHtml(p.text))).join('');
}

/** The whole text, escaped, with matched words marked. */
export function highlightText(text: string, query: readonly QueryWord[]): string {
  return render(splitKeepingSeparators(normalizeSpaces(text)), query);
}

/**
 * About `size` words of the text around the densest cluster of matches (the start
 * when nothing matches), escaped, marked, with "…" where it was cut.
 */
export function excerptHtml(text: string, query: readonly QueryWord[], size = EXCERPT_WORDS): string {
  const parts = splitKeepingSeparators(normalizeSpaces(text));
  const wordAt: number[] = [];
  parts.forEach((p, i) => {
    if (p.word) wordAt.push(i);
  });
  if (wordAt.length === 0) return '';
  const hit = wordAt.map((i) => isMatch(parts[i]?.text ?? '', query));
  let best = 0;
  let bestCount = -1;
  let count = 0;
  for (let w = 0; w < hit.length; w += 1) {
    if (hit[w] === true) count += 1;
    const start = w - size + 1;
    if (start > 0 && hit[start - 1] === true) count -= 1;
    const windowStart = Math.max(0, start);
    if (count > bestCount) {
      bestCount = count;
      best = windowStart;
    }
  }
  // Open a little before the first match so that it reads as a sentence fragment.
  const firstHit = hit.indexOf(true, best);
  const startWord = firstHit === -1 ? 0 : Math.max(0, firstHit - 3);
  const endWord = Math.min(wordAt.length, startWord + size);
  const from = wordAt[startWord] ?? 0;
  const to = (wordAt[endWord - 1] ?? 0) + 1;
  const body = render(parts.slice(from, to), query);
  return `${startWord > 0 ? '… ' : ''}${body}${endWord < wordAt.length ? ' …' : ''}`;
}

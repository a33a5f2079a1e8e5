/**
 * A legal document's number and symbol (*số ký hiệu*, e.g. `42/2022/NĐ-CP`) as a key
 * that every spelling of it meets: folded (NĐ → nd), cut into runs of letters and runs
 * of digits, each run one token. `42/2022/NĐ-CP`, `42/2022/ND-CP`, `42-2022-nd-cp` all
 * give " 42 2022 nd cp "; a reader's `42/2022`, `nd 42` or `NĐ42` gives tokens that are
 * all among them. Pure and linear: one pass over the characters, no regular expression
 * on the reader's text beyond the fold.
 */
import { foldVietnamese } from '../text/fold.js';

/** Longest number a document may have; a query longer than this is not a number. */
export const MAX_DOCUMENT_NUMBER = 60;

type Run = 'letter' | 'digit' | null;

function runOf(ch: string): Run {
  if (ch >= '0' && ch <= '9') return 'digit';
  if (ch >= 'a' && ch <= 'z') return 'letter';
  return null;
}

/** The tokens of a number or of a query: `NĐ42` → ["nd", "42"], `42/2022/NĐ-CP` → ["42", "2022", "nd", "cp"]. */
export function numberTokens(text: string): string[] {
  const folded = foldVietnamese(text.slice(0, 4 * MAX_DOCUMENT_NUMBER));
  const tokens: string[] = [];
  let current = '';
  let kind: Run = null;
  for (const ch of folded) {
    const k = runOf(ch);
    if (k !== kind && current !== '') {
      tokens.push(current);
      current = '';
    }
    kind = k;
    if (k !== null) current += ch;
  }
  if (current !== '') tokens.push(current);
  // Leading zeros are a matter of typing: "05/2023" is "5/2023".
  return tokens.map((t) => (runOf(t[0] ?? '') === 'digit' ? t.replace(/^0+(?=\d)/, '') : t));
}

/** The stored key of a number: its tokens between single spaces, with a space at each end (so that `% 42 %` finds a whole token). */
export function documentNumberKey(number: string): string {
  const tokens = numberTokens(number);
  return tokens.length === 0 ? '' : ` ${tokens.join(' ')} `;
}

/**
 * The tokens of a reader's query if it may be a number: it holds a digit, has at most
 * six tokens and is not longer than a number can be. Undefined otherwise (plain words).
 */
export function numberQueryTokens(query: string): string[] | undefined {
  if (query.length > MAX_DOCUMENT_NUMBER) return undefined;
  const tokens = numberTokens(query);
  if (tokens.length === 0 || tokens.length > 6 || !tokens.some((t) => runOf(t[0] ?? '') === 'digit')) return undefined;
  return tokens;
}

/** Whether a stored key holds every token of a query (the pure form of the repository's condition). */
export function keyMatches(key: string, tokens: readonly string[]): boolean {
  return tokens.every((t) => key.includes(` ${t} `));
}

/**
 * A word's folded or exact form, remembered. Indexing folds every word of every body
 * (hundreds per article, a million articles in a province), but a language has few
 * distinct words: most lookups find the form computed before. Pure in effect: the
 * remembered form is the function's own result for that word.
 *
 * Bounded: past MAX_WORDS distinct words the memory is emptied and starts again, so
 * text of endless distinct tokens (numbers, codes) costs at most the plain computation.
 */
export const MAX_WORDS = 50_000;

export function rememberWords(form: (word: string) => string, max = MAX_WORDS): (word: string) => string {
  const known = new Map<string, string>();
  return (word) => {
    const found = known.get(word);
    if (found !== undefined) return found;
    const computed = form(word);
    if (known.size >= max) known.clear();
    known.set(word, computed);
    return computed;
  };
}

/**
 * The last few texts' results, remembered: for a caller that asks about the same text
 * several times in a row (an index trigger folds a body, then takes its exact words).
 * Texts are compared whole, so a miss costs at most `size` comparisons, which mostly stop
 * at the first character or the length. The results are shared: callers must not change them.
 */
export function rememberRecent<T>(compute: (text: string) => T, size: number): (text: string) => T {
  const texts: string[] = [];
  const results: T[] = [];
  let next = 0;
  return (text) => {
    for (let i = 0; i < texts.length; i++) if (texts[i] === text) return results[i] as T;
    const result = compute(text);
    texts[next] = text;
    results[next] = result;
    next = (next + 1) % size;
    return result;
  };
}

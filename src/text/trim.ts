/**
 * Trimming by a rule on each character, in linear time. The regular expressions
 * that say the same (/ +$/, /[^a-z]+$/) retry from every position of a long run
 * that is not at the end, which costs the square of the run.
 */

/** The text without the leading and trailing characters `trimmed` accepts. */
export function trimWhile(text: string, trimmed: (ch: string) => boolean, sides: 'both' | 'start' | 'end' = 'both'): string {
  let start = 0;
  let end = text.length;
  if (sides !== 'end') while (start < end && trimmed(text[start] ?? '')) start += 1;
  if (sides !== 'start') while (end > start && trimmed(text[end - 1] ?? '')) end -= 1;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

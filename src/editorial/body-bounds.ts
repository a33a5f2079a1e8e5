/**
 * How large and how deep an article body may be. A save cleans, sanitises and indexes
 * the body inside the request (on SQLite in the server's own thread, with the index
 * triggers), so its size is what one request costs the whole server.
 *
 * Measured with a contributor's POST to a listening server while /healthz was asked
 * again and again, bodies of the costliest shapes (thousands of tiny paragraphs, list
 * items or table cells, `<` and `&` that become entities) kept /healthz waiting up to
 * about 100 ms on SQLite at 60,000 characters and 120–240 ms at 100,000, on two shared
 * cores; a legal text of 60,000 characters about 30 ms. 60,000 characters hold some
 * 10,000 words with their markup, about twenty pages of a legal document: a longer one
 * goes with the article as an attached file (PDF, DOCX).
 *
 * Cleaning and sanitising also walk the element tree recursively, and some 1,500 levels
 * of nesting exhaust the stack: no real text nests more than a few dozen.
 */
import { Parser } from 'htmlparser2';

/** Characters (UTF-16 code units, as JavaScript counts them) of body HTML a save accepts. */
export const MAX_BODY_HTML_CHARS = 60_000;

/** Levels of elements nested in one another that a body may have. */
export const MAX_BODY_NESTING = 100;

/** Whether the elements of `html` nest at most `max` deep, as an HTML parser builds them (ends implied by HTML included). */
export function nestsWithin(html: string, max: number): boolean {
  let depth = 0;
  let deepest = 0;
  const parser = new Parser({
    onopentag() {
      depth += 1;
      deepest = Math.max(deepest, depth);
    },
    onclosetag() {
      depth -= 1;
    },
  });
  parser.end(html);
  return deepest <= max;
}

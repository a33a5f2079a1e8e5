/**
 * How large an article body may be: its characters, its elements and how deeply they
 * nest. A save cleans, sanitises and indexes the body inside the request (on SQLite in
 * the server's own thread, with the index triggers), so these are what one request
 * costs the whole server: indexing grows with the characters, cleaning and sanitising
 * with the elements.
 *
 * Measured with a contributor's POST to a listening server while /healthz was asked
 * again and again, on two cores shared with other work: a legal text of 60,000
 * characters (600 elements) kept /healthz waiting 30–80 ms on SQLite; 7,500 tiny
 * paragraphs in as many characters 140–290 ms, and 100,000 characters of the costliest
 * shapes 120–240 ms. At 60,000 characters and 3,000 elements the costliest shapes take
 * 60–130 ms (more while the machine is busy with other processes). 60,000 characters
 * hold some 10,000 words with their markup, about twenty pages of a legal document; a
 * table of 1,000 rows as the editor writes it has 2,800 elements. A longer document
 * goes with the article as an attached file (PDF, DOCX).
 *
 * Cleaning and sanitising also walk the element tree recursively, and some 1,500 levels
 * of nesting exhaust the stack: no real text nests more than a few dozen.
 */
import { Parser } from 'htmlparser2';

/** Characters (UTF-16 code units, as JavaScript counts them) of body HTML a save accepts. */
export const MAX_BODY_HTML_CHARS = 60_000;

/** Elements (tags, whether closed or not) a body may have. */
export const MAX_BODY_ELEMENTS = 3000;

/** Levels of elements nested in one another that a body may have. */
export const MAX_BODY_NESTING = 100;

export interface BodyShape {
  elements: number;
  /** The deepest nesting, as an HTML parser builds the tree (ends implied by HTML included). */
  depth: number;
}

/** How many elements `html` has and how deeply they nest, in one pass of the parser the cleaner uses. */
export function bodyShape(html: string): BodyShape {
  const shape: BodyShape = { elements: 0, depth: 0 };
  let depth = 0;
  const parser = new Parser({
    onopentag() {
      shape.elements += 1;
      depth += 1;
      shape.depth = Math.max(shape.depth, depth);
    },
    onclosetag() {
      depth -= 1;
    },
  });
  parser.end(html);
  return shape;
}

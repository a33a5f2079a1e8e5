/**
 * Properties of the paste cleaning over generated documents in the shapes word
 * processors produce (paragraphs, spans and fonts with styles, Word's o:p, emphasis,
 * headings, lists, tables, wrappers; Vietnamese words between spaces, no-break spaces
 * and line breaks): cleaning twice changes nothing more than cleaning once, the stored
 * form (cleaned, then sanitised) is stable when saved again, and every word a reader
 * saw is still there, in order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanPastedHtml } from './clean-paste.js';
import { sanitizeRichText } from './sanitize.js';
import { visibleWords } from './testing/visible-words.js';

const WORDS = ['Bình', 'đẳng', 'giới', 'Cam', 'Lộ', 'năm', '2022', 'tháng', 'hành', 'động', 'Quảng', 'Trị', 'phụ', 'nữ', '“trẻ', 'em”', '(UBND)', '–', '1.250', 'Thủy', 'hoá'];
const SEPARATORS = [' ', '  ', '\u00a0', ' \u00a0 ', '\n', '\u00a0\u00a0\u00a0'];
const STYLES = ['', ' style="mso-bidi-font-weight:normal"', ' style="font-weight:bold"', ' style="font-style:italic"', ' style="color:red; mso-ansi-language:VI"', ' class="MsoNormal"'];

/** A run of words with the separators word processors leave between them. */
const text = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 6 })
  .map((pairs) => pairs.map(([word, separator]) => word + separator).join(''));

const inline: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.tuple(fc.constantFrom('span', 'b', 'i', 'strong', 'em', 'font', 'u', 'o:p'), fc.constantFrom(...STYLES), fc.array(tie('node'), { maxLength: 3 })).map(
      ([name, style, children]) => `<${name}${style}>${children.join('')}</${name}>`,
    ),
  ),
})).node;

const block = fc.oneof(
  fc.tuple(fc.constantFrom('p', 'h1', 'h2', 'h3', 'div', 'blockquote'), fc.constantFrom(...STYLES), fc.array(inline, { minLength: 1, maxLength: 3 })).map(
    ([name, style, children]) => `<${name}${style}>${children.join('')}</${name}>`,
  ),
  fc.tuple(fc.constantFrom('ul', 'ol'), fc.array(inline, { minLength: 1, maxLength: 3 })).map(([name, items]) => `<${name}>${items.map((i) => `<li>${i}</li>`).join('')}</${name}>`),
  fc.array(fc.array(inline, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 2 }).map(
    (rows) => `<table><tbody>${rows.map((cells) => `<tr>${cells.map((c) => `<td><p>${c}</p></td>`).join('')}</tr>`).join('')}</tbody></table>`,
  ),
);

const documentHtml = fc.array(block, { minLength: 1, maxLength: 5 }).map((blocks) => blocks.join('\n'));

const RUNS = { numRuns: 300 };

describe('paste cleaning, for any document of the usual shapes', () => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(documentHtml, (html) => {
        const once = cleanPastedHtml(html);
        expect(cleanPastedHtml(once)).toBe(once);
      }),
      RUNS,
    );
  });

  it('gives a stored form that saving again leaves as it is', () => {
    fc.assert(
      fc.property(documentHtml, (html) => {
        const stored = sanitizeRichText(cleanPastedHtml(html));
        expect(sanitizeRichText(cleanPastedHtml(stored))).toBe(stored);
      }),
      RUNS,
    );
  });

  it('never loses a word, nor changes their order', () => {
    fc.assert(
      fc.property(documentHtml, (html) => {
        expect(visibleWords(sanitizeRichText(cleanPastedHtml(html)))).toEqual(visibleWords(html));
      }),
      RUNS,
    );
  });
});

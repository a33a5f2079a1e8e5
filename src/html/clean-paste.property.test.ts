/**
 * Properties of the paste cleaning over generated documents in the shapes word
 * processors and web pages produce (paragraphs, spans and fonts with styles, Word's
 * o:p and list paragraphs, emphasis, headings, lists, tables, wrappers, empty
 * paragraphs, spans and divs holding blocks inside a paragraph, inline elements the
 * sanitiser does not keep; Vietnamese words between spaces, no-break spaces as
 * characters and as entities, tabs and line breaks): cleaning twice changes nothing
 * more than cleaning once, the stored form (cleaned, then sanitised) is stable when
 * saved again, and every word a reader saw is still there, in order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanPastedHtml } from './clean-paste.js';
import { sanitizeRichText } from './sanitize.js';
import { visibleWords } from './testing/visible-words.js';

const WORDS = ['Bình', 'đẳng', 'giới', 'Cam', 'Lộ', 'năm', '2022', 'tháng', 'hành', 'động', 'Quảng', 'Trị', 'phụ', 'nữ', '“trẻ', 'em”', '(UBND)', '–', '1.250', 'Thủy', 'hoá', 'Ho\u0302\u0323i', 'a&amp;b'];
const SEPARATORS = [' ', '  ', '\u00a0', ' \u00a0 ', '\n', '\r\n', '\t', '\u00a0\u00a0\u00a0', '&nbsp;', '&nbsp;&nbsp; ', '<br>', '<!-- -->', '<span> </span>', '<p>&nbsp;</p>', '<div></div>'];
const STYLES = ['', ' style="mso-bidi-font-weight:normal"', ' style="font-weight:bold"', ' style="font-style:italic"', ' style="color:red; mso-ansi-language:VI"', ' class="MsoNormal"'];
/** Inline elements: kept, unwrapped by the cleaning, or unwrapped because the sanitiser does not keep them. */
const INLINE = ['span', 'b', 'i', 'strong', 'em', 'font', 'u', 'o:p', 'st1:place', 'small', 'code', 'mark', 'a href="https://camlo.quangtri.gov.vn/"', 'a name="_Toc1"'];

/** A run of words with the separators word processors leave between them. */
const text = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 6 })
  .map((pairs) => pairs.map(([word, separator]) => word + separator).join(''));

const element = (tag: string, style: string, children: string[]) => `<${tag}${style}>${children.join('')}</${tag.split(' ')[0] ?? ''}>`;

const inline: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.tuple(fc.constantFrom(...INLINE), fc.constantFrom(...STYLES), fc.array(tie('node'), { maxLength: 3 })).map(([tag, style, children]) => element(tag, style, children)),
    // A span or a div holding a block inside a paragraph, as web pages have it.
    fc.tuple(fc.constantFrom('span', 'div', 'font'), fc.constantFrom('p', 'div', 'li'), tie('node')).map(([outer, inner, child]) => `<${outer}><${inner}>${child}</${inner}></${outer}>`),
  ),
})).node;

/** A Word list paragraph: the typed marker in an mso-list:Ignore span, then the item's text. */
const wordListItem = fc
  .tuple(fc.constantFrom('1.', '2.', 'a)', '·', 'o'), fc.constantFrom(1, 2), inline)
  .map(
    ([marker, level, content]) =>
      `<p class=MsoListParagraphCxSpMiddle style='text-indent:-.25in;mso-list:l0 level${level} lfo1'><![if !supportLists]><span style='mso-list:Ignore'>${marker}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>${content}</p>`,
  );

const block = fc.oneof(
  fc.tuple(fc.constantFrom('p', 'h1', 'h2', 'h3', 'div', 'blockquote', 'p class=MsoTitle'), fc.constantFrom(...STYLES), fc.array(inline, { minLength: 1, maxLength: 3 })).map(([tag, style, children]) =>
    element(tag, style, children),
  ),
  fc.tuple(fc.constantFrom('ul', 'ol'), fc.array(inline, { minLength: 1, maxLength: 3 })).map(([name, items]) => `<${name}>${items.map((i) => `<li>${i}</li>`).join('')}</${name}>`),
  fc.array(fc.array(inline, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 2 }).map(
    (rows) => `<table><tbody>${rows.map((cells) => `<tr>${cells.map((c) => `<td><p>${c}</p></td>`).join('')}</tr>`).join('')}</tbody></table>`,
  ),
  fc.array(wordListItem, { minLength: 1, maxLength: 4 }).map((items) => items.join('\n')),
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

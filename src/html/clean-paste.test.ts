/**
 * The paste pre-clean on what Word 2016, LibreOffice Writer and Google Docs put on the
 * clipboard (fixtures/), and on the seed article: the cruft goes, the structure
 * stays, and every word a reader saw is still there, in the same order.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSeedArticle } from '../demo/demo-files.js';
import { cleanPastedHtml, collapseSpaces } from './clean-paste.js';
import { sanitizeRichText } from './sanitize.js';
import { parse, visibleWords } from './testing/visible-words.js';
import { trimWhile } from '../text/index.js';

const fixture = (name: string) => fs.readFileSync(new URL(`./fixtures/${name}.html`, import.meta.url), 'utf8');


const WORD = fixture('word-2016');
const WRITER = fixture('libreoffice-writer');
const DOCS = fixture('google-docs');

describe('cleanPastedHtml keeps every visible word, in order', () => {
  it.each([
    ['Word 2016', WORD],
    ['LibreOffice Writer', WRITER],
    ['Google Docs', DOCS],
  ])('%s', (_name, html) => {
    const words = visibleWords(html);
    expect(words.length).toBeGreaterThan(25);
    const cleaned = cleanPastedHtml(html);
    expect(visibleWords(cleaned)).toEqual(words);
    expect(visibleWords(sanitizeRichText(cleaned))).toEqual(words);
  });

  it('is idempotent', () => {
    for (const html of [WORD, WRITER, DOCS]) expect(cleanPastedHtml(cleanPastedHtml(html))).toBe(cleanPastedHtml(html));
  });
});

describe('cleanPastedHtml on Word', () => {
  const cleaned = cleanPastedHtml(WORD);
  const doc = parse(cleaned);

  it('drops styles, classes, conditional comments, <o:p>, smart tags and the <head>', () => {
    for (const cruft of ['mso-', 'class=', 'style=', 'lang=', '<o:p', '<st1:', '<!--', '<![if', 'supportLists', 'Font Definitions', 'OfficeDocumentSettings', 'v:shape', 'file:///']) {
      expect(cleaned, cruft).not.toContain(cruft);
    }
    expect(doc.querySelectorAll('span, font, div').length).toBe(0);
  });

  it('keeps headings one level below the page title, bold, italic, the link and the image', () => {
    expect(Array.from(doc.querySelectorAll('h2, h3')).map((h) => `${h.tagName.toLowerCase()} ${h.textContent}`)).toEqual([
      'h2 KẾ HOẠCH',
      'h3 I. Mục đích, yêu cầu',
      'h3 II. Kinh phí',
    ]);
    expect(doc.querySelector('b i')?.textContent).toBe('Triển khai Tháng hành động vì bình đẳng giới năm 2022');
    expect(doc.querySelector('a')?.getAttribute('href')).toBe('https://camlo.quangtri.gov.vn/tin-tuc/binh-dang-gioi');
    expect(doc.querySelectorAll('a').length).toBe(1); // the bookmark and the link into Word's own table of contents are gone
    const img = doc.querySelector('img');
    expect(img?.getAttribute('alt')).toBe('Lễ phát động tại hội trường huyện');
    expect(img?.getAttribute('src')).toBe('https://camlo.quangtri.gov.vn/media/le-phat-dong.jpg');
  });

  it('turns list paragraphs into a numbered list with a nested list, then a separate bulleted list', () => {
    const lists = Array.from(doc.querySelectorAll('body > ol, body > ul'));
    expect(lists.map((l) => l.tagName.toLowerCase())).toEqual(['ol', 'ul']);
    const [numbered, bulleted] = lists as [Element, Element];
    expect(Array.from(numbered.children).map((li) => li.firstChild?.textContent)).toEqual(['Nâng cao nhận thức về ', 'Phòng ngừa bạo lực trên cơ sở ']);
    expect(numbered.querySelector('li > ul > li')?.textContent).toBe('tại các xã, thị trấn;');
    expect(Array.from(bulleted.children).map((li) => li.textContent)).toEqual(['Tuyên truyền trên Đài Truyền thanh huyện;', 'Treo băng rôn tại trụ sở.']);
  });

  it('keeps the table with its cells holding text directly, and drops the empty paragraph', () => {
    expect(Array.from(doc.querySelectorAll('td')).map((td) => td.innerHTML)).toEqual(['<b>Nội dung</b>', '<b>Số tiền (đồng)</b>', 'In tài liệu', '5.000.000']);
    expect(Array.from(doc.querySelectorAll('p')).every((p) => (p.textContent ?? '').trim() !== '' || p.querySelector('img'))).toBe(true);
  });

  it('collapses the run of no-break spaces Word typed between words, keeping single ones', () => {
    expect(doc.querySelector('p:nth-of-type(2)')?.textContent).toContain('huyện Cam Lộ ban hành');
    expect(cleaned).toContain('Cam Lộ,&nbsp;ngày 16&nbsp;tháng 11');
  });
});

describe('cleanPastedHtml on LibreOffice Writer and Google Docs', () => {
  it('unwraps <font>, keeps bold, and makes italic from a style; drops the <title> and <col>', () => {
    const cleaned = cleanPastedHtml(WRITER);
    expect(cleaned).not.toMatch(/<font|<col|<title|@page|style=|align=|class=/);
    expect(cleaned).toContain('<h2>Báo cáo sơ kết 6 tháng</h2>');
    expect(cleaned).toContain('<b>42 buổi</b>');
    expect(cleaned).toContain('<em>hơn 3.000 lượt</em>');
    expect(cleaned).toContain('<li>Xã Cam Thành: 12 buổi</li>');
  });

  it('drops Google\'s normal-weight <b> wrapper and makes strong and em from its spans', () => {
    const cleaned = cleanPastedHtml(DOCS);
    expect(cleaned).not.toMatch(/docs-internal|<b\b|<span|style=/);
    expect(cleaned).toContain('vào <strong>thứ Năm</strong> hằng tuần, <em>trừ ngày lễ</em>.');
    expect(cleaned).toContain('<a href="mailto:tiepdan@camlo.gov.vn">tiepdan@camlo.gov.vn</a>');
  });
});

describe('cleanPastedHtml, small cases', () => {
  it('collapses runs of no-break spaces (with or without ordinary spaces) and keeps single ones', () => {
    expect(collapseSpaces('a\u00a0b\u00a0\u00a0\u00a0c\u00a0 d \u00a0 \u00a0e')).toBe('a\u00a0b c\u00a0 d e');
    expect(cleanPastedHtml('<p>a&nbsp;b&nbsp;&nbsp;&nbsp;c</p>')).toBe('<p>a&nbsp;b c</p>');
  });

  it('removes empty spans and fonts without joining the words around them', () => {
    expect(cleanPastedHtml('<p>một <span lang=VI></span><font face=Arial></font>hai<span> </span>ba</p>')).toBe('<p>một hai ba</p>');
  });

  it('gives loose text in <div>s its own paragraphs, so two blocks never run together', () => {
    expect(cleanPastedHtml('<div>Dòng một</div><div>Dòng hai<p>Đoạn</p></div>')).toBe('<p>Dòng một</p><p>Dòng hai</p><p>Đoạn</p>');
  });

  it('drops invisible content completely but nothing visible', () => {
    const html = '<style>p{color:red}</style><script>alert(1)</script><!--[if gte mso 9]><xml><w:a>ẩn</w:a></xml><![endif]--><p>Hiện</p>';
    expect(cleanPastedHtml(html)).toBe('<p>Hiện</p>');
  });

  it('never leaves a block inside an element the parser would end before it, so cleaning again changes nothing', () => {
    const cases: [string, string][] = [
      ['<p><span><div>Một</div></span></p>', '<p>Một</p>'],
      ['<p><span>Một<div>hai</div>ba</span></p>', '<p>Một</p><p>hai</p><p>ba</p>'],
      ['<ul><li>Một<span><li>hai</li></span>ba</li></ul>', '<ul><li>Một</li><li>hai</li><li>ba</li></ul>'],
      ['<ul><li><p>Một</p><b><li></li></b></li></ul>', '<ul><li>Một</li><li></li></ul>'],
      ['<table><tr><td><p><span><td>Một</td></span>hai</p></td></tr></table>', '<table><tr><td>Một</td><td>hai</td></tr></table>'],
      ['<table><tr><td><p></p><p>Một</p><p></p></td></tr></table>', '<table><tr><td>Một</td></tr></table>'],
    ];
    for (const [html, expected] of cases) {
      expect(cleanPastedHtml(html), html).toBe(expected);
      expect(cleanPastedHtml(expected), expected).toBe(expected);
    }
  });

  it('keeps apart the words on either side of an empty block', () => {
    expect(cleanPastedHtml('Một<p>&nbsp;</p>hai')).toBe('Một hai');
    expect(cleanPastedHtml('<p>Một<i><p> </p></i>hai</p>')).toBe('<p>Một</p><p>hai</p>');
    expect(cleanPastedHtml('<td>Một<div></div>hai</td>')).toBe('<td>Một hai</td>');
    expect(cleanPastedHtml('<p>Một</p><p>&nbsp;</p><div></div><p>hai</p>')).toBe('<p>Một</p><p>hai</p>');
  });

  it('unwraps what the sanitiser does not keep, so that saving the stored text again changes nothing', () => {
    expect(cleanPastedHtml('<p><small>Một </small></p><pre>hai  ba\nbốn</pre><dl><dt>năm</dt><dd>sáu</dd></dl>')).toBe('<p>Một</p><p>hai ba bốn</p><p>năm</p><p>sáu</p>');
    expect(cleanPastedHtml('<p>Một <code>hai</code> <mark>ba</mark></p><textarea>ẩn</textarea>')).toBe('<p>Một hai ba</p>');
  });

  it('keeps the seed article word for word: only runs of no-break spaces collapse', () => {
    const seed = loadSeedArticle();
    const cleaned = cleanPastedHtml(seed.bodyHtml);
    expect(visibleWords(cleaned)).toEqual(visibleWords(seed.bodyHtml));
    const paragraphs = (html: string) => Array.from(parse(html).querySelectorAll('p')).map((p) => p.textContent ?? '');
    const expected = paragraphs(seed.bodyHtml).map((t) => trimWhile(collapseSpaces(t), (ch) => ch === ' '));
    expect(paragraphs(cleaned)).toEqual(expected);
    expect(expected.join('')).toContain('Cam Lộ\u00a0Đây');
    expect(expected.join('')).toContain('bạo lực,\u00a0 xâm hại');
  });
});

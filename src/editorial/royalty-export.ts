/**
 * The royalty report as files an accountant opens in Excel: CSV in UTF-8 with a BOM
 * (so Vietnamese shows correctly) and CRLF lines, and XLSX (exceljs). Cells that a
 * spreadsheet would read as a formula are prefixed with an apostrophe. XLSX is XML,
 * and exceljs escapes markup but keeps U+FFFE, U+FFFF and lone surrogates, which no
 * XML may hold: they are dropped, or Excel would refuse the file as damaged.
 */
import { xmlCharacters } from '../feeds/xml.js';
import type { RoyaltyLine, RoyaltyReport } from './royalty-report.js';

const HEADERS = ['Tác giả', 'Mã tài khoản', 'Mã tin', 'Tiêu đề', 'Chuyên mục', 'Thời điểm đăng', 'Trạng thái', 'Thể loại', 'Hệ số', 'Tin đăng lại', 'Tỷ lệ (%)', 'Điểm'] as const;

export type Cell = string | number | null;

function cells(line: RoyaltyLine): Cell[] {
  return [
    line.authorName, line.userId, line.articleId, line.title, line.categoryName, line.publishedAtLocal, line.status,
    line.genre, line.coefficient, line.isReprint ? 'Có' : 'Không', line.share, line.points,
  ];
}

/**
 * Text a spreadsheet would evaluate ("=…", "+…", "-…", "@…", or a tab or line break
 * first) is kept as text; so is one that starts so after spaces, in case an import
 * trims them.
 */
export function defuse(text: string): string {
  return /^[\t\n\r]|^ *[=+\-@]/.test(text) ? `'${text}` : text;
}

/** A cell's text in the workbook. */
export function sheetText(text: string): string {
  return xmlCharacters(defuse(text));
}

export function csvField(value: Cell): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : defuse(value);
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function royaltyCsv(report: RoyaltyReport): Buffer {
  const rows = [HEADERS as readonly Cell[], ...report.lines.map(cells)];
  const text = rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

export async function royaltyXlsx(report: RoyaltyReport, siteName: string): Promise<Buffer> {
  // Loaded on first use: most processes never export a spreadsheet.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'govportal';
  const sheet = workbook.addWorksheet(`Nhuận bút ${report.month}`);
  sheet.addRow([`Thống kê nhuận bút tháng ${report.month.slice(5)}/${report.month.slice(0, 4)} — ${xmlCharacters(siteName)}`]).font = { bold: true, size: 13 };
  sheet.addRow([]);
  const header = sheet.addRow([...HEADERS]);
  header.font = { bold: true };
  for (const line of report.lines) sheet.addRow(cells(line).map((c) => (typeof c === 'string' ? sheetText(c) : c)));
  sheet.addRow([]);
  const totals = workbook.addWorksheet('Tổng theo tác giả');
  totals.addRow(['Tác giả', 'Mã tài khoản', 'Số tin', 'Tổng điểm']).font = { bold: true };
  for (const a of report.authors) totals.addRow([sheetText(a.authorName), a.userId, a.articles, a.points]);
  const widths = [24, 10, 8, 60, 24, 26, 12, 16, 8, 10, 10, 10];
  widths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  totals.getColumn(1).width = 30;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

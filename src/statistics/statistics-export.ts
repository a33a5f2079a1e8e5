/**
 * The yearly statistics as files: CSV in UTF-8 with a BOM and CRLF lines, and XLSX
 * (exceljs), escaped the way the royalty report's are (editorial/royalty-export.ts): text a
 * spreadsheet would read as a formula is kept as text, and characters no XML may hold are
 * dropped from the workbook.
 */
import { csvField, sheetText, type Cell } from '../editorial/royalty-export.js';
import type { YearlyStatistics } from './yearly-report.js';

const CATEGORY_HEADERS = ['Chuyên mục', 'Số tin bài đăng', 'Tin bài mỗi tháng', 'Số ngày trung bình giữa hai tin', 'Lượt xem'] as const;
const MONTH_HEADERS = ['Tháng', 'Số tin bài đăng', 'Lượt xem (mọi trang)'] as const;

function categoryCells(c: YearlyStatistics['categories'][number]): Cell[] {
  return [c.name, c.published, c.perMonth, c.averageDaysBetween, c.views];
}

const monthLabel = (month: string): string => `${month.slice(5)}/${month.slice(0, 4)}`;

export function statisticsCsv(report: YearlyStatistics): Buffer {
  const rows: (readonly Cell[])[] = [
    CATEGORY_HEADERS,
    ...report.categories.map(categoryCells),
    ['Tổng', report.totals.published, null, null, report.totals.articleViews],
    [],
    MONTH_HEADERS,
    ...report.byMonth.map((m) => [monthLabel(m.month), m.published, m.views]),
    ['Tổng', report.totals.published, report.totals.siteViews],
  ];
  const text = rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

export async function statisticsXlsx(report: YearlyStatistics, siteName: string): Promise<Buffer> {
  // Loaded on first use: most processes never export a spreadsheet.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'govportal';
  const sheet = workbook.addWorksheet(`Chuyên mục ${report.year}`);
  sheet.addRow([`Thống kê năm ${report.year} — ${sheetText(siteName)}`]).font = { bold: true, size: 13 };
  sheet.addRow([]);
  sheet.addRow([...CATEGORY_HEADERS]).font = { bold: true };
  for (const c of report.categories) sheet.addRow(categoryCells(c).map((v) => (typeof v === 'string' ? sheetText(v) : v)));
  sheet.addRow(['Tổng', report.totals.published, null, null, report.totals.articleViews]).font = { bold: true };
  [40, 16, 16, 28, 14].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  const months = workbook.addWorksheet(`Theo tháng ${report.year}`);
  months.addRow([...MONTH_HEADERS]).font = { bold: true };
  for (const m of report.byMonth) months.addRow([monthLabel(m.month), m.published, m.views]);
  months.addRow(['Tổng', report.totals.published, report.totals.siteViews]).font = { bold: true };
  [12, 16, 22].forEach((width, i) => (months.getColumn(i + 1).width = width));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The CSV parser: RFC 4180 quoting, both line ends, and the line of every record and refusal. */
import { describe, expect, it } from 'vitest';
import { CsvError, parseCsv } from './csv.js';

describe('parseCsv', () => {
  it('reads plain and quoted fields with their lines, CRLF or LF, a BOM and blank lines', () => {
    const text = '\uFEFFold_url,new_url\r\n/a,/b\r\n\r\n"/c,d","/e ""x"""\n"/multi\nline",/f\n/g,';
    expect(parseCsv(text)).toEqual([
      { line: 1, fields: ['old_url', 'new_url'] },
      { line: 2, fields: ['/a', '/b'] },
      { line: 4, fields: ['/c,d', '/e "x"'] },
      { line: 5, fields: ['/multi\nline', '/f'] },
      { line: 7, fields: ['/g', ''] },
    ]);
  });

  it('refuses a quote inside an unquoted field, text after a closing quote, and an unclosed quote, naming the line', () => {
    const refusal = (text: string) => {
      try {
        parseCsv(text);
      } catch (error) {
        expect(error).toBeInstanceOf(CsvError);
        return (error as CsvError).message;
      }
      throw new Error('not refused');
    };
    expect(refusal('a,b\n/x"y,/z')).toMatch(/^Dòng 2: /);
    expect(refusal('a,b\n\n"/x"y,/z')).toMatch(/^Dòng 3: sau dấu nháy kép/);
    expect(refusal('a,b\n/x,"/never\nclosed')).toMatch(/^Dòng 2: dấu nháy kép mở/);
  });

  it('reads 100,000 records in one pass', () => {
    const text = `old_url,new_url\n${Array.from({ length: 100_000 }, (_, i) => `/cu/${i},"/moi/${i}"`).join('\n')}`;
    const started = performance.now();
    const records = parseCsv(text);
    expect(records).toHaveLength(100_001);
    expect(records[100_000]).toEqual({ line: 100_001, fields: ['/cu/99999', '/moi/99999'] });
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

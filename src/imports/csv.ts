/**
 * CSV as RFC 4180 writes it: fields separated by commas, records by CRLF or LF, a field
 * in double quotes may hold commas, line breaks and doubled quotes. Each record carries
 * the line it starts on, so a refusal can say "dòng N". One pass over the characters,
 * no regular expressions. Pure.
 */

export interface CsvRecord {
  /** 1-based line of the file where the record starts. */
  line: number;
  fields: string[];
}

export class CsvError extends Error {
  constructor(
    readonly line: number,
    detail: string,
  ) {
    super(`Dòng ${line}: ${detail}`);
    this.name = 'CsvError';
  }
}

/** Parses the whole text; a byte-order mark is skipped, blank lines are left out. */
export function parseCsv(input: string): CsvRecord[] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  /** The current field began with a quote (and may only continue after its closing quote with , or a line end). */
  let wasQuoted = false;
  let quoteLine = 1;

  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '' && !wasQuoted)) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    wasQuoted = false;
  };

  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 1;
        } else {
          quoted = false;
        }
      } else {
        if (ch === '\n') line += 1;
        field += ch;
      }
      continue;
    }
    if (ch === ',') {
      fields.push(field);
      field = '';
      wasQuoted = false;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else if (ch === '"') {
      if (field !== '' || wasQuoted) throw new CsvError(line, 'dấu nháy kép (") nằm giữa một ô không mở đầu bằng dấu nháy; ô có dấu nháy phải đặt cả ô trong nháy kép và viết "" cho mỗi dấu nháy bên trong.');
      quoted = true;
      wasQuoted = true;
      quoteLine = line;
    } else {
      if (wasQuoted) throw new CsvError(line, 'sau dấu nháy kép đóng ô chỉ được là dấu phẩy hoặc hết dòng.');
      field += ch;
    }
  }
  if (quoted) throw new CsvError(quoteLine, 'dấu nháy kép mở ở dòng này không được đóng đến hết tệp.');
  if (field !== '' || fields.length > 0 || wasQuoted) endRecord();
  return records;
}

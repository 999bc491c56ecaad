// RFC 4180 CSV, read in one pass: quoted fields with doubled quotes and line breaks inside, CRLF or LF,
// a byte-order mark, ragged rows. An unterminated quote is a ParseError naming the line it opened on.
import { ParseError } from '../../core/errors.js';

export interface CsvRow {
  /** 1-based line number the row starts on. */
  line: number;
  fields: string[];
}

export function parseCsv(text: string, item: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let quoted = false;
  let quoteLine = 0;
  let rowHasContent = false;
  const endRow = (): void => {
    fields.push(field);
    if (rowHasContent || fields.length > 1 || field !== '') rows.push({ line: rowLine, fields });
    fields = [];
    field = '';
    rowHasContent = false;
  };
  while (i < text.length) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
      i++;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      quoteLine = line;
      rowHasContent = true;
    } else if (c === ',') {
      fields.push(field);
      field = '';
      rowHasContent = true;
    } else if (c === '\n' || c === '\r') {
      endRow();
      if (c === '\r' && text[i + 1] === '\n') i++;
      line++;
      rowLine = line;
    } else {
      field += c;
    }
    i++;
  }
  if (quoted) throw new ParseError('grade', `${item}:${quoteLine}`, 'csv', 'a quoted field is never closed');
  if (field !== '' || fields.length > 0 || rowHasContent) endRow();
  return rows;
}

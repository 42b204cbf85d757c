// A small CSV reader for `npm start -- file.csv` (RFC 4180: quoted fields, "" inside quotes, line
// breaks inside quotes, CRLF or LF), plus the typing Sheets applies when it imports a CSV: plain
// numbers become numbers, ISO dates become dates, TRUE/FALSE become booleans; everything else,
// including `¥1,234.50` or `2024/3/5`, stays text for the add-on to read as the owner wrote it.

/** A typed cell of an imported file: text, number, boolean, a calendar date, or blank (`null`). */
export type ImportedCell = string | number | boolean | { date: string } | null;

/** Guesses the delimiter from the first line: comma, semicolon or tab, whichever occurs most. */
export function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  let best = ',';
  let bestCount = 0;
  for (const candidate of [',', ';', '\t']) {
    let count = 0;
    let quoted = false;
    for (const ch of firstLine) {
      if (ch === '"') quoted = !quoted;
      else if (!quoted && ch === candidate) count++;
    }
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

/** Parses CSV text into rows of strings. A leading byte-order mark and a final line break are ignored. */
export function parseCsv(input: string, delimiter: string = detectDelimiter(input)): string[][] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStarted = false;
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
      i++;
      continue;
    }
    if (ch === delimiter) {
      endField();
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      endRow();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    field += ch;
    fieldStarted = true;
    i++;
  }
  if (fieldStarted || field !== '' || row.length > 0) endRow();
  return rows;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Types one CSV field as Sheets' import would for the unambiguous cases; the rest stays text. */
export function csvCellValue(text: string): ImportedCell {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  // Numbers with leading zeros (ids, phone numbers) stay text, as they would matter to the owner.
  if (NUMBER.test(trimmed) && !/^[+-]?0\d/.test(trimmed)) return Number(trimmed);
  if (/^true$/i.test(trimmed)) return true;
  if (/^false$/i.test(trimmed)) return false;
  const iso = ISO_DATE.exec(trimmed);
  if (iso) {
    const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    const check = new Date(Date.UTC(year, month - 1, day));
    if (check.getUTCMonth() === month - 1 && check.getUTCDate() === day) return { date: trimmed };
  }
  return text;
}

/** CSV text as typed rows. */
export function readCsv(text: string): ImportedCell[][] {
  return parseCsv(text).map((row) => row.map(csvCellValue));
}

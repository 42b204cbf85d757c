// A1 notation: column letters, parsing of 'A1', 'A1:B2', 'A:A', '2:2', 'A2:A' and 'Sheet!A1:B2'.

function columnToLetters(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** 'B3' for one cell, 'B3:D5' otherwise. */
export function a1Of(row: number, column: number, numRows: number, numColumns: number): string {
  const start = `${columnToLetters(column)}${row}`;
  if (numRows === 1 && numColumns === 1) return start;
  return `${start}:${columnToLetters(column + numColumns - 1)}${row + numRows - 1}`;
}

/** A parsed reference; missing parts are open (whole rows/columns) and resolved against the sheet size. */
export interface A1Ref {
  sheetName: string | null;
  startRow: number | null;
  startColumn: number | null;
  endRow: number | null;
  endColumn: number | null;
}

const CELL = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

/** Parses A1 notation, or returns null when it is not valid (Apps Script then throws "Range not found"). */
export function parseA1(notation: string): A1Ref | null {
  let text = notation.trim();
  let sheetName: string | null = null;
  const bang = text.lastIndexOf('!');
  if (bang >= 0) {
    let name = text.slice(0, bang);
    if (name.startsWith("'") && name.endsWith("'") && name.length >= 2)
      name = name.slice(1, -1).replace(/''/g, "'");
    sheetName = name;
    text = text.slice(bang + 1);
  }
  const parts = text.split(':');
  if (parts.length > 2 || text === '') return null;
  const cells = parts.map((p) => CELL.exec(p));
  if (cells.some((m) => m === null || (m[1] === '' && m[2] === ''))) return null;
  const [first, second] = cells as RegExpExecArray[];
  if (!first) return null;
  const col = (m: RegExpExecArray) => (m[1] ? lettersToColumn(m[1]) : null);
  const row = (m: RegExpExecArray) => (m[2] ? Number(m[2]) : null);
  if (!second) {
    // A single reference must be a full cell.
    if (!first[1] || !first[2]) return null;
    const r = row(first);
    const c = col(first);
    if (r === 0) return null;
    return { sheetName, startRow: r, startColumn: c, endRow: r, endColumn: c };
  }
  const ref: A1Ref = {
    sheetName,
    startRow: row(first),
    startColumn: col(first),
    endRow: row(second),
    endColumn: col(second),
  };
  if (ref.startRow === 0 || ref.endRow === 0) return null;
  return ref;
}

/** Resolves a parsed reference to a bounded grid rectangle (1-based, inclusive). */
export function resolveA1(
  ref: A1Ref,
  maxRows: number,
  maxColumns: number,
): { row: number; column: number; numRows: number; numColumns: number } {
  const r1 = ref.startRow ?? 1;
  const c1 = ref.startColumn ?? 1;
  const r2 = ref.endRow ?? Math.max(maxRows, r1);
  const c2 = ref.endColumn ?? Math.max(maxColumns, c1);
  const row = Math.min(r1, r2);
  const column = Math.min(c1, c2);
  return { row, column, numRows: Math.abs(r2 - r1) + 1, numColumns: Math.abs(c2 - c1) + 1 };
}

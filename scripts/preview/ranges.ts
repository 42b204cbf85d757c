// Sheets accepts open-ended ranges such as `A2:A` (to the sheet's last row) and whole columns `A:D`;
// HyperFormula does not parse `A2:A` at all (FACTS.md). Before a formula reaches the engine, each
// such range is rewritten to a bounded one ending at the referenced sheet's last row.

/** The last row (1-based) of a sheet; `undefined` sheet means the formula's own sheet. */
export type LastRowOf = (sheetName: string | undefined) => number;

const COLUMN = /^\$?[A-Za-z]{1,3}/;
const CELL = /^\$?[A-Za-z]{1,3}\$?\d+/;

/**
 * Rewrites `A2:A` to `A2:A{last}` and `A:C` to `A1:C{last}` (with `$` and sheet prefixes such as
 * `Purchases!` or `'My sheet'!` kept), leaving everything inside string literals and every bounded
 * range untouched. `last` is at least the start row, so `A5:A` on a 3-row sheet becomes `A5:A5`.
 */
export function boundOpenRanges(formula: string, lastRowOf: LastRowOf): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i]!;
    if (ch === '"') {
      // A string literal; "" inside it is an escaped quote.
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === '"') {
          if (formula[j + 1] === '"') j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const token = readReference(formula, i);
    if (token) {
      out += rewriteReference(token, lastRowOf);
      i = token.end;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

interface ReferenceToken {
  sheet: string | undefined;
  /** The sheet prefix as written, including the `!`, or ''. */
  prefix: string;
  /** The reference after the prefix, e.g. `A2:A`. */
  body: string;
  end: number;
}

/** A (possibly sheet-qualified) reference starting at `start`, if one starts there. */
function readReference(text: string, start: number): ReferenceToken | undefined {
  const before = start > 0 ? text[start - 1]! : '';
  // Inside a name, a number or a function name, nothing starts here.
  if (/[\w.$!'\u00C0-\uFFFF]/.test(before)) return undefined;
  let pos = start;
  let sheet: string | undefined;
  if (text[pos] === "'") {
    // 'Sheet name'! with '' as an escaped apostrophe.
    let j = pos + 1;
    let name = '';
    while (j < text.length) {
      if (text[j] === "'") {
        if (text[j + 1] === "'") {
          name += "'";
          j += 2;
          continue;
        }
        break;
      }
      name += text[j];
      j++;
    }
    if (text[j] !== "'" || text[j + 1] !== '!') return undefined;
    sheet = name;
    pos = j + 2;
  } else {
    const bare = /^[A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*!/.exec(text.slice(pos));
    if (bare) {
      sheet = bare[0].slice(0, -1);
      pos += bare[0].length;
    }
  }
  const prefix = text.slice(start, pos);
  const rest = text.slice(pos);
  // CELL:COLUMN (open-ended) or COLUMN:COLUMN (whole columns); anything else is left alone.
  const startCell = CELL.exec(rest);
  const startColumn = COLUMN.exec(rest);
  const first = startCell ?? startColumn;
  if (!first || rest[first[0].length] !== ':') {
    return sheet === undefined ? undefined : { sheet, prefix, body: '', end: pos };
  }
  const afterColon = rest.slice(first[0].length + 1);
  const endCell = CELL.exec(afterColon);
  const endColumn = COLUMN.exec(afterColon);
  const second = endCell ?? endColumn;
  if (!second) return undefined;
  const length = first[0].length + 1 + second[0].length;
  const next = rest[length] ?? '';
  // `A2:A` followed by more letters, digits or `(` is something else (a name, a function call).
  if (/[\w.(!$]/.test(next)) return undefined;
  return { sheet, prefix, body: rest.slice(0, length), end: pos + length };
}

function rewriteReference(token: ReferenceToken, lastRowOf: LastRowOf): string {
  if (token.body === '') return token.prefix;
  const [from, to] = token.body.split(':') as [string, string];
  const fromHasRow = /\d$/.test(from);
  const toHasRow = /\d$/.test(to);
  if (fromHasRow && toHasRow) return token.prefix + token.body;
  if (!fromHasRow && toHasRow) return token.prefix + token.body; // A:B5 — not a Sheets form worth fixing
  const last = Math.max(1, lastRowOf(token.sheet));
  if (fromHasRow) {
    const startRow = Number(/\d+$/.exec(from)![0]);
    return `${token.prefix}${from}:${to}${Math.max(last, startRow)}`;
  }
  // Whole columns: A:C → A1:C{last}; a `$` on the column stays where it was.
  return `${token.prefix}${from}1:${to}${last}`;
}

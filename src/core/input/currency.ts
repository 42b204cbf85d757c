// The sheet's currency, so money is shown as the owner writes it (issue 12: money never showed its
// currency). Read from what the owner already has: the amount cells' number format (the shell reads
// it; `¥#,##0.00`, `[$NT$]#,##0`, `#,##0.00 [$€-1]`, `"$"#,##0.00`), else currency marks typed in
// text amounts (`¥1,234.50`, `NT$ 500`, `12,50 €`). Nothing found: no symbol, never a guessed one.
import type { Currency } from '../i18n/format-number';

/** Marks we recognise, longest first so `NT$` wins over `$`. */
const MARKS = 'NT$|HK$|US$|S$|A$|C$|R$|$|¥|￥|€|£|₩|₹|₽|฿|₫|₪|₱|元|円'.split('|');
const MARK_PATTERN = MARKS.map((m) => m.replace(/\$/g, '\\$')).join('|');
const PREFIX = new RegExp(`^[\\s(−-]*(${MARK_PATTERN})\\s*[\\d.,]`, 'i');
const SUFFIX = new RegExp(`[\\d.,]\\s*(${MARK_PATTERN})[\\s)]*$`, 'i');

const canonical = (mark: string) => (mark === '￥' ? '¥' : mark.toUpperCase());

/** The currency a Sheets number format shows, if any (only its first, positive section is read). */
export function currencyOfFormat(pattern: string): Currency | undefined {
  const section = pattern.split(';')[0] ?? '';
  // `[$€-407]`, `[$NT$]`: the symbol is what follows `[$` up to `-` or `]`.
  let match = /\[\$([^\]-]*)(?:-[^\]]*)?\]/.exec(section);
  let symbol = match?.[1];
  let at = match?.index ?? -1;
  if (!symbol) {
    match = /"([^"]*)"/.exec(section);
    const quoted = match?.[1]?.trim();
    if (quoted && new RegExp(`^(${MARK_PATTERN})$`, 'i').test(quoted)) {
      symbol = quoted;
      at = match!.index;
    }
  }
  if (!symbol) {
    match = new RegExp(MARK_PATTERN, 'i').exec(section.replace(/"[^"]*"/g, ''));
    symbol = match?.[0];
    at = section.indexOf(symbol ?? '\u0000');
  }
  if (!symbol || at < 0) return undefined;
  const digit = section.search(/[0#?]/);
  return { symbol: canonical(symbol), after: digit >= 0 && digit < at };
}

/** The currency most of the given formats show, if any. */
export function currencyOfFormats(patterns: readonly string[]): Currency | undefined {
  return mostCommon(patterns.map(currencyOfFormat));
}

/**
 * The currency most amounts carry (`¥1,234.50`, `12,50 €`), if any: numbers and unmarked texts carry
 * none, and count. A few marked cells among many plain numbers do not name the sheet's currency (a
 * new-owner trial's dollar café ledger with three `€14` cells was shown in euros throughout). Reads
 * `column` of each row (the amount column of a grid), or the cells themselves without one.
 */
export function currencyOfCells(cells: readonly unknown[], column?: number, from = 0): Currency | undefined {
  const found: (Currency | undefined)[] = [];
  let amounts = 0;
  // Indexed, not for…of: this runs once per call over every row, mostly before the engine has
  // optimised it, when each step of an iterator allocates a result object. From `from` rather than
  // over a slice: a million-row range's copy is garbage the call's peak memory would carry.
  for (let i = from; i < cells.length; i++) {
    const row = cells[i];
    const cell = column === undefined ? row : (row as readonly unknown[] | undefined)?.[column];
    if (typeof cell === 'number') amounts++;
    else if (typeof cell === 'string' && cell.trim() !== '') {
      amounts++;
      found.push(markOf(cell));
    }
  }
  const best = mostCommonCount(found);
  return best && best.n * 2 >= amounts ? best.currency : undefined;
}

/** The mark a text amount carries (`¥1,234.50`, `12,50 €`), if any. */
function markOf(cell: string): Currency | undefined {
  const before = PREFIX.exec(cell);
  if (before) return { symbol: canonical(before[1]!), after: false };
  const after = SUFFIX.exec(cell);
  return after ? { symbol: canonical(after[1]!), after: true } : undefined;
}

/** Something besides digits, separators, signs and brackets: the only amounts worth a look for a mark. */
const MAYBE_MARKED = /[^\d\s.,'()+\-−]/;

/** The currency mark of a text amount (`$60`, `15 €` → `$`, `€`); undefined for none, fast for plain numbers. */
export function currencyMarkOf(cell: string): string | undefined {
  if (!MAYBE_MARKED.test(cell)) return undefined;
  // `$12.50`, `¥30`: one symbol before a digit, the usual case, without the patterns.
  const digit = cell.charCodeAt(1) - 48;
  if (digit >= 0 && digit <= 9 && '$¥￥€£'.includes(cell.charAt(0))) return canonical(cell.charAt(0));
  return markOf(cell)?.symbol;
}

/** `$` is any dollar (NT$, US$…); ¥, 元 and 円 are how yuan and yen are written, 元 also a dollar's. */
function sameCurrency(a: string, b: string): boolean {
  if (a === b) return true;
  const yuan = (m: string) => m === '¥' || m === '元' || m === '円';
  if (yuan(a) && yuan(b)) return true;
  const dollar = (m: string) => m.endsWith('$');
  return (dollar(a) || a === '元') && (dollar(b) || b === '元') && (a.length < 2 || b.length < 2);
}

/**
 * The currency (mark or code) of most rows, and for each row whether it is in another currency
 * (never for a row with none); undefined when no row has one.
 */
export function splitCurrencies(
  marks: readonly (string | undefined)[],
): { main: string; other: boolean[] } | undefined {
  const counts = new Map<string, number>();
  // Indexed: one mark per purchase, and a cold call's for-of makes an iterator result per step.
  for (let i = 0; i < marks.length; i++) {
    const m = marks[i];
    if (m !== undefined) counts.set(m, (counts.get(m) ?? 0) + 1);
  }
  let main: string | undefined;
  for (const [m, n] of counts) if (main === undefined || n > counts.get(main)!) main = m;
  return main === undefined
    ? undefined
    : { main, other: marks.map((m) => m !== undefined && !sameCurrency(m, main)) };
}

function mostCommon(list: readonly (Currency | undefined)[]): Currency | undefined {
  return mostCommonCount(list)?.currency;
}

function mostCommonCount(
  list: readonly (Currency | undefined)[],
): { currency: Currency; n: number } | undefined {
  const counts = new Map<string, { currency: Currency; n: number }>();
  let best: { currency: Currency; n: number } | undefined;
  for (const c of list) {
    if (c === undefined) continue;
    const key = `${c.symbol}\u0000${c.after}`;
    const entry = counts.get(key) ?? { currency: c, n: 0 };
    entry.n++;
    counts.set(key, entry);
    if (best === undefined || entry.n > best.n) best = entry;
  }
  return best;
}

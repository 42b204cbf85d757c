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
 * The currency most text amounts carry (`¥1,234.50`, `12,50 €`), if any; numbers carry none. Reads
 * `column` of each row (the amount column of a grid), or the cells themselves without one.
 */
export function currencyOfCells(cells: readonly unknown[], column?: number): Currency | undefined {
  const found: (Currency | undefined)[] = [];
  for (const row of cells) {
    const cell = column === undefined ? row : (row as readonly unknown[] | undefined)?.[column];
    if (typeof cell !== 'string') continue;
    const before = PREFIX.exec(cell);
    if (before) found.push({ symbol: canonical(before[1]!), after: false });
    else {
      const after = SUFFIX.exec(cell);
      if (after) found.push({ symbol: canonical(after[1]!), after: true });
    }
  }
  return mostCommon(found);
}

function mostCommon(list: readonly (Currency | undefined)[]): Currency | undefined {
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
  return best?.currency;
}

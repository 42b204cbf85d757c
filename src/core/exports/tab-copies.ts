// Tabs of one export that are copies of others (tabs.ts reads tabs with the same header as one log).
// Owners duplicate the purchase tab as a backup ("Copy of Purchases", "Purchases 的副本"), or keep an
// older copy the original has since grown past. A plain log has no order ids to tell a purchase seen
// twice from two purchases, so reading a copy with the log counts every purchase in it twice
// (new-owner trial: Ann's total 90 became 180, and an email told her so). A copy is left out and
// named in Data issues; tabs of different months or years share no rows and are all read.
//
// Decisions (tests in test/unit/exports/tab-copies.test.ts):
// - Rows are compared whole, cell for cell (a date by its instant), below the header row; blank rows
//   are not rows. A tab is compared with the tabs kept before it as a multiset: a row twice in it
//   needs two rows like it elsewhere (two like sales on one day are two purchases).
// - A tab is a copy when every one of its rows is also in the tabs kept (a backup, an older copy),
//   or when its name says copy (copy, backup, bak, old, 副本, 备份, 備份, "(2)"…) and more than half
//   of its rows are (a copy with some rows edited since; its other rows are named as not read).
// - Tabs are weighed largest first, so the fullest copy is the one read and an older, smaller one is
//   left out; between tabs of as many rows, one whose name does not say copy, then the mapped sheet,
//   then the spreadsheet's order. A tab with no rows changes nothing and is not reported.
import type { CellValue, Grid } from '../cells';

/** A tab left out as a copy of tabs that are read. */
export interface CopiedTab {
  sheet: string;
  /** The tabs read that hold its repeated rows, in the order they are read. */
  of: string[];
  /** Its rows below the header (blank rows not counted). */
  rows: number;
  /** How many of them are also in `of` (rows as a multiset). */
  repeated: number;
}

const COPY_NAME =
  /\b(copy|backup|back-up|bak|old|duplicate)\b|副本|备份|備份|复制|複製|拷贝|拷貝|\(\d+\)\s*$/i;

/** A cell as compared: its type and value, a date by its instant (the only object a cell holds). */
function cellKey(v: CellValue | undefined | null): string {
  if (v === undefined || v === null || v === '') return '';
  return typeof v === 'object' ? `d${v.getTime()}` : `${typeof v}${v}`;
}

/** Each row below the header, as a key (blank rows left out), counted. */
function rowCounts(grid: Grid, headerRow: number): { counts: Map<string, number>; rows: number } {
  const counts = new Map<string, number>();
  let rows = 0;
  for (let r = headerRow; r < grid.length; r++) {
    const cells = grid[r]!.map(cellKey);
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    if (cells.length === 0) continue;
    const key = cells.join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
    rows++;
  }
  return { counts, rows };
}

/**
 * The tabs to read (in their order, the mapped sheet first) and those left out as copies (see the
 * top). `tabs[0]` is the mapped sheet; each grid is a whole sheet from row 1, header on `headerRow`.
 */
export function withoutCopies<T extends { name: string; grid: Grid }>(
  tabs: readonly T[],
  headerRow: number,
): { tabs: T[]; copies: CopiedTab[] } {
  if (tabs.length < 2) return { tabs: [...tabs], copies: [] };
  const weighed = tabs.map((tab, index) => ({
    tab,
    index,
    named: COPY_NAME.test(tab.name),
    ...rowCounts(tab.grid, headerRow),
  }));
  const order = [...weighed].sort(
    (a, b) => b.rows - a.rows || Number(a.named) - Number(b.named) || a.index - b.index,
  );
  const kept: typeof weighed = [];
  const copies: CopiedTab[] = [];
  for (const candidate of order) {
    let repeated = 0;
    const of = new Set<number>();
    for (const [key, count] of candidate.counts) {
      let left = count;
      for (const other of kept) {
        const there = Math.min(left, other.counts.get(key) ?? 0);
        if (there > 0) of.add(other.index);
        left -= there;
        if (left === 0) break;
      }
      repeated += count - left;
    }
    const rows = candidate.rows;
    const copy = rows > 0 && (repeated === rows || (candidate.named && repeated * 2 > rows));
    if (!copy) {
      kept.push(candidate);
      continue;
    }
    copies.push({
      sheet: candidate.tab.name,
      of: [...of].sort((a, b) => a - b).map((i) => tabs[i]!.name),
      rows,
      repeated,
    });
  }
  const read = new Set(kept.map((k) => k.index));
  const position = new Map(tabs.map((t, i) => [t.name, i]));
  copies.sort((a, b) => position.get(a.sheet)! - position.get(b.sheet)!);
  return { tabs: tabs.filter((_, i) => read.has(i)), copies };
}

// Tabs of one export that are copies of others (tabs.ts reads tabs with the same header as one log).
// Owners duplicate the purchase tab as a backup ("Copy of Purchases", "Purchases 的副本"), or keep an
// older copy the original has since grown past. A plain log has no order ids to tell a purchase seen
// twice from two purchases, so reading a copy with the log counts every purchase in it twice
// (new-owner trial: Ann's total 90 became 180, and an email told her so). A copy is left out and
// named in Data issues; tabs of different months or years share no rows and are all read.
//
// Decisions (tests in test/unit/exports/tab-copies.test.ts):
// - Rows are compared on the columns the log is read from, cell for cell (a date by its instant),
//   below the header row: a note column the owner added to a copy does not make its rows new
//   purchases. Rows blank in those columns are not rows (the reader skips them too). A tab is
//   compared with the tabs kept before it as a multiset: a row twice in it needs two rows like it
//   elsewhere (two like sales on one day are two purchases).
// - First pass: the first compared column (the date's) alone, as an upper bound, picks the tabs that
//   could be copies and those sharing a date with them; only these are compared row by row.
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

type Key = string | number | boolean;

/** A cell as a Map key: a date by its instant (the only object a cell holds); blank is ''. */
const cellOf = (v: CellValue | undefined | null): Key =>
  v === undefined || v === null ? '' : typeof v === 'object' ? v.getTime() : v;

/** A row's `columns` cells as one key. */
const rowKey = (cells: readonly CellValue[], columns: readonly number[]) =>
  columns
    .map((c) => {
      const v = cellOf(cells[c]);
      return `${typeof v}${v}`;
    })
    .join('\u0001');

/** Each row below the header as `keyOf` makes it (rows blank in `columns` left out), counted. */
function counted(
  grid: Grid,
  headerRow: number,
  columns: readonly number[],
  keyOf: (cells: readonly CellValue[]) => Key,
) {
  const counts = new Map<Key, number>();
  let rows = 0;
  for (let r = headerRow; r < grid.length; r++) {
    const cells = grid[r]!;
    if (columns.every((c) => cellOf(cells[c]) === '')) continue;
    const key = keyOf(cells);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    rows++;
  }
  return { counts, rows };
}

/** Whether a tab of `rows` rows, `repeated` of them also in the tabs read, is a copy (see the top). */
const isCopy = (rows: number, repeated: number, name: string) =>
  rows > 0 && (repeated === rows || (COPY_NAME.test(name) && repeated * 2 > rows));

/**
 * The tabs worth comparing row by row: those that could be copies judged by the first of `columns`
 * alone (an upper bound on the rows they repeat), and the tabs sharing a value of it with them. One
 * cell per row and no text made: tabs of different months, which share no date, cost little more
 * than reading them, and a backup is compared with its original only.
 */
function tabsToCompare(
  tabs: readonly { name: string; grid: Grid }[],
  headerRow: number,
  columns: readonly number[],
) {
  const perTab = tabs.map((tab) =>
    counted(tab.grid, headerRow, columns, (cells) => cellOf(cells[columns[0]!])),
  );
  const all = new Map<Key, number>();
  for (const { counts } of perTab) for (const [v, n] of counts) all.set(v, (all.get(v) ?? 0) + n);
  const possible = perTab.filter(({ counts, rows }, i) => {
    let repeated = 0;
    for (const [v, n] of counts) repeated += Math.min(n, all.get(v)! - n);
    return isCopy(rows, repeated, tabs[i]!.name);
  });
  const shared = new Set(possible.flatMap(({ counts }) => [...counts.keys()]));
  return perTab.flatMap(({ counts }, i) => ([...counts.keys()].some((v) => shared.has(v)) ? [i] : []));
}

/**
 * The tabs to read (in their order, the mapped sheet first) and those left out as copies (see the
 * top). `tabs[0]` is the mapped sheet; each grid is a whole sheet from row 1, header on `headerRow`;
 * rows are compared on `columns` (those the log is read from), the first of them a date's.
 */
export function withoutCopies<T extends { name: string; grid: Grid }>(
  tabs: readonly T[],
  headerRow: number,
  columns: readonly number[],
): { tabs: T[]; copies: CopiedTab[] } {
  // Tabs sharing no value of the first column with a possible copy are read whatever the others are.
  const compare = tabs.length < 2 || columns.length === 0 ? [] : tabsToCompare(tabs, headerRow, columns);
  const order = compare
    .map((index) => ({
      index,
      ...counted(tabs[index]!.grid, headerRow, columns, (cells) => rowKey(cells, columns)),
    }))
    .sort(
      (a, b) =>
        b.rows - a.rows ||
        Number(COPY_NAME.test(tabs[a.index]!.name)) - Number(COPY_NAME.test(tabs[b.index]!.name)) ||
        a.index - b.index,
    );
  const kept: typeof order = [];
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
      }
      repeated += count - left;
    }
    const { rows, index } = candidate;
    if (isCopy(rows, repeated, tabs[index]!.name)) {
      copies.push({
        sheet: tabs[index]!.name,
        of: [...of].sort((a, b) => a - b).map((i) => tabs[i]!.name),
        rows,
        repeated,
      });
    } else kept.push(candidate);
  }
  const left = new Set(copies.map((c) => c.sheet));
  return {
    tabs: tabs.filter((t) => !left.has(t.name)),
    copies: tabs.flatMap((t) => copies.filter((c) => c.sheet === t.name)),
  };
}

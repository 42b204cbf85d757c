// Columns an owner adds to the Insights sheet ("My notes", "Called?") are theirs: Analyze rewrites
// the table but keeps those columns, each cell beside the same customer as before (new-owner trial:
// a notes column typed after the table was wiped by the next Analyze, without a word).
//
// Decisions (tests in test/unit/report/owner-columns.test.ts):
// - A column is the add-on's when its header is one the add-on wrote there last time; any other
//   column with something in it is the owner's, wherever it stands (inserted inside the table or
//   beside it; a table column the owner deleted moves nothing of theirs into the table).
// - The owner's columns are written again right of the new table, in their order.
// - Each row's cells follow the customer named in its customer cell, as the table showed them: the
//   n-th row of a name goes to the n-th row of that name (exports can show one name for two
//   customers). Rows whose customer is no longer in the table are kept below it, under their name.
// - The customer column is found by its header (the table's first), not taken to be column A: an
//   owner's column inserted at A ("Priority") is theirs like any other (new-owner trial: it was read
//   as the customers' names, lost, and every note came loose from its customer). Without that
//   header nothing can be placed: the shell refuses to write rather than drop or misplace a cell.
// - A formula the owner typed is kept as a formula; moved to another row, its relative row
//   references move with it (as a copied cell's do in Sheets). A column holding an array formula
//   (ARRAYFORMULA, {…}, FILTER, a custom function…) keeps only its formulas, where they were: the
//   cells it fills are its output, and writing them back would block it.
import type { CellOutput, CellValue } from '../cells';

/** An owner's cell: a formula they typed, or a value. */
export type OwnerCell = CellOutput | { readonly formula: string };

/** The owner's columns, read before the sheet is rewritten. */
export interface OwnerColumns {
  /**
   * The customer cell of each row (as the table named them), header row first; null when no column
   * has the customer header (the owner renamed or deleted it): the columns cannot be placed.
   */
  labels: readonly CellValue[] | null;
  /** One per owner column, the header row first. */
  columns: readonly (readonly OwnerCell[])[];
  /** Per column: it holds an array formula, so its cells stay where they are. */
  fixed: readonly boolean[];
}

const isBlank = (v: OwnerCell) => v === '' || v === null;
const isFormula = (v: OwnerCell): v is { readonly formula: string } =>
  typeof v === 'object' && v !== null && 'formula' in v;

/** Functions whose result fills more than one cell. */
const SPILLING =
  /^=\s*\{|\b(ARRAYFORMULA|FILTER|SORT|SORTN|UNIQUE|QUERY|IMPORTRANGE|SPLIT|SEQUENCE|TRANSPOSE|FLATTEN|MAP|BYROW|BYCOL|MAKEARRAY|CUSTOMER_\w+|RFM_\w+|VALUE_TIER|LIFECYCLE_STAGE|REPEAT_PROBABILITY|EXPECTED_PURCHASES|NEXT_PURCHASE_DATE|PREDICTED_VALUE|LOYALTY_SCORE)\s*\(/i;

/**
 * The owner's columns of a sheet's cells: every column with content whose header is not one the
 * add-on wrote (`isAddOnHeader`), wherever it stands; the customer column is the first headed
 * `customerHeader`. Undefined when there are none.
 */
export function ownerColumnsOf(
  values: readonly (readonly CellValue[])[],
  formulas: readonly (readonly string[])[],
  isAddOnHeader: (header: string) => boolean,
  customerHeader: string,
): OwnerColumns | undefined {
  const width = values.reduce((w, row) => Math.max(w, row.length), 0);
  const labelColumn = values[0]?.indexOf(customerHeader) ?? -1;
  const columns: OwnerCell[][] = [];
  const fixed: boolean[] = [];
  for (let c = 0; c < width; c++) {
    if (c === labelColumn) continue;
    const header = values[0]?.[c];
    if (typeof header === 'string' && header !== '' && isAddOnHeader(header)) continue;
    const column = values.map((row, r): OwnerCell => {
      const formula = formulas[r]?.[c];
      return formula ? { formula } : ((row[c] ?? '') as CellOutput);
    });
    if (!column.some((v) => !isBlank(v))) continue;
    const spills = column.some((v) => isFormula(v) && SPILLING.test(v.formula));
    columns.push(spills ? column.map((v) => (isFormula(v) ? v : '')) : column);
    fixed.push(spills);
  }
  if (columns.length === 0) return undefined;
  const labels = labelColumn < 0 ? null : values.map((row) => row[labelColumn] ?? '');
  return { labels, columns, fixed };
}

/**
 * A1 references outside quotes, not followed by "(" (LOG10( is a function) nor "!" (a sheet named
 * Q1 or Jan2024), and not a quoted sheet name ('Q1'!B5). A reference on another sheet (Notes!B5)
 * is left as it is: it does not point at the customer's row.
 */
const A1_REFERENCE = /("[^"]*"|'[^']*')|(?<![A-Za-z0-9_.$!])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\w(!])/g;

/** A formula copied `rows` rows down: its relative row references follow (A5 → A8; A$5 stays). */
export function shiftFormulaRows(formula: string, rows: number): string {
  if (rows === 0) return formula;
  return formula.replace(A1_REFERENCE, (whole, quoted, colAbs, col, rowAbs, row) => {
    if (quoted !== undefined) return whole;
    if (rowAbs === '$') return whole;
    const next = Number(row) + rows;
    return next >= 1 ? `${colAbs}${col}${rowAbs}${next}` : whole;
  });
}

/** The n-th row of each label, header row not counted: how a row is matched across two tables. */
function occurrences(labels: readonly CellValue[]): string[] {
  const seen = new Map<string, number>();
  return labels.map((label, i) => {
    if (i === 0) return '';
    const key = String(label);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return `${n}\u0000${key}`;
  });
}

/**
 * The owner's columns placed beside a new table whose first column is `labels` (header row first):
 * one row per table row, then one per row whose customer left the table (`orphans`: the row and the
 * name to write in the table's first column).
 */
export function placeOwnerColumns(
  kept: OwnerColumns,
  labels: readonly CellValue[],
): { rows: OwnerCell[][]; orphans: { row: number; label: string }[] } {
  const keptLabels = kept.labels;
  if (keptLabels === null) {
    throw new Error('placeOwnerColumns: no customer column (labels null)');
  }
  const rowOf = new Map<string, number>();
  occurrences(labels).forEach((key, i) => {
    if (i > 0) rowOf.set(key, i);
  });
  const blank = () => kept.columns.map((): OwnerCell => '');
  const rows = labels.map(blank);
  const height = () => rows.length;
  const put = (to: number, from: number, c: number) => {
    const cell = kept.columns[c]![from] ?? '';
    rows[to]![c] =
      isFormula(cell) && to !== from ? { formula: shiftFormulaRows(cell.formula, to - from) } : cell;
  };
  const keys = occurrences(keptLabels);
  const orphans: { row: number; label: string }[] = [];
  for (let r = 0; r < keptLabels.length; r++) {
    const movable = kept.columns.map((column, c) => (kept.fixed[c] ? '' : (column[r] ?? '')));
    let to = r === 0 ? 0 : rowOf.get(keys[r]!);
    if (to === undefined && !movable.every(isBlank)) {
      rows.push(blank());
      to = height() - 1;
      orphans.push({ row: to, label: String(keptLabels[r] ?? '') });
    }
    kept.columns.forEach((column, c) => {
      if (kept.fixed[c]) {
        // An array formula stays in its row; the cells it fills are left for it.
        if (isFormula(column[r] ?? '')) {
          while (height() <= r) rows.push(blank());
          rows[r]![c] = column[r]!;
        }
      } else if (to !== undefined) put(to, r, c);
    });
  }
  return { rows, orphans };
}

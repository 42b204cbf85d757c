// What an order cost: its total once, else its line totals, else price × quantity, less refunds.
//
// Decisions (tests in test/unit/exports/read-export.test.ts and the fixtures):
// - The first readable order total among the order's rows is the order's (exports repeat it on each
//   line or give it on the first only); an adjusted total (Etsy) wins and already has refunds off.
// - Otherwise line totals add up, and a line with only a unit price counts price × quantity (1 when
//   the quantity is blank; "2 pcs", "x3" read as their numbers, input/parse-quantity.ts).
// - Refunds: the first filled refunded-amount cell is taken off; refund rows (a Square Refund event, a
//   PayPal Payment Refund) are taken off in size, whatever their sign. An order made only of refund
//   rows is a return (negative).
// - `gross` is what was paid before refunds, so an order refunded to zero or below can be told from a
//   free one.
// - Lines the owner's rules left out (a gift card bought with a candle) are not in the line sums
//   (`lines`), but an order total still holds them: their line totals (`ruledOut`) are taken off the
//   order total. When that and the refunds together exceed what was paid, the refund was (at least
//   in part) of the line left out: the larger of the two comes off, not both.
import type { CellValue } from '../cells';
import { readAmount } from '../input/parse-amount';
import { quantityOrOne } from '../input/parse-quantity';
import type { ExportColumns } from './fields';
import { cellAt, firstFilledRow, type OrderRow } from './order-rows';

export interface OrderAmount {
  /** The net amount, or why there is none. */
  amount: number | AmountProblem;
  /** Paid before refunds (0 for a return). */
  gross: number;
  /** The row and cell of a problem. */
  row?: OrderRow;
  cell?: CellValue | undefined;
  /** The cell that took the order to its net (a refunded amount), for the report. */
  refundCell?: CellValue | undefined;
}

type AmountProblem = Exclude<ReturnType<typeof readAmount>, number>;

/**
 * A line's total: its line-total cell, else unit price × quantity (1 when blank; input/parse-quantity.ts);
 * undefined when neither reads.
 */
export function lineTotal(d: OrderRow, c: ExportColumns): number | undefined {
  const line = readAmount(cellAt(d, c.lineAmount));
  if (typeof line === 'number') return line;
  const price = readAmount(cellAt(d, c.unitPrice));
  if (typeof price !== 'number') return undefined;
  // "2 pcs", "x3", "1.5 kg" are their numbers; a quantity that cannot be read gives no total (the
  // reader reports the row), never price × 1.
  const q = quantityOrOne(cellAt(d, c.quantity));
  return q === undefined ? undefined : price * q;
}

export function orderAmount(
  main: readonly OrderRow[],
  refunds: readonly OrderRow[],
  hasSales: boolean,
  c: ExportColumns,
  ruledOut = 0,
  lines: readonly OrderRow[] = main,
  /** A refund row that puts money back (a chargeback reversed): added, in size. */
  restores?: (d: OrderRow) => boolean,
): OrderAmount {
  let gross: number | undefined;
  let refundApplies = true;
  // The first filled-in order total that cannot be read, reported when no amount is found.
  let problem: AmountProblem | undefined;
  let problemRow: OrderRow | undefined;
  let problemCell: CellValue | undefined;
  let original: number | undefined;
  const amountRow = firstFilledRow(main, c.amount);
  if (amountRow !== undefined) {
    const v = cellAt(amountRow, c.amount);
    const a = readAmount(v);
    if (typeof a === 'number') original = a;
    else {
      problem = a;
      problemRow = amountRow;
      problemCell = v;
    }
  }
  const adjustedRow = firstFilledRow(main, c.adjustedTotal);
  if (adjustedRow !== undefined) {
    const v = cellAt(adjustedRow, c.adjustedTotal);
    const a = readAmount(v);
    if (typeof a === 'number') {
      gross = a;
      refundApplies = false;
    } else if (problem === undefined) {
      problem = a;
      problemRow = adjustedRow;
      problemCell = v;
    }
  }
  gross ??= original;
  const total = gross;
  if (gross !== undefined) gross -= ruledOut;
  if (gross === undefined && (c.lineAmount !== undefined || c.unitPrice !== undefined)) {
    let sum: number | undefined;
    for (let i = 0; i < lines.length; i++) {
      const line = lineTotal(lines[i]!, c);
      if (line !== undefined) sum = (sum ?? 0) + line;
    }
    gross = sum;
  }
  if (gross === undefined) {
    if (problem !== undefined) {
      return { amount: problem, row: problemRow!, cell: problemCell, gross: 0 };
    }
    const head = main[0]!;
    const column = c.amount ?? c.lineAmount ?? c.unitPrice ?? c.adjustedTotal;
    return { amount: 'blank', gross: 0, row: head, cell: column === undefined ? '' : head.cells[column] };
  }
  // Refund rows whose payment is not in the log are returns, whatever sign the export gives them.
  if (!hasSales) gross = -Math.abs(gross);
  let net = gross;
  let refundCell: CellValue | undefined;
  if (refundApplies && hasSales) {
    const refundedRow = firstFilledRow(main, c.refunded);
    if (refundedRow !== undefined) {
      const v = cellAt(refundedRow, c.refunded);
      const r = readAmount(v);
      if (typeof r === 'number') {
        net -= Math.abs(r);
        if (r !== 0) refundCell = v;
      }
    }
  }
  if (hasSales) {
    const refundColumn = c.amount !== undefined ? c.amount : c.lineAmount;
    for (const d of refunds) {
      const v = cellAt(d, refundColumn);
      // Lines priced per unit (no amount column): the refund line's price × quantity.
      const r = refundColumn === undefined ? (lineTotal(d, c) ?? 'blank') : readAmount(v);
      if (typeof r === 'number') {
        net += restores?.(d) ? Math.abs(r) : -Math.abs(r);
        refundCell = v ?? r;
      }
    }
  }
  if (total !== undefined && ruledOut > 0 && hasSales && net < 0)
    net = total - Math.max(ruledOut, gross - net);
  // What was paid before refunds: an adjusted total of 0 is a full refund, not a free order.
  const paid = Math.max(gross, original === undefined ? gross : original - ruledOut);
  if (!refundApplies && original !== undefined && gross + ruledOut < original) refundCell ??= gross;
  return { amount: Math.round(net * 1e6) / 1e6, gross: hasSales ? paid : 0, refundCell };
}

// A payment app's statement (Venmo) names both sides of each payment, From and To, and the account's
// owner is one of them on every row: the customer of a row is the other side. The owner is found from
// the rows, not asked for: the name on one side of the most rows (a customer is on a few rows, the
// owner on all). Names are compared as the customer key reads them (case and spacing aside).
import type { CellValue, Grid } from '../cells';
import { normalizeCustomerKey } from '../input/customer-key';
import { readAmount } from '../input/parse-amount';
import { isBlankCell } from '../input/text';

/**
 * The key of the name on one side of the most rows; undefined when no row names both sides. A
 * statement of one payment names each side once: a Payment's sign, then, says which side is the
 * owner's (money in: the owner was paid, To; money out: the owner paid, From), and a Charge's the
 * other way round (the owner charged: From); each such row adds half a row to that side.
 */
export function statementOwner(grid: Grid, columns: StatementColumns): string | undefined {
  const { payer, payee } = columns;
  const rowsOf = new Map<string, number>();
  let best: string | undefined;
  let most = 0;
  const count = (key: string, n: number) => {
    const total = (rowsOf.get(key) ?? 0) + n;
    if (rowsOf.size < 100_000 || rowsOf.has(key)) rowsOf.set(key, total);
    if (total > most) {
      most = total;
      best = key;
    }
  };
  for (let i = 0; i < grid.length; i++) {
    const row = grid[i] ?? [];
    const from = row[payer];
    const to = row[payee];
    if (isBlankCell(from) || isBlankCell(to)) continue;
    const a = normalizeCustomerKey(from!);
    const b = normalizeCustomerKey(to!);
    count(a, 1);
    if (b !== a) count(b, 1);
    const side = ownerSide(at(row, columns.type), at(row, columns.amount));
    if (side !== undefined) count(side === 'payer' ? a : b, 0.5);
  }
  return best;
}

/** The columns of a statement the owner is found by. */
export interface StatementColumns {
  payer: number;
  payee: number;
  type: number | undefined;
  amount: number | undefined;
}

/** Which side a Payment or Charge row puts the owner on, by its sign (the owner's money). */
function ownerSide(
  type: CellValue | undefined,
  amount: CellValue | undefined,
): 'payer' | 'payee' | undefined {
  if (typeof type !== 'string') return undefined;
  const kind = type.trim().toLowerCase();
  if (kind !== 'payment' && kind !== 'charge') return undefined;
  const money = readAmount(amount);
  if (typeof money !== 'number' || money === 0) return undefined;
  return money > 0 === (kind === 'payment') ? 'payee' : 'payer';
}

/** The side of a row that is not the owner: its From or its To cell; undefined when neither is filled. */
export function counterpartyCell(
  row: readonly (CellValue | undefined)[],
  payer: number,
  payee: number,
  owner: string | undefined,
): CellValue | undefined {
  const from = row[payer];
  const to = row[payee];
  if (isBlankCell(from)) return isBlankCell(to) ? undefined : to;
  if (isBlankCell(to)) return from;
  return normalizeCustomerKey(from!) === owner ? to : from;
}

function at(row: readonly (CellValue | undefined)[], column: number | undefined): CellValue | undefined {
  return column === undefined ? undefined : row[column];
}

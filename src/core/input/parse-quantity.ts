// A quantity as people type it on an order line: a number, or a number with a unit word or a times
// sign (trial 25: "2 pcs", "x3" and "1.5 kg" were each read as 1, silently, and a price × quantity
// with them).
//
// Decisions (tests in test/unit/input/parse-quantity.test.ts):
// - A number cell, or text the amount reader reads (3, 1,5, -2), is that number.
// - Text of one number with a unit after it (letters or a measure word: 2 pcs, 1.5 kg, 2件, 3个,
//   2 個), or a times sign before or after it (x3, ×3, *3, 3x), is that number. Units are not
//   converted: 1.5 kg is 1.5 of what the line prices.
// - Blank: 'blank' (a line then counts 1, and the reader says how many rows had none).
// - Anything else (text with no number, two numbers, a range 2-3): 'unreadable', the row's problem;
//   never a guessed 1.
import type { CellValue } from '../cells';
import { readAmount } from './parse-amount';
import { isBlankCell } from './text';

const TIMES_BEFORE = /^[x×*]\s*([-−]?\d[\d.,]*)$/iu;
const AFTER = /^([-−]?\d[\d.,]*)\s*(?:[x×]|\p{L}[\p{L}.]*)$/iu;

/** The quantity in a cell (the rules at the top). */
export function readQuantity(cell: CellValue | undefined): number | 'blank' | 'unreadable' {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : 'unreadable';
  if (isBlankCell(cell)) return 'blank';
  const plain = readAmount(cell);
  if (typeof plain === 'number') return plain;
  if (typeof cell !== 'string') return 'unreadable';
  const text = cell.trim();
  const m = TIMES_BEFORE.exec(text) ?? AFTER.exec(text);
  if (m === null) return 'unreadable';
  const n = readAmount(m[1]!);
  return typeof n === 'number' ? n : 'unreadable';
}

/** A line's quantity for price × quantity: blank counts 1; undefined when it cannot be read. */
export function quantityOrOne(cell: CellValue | undefined): number | undefined {
  const q = readQuantity(cell);
  return q === 'blank' ? 1 : q === 'unreadable' ? undefined : q;
}

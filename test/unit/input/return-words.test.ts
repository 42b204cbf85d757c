// One table of return, refund and cancel words for a Status column and a Notes column (trial 25:
// 'Return' and 退货 were returns in a note, unknown statuses, so purchases, under Status).
import { describe, expect, it } from 'vitest';
import { statusMeaning } from '../../../src/core/exports/statuses';
import { noteMeaning } from '../../../src/core/input/note-words';
import { RETURN_WORDS, returnWordsMeaning } from '../../../src/core/input/return-words';

describe('a status and a note read the same words', () => {
  it.each(['Return', 'return', '退货', '退貨', '退款', 'Refund'])(
    '%s: a refund row, and a return note',
    (w) => {
      expect(statusMeaning(w)).toBe('refund_row');
      expect(noteMeaning(w)).toBe('return');
    },
  );
  it('every word of the table means money given back or an order left out, in both columns', () => {
    for (const w of RETURN_WORDS.returnRow) {
      expect(['refund_row', 'refunded'], w).toContain(statusMeaning(w));
      expect(noteMeaning(w), w).toBe('return');
    }
    // An order given back whole: left out as refunded under Status, and so in a note (trials 25, 27).
    for (const w of RETURN_WORDS.returned) {
      expect(statusMeaning(w), w).toBe('refunded');
      expect(noteMeaning(w), w).toBe('returned');
    }
    for (const w of [...RETURN_WORDS.cancel, ...RETURN_WORDS.void]) {
      expect(['cancelled', 'voided'], w).toContain(statusMeaning(w));
      expect(noteMeaning(w), w).toBe('cancelled');
    }
  });
  it('a status made of several of the words is read as the note is', () => {
    expect(statusMeaning('Returned - refunded')).toBe('refunded');
    expect(statusMeaning('退货退款')).toBe('refund_row');
    expect(statusMeaning('Cancelled, refunded')).toBe('cancelled');
    expect(noteMeaning('Cancelled, refunded')).toBe('cancelled');
  });
});

describe('a cancelled return leaves the sale standing', () => {
  it.each([
    '退货已取消',
    'Return cancelled',
    'refund cancelled',
    'Refund canceled',
    '取消退货',
    '已取消退款',
    '退款已取消',
    '退貨已取消',
    'return voided',
  ])('%s', (w) => {
    expect(returnWordsMeaning(w)).toBe('return_cancelled');
    expect(statusMeaning(w)).toBe('purchase');
    // Counted: Data issues says the return was cancelled and the sale kept.
    expect(noteMeaning(w)).toBe('return_cancelled');
  });
  it('a cancelled and refunded order is not a cancelled return', () => {
    for (const w of ['Cancelled, refunded', '已取消，已退款', '已取消'])
      expect(returnWordsMeaning(w), w).toBe('cancelled');
  });
});

import { describe, expect, it } from 'vitest';
import { lastHistoryMemo } from '../../../src/core/models/last-history-memo';
import { expectedPurchasesMbgPredictor, probabilityAliveMbg } from '../../../src/core/models/mbg-nbd';

describe('lastHistoryMemo', () => {
  it('works a history out once while it is asked for again, and again for another or a changed one', () => {
    let calls = 0;
    const memo = lastHistoryMemo((h) => {
      calls++;
      return h.x * 1000 + h.tx * 10 + h.T;
    });
    const h = { x: 2, tx: 30, T: 90 };
    expect([memo(h), memo(h)]).toEqual([2390, 2390]);
    expect(calls).toBe(1);
    // Equal figures in another object: worked out again (the memo keeps one object, not a key).
    expect(memo({ x: 2, tx: 30, T: 90 })).toBe(2390);
    expect(calls).toBe(2);
    const changed = { x: 1, tx: 5, T: 9 };
    expect(memo(changed)).toBe(1059);
    for (const [key, value] of [
      ['x', 3],
      ['tx', 6],
      ['T', 10],
    ] as const) {
      changed[key] = value;
      expect(memo(changed)).toBe(changed.x * 1000 + changed.tx * 10 + changed.T);
    }
    expect(calls).toBe(6);
  });

  it('gives the MBG/NBD expected purchases the same figure as P(alive) worked out each time', () => {
    const params = { r: 0.5, alpha: 10, a: 0.8, b: 2.5 };
    const memo = lastHistoryMemo((h) => probabilityAliveMbg(params, h));
    const shared = expectedPurchasesMbgPredictor(params, memo);
    const plain = expectedPurchasesMbgPredictor(params);
    const h = { x: 3, tx: 40, T: 120 };
    expect(memo(h)).toBe(probabilityAliveMbg(params, h));
    expect(shared(h, 365)).toBe(plain(h, 365));
    h.tx = 100;
    expect(shared(h, 365)).toBe(plain(h, 365));
    expect(memo(h)).toBe(probabilityAliveMbg(params, h));
  });
});

// Leftovers 29: a zh-TW sentence wrote the sheet's Simplified currency mark (人民币) in a Traditional
// sentence. currencyIn gives every sentence writer the mark as its language writes it.
import { describe, expect, it } from 'vitest';
import { currencyIn } from '../../../src/core/i18n/currency-in';
import { overRefundParts } from '../../../src/core/insights/over-refund-why';

const RMB = { symbol: '人民币', after: false };

describe('currencyIn', () => {
  it('writes a currency name in Traditional characters in zh-TW only; marks and no currency as they are', () => {
    const tw = (symbol: string) => currencyIn('zh-TW', { symbol, after: false })?.symbol;
    expect(['人民币', '港币', '澳门币', '欧元', '英镑', '韩元', '日圆'].map(tw)).toEqual([
      '人民幣',
      '港幣',
      '澳門幣',
      '歐元',
      '英鎊',
      '韓元',
      '日圓',
    ]);
    expect(['NT$', '¥', '元', '$', '€', '新台幣'].map(tw)).toEqual(['NT$', '¥', '元', '$', '€', '新台幣']);
    expect(currencyIn('zh-CN', RMB)).toEqual(RMB);
    expect(currencyIn('en', RMB)).toEqual(RMB);
    expect(currencyIn('zh-TW', undefined)).toBeUndefined();
  });

  it('the over-refund sentence writes it as the why writes it', () => {
    const o = { key: 'lee', label: 'Lee', day: 20_000, sales: 40, refunds: 80, rows: [3, 4, 5] };
    const { said, taken } = overRefundParts(o, 'zh-TW', false, RMB);
    expect(`${said}${taken}`).not.toContain('币');
    expect(said).toContain('人民幣80.00');
    expect(taken).toBe('多出的 人民幣40.00 已從其總消費中扣除');
    expect(overRefundParts(o, 'zh-CN', false, RMB).taken).toBe('多出的 人民币40.00 已从其总消费中扣除');
  });
});

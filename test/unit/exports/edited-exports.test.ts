// An owner's edited export (new-owner trial 20): columns renamed to generic headers or deleted, while
// the platform is still recognised from its other headers. Amounts are read as from the full export,
// or the reader refuses naming what is truly missing; never other totals in silence.
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/core/i18n/language';
import { ANALYZE_TEXTS } from '../../../src/core/report/analyze-texts';
import { dataIssueRows } from '../../../src/core/report/data-issues';
import { fixture, readEdited, totalsOf } from '../../support/edited-exports';

describe('a field the platform names no longer find is read from its generic header', () => {
  it('Square with Date renamed 日期: the purchases of the full export', () => {
    const f = fixture('square', 'transactions-2024.csv');
    const edited = readEdited(f, { rename: { Date: '日期' } });
    expect(edited.detection?.profile?.id).toBe('square');
    expect(totalsOf(edited)).toEqual(totalsOf(readEdited(f)));
    expect(totalsOf(edited)).toEqual({ 'cust-1': 31.6, 'cust-2': 8 });
  });

  it('Stripe with Amount renamed 金额: the purchases of the full export', () => {
    const f = fixture('stripe', 'unified_payments.csv');
    const edited = readEdited(f, { rename: { Amount: '金额' } });
    expect(edited.detection?.profile?.id).toBe('stripe');
    expect(totalsOf(edited)).toEqual(totalsOf(readEdited(f)));
  });

  it('Shopify with Total renamed 实付金额: the order totals, not the line prices (Alice 188, not 172)', () => {
    const f = fixture('shopify', 'orders_2024.csv');
    const edited = readEdited(f, { rename: { Total: '实付金额' } });
    const header = (f.rows[0] as string[]).indexOf('Total');
    expect(edited.detection?.columns.amount).toBe(header);
    expect(totalsOf(edited)).toEqual(totalsOf(readEdited(f)));
    const alice = f.expected.customers.find((c) => c.name === 'Alice Wong')!;
    expect(totalsOf(edited)[alice.key]).toBe(188);
  });
});

describe('an export kept to some of its columns is read by the platform names it still has', () => {
  it('Shopify kept to Name, Email, Created at, Total, Lineitem name: orders by email, dated by Created at', () => {
    const f = fixture('shopify', 'orders_2024.csv');
    const kept = readEdited(f, { keep: ['Name', 'Email', 'Created at', 'Total', 'Lineitem name'] });
    expect(kept.detection?.missing).toEqual([]);
    expect(kept.detection?.columns).toMatchObject({ orderId: 0, email: 1, date: 2, amount: 3, product: 4 });
    // No status, refund or currency columns are left: Alice's three orders at their totals.
    expect(totalsOf(kept)['alice@example.com']).toBe(208);
    expect(Object.keys(totalsOf(kept)).every((k) => k.includes('@'))).toBe(true);
  });

  it('Youzan kept to 订单号, 买家昵称, 下单时间, 订单实付金额, 订单状态: 小王 370 as in the full export', () => {
    const f = fixture('youzan', '订单导出_2024.csv');
    const kept = readEdited(f, { keep: ['订单号', '买家昵称', '下单时间', '订单实付金额', '订单状态'] });
    expect(kept.detection?.missing).toEqual([]);
    expect(totalsOf(kept).小王).toBe(370);
  });
});

describe('a refund row is never dropped when the column naming it is deleted', () => {
  it('Square without Event Type: the −$32.40 refund sharing tx-A4 comes off (Uma 8.00, not 40.40)', () => {
    const f = fixture('square', 'transactions-2024.csv');
    const edited = readEdited(f, { drop: ['Event Type'] });
    expect(totalsOf(edited)).toEqual(totalsOf(readEdited(f)));
    expect(totalsOf(edited)['cust-2']).toBe(8);
  });
});

describe('an export kept without its order ids never adds a repeated order total twice', () => {
  it('Youzan kept to 买家昵称, 下单时间, 订单实付金额: the two lines of E20240305001 read once (小王 520, not 740)', () => {
    const f = fixture('youzan', '订单导出_2024.csv');
    const kept = readEdited(f, { keep: ['买家昵称', '下单时间', '订单实付金额'] });
    // 220 once, and the closed 150 order counts: its status column is gone.
    expect(totalsOf(kept).小王).toBe(520);
    expect(kept.log.rowsUsed).toBe(6);
  });

  it('with its product column kept too, the two lines (铁观音, 茶杯) are still one order of 220', () => {
    const f = fixture('youzan', '订单导出_2024.csv');
    const kept = readEdited(f, { keep: ['买家昵称', '下单时间', '订单实付金额', '商品名称'] });
    expect(totalsOf(kept).小王).toBe(520);
    expect(kept.log.purchases.length).toBe(5);
  });
});

describe('Data issues says which column the amounts were read from when it is not the usual one', () => {
  const f = fixture('shopify', 'orders_2024.csv');
  const issues = (log: ReturnType<typeof readEdited>['log'], language: Language) =>
    dataIssueRows({ log, returnsOnly: [], zeroAmountDays: [] }, 'Orders', language, ANALYZE_TEXTS);

  it('Total renamed 实付金额: a line naming 实付金额 and Shopify’s Total, in en, zh-CN and zh-TW', () => {
    const { log } = readEdited(f, { rename: { Total: '实付金额' } });
    expect(log.amountFrom).toEqual({ header: '实付金额', usual: 'Total' });
    const [en, cn, tw] = (['en', 'zh-CN', 'zh-TW'] as const).map((l) =>
      issues(log, l).find((r) => r[3] === '实付金额'),
    );
    expect(en?.[4]).toBe(
      "Amounts were read from this column, not from the export's usual amount column (Total): check it is what customers paid",
    );
    expect(cn?.[4]).toContain('（Total）');
    expect(tw?.[4]).toContain('（Total）');
  });

  it('Total deleted: the line prices are added up, and the line says so', () => {
    const { log } = readEdited(f, { drop: ['Total'] });
    expect(log.amountFrom).toEqual({ header: 'Lineitem price', usual: 'Total' });
  });
});

// Statuses as the platforms export them (statuses.ts, pages cited there). Before: WooCommerce's
// 'wc-refunded', 'wc-cancelled', 'wc-failed' (its database form) were unknown, so a refunded or
// cancelled order counted as a sale; so were BigCommerce's "Awaiting Payment"-side statuses, Ecwid's,
// Shopify's fulfillment column, Pinduoduo's and Douyin's. Each platform's statuses, then spellings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type StatusMeaning, statusMeaning } from '../../../src/core/exports/statuses';

type Table = readonly (readonly [string, StatusMeaning | undefined])[];

const PLATFORMS: Record<string, Table> = {
  woocommerce: [
    ['wc-completed', 'purchase'],
    ['wc-processing', 'purchase'],
    ['wc-refunded', 'refunded'],
    ['wc-cancelled', 'cancelled'],
    ['wc-on-hold', 'unpaid'],
    ['wc-pending', 'unpaid'],
    ['wc-failed', 'failed'],
    ['wc-checkout-draft', 'unpaid'],
    ['auto-draft', 'unpaid'],
    ['Completed', 'purchase'],
    ['Pending payment', 'unpaid'],
    ['On hold', 'unpaid'],
    ['Refunded', 'refunded'],
    ['trash', 'cancelled'],
  ],
  'shopify financial': [
    ['paid', 'purchase'],
    ['partially_paid', 'purchase'],
    ['partially_refunded', 'purchase'],
    ['pending', 'unpaid'],
    ['authorized', 'unpaid'],
    ['expired', 'unpaid'],
    ['refunded', 'refunded'],
    ['voided', 'voided'],
  ],
  'shopify fulfillment': [
    ['fulfilled', 'purchase'],
    ['unfulfilled', 'purchase'],
    ['partial', 'purchase'],
    ['Partially fulfilled', 'purchase'],
    ['restocked', 'cancelled'],
  ],
  bigcommerce: [
    ['Awaiting Fulfillment', 'purchase'],
    ['Awaiting Shipment', 'purchase'],
    ['Awaiting Pickup', 'purchase'],
    ['Partially Shipped', 'purchase'],
    ['Shipped', 'purchase'],
    ['Completed', 'purchase'],
    ['Partially Refunded', 'purchase'],
    ['Pending', 'unpaid'],
    ['Awaiting Payment', 'unpaid'],
    ['Incomplete', 'unpaid'],
    ['Manual Verification Required', 'unpaid'],
    ['Declined', 'failed'],
    ['Cancelled', 'cancelled'],
    ['Refunded', 'refunded'],
    ['Disputed', undefined],
  ],
  stripe: [
    ['Paid', 'purchase'],
    ['succeeded', 'purchase'],
    ['Partially refunded', 'purchase'],
    ['partially_refunded', 'purchase'],
    ['Refunded', 'refunded'],
    ['Failed', 'failed'],
    ['Blocked', 'failed'],
    ['Uncaptured', 'unpaid'],
    ['Incomplete', 'unpaid'],
    ['requires_payment_method', 'unpaid'],
    ['Canceled', 'cancelled'],
    ['Disputed', undefined],
    ['needs_response', undefined],
  ],
  paypal: [
    ['Completed', 'purchase'],
    ['Cleared', 'purchase'],
    ['Partially Refunded', 'purchase'],
    ['Pending', 'unpaid'],
    ['Uncleared', 'unpaid'],
    ['Held', 'unpaid'],
    ['Unclaimed', 'unpaid'],
    ['Denied', 'failed'],
    ['Reversed', 'refunded'],
    ['Refunded', 'refunded'],
    ['Canceled', 'cancelled'],
  ],
  square: [
    ['Payment', 'purchase'],
    ['Refund', 'refund_row'],
    ['Completed', 'purchase'],
    ['Overdue', 'unpaid'],
    ['Canceled', 'cancelled'],
  ],
  etsy: [
    ['Completed', 'purchase'],
    ['Not Shipped', 'purchase'],
    ['Fully refunded', 'refunded'],
    ['Partially refunded', 'purchase'],
    ['Canceled', 'cancelled'],
  ],
  ecwid: [
    ['PAID', 'purchase'],
    ['AWAITING_PAYMENT', 'unpaid'],
    ['INCOMPLETE', 'unpaid'],
    ['PARTIALLY_REFUNDED', 'purchase'],
    ['REFUNDED', 'refunded'],
    ['CANCELLED', 'cancelled'],
    ['Will not deliver', 'cancelled'],
    ['READY_FOR_PICKUP', 'purchase'],
    ['Queued', 'unpaid'],
    ['Accepted', 'purchase'],
    ['Awaiting processing', undefined],
  ],
  lightspeed: [
    ['Processing awaiting payment', 'unpaid'],
    ['Processing awaiting shipment', 'purchase'],
    ['Completed shipped', 'purchase'],
    ['Layby', 'purchase'],
    ['Saved', 'unpaid'],
    ['Voided', 'voided'],
    ['On account', undefined],
  ],
  wix: [
    ['Paid', 'purchase'],
    ['Not paid', 'unpaid'],
    ['Partially paid', 'purchase'],
    ['Not fulfilled', 'purchase'],
    ['Refunded', 'refunded'],
  ],
  squarespace: [
    ['PAID', 'purchase'],
    ['PENDING', 'unpaid'],
    ['REFUNDED', 'refunded'],
    ['PARTIALLY_REFUNDED', 'purchase'],
  ],
  'youzan / taobao / weidian': [
    ['待发货', 'purchase'],
    ['已发货', 'purchase'],
    ['交易成功', 'purchase'],
    ['待成团', 'purchase'],
    ['待付款', 'unpaid'],
    ['等待买家付款', 'unpaid'],
    ['交易关闭', 'cancelled'],
    ['退款成功', 'refunded'],
    ['WAIT_SELLER_SEND_GOODS', 'purchase'],
    ['TRADE_FINISHED', 'purchase'],
    ['WAIT_BUYER_PAY', 'unpaid'],
    ['TRADE_CLOSED', 'cancelled'],
    ['退款中', undefined],
  ],
  'pinduoduo / douyin / jd': [
    ['已发货，待签收', 'purchase'],
    ['已签收', 'purchase'],
    ['备货中', 'purchase'],
    ['部分发货', 'purchase'],
    ['等待出库', 'purchase'],
    ['等待确认收货', 'purchase'],
    ['待评价', 'purchase'],
    ['未发货，退款成功', 'refunded'],
    ['已签收，退款成功', 'refunded'],
    ['已取消', 'cancelled'],
    ['已关闭', 'cancelled'],
    ['拒收', 'cancelled'],
    ['WAIT_SELLER_STOCK_OUT', 'purchase'],
    ['TRADE_CANCELED', 'cancelled'],
    ['售后中', undefined],
    ['售后处理中', undefined],
  ],
};

describe('each platform’s statuses read as the platform means them', () => {
  for (const [platform, table] of Object.entries(PLATFORMS)) {
    it(platform, () => {
      expect(table.map(([s]) => [s, statusMeaning(s)])).toEqual(table);
    });
  }
});

const KNOWN = [
  ...new Set(
    Object.values(PLATFORMS)
      .flat()
      .filter(([s, m]) => m !== undefined && /^[A-Za-z][A-Za-z _-]*$/.test(s))
      .map(([s]) => s.replace(/^wc-/, '')),
  ),
];

/** The words of a status written again: any case, joined by spaces, `_` or `-`, maybe a wc- prefix. */
const respelled = fc
  .record({
    status: fc.constantFrom(...KNOWN),
    upper: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
    joins: fc.array(fc.constantFrom(' ', '_', '-', '  ', ' - '), { minLength: 6, maxLength: 6 }),
    prefix: fc.constantFrom('', 'wc-', 'WC-', 'wc_', 'wc '),
    pad: fc.constantFrom('', ' ', '\t'),
  })
  .map(({ status, upper, joins, prefix, pad }) => {
    const words = status.split(/[\s_-]+/);
    const joined = words.map((w, i) => (i === 0 ? w : joins[i % joins.length] + w)).join('');
    const cased = [...joined].map((ch, i) => (upper[i % upper.length] ? ch.toUpperCase() : ch.toLowerCase()));
    return { status, text: pad + prefix + cased.join('') + pad };
  });

describe('a known status reads the same however it is spelled', () => {
  it('case, spaces, _, - and a wc- prefix change nothing (property)', () => {
    fc.assert(
      fc.property(respelled, ({ status, text }) => {
        expect(statusMeaning(text), text).toBe(statusMeaning(status));
      }),
      { numRuns: 2000 },
    );
  });

  it('the prefix is WooCommerce’s only: a word that merely starts with "wc" is not cut', () => {
    expect(statusMeaning('wcpaid')).toBeUndefined();
  });
});

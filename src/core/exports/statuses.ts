// What an order's status (or a PayPal/ledger row's type) means for the analysis: a purchase, a
// refund row to net, or a reason to leave the order out. One table for every platform, since the
// words overlap (Shopify's and Squarespace's "paid", WooCommerce's "completed", Taobao's 交易成功); the
// per-platform tables in the README are read from it.
//
// Decisions (tests in test/unit/exports/statuses.test.ts):
// - Paid but not yet delivered (processing, 待发货, 已发货, 买家已付款…) is a purchase: the money is in.
//   Olist's statuses (trial 24): approved, invoiced, processing, shipped, delivered are purchases;
//   created (not yet approved) is unpaid; unavailable (never fulfilled) is cancelled.
// - 'returned' on an order is a sale given back whole: left out like 'refunded'. 'Return', 退货,
//   退款 on a row are a refund row (netted). A cancelled return ('return cancelled', 退货已取消) is
//   a purchase: the sale stands. These words are return-words.ts's, shared with a notes column.
// - Pending, authorized, on-hold, 待付款 are *unpaid*: left out until paid. Cash on delivery follows
//   the platform's status: WooCommerce marks COD orders "processing" (counted), Shopify leaves them
//   "pending" until marked paid (left out), so a COD order counts once the platform says it is paid.
// - Partially paid counts (the customer committed and paid part; the amount is what the export says).
// - Partially refunded counts, with the refunded amount taken off; fully refunded, voided,
//   cancelled, closed (交易关闭 is a closed unpaid or fully refunded order) and failed are left out.
// - A row whose status or type is a refund (Square's "Refund" event, PayPal's "Payment Refund",
//   ledger 退款) nets against the customer's spend.
// - Money that is not a sale (PayPal withdrawals, transfers, currency conversions, holds) is left out.
// - A stored-value top-up (会员充值, 储值, top-up, recharge…) is money held for later purchases, not a
//   sale: left out as 'top_up' (the purchases paid from it count when they are made).
// - A status not in the table counts as a purchase: exports add statuses, and dropping a real sale
//   silently would be worse than counting it (Data issues lists the statuses it did not know).
import { RETURN_WORDS, returnWordsMeaning } from '../input/return-words';
import { cleanText } from '../input/text';

export type ExclusionReason =
  | 'unpaid'
  | 'cancelled'
  | 'voided'
  | 'refunded'
  | 'failed'
  | 'not_a_sale'
  | 'top_up'
  | 'duplicate'
  /** A line identical to the next of its order, counted once (read-export.ts). */
  | 'repeated_line'
  | 'anonymous'
  | 'other_currency'
  | 'owner_rule'
  | 'total_row'
  | 'section_header';

export type StatusMeaning = 'purchase' | 'refund_row' | ExclusionReason;

/** Squashed word → meaning. A Map, not an object: a status such as 'constructor' is not in it. */
const TABLE = new Map<string, StatusMeaning>();

function put(meaning: StatusMeaning, words: string | readonly string[]): void {
  for (const word of typeof words === 'string' ? words.split('|') : words) TABLE.set(squash(word), meaning);
}

put(
  'purchase',
  'paid|partially paid|partially refunded|completed|complete|processing|succeeded|success|payment|sale|captured|fulfilled|' +
    'shipped|delivered|invoiced|approved|' +
    '交易成功|已完成|完成|已付款|已支付|支付成功|待发货|已发货|待收货|已收货|部分退款|买家已付款，等待卖家发货|卖家已发货，等待买家确认|' +
    '卖家部分发货|消费|已结账|交易完成|成功',
);
// Return, refund and cancel words are return-words.ts's, the ones a notes column reads.
put('refund_row', RETURN_WORDS.returnRow);
put(
  'unpaid',
  'pending|created|not paid|authorized|on-hold|on hold|pending payment|unpaid|uncaptured|expired|draft|checkout-draft|awaiting payment|' +
    '待付款|等待买家付款|未付款|待支付|未支付|挂单',
);
put('cancelled', RETURN_WORDS.cancel);
put('cancelled', 'trash|unavailable|交易关闭|已关闭|关闭|订单关闭');
put('voided', RETURN_WORDS.void);
put('refunded', RETURN_WORDS.returned);
put('refunded', 'reversed');
put('failed', 'failed|declined|denied|blocked|支付失败|失败');
put(
  'not_a_sale',
  'general withdrawal|withdrawal|general currency conversion|currency conversion|transfer|hold on balance|' +
    'account hold for open authorization|reversal of general account hold|general authorization|' +
    'bank deposit to pp account|general payment|fee|提现|转账',
);

put(
  'top_up',
  '会员充值|會員充值|充值|储值|儲值|会员储值|會員儲值|充值卡|储值卡|儲值卡|加值|top-up|recharge|stored value|wallet top-up',
);

/** Lower case, spaces, `_`, `-` and punctuation removed: "Partially_Refunded" = "partially refunded". */
function squash(text: string): string {
  return cleanText(text)
    .toLowerCase()
    .replace(/[\s_\-,，、.。:：/]+/g, '');
}

/** A status made of several return or cancel words, read as a note of them is. */
const OF_RETURN_WORDS = {
  return: 'refund_row',
  returned: 'refunded',
  cancelled: 'cancelled',
  return_cancelled: 'purchase',
  none: undefined,
} as const satisfies Record<string, StatusMeaning | undefined>;

/** What a status or type cell means; undefined when blank or not in the table. */
export function statusMeaning(text: string): StatusMeaning | undefined {
  const key = squash(text);
  if (key === '') return undefined;
  return TABLE.get(key) ?? OF_RETURN_WORDS[returnWordsMeaning(cleanText(text)) ?? 'none'];
}

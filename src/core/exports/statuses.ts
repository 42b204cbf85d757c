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
//   silently would be worse than counting it. Data issues names each such status with its rows and
//   the rule that leaves them out (unknown-statuses.ts), so it never counts in silence.
// - Uncertain, so deliberately not in the table (counted and named like an unknown status): a refund
//   or after-sale still open (退款中, 售后中, 售后处理中: it may end refunded, partly, or refused), a
//   dispute still open (Stripe's or BigCommerce's "Disputed", "Needs response", "Under review"),
//   "Open", "New", "Closed", "In progress" and "Awaiting processing" (paid on one platform, unpaid or
//   cancelled on another), Lightspeed's "On account" (goods given, money owed).
// - A WooCommerce status keeps its meaning with the database prefix ('wc-refunded' is 'refunded').
import { RETURN_WORDS, returnWordsMeaning } from '../input/return-words';
import { cleanText } from '../input/text';

export type ExclusionReason =
  | 'unpaid'
  | 'cancelled'
  | 'voided'
  | 'refunded'
  | 'failed'
  | 'not_a_sale'
  /** Money the owner sent (a supplier paid, a friend paid back): an account statement's outgoing row. */
  | 'paid_out'
  | 'top_up'
  | 'duplicate'
  /** A line identical to the next of its order, counted once (read-export.ts). */
  | 'repeated_line'
  | 'anonymous'
  | 'other_currency'
  | 'owner_rule'
  | 'total_row'
  | 'section_header';

/** 'refund_undone': a row that puts back money a refund row took (a chargeback the seller won). */
export type StatusMeaning = 'purchase' | 'refund_row' | 'refund_undone' | ExclusionReason;

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
// Statuses seen in the platforms' own lists (pages cited per line), by what they say of the money.
// Paid, not yet (all) shipped: the money is in, as 待发货. BigCommerce (support.bigcommerce.com
// "Order Statuses"), Ecwid (support.ecwid.com "Order details and statuses"), Shopify's fulfillment
// column (shopify.dev OrderDisplayFulfillmentStatus: those platforms take payment at checkout, an
// unpaid order shows in the payment column), Lightspeed eCom's combined statuses.
put(
  'purchase',
  'awaiting fulfillment|awaiting shipment|awaiting pickup|awaiting dispatch|partially shipped|not shipped|' +
    'unfulfilled|not fulfilled|partial|partially fulfilled|ready for pickup|out for delivery|in transit|' +
    'dispatched|picked up|processing awaiting shipment|processing awaiting pickup|completed shipped|completed picked up',
);
// PayPal's "Cleared": an eCheck that cleared is paid (PayPal "Downloadable History Log" statuses);
// Ecwid's old "Accepted" is today's "Paid".
put('purchase', 'cleared|accepted');
// Taobao/Tmall, Youzan and JD API states as some exports write them (WAIT_SELLER_SEND_GOODS…): paid.
put(
  'purchase',
  'wait seller send goods|seller consigned part|wait buyer confirm goods|trade buyer signed|trade finished|' +
    'trade success|trade paid|wait seller stock out|wait goods receive confirm|finished l',
);
// 已签收, 待评价 (delivered, awaiting a review), 备货中 (Douyin: paid, being packed), 等待出库 (JD),
// 待成团/拼团中 (a group buy paid, the group not yet full: a later export shows 已关闭 if it fails),
// 待核销 (a paid voucher not yet used), 退款关闭/售后关闭 (a refund request closed: the sale stands).
put(
  'purchase',
  '已签收|已发货待签收|待签收|待评价|已评价|备货中|部分发货|已部分发货|等待卖家发货|等待买家确认收货|买家已签收|等待出库|' +
    '等待发货|等待确认收货|待成团|拼团中|拼团成功|待核销|已核销|待自提|待取货|已送达|配送中|待接单|已接单|' +
    '退款关闭|售后关闭|部分退款成功|已签收部分退款',
);
// How an order was served, in a POS ledger's order type (美团-style 订单类型): a sale either way. Known,
// so a type column's values the table lacks are named in Data issues and these are not.
put(
  'purchase',
  '堂食|外卖|外賣|外带|外帶|自提|打包|到店|配送|dine in|takeaway|take away|takeout|take out|delivery|pickup',
);
// Part paid by a deposit (Lightspeed lay-by/layaway): counted, as partially paid is.
put('purchase', 'layby|layaway|lay-by');
// Return, refund and cancel words are return-words.ts's, the ones a notes column reads.
put('refund_row', RETURN_WORDS.returnRow);
put(
  'unpaid',
  'pending|created|not paid|authorized|on-hold|on hold|pending payment|unpaid|uncaptured|expired|draft|checkout-draft|awaiting payment|' +
    '待付款|等待买家付款|未付款|待支付|未支付|挂单',
);
// Checkout not finished (BigCommerce/Stripe/Ecwid "Incomplete", WooCommerce's auto-draft, Stripe's
// requires_* payment intents), money not yet in (Ecwid's old "Queued"/"Chargeable", PayPal's
// "Uncleared" eCheck, "Held" or "Unclaimed" payment, Square's "Overdue" invoice, Lightspeed's saved or
// parked sale), or held for a check before it counts (BigCommerce's "Manual Verification Required").
put(
  'unpaid',
  'incomplete|abandoned|auto-draft|requires payment method|requires confirmation|requires action|requires capture|' +
    'queued|chargeable|uncleared|held|unclaimed|overdue|saved|parked|manual verification required|' +
    'processing awaiting payment|wait buyer pay|trade no create pay|pay pending|wait pre auth confirm|等待付款',
);
put('cancelled', RETURN_WORDS.cancel);
put('cancelled', 'trash|unavailable|交易关闭|已关闭|关闭|订单关闭');
// Shopify's "restocked" (every item restocked and the order canceled), Ecwid's "Will not deliver",
// the API states of a closed Taobao/JD trade, 拒收/已拒收 (delivery refused: not paid, or paid back).
put('cancelled', 'restocked|will not deliver|trade closed|trade closed by taobao|trade canceled|拒收|已拒收');
put('voided', RETURN_WORDS.void);
put('refunded', RETURN_WORDS.returned);
put('refunded', 'reversed');
// Pinduoduo's 未发货，退款成功 and the like: the whole order paid back.
put('refunded', '未发货退款成功|已发货退款成功|已签收退款成功|退款完成');
put('failed', 'failed|declined|denied|blocked|支付失败|失败');
put(
  'not_a_sale',
  'general withdrawal|withdrawal|general currency conversion|currency conversion|transfer|hold on balance|' +
    'account hold for open authorization|reversal of general account hold|general authorization|' +
    'bank deposit to pp account|fee|chargeback fee|dispute fee|提现|转账',
);
// PayPal's payment types (Activity Download specification, "Type"; developer.paypal.com beta reports
// glossary, record type Sale): a payment received is a sale, whatever the channel. "General Payment"
// is what PayPal.me and friends-and-family payments are: a customer paying in counts; money the owner
// sends under the same type has a negative Gross and is left out as paid out (read-export.ts).
put(
  'purchase',
  'general payment|website payment|mobile payment|subscription payment|preapproved payment bill user payment|' +
    'invoice payment|ebay auction payment|express checkout payment|web accept payment|shopping cart payment|' +
    'donation payment|virtual terminal payment|payment received|pos payment|instant payment',
);
// A dispute PayPal settled for the buyer gives their money back (glossary, record type Dispute:
// "Chargeback: money moved back to the buyer's PayPal account"): a refund row, joined to the payment
// by its Reference Txn ID. A chargeback reversal (the seller won) puts it back. An open "Dispute" stays
// out of the table, as above.
put('refund_row', 'chargeback|payment reversal|reversal');
// Venmo's statement types: a payment or a completed charge (a request the other side paid) is money
// in or out by its sign; a transfer to the bank is no sale.
put('purchase', 'charge|merchant transaction');
put('not_a_sale', 'standard transfer|instant transfer|bank transfer');
// Venmo's "Issued": a charge sent, not yet paid.
put('unpaid', 'issued');
// Cash App's types and statuses (a real export's rows: github.com/leonardobazico/ynab-converter):
// money between people is money in or out by its sign; the owner's card, bitcoin, stocks and moving
// money to or from the bank are no sale.
put('purchase', 'received p2p|sent p2p|payment received|payment deposited|payment sent');
put(
  'not_a_sale',
  'cash card debit|cash card|card charged|card refunded|boost payment|cash out|deposits|direct deposit|' +
    'paper money deposit|bitcoin buy|bitcoin sale|bitcoin recurring buy|bitcoin withdrawal|bitcoin deposit|' +
    'bitcoin boost|stock buy|stock sell|interest|transfer sent|transfer received',
);
put('unpaid', 'waiting on sender|waiting on recipient');
put(
  'refund_undone',
  'chargeback reversal|cancellation of reversal|reversal of chargeback|chargeback cancellation',
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

/**
 * WooCommerce's database prefix ('wc-completed', 'wc-on-hold'): exports that read the order's
 * post_status write it (woocommerce.github.io code reference, OrderInternalStatus).
 */
const WC_PREFIX = /^wc[\s_-]+/i;

/** What a status or type cell means; undefined when blank or not in the table. */
export function statusMeaning(text: string): StatusMeaning | undefined {
  const clean = cleanText(text).replace(WC_PREFIX, '');
  const key = squash(clean);
  if (key === '') return undefined;
  return TABLE.get(key) ?? OF_RETURN_WORDS[returnWordsMeaning(clean) ?? 'none'];
}

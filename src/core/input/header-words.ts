// Compound headers of public data sets and database exports (order_purchase_timestamp, payment_value,
// trans_date, tran_amount, Purchase_VALUE, user_id: trial 24), read by their words when no header of
// the row is an alias of the field (headers.ts).
//
// Decisions (tests in test/unit/input/header-words.test.ts, the fixtures guard in
// test/unit/input/header-words-property.test.ts):
// - A header is split into words at spaces, punctuation, '_' and a lower-to-upper case change
//   (orderDate). It names the purchase date when its last word is date, timestamp, datetime or time;
//   the amount when its last word is amount, amt, value, total, sum, price, revenue, sales or spend;
//   the customer when its last word is customer, client, buyer, user or member, or is id, no, number,
//   code, key or name after one of those words (user_id, customer_unique_id, buyer name).
// - Words that make it another date or another amount rule it out: ship, delivery, due, birth,
//   estimated… (a Ship Date is no purchase date); discount, tax, shipping, freight, fee, profit, cost,
//   refund, tip, unit, line, item… (a Discount Amount or a line's total is not what the order cost).
//   So do words that make it a customer's other detail (zip, city, email, phone, since…).
// - Chinese headers by their ending: …日期/…时间/…時間 a date, …金额/…金額/…总额/…總額 an amount, with the
//   same kinds of words ruling them out (发货日期, 优惠金额).
// - These readings come after every alias: any header that is an alias of the field wins, then the
//   leftmost compound header. Export profiles never use them (their headers are known exactly).
import { cleanText } from './text';

type WordField = 'customer' | 'date' | 'amount';

const set = (words: string) => new Set(words.split('|'));

const DATE_LAST = set('date|timestamp|datetime|time|dt|ts');
const AMOUNT_LAST = set('amount|amt|value|total|sum|price|revenue|sales|spend');
const CUSTOMER_WORDS = set('customer|client|buyer|user|member|cust|shopper|purchaser|account');
const CUSTOMER_LAST = set('id|no|number|num|code|key|name|uid|ref|identifier');

const NOT_PURCHASE_DATE = set(
  'ship|shipped|shipping|delivery|delivered|carrier|estimated|due|birth|birthday|dob|expiry|expiration|expires|' +
    'signup|registration|registered|joined|last|first|return|returned|refund|refunded|cancel|cancelled|canceled|' +
    'updated|modified|approved|review|start|end|lead|wait|waiting|prep|response|duration|elapsed|travel|hour|hours',
);
const NOT_ORDER_AMOUNT = set(
  'discount|discounts|tax|taxes|vat|gst|shipping|freight|delivery|fee|fees|profit|margin|cost|costs|refund|refunded|' +
    'refunds|tip|tips|commission|unit|line|item|items|each|installment|installments|sequential|coupon|voucher|' +
    'deposit|balance|credit|points|weight|quantity|qty|count|avg|average|mean|max|min|budget|target|estimated|' +
    'lifetime|ltv|clv|predicted|score',
);
/** Only before id, no, code…: customer_zip_code, customer_email_id are no customer (customer_city never was). */
const NOT_CUSTOMER = set(
  'zip|city|state|country|region|address|email|mail|phone|mobile|type|group|segment|rank|rating|review|seller|' +
    'vendor|supplier|agent|sales|staff|employee|rep|product|item',
);

const ZH_DATE = /(?:日期|时间|時間)$/;
const ZH_AMOUNT = /(?:金额|金額|总额|總額|总价|總價)$/;
const ZH_NOT_DATE =
  /发货|發貨|到货|到貨|签收|簽收|配送|预计|預計|退款|退货|退貨|生日|出生|到期|注册|註冊|更新|取消/;
const ZH_NOT_AMOUNT =
  /优惠|優惠|折扣|税|稅|运费|運費|退款|利润|利潤|成本|佣金|手续费|手續費|单价|單價|余额|餘額|押金|积分|積分/;

/** The words of a header: 'order_purchase_timestamp' → ['order', 'purchase', 'timestamp']. */
export function wordsOf(text: string): string[] {
  return cleanText(text)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

/** The field a compound header names by its words (see the rules at the top), if any. */
export function fieldOfWords(header: string): WordField | undefined {
  if (/[\u3400-\u9fff]/.test(header)) {
    const text = cleanText(header).replace(/[\s（(【[].*$/, '');
    if (ZH_DATE.test(text) && !ZH_NOT_DATE.test(text)) return 'date';
    if (ZH_AMOUNT.test(text) && !ZH_NOT_AMOUNT.test(text)) return 'amount';
    return undefined;
  }
  const words = wordsOf(header);
  const last = words[words.length - 1];
  if (last === undefined || words.length < 2) return undefined;
  if (DATE_LAST.has(last)) return words.some((w) => NOT_PURCHASE_DATE.has(w)) ? undefined : 'date';
  if (AMOUNT_LAST.has(last)) return words.some((w) => NOT_ORDER_AMOUNT.has(w)) ? undefined : 'amount';
  if (words.some((w) => NOT_CUSTOMER.has(w))) return undefined;
  if (CUSTOMER_WORDS.has(last)) return 'customer';
  if (CUSTOMER_LAST.has(last) && words.slice(0, -1).some((w) => CUSTOMER_WORDS.has(w))) return 'customer';
  return undefined;
}

// Lines of an order that are charges, not goods: shipping, a tip, a fee, tax, a discount, a gift card,
// a deposit, or an amount keyed in without an item. Exports list them as line items beside the goods
// (Square's item export names a keyed-in sale "Custom Amount": https://squareup.com/help/us/en/article/5429;
// Shopify keeps a tip as a line item of its own, TipSale: https://shopify.dev/docs/api/admin-graphql/latest/objects/TipSale;
// WooCommerce and 有赞 exports carry shipping, fee and coupon lines, 运费/优惠), and an owner's own log has
// "Delivery" or 运费 rows. None is a product a customer favours: a trial's re-order email asked Vic
// "Time for more Custom Amount?" and whether he was "running low on Custom Amount".
//
// A name is a charge when each of its words is a charge word or a word such names are made of
// ("Standard shipping", "Sales tax 8%", "Service charge", "Free next day delivery"), at least one a
// charge word. A word of anything else keeps it a product ("Shipping box", "Tea tax guide", "Gift box"),
// unless the name ends in a word that only ever names a charge ("Bag fee", "Cake cutting fee", "Wine
// corkage", 顺丰运费: a second trial's re-order email asked "Time for more Bag fee?"): a product so
// named loses only its place as a favourite, where a fee taken for one put it in an email.

/**
 * Words that make a name a charge; "custom-amount" and its kin are two-word charges joined before the
 * words are read (JOINED). Chinese (Simplified and Traditional) is read as whole runs: 运费 (shipping),
 * 小费 (tip), 服务费 (service charge), 优惠 (discount), 自定义金额 (custom amount) and their kin. One
 * string each: a list is a line per word in dist/Code.js.
 */
const CHARGE_WORDS = new Set(
  (
    'shipping delivery postage handling freight tip tips gratuity fee fees surcharge corkage' +
    ' tax taxes vat gst hst pst discount discounts coupon deposit custom-amount' +
    ' service-charge gift-card 运费 運費 邮费 郵費 快递费 快遞費 配送费 配送費 运费险 運費險' +
    ' 小费 小費 服务费 服務費 手续费 手續費 包装费 包裝費 打包费 打包費 餐盒费 餐盒費 优惠 優惠' +
    ' 优惠券 優惠券 折扣 税 稅 税费 稅費 押金 定金 订金 訂金 礼品卡 禮品卡 自定义金额 自定義金額 自訂金額'
  ).split(' '),
);

/** Words that, beside a charge word, keep the name a charge. */
const CHARGE_COMPANIONS = new Set(
  (
    'standard express free flat rate international domestic local next day same' +
    ' economy priority ground tracked first second class and charge charges cost costs' +
    ' sales service processing booking card credit packing packaging order small amount'
  ).split(' '),
);

/** Last words that make any name a charge ("Bag fee"); Chinese runs ending in a fee (顺丰运费). */
const CHARGE_ENDINGS = new Set('fee fees surcharge gratuity corkage tax taxes vat gst'.split(' '));
const FEE_SUFFIX =
  /(?:运费|運費|邮费|郵費|快递费|快遞費|配送费|配送費|小费|小費|服务费|服務費|手续费|手續費|包装费|包裝費|打包费|打包費|餐盒费|餐盒費)$/;

/** Two-word charges, as their joined word in CHARGE_WORDS. */
const JOINED: readonly [RegExp, string][] = [
  [/\bcustom (?:sale )?amount\b/g, 'custom-amount'],
  [/\bservice charge\b/g, 'service-charge'],
  [/\b(?:e ?)?gift (?:card|certificate|voucher)\b/g, 'gift-card'],
];

/**
 * Whether a product cell names a charge, not goods (see above). Case, spaces, punctuation, numbers
 * and a bracketed note ("Shipping (UPS Ground)") do not matter.
 *
 * @example isChargeLine('Custom Amount') // true
 * @example isChargeLine('Shipping box') // false
 */
export function isChargeLine(name: string): boolean {
  let text = name.toLowerCase().replace(/[(（[【].*?[)）\]】]/g, ' ');
  // Letters (Latin or Han) make words; everything else (digits, %, &, /, -) separates them.
  text = text.replace(/[^a-z\u00c0-\u024f\u3400-\u9fff]+/g, ' ').trim();
  if (text === '') return false;
  for (const [pattern, joined] of JOINED) text = text.replace(pattern, joined);
  const words = text.split(' ');
  const last = words[words.length - 1]!;
  if (CHARGE_ENDINGS.has(last) || FEE_SUFFIX.test(last)) return true;
  let charge = false;
  for (const word of words) {
    if (CHARGE_WORDS.has(word)) charge = true;
    else if (!CHARGE_COMPANIONS.has(word)) return false;
  }
  return charge;
}

/**
 * `isChargeLine` of each text worked out once, for a reader that asks of many rows: a log names a few
 * products on many rows (issue 13). Up to 10,000 texts kept.
 */
export function chargeLineTest(): (text: string) => boolean {
  const known = new Map<string, boolean>();
  return (text) => {
    let charge = known.get(text);
    if (charge === undefined) {
      charge = isChargeLine(text);
      if (known.size < 10_000) known.set(text, charge);
    }
    return charge;
  };
}

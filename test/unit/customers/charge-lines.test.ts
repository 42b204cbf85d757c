// Charge lines (shipping, tips, fees, tax, discounts, gift cards, deposits, Square's "Custom Amount")
// are never a customer's favourite product (trial 29: "Time for more Custom Amount, Vic Nguyen?").
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isChargeLine } from '../../../src/core/customers/charge-lines';
import { buildHistories } from '../../../src/core/customers/customer-history';
import type { Purchase } from '../../../src/core/input/purchase';
import { tableOfPurchases } from '../../../src/core/input/purchase-table';

const CHARGES = [
  'Custom Amount',
  'custom amount',
  'Shipping',
  'Standard Shipping',
  'Free shipping',
  'Shipping (UPS Ground)',
  'Shipping & Handling',
  'Next day delivery',
  'Delivery fee',
  'Postage',
  'Tip',
  'Tips',
  'Gratuity',
  'Service charge',
  'Service fee',
  'Sales tax 8%',
  'VAT 20%',
  'Tax',
  'Discount',
  'Coupon',
  'Gift Card',
  'e-Gift Card',
  'Gift certificate',
  'Deposit',
  'Credit card surcharge',
  '自定义金额',
  '自訂金額',
  '运费',
  '運費',
  '小费',
  '小費',
  '服务费',
  '服務費',
  '优惠',
  '優惠',
  '押金',
  '礼品卡',
  // A second trial: a fee named after what it is for is a fee ("Time for more Bag fee?").
  'Bag fee',
  'Cake cutting fee',
  'Corkage',
  'Wine corkage',
  '顺丰运费',
  '外卖打包费',
];
const PRODUCTS = [
  'Latte',
  'Card',
  'Gift box',
  'Shipping box',
  'Tea tax guide',
  'Discount Tee',
  'Tip Top Tea',
  'Matcha 100g',
  'Amount',
  'Service',
  '可颂',
  '肉桂卷',
  '运费险说明书',
  'Xbox 360',
  '',
];

describe('charge lines (trial 29)', () => {
  it('names shipping, tips, fees, tax, discounts, gift cards, deposits and keyed-in amounts, in English and Chinese', () => {
    for (const name of CHARGES) expect(isChargeLine(name), name).toBe(true);
    for (const name of PRODUCTS) expect(isChargeLine(name), name).toBe(false);
  });

  it('property: a word of anything else beside a charge keeps the name a product', () => {
    // A word that is neither a charge nor one charges are made of ("shipping w" is then no charge).
    const word = fc.stringMatching(/^[a-z]{3,8}$/).filter((w) => !isChargeLine(`shipping ${w}`));
    fc.assert(
      fc.property(
        fc.constantFrom(...CHARGES.filter((c) => /^[A-Za-z]/.test(c))),
        word,
        fc.boolean(),
        (charge, w, before) => {
          const name = before ? `${w} ${charge}` : `${charge} ${w}`;
          // Before a name ending in a fee, tax or tip word the word names what the fee is for.
          const feeLast = /(?:fee|fees|surcharge|gratuity|corkage|tax|vat|gst)(?:\s*[\d%]*)$/i.test(charge);
          expect(isChargeLine(name)).toBe(before && feeLast);
        },
      ),
    );
  });

  it('is never the favourite product: the product they bought is, and a customer of charges only has none', () => {
    const buy = (key: string, day: number, product: string): Purchase => ({
      row: day,
      customerKey: key,
      customerLabel: key,
      day,
      amount: 10,
      product,
    });
    const { histories } = buildHistories(
      tableOfPurchases([
        buy('vic', 1, 'Custom Amount'),
        buy('vic', 1, 'Latte'),
        buy('vic', 20, 'Custom Amount'),
        buy('vic', 40, 'Custom Amount'),
        buy('vic', 40, 'Latte'),
        buy('wen', 2, 'Custom Amount'),
        buy('wen', 2, 'Tip'),
        buy('wen', 30, '运费'),
      ]),
    );
    expect(histories.favouriteProduct).toEqual(['Latte', undefined]);
  });
});

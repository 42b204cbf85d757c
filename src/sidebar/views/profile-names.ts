// The exports' names as the sidebar shows them, in each language (the server sends the profile id).
import type { ProfileId } from '../../core/exports/profiles';
import type { Language, Localized } from '../../core/i18n/language';

const NAMES: Localized<Record<ProfileId, string>> = {
  en: {
    shopify: 'Shopify orders',
    squarespace: 'Squarespace orders',
    wix: 'Wix orders',
    woocommerce: 'WooCommerce orders',
    etsy: 'Etsy sold orders',
    square: 'Square transactions / item sales',
    stripe: 'Stripe payments',
    paypal: 'PayPal activity download',
    venmo: 'Venmo statement',
    cashapp: 'Cash App activity',
    youzan: 'Youzan orders (有赞)',
    weidian: 'Weidian orders (微店)',
    taobao: 'Taobao/Tmall orders (淘宝/天猫)',
    pos: 'POS / Meituan-style ledger (收银)',
  },
  'zh-CN': {
    shopify: 'Shopify 订单',
    squarespace: 'Squarespace 订单',
    wix: 'Wix 订单',
    woocommerce: 'WooCommerce 订单',
    etsy: 'Etsy 已售订单',
    square: 'Square 交易 / 商品销售',
    stripe: 'Stripe 付款',
    paypal: 'PayPal 活动下载',
    venmo: 'Venmo 对账单',
    cashapp: 'Cash App 交易记录',
    youzan: '有赞订单',
    weidian: '微店订单',
    taobao: '淘宝/天猫订单',
    pos: '收银流水 / 美团式订单',
  },
  'zh-TW': {
    shopify: 'Shopify 訂單',
    squarespace: 'Squarespace 訂單',
    wix: 'Wix 訂單',
    woocommerce: 'WooCommerce 訂單',
    etsy: 'Etsy 已售訂單',
    square: 'Square 交易 / 商品銷售',
    stripe: 'Stripe 付款',
    paypal: 'PayPal 活動下載',
    venmo: 'Venmo 對帳單',
    cashapp: 'Cash App 交易紀錄',
    youzan: '有讚訂單',
    weidian: '微店訂單',
    taobao: '淘寶/天貓訂單',
    pos: '收銀流水 / 美團式訂單',
  },
};

/** The export's name in `language`; the id itself for one the sidebar does not know. */
export function profileName(id: string, language: Language): string {
  return (NAMES[language] as Record<string, string>)[id] ?? id;
}

// How each merge field is written in the sidebar's field list and in plan problems. Data only: the
// sidebar imports it, and the server reads it from dist/Templates.html (server-texts.ts), so
// dist/Code.js does not carry it.
import type { Localized } from '../i18n/language';
import type { MergeField } from './merge-fields';

export const FIELD_DESCRIPTIONS: Localized<Record<MergeField, string>> = {
  en: {
    name: 'customer name',
    lastPurchaseDate: 'date of the last purchase',
    daysSince: 'days since the last purchase',
    usualGap: 'usual days between purchases',
    favouriteProduct: 'most bought product',
    totalSpent: 'total spent',
    shopName: 'your shop name',
    signature: 'your signature',
  },
  'zh-CN': {
    name: '客户姓名',
    lastPurchaseDate: '最近一次购买日期',
    daysSince: '距上次购买的天数',
    usualGap: '通常的购买间隔（天）',
    favouriteProduct: '最常买的商品',
    totalSpent: '累计消费',
    shopName: '店名',
    signature: '签名',
  },
  'zh-TW': {
    name: '客戶姓名',
    lastPurchaseDate: '最近一次購買日期',
    daysSince: '距上次購買的天數',
    usualGap: '通常的購買間隔（天）',
    favouriteProduct: '最常買的商品',
    totalSpent: '累計消費',
    shopName: '店名',
    signature: '簽名',
  },
};

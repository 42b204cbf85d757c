// Walk-in and anonymous buyers: a till's "Walk-in", a shop's "Guest", 散客, 游客, 匿名. They are many
// people under one word, so they are left out of the customer analysis (and reported) instead of
// becoming one giant "Champion". A paid row with no customer at all is the same.
import { cleanText } from '../input/text';

const ANONYMOUS = new Set(
  (
    'walk-in|walk in|walkin|walk-in customer|walk in customer|guest|guest customer|guest checkout|anonymous|' +
    'anonymous customer|unknown|unknown customer|cash|cash customer|cash sale|guest user|counter|counter sale|' +
    'n/a|na|none|-|--|—|?|??|' +
    '散客|游客|遊客|匿名|匿名顾客|匿名顧客|匿名用户|匿名用戶|过路客|過路客|现金|現金|现金客户|現金客戶|路人|临时客户|臨時客戶|零售客户|零售客戶|非会员|非會員|无|無'
  ).split('|'),
);

/** Whether a customer cell names no one in particular (blank counts). */
export function isAnonymousBuyer(text: string): boolean {
  return isAnonymousKey(cleanText(text).toLowerCase().replace(/\s+/g, ' '));
}

/** `isAnonymousBuyer` for a cell already made a customer key (input/customer-key.ts): the same fold. */
export function isAnonymousKey(key: string): boolean {
  return key === '' || ANONYMOUS.has(key);
}

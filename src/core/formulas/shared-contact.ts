// What a worded per-customer formula answers for an email or phone the log has under two or more
// customers: which ones, not a guess between them (customers/contact-keys.ts). Data issues says the
// same for every such address (report/data-issues.ts). And for a name two customers share, whose.
import type { Language, Localized } from '../i18n/language';

const UNDER: Localized = {
  en: '{contact} is under {n} customers: {names}',
  'zh-CN': '{contact} 对应 {n} 位客户：{names}',
  'zh-TW': '{contact} 對應 {n} 位客戶：{names}',
};

/** "alice@x.com is under 2 customers: Alice Wong, Alice W." */
export const sharedContactText = (contact: string, names: readonly string[], language: Language): string =>
  UNDER[language]
    .replace('{contact}', () => contact)
    .replace('{n}', String(names.length))
    .replace('{names}', () => names.join(language === 'en' ? ', ' : '、'));

const NAMESAKES: Localized = {
  en: '{name} is the name of {n} customers: {keys}; ask by one of those',
  'zh-CN': '有 {n} 位客户名为 {name}：{keys}；请改用其中之一查询',
  'zh-TW': '有 {n} 位客戶名為 {name}：{keys}；請改用其中之一查詢',
};

/**
 * What a worded per-customer formula answers for a name two or more customers share (an export keyed
 * by email, two billing names alike): their keys, which CUSTOMER_INSIGHTS shows beside the name
 * (customers/namesakes.ts), not an empty cell (trial 29).
 *
 * @example sharedNameText('Ann Lee', ['ann@x.com', 'ann2@x.com'], 'en') // "Ann Lee is the name of 2 customers: ann@x.com, ann2@x.com; ask by one of those"
 */
export const sharedNameText = (name: string, keys: readonly string[], language: Language): string =>
  NAMESAKES[language]
    .replace('{name}', () => name)
    .replace('{n}', String(keys.length))
    .replace('{keys}', () => keys.join(language === 'en' ? ', ' : '、'));

// What a worded per-customer formula answers for an email or phone the log has under two or more
// customers: which ones, not a guess between them (customers/contact-keys.ts). Data issues says the
// same for every such address (report/data-issues.ts).
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

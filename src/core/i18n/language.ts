/** The languages every label, segment, stage and reason is written in. */
export const LANGUAGES = ['en', 'zh-CN', 'zh-TW'] as const;
export type Language = (typeof LANGUAGES)[number];

/** One text per language; a module that shows text to the owner keeps its texts in this shape. */
export type Localized<T = string> = Readonly<Record<Language, T>>;

/** Each language by its own name, as an owner picks the language of an email and reads it back. */
export const LANGUAGE_NAMES: Localized = { en: 'English', 'zh-CN': '简体中文', 'zh-TW': '繁體中文' };

/**
 * Maps a spreadsheet locale (`en_US`, `zh_CN`, `zh_TW`, `zh_HK`…) or a language argument typed by
 * the owner (`en`, `zh-CN`, `zh-Hant`, `中文`…) to a supported language, or undefined when unknown.
 */
export function parseLanguage(value: string): Language | undefined {
  const v = value.trim().toLowerCase().replace(/_/g, '-');
  if (v === '') return undefined;
  if (v === 'en' || v.startsWith('en-') || v === 'english') return 'en';
  if (/^zh-(tw|hk|mo|hant)/.test(v) || v === '繁體中文' || v === '繁体中文') return 'zh-TW';
  if (v === 'zh' || v.startsWith('zh-') || v === '中文' || v === '简体中文' || v === '簡體中文')
    return 'zh-CN';
  return undefined;
}

/** The language for a spreadsheet locale; English for anything not Chinese. */
export function languageOfLocale(locale: string): Language {
  return parseLanguage(locale) ?? 'en';
}

/** "Subject: …" / "主题：…": a label and its value, with the colon of the language (full-width in Chinese). */
export function labelled(label: string, value: string, language: Language): string {
  return language === 'en' ? `${label}: ${value}` : `${label}：${value}`;
}

// The Simplified characters of the texts written once for both Chinese languages, and their
// Traditional forms: such a zh-TW text is its zh-CN text with these replaced (tests pin each one;
// 系 is 繫 as in 维系 — 关系 would be 關係: write such a text out in both).
const SIMPLIFIED =
  '买购过户内个间节风险预时费变军潜诚关将点尔顾长稳于净为测价计后养习惯怀维系动问况么请临处决诉该与综阶参断还暂认够设满达';
const TRADITIONAL =
  '買購過戶內個間節風險預時費變軍潛誠關將點爾顧長穩於淨為測價計後養習慣懷維繫動問況麼請臨處決訴該與綜階參斷還暫認夠設滿達';
const SIMPLIFIED_CHAR = new RegExp(`[${SIMPLIFIED}]`, 'g');

/**
 * The zh-TW form of a zh-CN text that differs from it only in those characters, and in 概率, which
 * Taiwan writes 機率 (as the sidebar's own zh-TW texts do: a reason said 回購概率 beside 回購機率).
 */
export const traditional = (zh: string): string =>
  zh.replace(SIMPLIFIED_CHAR, (c) => TRADITIONAL[SIMPLIFIED.indexOf(c)]!).replace(/概率/g, '機率');

/** The three languages of a table whose zh-TW texts are its zh-CN ones in Traditional characters. */
export function withTraditional<T extends Record<string, string>>(en: T, zh: T): Localized<T> {
  const tw = {} as Record<string, string>;
  for (const k in zh) tw[k] = traditional(zh[k]!);
  return { en, 'zh-CN': zh, 'zh-TW': tw as T };
}

/** The languages every label, segment, stage and reason is written in. */
export const LANGUAGES = ['en', 'zh-CN', 'zh-TW'] as const;
export type Language = (typeof LANGUAGES)[number];

/** One text per language; a module that shows text to the owner keeps its texts in this shape. */
export type Localized<T = string> = Readonly<Record<Language, T>>;

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

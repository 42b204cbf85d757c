// Problems of the owner's Templates rows, in the owner's words. Only the sidebar shows these, so they
// live in the sidebar bundle, not in dist/Code.js: the server sends the rows' problems as data.
import type { TemplateRowProblem } from '../../core/followups/templates';
import type { Language, Localized } from '../../core/i18n/language';

const ROW_PROBLEM_TEXTS: Localized<Record<TemplateRowProblem['problem'], string>> = {
  en: {
    badId: 'Templates row {row}: the id "{value}" must be letters, digits, - or _ (at most 40).',
    badLanguage: 'Templates row {row}: the language "{value}" must be en, zh-CN or zh-TW.',
    badPurpose: 'Templates row {row}: unknown purpose "{value}".',
    noSubject: 'Templates row {row}: the template "{value}" has no subject.',
    noBody: 'Templates row {row}: the template "{value}" has no body.',
    duplicate: 'Templates row {row}: "{value}" appears twice; the first one is used.',
  },
  'zh-CN': {
    badId: '模板表第 {row} 行：编号“{value}”只能包含字母、数字、- 或 _（最多 40 个字符）。',
    badLanguage: '模板表第 {row} 行：语言“{value}”应为 en、zh-CN 或 zh-TW。',
    badPurpose: '模板表第 {row} 行：未知的用途“{value}”。',
    noSubject: '模板表第 {row} 行：模板“{value}”没有主题。',
    noBody: '模板表第 {row} 行：模板“{value}”没有正文。',
    duplicate: '模板表第 {row} 行：“{value}”重复出现，使用第一个。',
  },
  'zh-TW': {
    badId: '範本表第 {row} 列：編號「{value}」只能包含字母、數字、- 或 _（最多 40 個字元）。',
    badLanguage: '範本表第 {row} 列：語言「{value}」應為 en、zh-CN 或 zh-TW。',
    badPurpose: '範本表第 {row} 列：未知的用途「{value}」。',
    noSubject: '範本表第 {row} 列：範本「{value}」沒有主旨。',
    noBody: '範本表第 {row} 列：範本「{value}」沒有內文。',
    duplicate: '範本表第 {row} 列：「{value}」重複出現，使用第一個。',
  },
};

export function templateRowProblemText(problem: TemplateRowProblem, language: Language): string {
  return ROW_PROBLEM_TEXTS[language][problem.problem]
    .replace('{row}', () => String(problem.row))
    .replace('{value}', () => problem.value);
}

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
    noHeader:
      'The Templates sheet has no header row (Template id, Language, Purpose, Name, Subject, Body), so none of its rows is used and the built-in templates go out instead. Put the header row back above your templates.',
  },
  'zh-CN': {
    badId: '模板表第 {row} 行：编号“{value}”只能包含字母、数字、- 或 _（最多 40 个字符）。',
    badLanguage: '模板表第 {row} 行：语言“{value}”应为 en、zh-CN 或 zh-TW。',
    badPurpose: '模板表第 {row} 行：未知的用途“{value}”。',
    noSubject: '模板表第 {row} 行：模板“{value}”没有主题。',
    noBody: '模板表第 {row} 行：模板“{value}”没有正文。',
    duplicate: '模板表第 {row} 行：“{value}”重复出现，使用第一个。',
    noHeader:
      '模板表没有表头行（模板编号、语言、用途、名称、主题、正文），因此其中的行都不会使用，发出的是内置模板。请在您的模板上方加回表头行。',
  },
  'zh-TW': {
    badId: '範本表第 {row} 列：編號「{value}」只能包含字母、數字、- 或 _（最多 40 個字元）。',
    badLanguage: '範本表第 {row} 列：語言「{value}」應為 en、zh-CN 或 zh-TW。',
    badPurpose: '範本表第 {row} 列：未知的用途「{value}」。',
    noSubject: '範本表第 {row} 列：範本「{value}」沒有主旨。',
    noBody: '範本表第 {row} 列：範本「{value}」沒有內文。',
    duplicate: '範本表第 {row} 列：「{value}」重複出現，使用第一個。',
    noHeader:
      '範本表沒有表頭列（範本編號、語言、用途、名稱、主旨、內文），因此其中的列都不會使用，寄出的是內建範本。請在您的範本上方加回表頭列。',
  },
};

export function templateRowProblemText(problem: TemplateRowProblem, language: Language): string {
  return ROW_PROBLEM_TEXTS[language][problem.problem]
    .replace('{row}', () => String(problem.row))
    .replace('{value}', () => problem.value);
}

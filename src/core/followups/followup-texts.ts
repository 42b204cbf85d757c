// Every follow-up text the owner or a customer reads that the server makes: plan problems, the
// opt-out line, dates in merge fields, results. The sidebar's own labels live in
// src/sidebar/followups/texts.ts, and it words skip reasons (skip-reasons.ts) and Templates-row
// problems (template-problems.ts) itself.

import type { DayNumber } from '../days';
import type { Language, Localized } from '../i18n/language';
import { MONTH_NAMES_EN } from '../i18n/month-names';
import { civilFromDay } from '../time/civil';
import { type LedgerProblem, ledgerProblemText } from './ledger-texts';
import { FIELD_DESCRIPTIONS, type MergeProblem, scriptsMeet } from './merge-fields';

/**
 * The line every email ends with. Replies reach the owner, who marks the customer's opt-out cell;
 * the add-on never writes to that customer again. `{shop}` is the shop name (or "us").
 */
const OPT_OUT_LINES: Localized<{ line: string; ofShop: string; ofUs: string }> = {
  en: {
    line: 'You are receiving this because you are {customer}. If you would rather not get emails like this, reply "unsubscribe" and we will not email you again.',
    ofShop: 'a customer of {shop}',
    ofUs: 'one of our customers',
  },
  'zh-CN': {
    line: '您收到这封邮件，是因为您是{customer}。如不想再收到此类邮件，请直接回复“退订”，我们将不再给您发邮件。',
    ofShop: '{shop}的顾客',
    ofUs: '我们的顾客',
  },
  'zh-TW': {
    line: '您收到這封郵件，是因為您是{customer}。如不想再收到此類郵件，請直接回覆「退訂」，我們將不再寄郵件給您。',
    ofShop: '{shop}的顧客',
    ofUs: '我們的顧客',
  },
};

/** The opt-out line in the email's language (plain text; escape it for HTML). */
export function optOutLine(language: Language, shopName: string): string {
  const texts = OPT_OUT_LINES[language];
  const shop = shopName.trim();
  const line = texts.line.replace('{customer}', shop === '' ? texts.ofUs : texts.ofShop);
  const [before = '', after = ''] = line.split('{shop}');
  if (shop === '') return before;
  // "您是 Lotus Leaf Tea House 的顾客": a space where the name's Latin letters meet Chinese.
  return `${before}${scriptsMeet(before, shop) ? ' ' : ''}${shop}${scriptsMeet(shop, after) ? ' ' : ''}${after}`;
}

/**
 * The shop's postal address: laws on marketing email (the US CAN-SPAM Act among them) ask for a
 * valid physical postal address in every message, so drafts and sends need it.
 */
const POSTAL_ADDRESS_TEXTS: Localized<{ missing: string }> = {
  en: {
    missing: 'Fill in your shop’s postal address in the follow-up settings first: every follow-up shows it.',
  },
  'zh-CN': { missing: '请先在跟进设置中填写店铺的邮寄地址：每封跟进邮件都会附上该地址。' },
  'zh-TW': { missing: '請先在跟進設定中填寫店鋪的郵寄地址：每封跟進郵件都會附上該地址。' },
};

/** A date for an email: "5 March 2024" or "2024年3月5日" (unambiguous whatever the reader's locale). */
export function formatEmailDate(day: DayNumber, language: Language): string {
  const { year, month, day: d } = civilFromDay(day);
  return language === 'en' ? `${d} ${MONTH_NAMES_EN[month - 1]} ${year}` : `${year}年${month}月${d}日`;
}

/** Problems that stop a whole campaign before anything is sent. */
export type PlanProblem =
  | MergeProblem
  | { kind: 'templateNotFound'; templateId: string; language: Language }
  | { kind: 'missingSetting'; field: 'shopName' }
  | { kind: 'complaintAudience' }
  | { kind: 'missingPostalAddress' }
  | { kind: 'ledgerUnreadable'; problem: LedgerProblem }
  | { kind: 'optOutNotAcknowledged' };

const PLAN_PROBLEM_TEXTS: Localized<{
  unknownField: string;
  unclosedField: string;
  emptyField: string;
  templateNotFound: string;
  missingSetting: string;
  complaintAudience: string;
  optOutNotAcknowledged: string;
  subject: string;
  body: string;
  known: string;
}> = {
  en: {
    unknownField: 'Unknown merge field {raw} in the {part}.',
    unclosedField: 'A merge field is not closed with }} in the {part}: {raw}',
    emptyField: 'An empty merge field {{}} in the {part}.',
    templateNotFound: 'There is no template "{id}" in {language}.',
    missingSetting: 'The template uses {{{field}}}: fill in {label} in the follow-up settings first.',
    complaintAudience: 'Customers with an open complaint can only get a complaint follow-up template.',
    optOutNotAcknowledged:
      'The customer sheet has no opt-out or consent column, so Regulars cannot tell who asked not to be emailed. Nothing was sent: confirm that you checked this in the sidebar, then try again.',
    subject: 'subject',
    body: 'body',
    known: 'Known fields: {fields}.',
  },
  'zh-CN': {
    unknownField: '{part}中有未知的合并字段 {raw}。',
    unclosedField: '{part}中的合并字段没有用 }} 结束：{raw}',
    emptyField: '{part}中有空的合并字段 {{}}。',
    templateNotFound: '没有 {language} 的模板“{id}”。',
    missingSetting: '模板用到了 {{{field}}}：请先在跟进设置中填写{label}。',
    complaintAudience: '有未解决投诉的客户只能收到投诉跟进模板。',
    optOutNotAcknowledged:
      '客户表没有退订或营销同意列，Regulars 无法知道谁要求不再收到邮件。未发送任何邮件：请在侧边栏确认您已核对过，然后重试。',
    subject: '主题',
    body: '正文',
    known: '可用字段：{fields}。',
  },
  'zh-TW': {
    unknownField: '{part}中有未知的合併欄位 {raw}。',
    unclosedField: '{part}中的合併欄位沒有用 }} 結束：{raw}',
    emptyField: '{part}中有空的合併欄位 {{}}。',
    templateNotFound: '沒有 {language} 的範本「{id}」。',
    missingSetting: '範本用到了 {{{field}}}：請先在跟進設定中填寫{label}。',
    complaintAudience: '有未解決客訴的客戶只能收到客訴跟進範本。',
    optOutNotAcknowledged:
      '客戶表沒有退訂或行銷同意欄，Regulars 無法知道誰要求不再收到郵件。未寄出任何郵件：請在側邊欄確認您已核對過，然後重試。',
    subject: '主旨',
    body: '內文',
    known: '可用欄位：{fields}。',
  },
};

export function planProblemText(
  problem: PlanProblem,
  language: Language,
  knownFields: readonly string[],
): string {
  const t = PLAN_PROBLEM_TEXTS[language];
  switch (problem.kind) {
    case 'unknownField':
      return `${t.unknownField.replace('{part}', () => t[problem.part]).replace('{raw}', () => problem.raw)} ${t.known.replace(
        '{fields}',
        () => knownFields.map((f) => `{{${f}}}`).join(', '),
      )}`;
    case 'unclosedField':
      return t.unclosedField.replace('{part}', () => t[problem.part]).replace('{raw}', () => problem.raw);
    case 'emptyField':
      return t.emptyField.replace('{part}', () => t[problem.part]);
    case 'templateNotFound':
      return t.templateNotFound
        .replace('{id}', () => problem.templateId)
        .replace('{language}', () => problem.language);
    case 'missingSetting':
      return t.missingSetting
        .replace('{field}', () => problem.field)
        .replace('{label}', () => FIELD_DESCRIPTIONS[language][problem.field]);
    case 'complaintAudience':
      return t.complaintAudience;
    case 'missingPostalAddress':
      return POSTAL_ADDRESS_TEXTS[language].missing;
    case 'ledgerUnreadable':
      return ledgerProblemText(problem.problem, language);
    case 'optOutNotAcknowledged':
      return t.optOutNotAcknowledged;
  }
}

/** Prefix of the subject of "Send test to me". */
export const TEST_SUBJECT_PREFIX: Localized = { en: '[Test] ', 'zh-CN': '【测试】', 'zh-TW': '【測試】' };

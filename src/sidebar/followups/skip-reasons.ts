// Why a customer is skipped, in the owner's words. Only the sidebar shows these, so they live in the
// sidebar bundle, not in dist/Code.js: the server sends the reason code and its detail (SkippedView).

import { FIELD_DESCRIPTIONS } from '../../core/followups/field-descriptions';
import type { SkipReason } from '../../core/followups/guardrails';
import type { MergeField } from '../../core/followups/merge-fields';
import { PURPOSE_LABELS } from '../../core/followups/purpose-labels';
import type { TemplatePurpose } from '../../core/followups/templates';
import type { Language, Localized } from '../../core/i18n/language';
import type { DateOrder } from '../../core/input/parse-date';
import { localDate } from '../views/widgets';

/** `{detail}` is replaced by the skip's detail (the other customer, the missing fields, the invalid
 * address); `{other}` by the customer sharing the address (detail `other<TAB>days`); `{ago}` by the
 * days since the contact in words ("today", not "0 days ago"). */
const SKIP_REASON_TEXTS: Localized<Record<SkipReason, string>> = {
  en: {
    notConfirmed: 'Not in the preview you confirmed — preview again to include them',
    notFound: 'No longer in the purchase log',
    boughtSincePrepared: 'Bought again since the campaign was prepared',
    leftAudience: 'No longer in this audience',
    noEmail: 'No email address for this customer',
    invalidEmail: '“{detail}” is not a valid email address',
    severalEmails: 'Several addresses in one email cell ({detail}): keep one to write to this customer',
    emailChanged:
      'Address changed since the preview (it showed {detail}): nothing was sent — check the email cell, then preview again',
    optedOut: 'Opted out of emails, or no marketing consent recorded',
    namesakeOptedOut:
      'Someone of this name is marked do not email, and another customer has the same name: not emailed, as it is not certain which of them is meant',
    openComplaint: 'Has an open complaint: answer it first (complaint follow-up only)',
    noOpenComplaint: 'No open complaint to follow up',
    alreadyContacted: 'Already contacted in this campaign',
    coolDown: 'Contacted {ago} (cool-down)',
    sameEmailContacted: 'Same address as {other}, contacted {ago} (cool-down)',
    sameKindSent: '{sent} “{template}” on {date}; no purchase since',
    duplicateEmail: 'Same email as {detail}, who gets this one',
    missingValue: 'No value for {detail}',
    templateDoesNotFit:
      'This email would not be true for them ({detail}): use the template for their situation',
    returnedEverything:
      'Paid nothing in the end (everything returned, or free): this email hopes they are enjoying their purchase',
    rowsNotAnalysed:
      'Some of their purchases are not in the analysis (sheet rows {detail}: unreadable, dated after the analysis date, in another currency, or a visit that paid nothing), so this email may say something false: see Data issues',
  },
  'zh-CN': {
    notConfirmed: '不在您确认的预览中——请重新预览',
    notFound: '已不在购买记录中',
    boughtSincePrepared: '准备活动后又购买过',
    leftAudience: '已不属于这个受众',
    noEmail: '没有这位客户的邮箱',
    invalidEmail: '“{detail}”不是有效的邮箱地址',
    severalEmails: '一个邮箱单元格里有多个地址（{detail}）：只留一个才会发给这位客户',
    emailChanged: '预览后邮箱地址已更改（预览中为 {detail}）：未发送——请检查邮箱单元格后重新预览',
    optedOut: '已退订邮件，或没有营销同意记录',
    namesakeOptedOut: '有同名者被标记为不要发邮件，且另有客户同名：无法确定指的是哪一位，因此不发邮件',
    openComplaint: '有未解决的投诉：请先处理（只能发投诉跟进）',
    noOpenComplaint: '没有需要跟进的未解决投诉',
    alreadyContacted: '本次活动已联系过',
    coolDown: '{ago}刚联系过（冷却期内）',
    sameEmailContacted: '与 {other} 邮箱相同，{ago}刚联系过对方（冷却期内）',
    sameKindSent: '已于 {date} {sent}“{template}”，之后没有再购买',
    duplicateEmail: '与 {detail} 邮箱相同，只发给对方',
    missingValue: '缺少 {detail}',
    templateDoesNotFit: '这封邮件的内容与其情况不符（{detail}）：请选用适合其情况的模板',
    returnedEverything: '最终未付款（全部退货或免费）：这封邮件却说希望其喜欢所购商品',
    rowsNotAnalysed:
      '其部分购买未计入分析（第 {detail} 行：无法读取、日期晚于分析日期、为其他币种或未付款的光临），邮件内容可能不实：请查看“数据问题”',
  },
  'zh-TW': {
    notConfirmed: '不在您確認的預覽中——請重新預覽',
    notFound: '已不在購買紀錄中',
    boughtSincePrepared: '準備活動後又購買過',
    leftAudience: '已不屬於這個受眾',
    noEmail: '沒有這位客戶的郵箱',
    invalidEmail: '「{detail}」不是有效的郵箱地址',
    severalEmails: '一個郵箱儲存格裡有多個地址（{detail}）：只留一個才會寄給這位客戶',
    emailChanged: '預覽後郵箱地址已變更（預覽中為 {detail}）：未寄出——請檢查郵箱儲存格後重新預覽',
    optedOut: '已退訂郵件，或沒有行銷同意紀錄',
    namesakeOptedOut: '有同名者被標記為不要寄郵件，且另有客戶同名：無法確定指的是哪一位，因此不寄郵件',
    openComplaint: '有未解決的客訴：請先處理（只能發客訴跟進）',
    noOpenComplaint: '沒有需要跟進的未解決客訴',
    alreadyContacted: '本次活動已聯繫過',
    coolDown: '{ago}剛聯繫過（冷卻期內）',
    sameEmailContacted: '與 {other} 郵箱相同，{ago}剛聯繫過對方（冷卻期內）',
    sameKindSent: '已於 {date} {sent}「{template}」，之後沒有再購買',
    duplicateEmail: '與 {detail} 郵箱相同，只寄給對方',
    missingValue: '缺少 {detail}',
    templateDoesNotFit: '這封郵件的內容與其情況不符（{detail}）：請選用適合其情況的範本',
    returnedEverything: '最終未付款（全部退貨或免費）：這封郵件卻說希望其喜歡所購商品',
    rowsNotAnalysed:
      '其部分購買未計入分析（第 {detail} 列：無法讀取、日期晚於分析日期、為其他幣別或未付款的光臨），郵件內容可能不實：請查看「資料問題」',
  },
};

/** How a contact of the same kind went: sent, or drafted (sameKindSent). */
const SENT_WORDS: Localized<readonly [string, string]> = {
  en: ['Sent', 'Drafted'],
  'zh-CN': ['发送', '创建草稿'],
  'zh-TW': ['寄送', '建立草稿'],
};

/** "today", "1 day ago", "3 days ago" (trial: "contacted 0 days ago"). */
function daysAgo(days: string, language: Language): string {
  if (days === '0') return language === 'en' ? 'today' : '今天';
  if (language !== 'en') return `${days} 天前`;
  return days === '1' ? '1 day ago' : `${days} days ago`;
}

/**
 * Why a customer has no most bought product, where a template needs one: none stands out, or what they
 * paid for were charges, which are no product (core/customers/charge-lines.ts; trial 29: "Time for more
 * Custom Amount?").
 */
const NO_FAVOURITE: Localized = {
  en: 'most bought product (no one product stands out; shipping, tips, fees and “Custom Amount” are not products)',
  'zh-CN': '最常买的商品（没有哪件商品买得最多；运费、小费、手续费、自定义金额等不算商品）',
  'zh-TW': '最常買的商品（沒有哪件商品買得最多；運費、小費、手續費、自訂金額等不算商品）',
};

/**
 * The text of one skip: `detail` is the server's (days, the other customer, missing fields); a date
 * in it is written as the spreadsheet's locale writes dates (`dateOrder`), as the rest of the sidebar
 * does (trial: "on 2026-11-28" on an en_GB sheet).
 */
export function skipReasonText(
  reason: SkipReason,
  detail: string,
  language: Language,
  dateOrder: DateOrder,
): string {
  let shown = detail;
  if (reason === 'missingValue') {
    shown = detail
      .split(', ')
      .map((f) =>
        f === 'favouriteProduct'
          ? NO_FAVOURITE[language]
          : (FIELD_DESCRIPTIONS[language][f as MergeField] ?? f),
      )
      .join(language === 'en' ? ', ' : '、');
  }
  if (reason === 'templateDoesNotFit') {
    shown = PURPOSE_LABELS[language][detail as TemplatePurpose] ?? detail;
  }
  let other = '';
  if (reason === 'sameEmailContacted')
    [other, shown] = [detail.split('\t')[0] ?? '', detail.split('\t')[1] ?? ''];
  if (reason === 'sameKindSent') {
    // Detail: `draft|send<TAB>template name<TAB>YYYY-MM-DD`.
    const [mode = '', template = '', date = ''] = detail.split('\t');
    return SKIP_REASON_TEXTS[language][reason]
      .replace('{sent}', () => SENT_WORDS[language][mode === 'draft' ? 1 : 0])
      .replace('{template}', () => template)
      .replace('{date}', () => localDate(date, dateOrder));
  }
  return SKIP_REASON_TEXTS[language][reason]
    .replace('{other}', () => other)
    .replace('{ago}', () => daysAgo(shown, language))
    .replace('{detail}', () => shown);
}

// The follow-up texts the server writes (the opt-out line, plan problems, the send ledger's
// problems, the merge fields' descriptions), in every language, as data. Only follow-ups use them,
// so they do not go into dist/Code.js, which Apps Script parses on every custom-function call:
// scripts/build.mjs writes them into dist/Templates.html beside the built-in templates
// (`builtInTextsFile`), and src/gas/followups/built-in-templates.ts reads them when follow-ups run.
// The core's functions take them as an argument; import this module's types only, never its data,
// from code that reaches Code.js (the bundle test checks that no text of it is there).
import type { Localized } from '../i18n/language';
import { LOG_HEADERS, LOG_WORDS, type LogHeaders, type LogWords } from './contact-log';
import { FIELD_DESCRIPTIONS } from './field-descriptions';
import type { MergeField } from './merge-fields';
import type { OutcomeStatus } from './outcomes';
import { PURPOSE_LABELS } from './purpose-labels';
import { SUPPRESSION_TEXTS, type SuppressionTexts } from './suppression';
import type { TemplateColumn, TemplatePurpose } from './templates';

/** Why the send ledger cannot be read with certainty (see src/gas/followups/ledger-store.ts). */
export type LedgerProblem = 'state' | 'missing' | 'changed' | 'legacy';

type PlanProblemTexts = {
  unknownField: string;
  unclosedField: string;
  emptyField: string;
  lookAlikeField: string;
  templateNotFound: string;
  missingSetting: string;
  complaintAudience: string;
  optOutNotAcknowledged: string;
  subject: string;
  body: string;
  known: string;
};

type AudienceWords = {
  stage: string;
  segment: string;
  tier: string;
  dueWithin: string;
  overdue: string;
  openComplaint: string;
  boughtOnce: string;
};

type LedgerTexts = {
  noLock: string;
  busy: string;
  unknownOutcome: string;
  interrupted: string;
  notAuthorized: string;
  /** "Send test to me" with the daily quota used up. */
  quotaUsedUp: string;
  /** "Send test to me" when nobody in the campaign can be written to. */
  nobodyToTest: string;
  /** "Send test to me" when Apps Script gives no address for the owner. */
  noOwnerEmail: string;
  /** The campaign's day is after today: the spreadsheet's time zone changed since the preview. */
  datedAfterToday: string;
};

export interface FollowUpServerTexts {
  /**
   * The line every email ends with. Replies reach the owner, who marks the customer's opt-out cell;
   * the add-on never writes to that customer again. `{shop}` is the shop name (or "us").
   */
  optOut: Localized<{ line: string; ofShop: string; ofUs: string }>;
  /**
   * The shop's postal address is missing: laws on marketing email (the US CAN-SPAM Act among them)
   * ask for a valid physical postal address in every message, so drafts and sends need it.
   */
  postalAddressMissing: Localized;
  /** Problems that stop a whole campaign before anything is sent. */
  planProblems: Localized<PlanProblemTexts>;
  /** Prefix of the subject of "Send test to me". */
  testSubjectPrefix: Localized;
  /**
   * What {{name}} says, without a fallback, for a customer with no name to greet them by (their key
   * is an id, a phone or an address: greeting-name.ts).
   */
  unnamedGreeting: Localized;
  /**
   * What the owner reads when the send ledger cannot be trusted: what happened, that nothing was
   * sent, and what to do.
   */
  ledgerProblems: Localized<Record<LedgerProblem, string>>;
  /**
   * A send's outcome is unknown, the lock cannot be had, authorization was refused; "Send test to me"
   * cannot send; the campaign is dated after today.
   */
  ledger: Localized<LedgerTexts>;
  /** How each merge field is written in the built-in templates and in the sidebar's field list. */
  fieldDescriptions: Localized<Record<MergeField, string>>;
  /** Template purposes as the Templates sheet and the sidebar name them (read back in any language). */
  purposeLabels: Localized<Record<TemplatePurpose, string>>;
  /** The Templates sheet's headers (its columns are found by them in any language). */
  templateHeaders: Localized<Record<TemplateColumn, string>>;
  /** An audience as the owner reads it; `{x}` is a stage, segment, tier or number of days. */
  audienceWords: Localized<AudienceWords>;
  /** Columns the Insights sheet adds for the outcome of the last contact. */
  outcomeHeaders: Localized<{ lastContact: string; boughtAfter: string; amountAfter: string }>;
  /** Whether a contacted customer bought within 30 days after (Insights and the customer card). */
  outcomeStatusLabels: Localized<Record<OutcomeStatus, string>>;
  /** The Contact log's headers (contact-log.ts), written and read in any of the languages. */
  logHeaders: LogHeaders;
  /** The Contact log's modes and results (contact-log.ts), written and read in any of the languages. */
  logWords: LogWords;
  /** The Unsubscribed sheet's name, header and reasons (suppression.ts). */
  suppression: Localized<SuppressionTexts>;
  /** The names of the Templates sheet and the Contact log when the add-on creates them. */
  sheetNames: Localized<{ templates: string; contactLog: string }>;
}

export const FOLLOW_UP_SERVER_TEXTS: FollowUpServerTexts = {
  optOut: {
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
  },
  postalAddressMissing: {
    en: 'Fill in your shop’s postal address in the follow-up settings first: every follow-up shows it.',
    'zh-CN': '请先在跟进设置中填写店铺的邮寄地址：每封跟进邮件都会附上该地址。',
    'zh-TW': '請先在跟進設定中填寫店鋪的郵寄地址：每封跟進郵件都會附上該地址。',
  },
  planProblems: {
    en: {
      unknownField: 'Unknown merge field {raw} in the {part}.',
      unclosedField: 'A merge field is not closed with }} in the {part}: {raw}',
      emptyField: 'An empty merge field {{}} in the {part}.',
      lookAlikeField:
        '{raw} in the {part} looks like a merge field but would reach customers as typed: a merge field has two braces on each side, like {{name}}.',
      templateNotFound: 'There is no template "{id}" in {language}.',
      missingSetting: 'The template uses {{{field}}}: fill in {label} in the follow-up settings first.',
      complaintAudience: 'Customers with an open complaint can only get a complaint follow-up template.',
      optOutNotAcknowledged:
        'No opt-out or consent column is set for the customer sheet, so Regulars cannot tell who asked not to be emailed. Nothing was sent: confirm that you checked this in the sidebar, then try again.',
      subject: 'subject',
      body: 'body',
      known: 'Known fields: {fields}.',
    },
    'zh-CN': {
      unknownField: '{part}中有未知的合并字段 {raw}。',
      unclosedField: '{part}中的合并字段没有用 }} 结束：{raw}',
      emptyField: '{part}中有空的合并字段 {{}}。',
      lookAlikeField:
        '{part}中的 {raw} 看起来像合并字段，但会原样发给客户：合并字段两边各有两个半角花括号，例如 {{姓名}}。',
      templateNotFound: '没有 {language} 的模板“{id}”。',
      missingSetting: '模板用到了 {{{field}}}：请先在跟进设置中填写{label}。',
      complaintAudience: '有未解决投诉的客户只能收到投诉跟进模板。',
      optOutNotAcknowledged:
        '客户表没有设定退订或营销同意列，Regulars 无法知道谁要求不再收到邮件。未发送任何邮件：请在侧边栏确认您已核对过，然后重试。',
      subject: '主题',
      body: '正文',
      known: '可用字段：{fields}。',
    },
    'zh-TW': {
      unknownField: '{part}中有未知的合併欄位 {raw}。',
      unclosedField: '{part}中的合併欄位沒有用 }} 結束：{raw}',
      emptyField: '{part}中有空的合併欄位 {{}}。',
      lookAlikeField:
        '{part}中的 {raw} 看起來像合併欄位，但會原樣寄給客戶：合併欄位兩邊各有兩個半形大括號，例如 {{姓名}}。',
      templateNotFound: '沒有 {language} 的範本「{id}」。',
      missingSetting: '範本用到了 {{{field}}}：請先在跟進設定中填寫{label}。',
      complaintAudience: '有未解決客訴的客戶只能收到客訴跟進範本。',
      optOutNotAcknowledged:
        '客戶表沒有設定退訂或行銷同意欄，Regulars 無法知道誰要求不再收到郵件。未寄出任何郵件：請在側邊欄確認您已核對過，然後重試。',
      subject: '主旨',
      body: '內文',
      known: '可用欄位：{fields}。',
    },
  },
  testSubjectPrefix: { en: '[Test] ', 'zh-CN': '【测试】', 'zh-TW': '【測試】' },
  unnamedGreeting: { en: 'friend', 'zh-CN': '顾客朋友', 'zh-TW': '顧客朋友' },
  ledgerProblems: {
    en: {
      state:
        'Regulars’ record of who was emailed (kept in this spreadsheet’s properties) is damaged, so it cannot tell who was already emailed. Nothing was sent.',
      missing:
        'The hidden sheet “Regulars ledger”, in which Regulars records who was emailed, was deleted, so it cannot tell who was already emailed. Nothing was sent. Restore it with File → Version history to send again.',
      changed:
        'The hidden sheet “Regulars ledger”, in which Regulars records who was emailed, was changed outside Regulars, so it cannot tell for certain who was already emailed. Nothing was sent. Undo the change (File → Version history) to send again.',
      legacy:
        'The Contact log has rows but no header row Regulars can read, so it cannot tell who was already emailed. Nothing was sent. Put the header row back (Time, Campaign, Customer, Email, …) to send again.',
    },
    'zh-CN': {
      state:
        'Regulars 用来记录已发邮件对象的数据（保存在本表格的属性中）已损坏，无法确定哪些人已收到过邮件。没有发送任何邮件。',
      missing:
        '隐藏工作表“Regulars ledger”（Regulars 在其中记录已发邮件的对象）已被删除，无法确定哪些人已收到过邮件。没有发送任何邮件。请用“文件 → 版本记录”恢复后再发送。',
      changed:
        '隐藏工作表“Regulars ledger”（Regulars 在其中记录已发邮件的对象）被 Regulars 以外的操作修改过，无法确定哪些人已收到过邮件。没有发送任何邮件。请撤销该修改（文件 → 版本记录）后再发送。',
      legacy:
        '联系记录中有数据行，但没有 Regulars 能识别的标题行，无法确定哪些人已收到过邮件。没有发送任何邮件。请恢复标题行（时间、活动、客户、邮箱……）后再发送。',
    },
    'zh-TW': {
      state:
        'Regulars 用來記錄已寄郵件對象的資料（儲存在本試算表的屬性中）已損毀，無法確定哪些人已收過郵件。沒有寄出任何郵件。',
      missing:
        '隱藏工作表「Regulars ledger」（Regulars 在其中記錄已寄郵件的對象）已被刪除，無法確定哪些人已收過郵件。沒有寄出任何郵件。請用「檔案 → 版本記錄」還原後再寄送。',
      changed:
        '隱藏工作表「Regulars ledger」（Regulars 在其中記錄已寄郵件的對象）被 Regulars 以外的操作修改過，無法確定哪些人已收過郵件。沒有寄出任何郵件。請復原該修改（檔案 → 版本記錄）後再寄送。',
      legacy:
        '聯繫紀錄中有資料列，但沒有 Regulars 能辨識的標題列，無法確定哪些人已收過郵件。沒有寄出任何郵件。請還原標題列（時間、活動、客戶、郵箱……）後再寄送。',
    },
  },
  ledger: {
    en: {
      busy: 'Another send is running in this spreadsheet; try again in a minute.',
      notAuthorized: 'Google refused Regulars the authorization this needs, so nothing was created or sent.',
      noLock:
        'Regulars could not get this spreadsheet’s lock (Apps Script gave none), so it cannot make sure nobody is emailed twice. Nothing was sent.',
      unknownOutcome:
        'The mail service answered with an error after the email was handed over; it may or may not have gone. Regulars will not try this customer again by itself: check your Sent folder.',
      interrupted:
        'The run stopped before Regulars could record whether this email went; it may or may not have gone. Regulars will not try this customer again by itself: check your Sent folder.',
      quotaUsedUp:
        'Your Google account has no emails left to send today, so the test was not sent. Try again tomorrow.',
      nobodyToTest: 'Nobody in this campaign can be written to, so there is no email to test.',
      noOwnerEmail: 'Regulars cannot read your email address, so it cannot send you a test.',
      datedAfterToday:
        'This preview is dated {day}, which is after today in the spreadsheet’s time zone (it may have changed since the preview). Nothing was sent: preview again.',
    },
    'zh-CN': {
      busy: '这个表格中正在进行另一次发送，请稍后再试。',
      notAuthorized: 'Google 拒绝了 Regulars 所需的授权，因此没有创建或发送任何邮件。',
      noLock: 'Regulars 无法取得本表格的锁（Apps Script 未提供），因此无法保证不重复发送。没有发送任何邮件。',
      unknownOutcome:
        '邮件交给邮件服务后出现错误，可能已发出，也可能没有。Regulars 不会自动再次发给这位客户：请查看“已发送”文件夹。',
      interrupted:
        '运行在 Regulars 记录这封邮件是否发出之前中断，可能已发出，也可能没有。Regulars 不会自动再次发给这位客户：请查看“已发送”文件夹。',
      quotaUsedUp: '您的 Google 账号今天已没有可发送的邮件额度，因此没有发送测试邮件。请明天再试。',
      nobodyToTest: '这次活动中没有可以发送的客户，因此没有可测试的邮件。',
      noOwnerEmail: 'Regulars 无法读取您的邮箱地址，因此无法向您发送测试邮件。',
      datedAfterToday:
        '这次预览的日期是 {day}，晚于表格时区中的今天（预览后时区可能已更改）。没有发送任何邮件：请重新预览。',
    },
    'zh-TW': {
      busy: '這個試算表中正在進行另一次寄送，請稍後再試。',
      notAuthorized: 'Google 拒絕了 Regulars 所需的授權，因此沒有建立或寄出任何郵件。',
      noLock:
        'Regulars 無法取得本試算表的鎖定（Apps Script 未提供），因此無法保證不重複寄送。沒有寄出任何郵件。',
      unknownOutcome:
        '郵件交給郵件服務後出現錯誤，可能已寄出，也可能沒有。Regulars 不會自動再次寄給這位客戶：請查看「寄件備份」資料夾。',
      interrupted:
        '執行在 Regulars 記錄這封郵件是否寄出之前中斷，可能已寄出，也可能沒有。Regulars 不會自動再次寄給這位客戶：請查看「寄件備份」資料夾。',
      quotaUsedUp: '您的 Google 帳戶今天已沒有可寄送的郵件額度，因此沒有寄出測試郵件。請明天再試。',
      nobodyToTest: '這次活動中沒有可以寄送的客戶，因此沒有可測試的郵件。',
      noOwnerEmail: 'Regulars 無法讀取您的郵箱地址，因此無法寄測試郵件給您。',
      datedAfterToday:
        '這次預覽的日期是 {day}，晚於試算表時區中的今天（預覽後時區可能已變更）。沒有寄出任何郵件：請重新預覽。',
    },
  },
  fieldDescriptions: FIELD_DESCRIPTIONS,
  purposeLabels: PURPOSE_LABELS,
  templateHeaders: {
    en: {
      id: 'Template id',
      language: 'Language',
      purpose: 'Purpose',
      name: 'Name',
      subject: 'Subject',
      body: 'Body',
    },
    'zh-CN': {
      id: '模板编号',
      language: '语言',
      purpose: '用途',
      name: '名称',
      subject: '主题',
      body: '正文',
    },
    'zh-TW': {
      id: '範本編號',
      language: '語言',
      purpose: '用途',
      name: '名稱',
      subject: '主旨',
      body: '內文',
    },
  },
  audienceWords: {
    en: {
      stage: 'Stage: {x}',
      segment: 'Segment: {x}',
      tier: 'Value tier: {x}',
      dueWithin: 'Next purchase due within {x} days',
      // Lapsed customers are left out (audiences.ts): the label says so, or it counts fewer than the
      // Insights sheet shows overdue (29 Nov probe: 1 beside 3 overdue on Insights).
      overdue: 'Overdue for their next purchase, not yet lapsed',
      openComplaint: 'Open complaint',
      boughtOnce: 'At risk: bought once, not back',
    },
    'zh-CN': {
      stage: '阶段：{x}',
      segment: '分群：{x}',
      tier: '价值层级：{x}',
      dueWithin: '{x} 天内预计再次购买',
      overdue: '已超过预计购买日期、尚未流失',
      openComplaint: '有未解决的投诉',
      boughtOnce: '有流失风险：只买过一次，未再光临',
    },
    'zh-TW': {
      stage: '階段：{x}',
      segment: '分群：{x}',
      tier: '價值層級：{x}',
      dueWithin: '{x} 天內預計再次購買',
      overdue: '已超過預計購買日期、尚未流失',
      openComplaint: '有未解決的客訴',
      boughtOnce: '有流失風險：只買過一次，未再光臨',
    },
  },
  outcomeHeaders: {
    en: {
      lastContact: 'Last contact',
      boughtAfter: 'Bought within 30 days after',
      amountAfter: 'Spent within 30 days after',
    },
    'zh-CN': {
      lastContact: '最近联系',
      boughtAfter: '联系后 30 天内购买',
      amountAfter: '联系后 30 天内消费',
    },
    'zh-TW': {
      lastContact: '最近聯繫',
      boughtAfter: '聯繫後 30 天內購買',
      amountAfter: '聯繫後 30 天內消費',
    },
  },
  outcomeStatusLabels: {
    en: {
      bought: 'Yes',
      waiting: 'Not yet (window open)',
      noPurchase: 'No',
      draftNotKnownSent: 'Drafted, not known to be sent',
      unknownDelivery: 'Not known whether the email went',
    },
    'zh-CN': {
      bought: '是',
      waiting: '尚未（观察期内）',
      noPurchase: '否',
      draftNotKnownSent: '已建草稿，未知是否发出',
      unknownDelivery: '未知邮件是否发出',
    },
    'zh-TW': {
      bought: '是',
      waiting: '尚未（觀察期內）',
      noPurchase: '否',
      draftNotKnownSent: '已建草稿，未知是否寄出',
      unknownDelivery: '未知郵件是否寄出',
    },
  },
  logHeaders: LOG_HEADERS,
  logWords: LOG_WORDS,
  suppression: SUPPRESSION_TEXTS,
  sheetNames: {
    en: { templates: 'Templates', contactLog: 'Contact log' },
    'zh-CN': { templates: '邮件模板', contactLog: '联系记录' },
    'zh-TW': { templates: '郵件範本', contactLog: '聯繫紀錄' },
  },
};

// The follow-ups panel's own labels, in the three languages. Texts about customers (skip reasons,
// problems) come from the server, already in the owner's language.
import type { Localized } from '../../core/i18n/language';

export interface PanelTexts {
  title: string;
  loading: string;
  audience: string;
  days: string;
  template: string;
  language: string;
  editTemplates: string;
  preview: string;
  previewing: string;
  groupStages: string;
  groupTiming: string;
  groupTiers: string;
  groupSegments: string;
  recipients: string;
  skipped: string;
  nobody: string;
  /** Recipients without a name to greet them by (their key is an id): campaign.ts `unnamed`. */
  unnamed: string;
  subject: string;
  createDrafts: string;
  sendTest: string;
  /** Beside "Send test to me" when the daily quota is used up (the button is disabled). */
  testNoQuota: string;
  send: string;
  confirmTitle: string;
  confirmBody: string;
  confirmQuota: string;
  confirmOverQuota: string;
  confirmSend: string;
  cancel: string;
  working: string;
  draftsDone: string;
  sentDone: string;
  failed: string;
  quotaStop: string;
  skippedInRun: string;
  busy: string;
  testDone: string;
  resumeTitle: string;
  resume: string;
  left: string;
  settings: string;
  shopName: string;
  signature: string;
  coolDown: string;
  replyTo: string;
  save: string;
  saved: string;
  needShopName: string;
  results: string;
  resultLine: string;
  fields: string;
  templateProblems: string;
  noPurchases: string;
  error: string;
  noOptOutColumn: string;
  /** The customer sheet's key column matched no customer of the log (mapping/customers-key.ts). */
  customersUnmatched: string;
  ackNoOptOut: string;
  judgedOn: string;
  fixedAsOfNote: string;
}

export const PANEL_TEXTS: Localized<PanelTexts> = {
  en: {
    title: 'Follow-up emails',
    loading: 'Loading…',
    audience: 'Who',
    days: 'Days ahead',
    template: 'Email',
    language: 'Language',
    editTemplates: 'Edit templates',
    preview: 'Preview',
    previewing: 'Preparing the preview…',
    groupStages: 'Lifecycle stage',
    groupTiming: 'Timing and complaints',
    groupTiers: 'Value tier',
    groupSegments: 'RFM segment',
    recipients: 'Recipients ({n})',
    skipped: 'Skipped ({n})',
    nobody: 'Nobody in this audience can be written to.',
    unnamed:
      '{n} of them have no name to greet them by (their key is an id, a phone number or an email address): {names}. Their emails do not greet them by it (see each email). To greet them by name, write their names in a Name column of the customer sheet.',
    subject: 'Subject',
    createDrafts: 'Create drafts',
    sendTest: 'Send test to me',
    testNoQuota: 'No emails left to send today: the test can be sent tomorrow (drafts still work).',
    send: 'Send…',
    confirmTitle: 'Send now?',
    confirmBody: '{n} emails will be sent from your account.',
    confirmQuota: 'Remaining daily quota: {q}.',
    confirmOverQuota: 'Only {q} can go today; the rest stay for another day (Resume).',
    confirmSend: 'Send {n} emails',
    cancel: 'Cancel',
    working: 'Working… {done} of {n}',
    draftsDone: '{n} drafts created: see Gmail → Drafts and the Contact log sheet.',
    sentDone: '{n} emails sent; each is in the Contact log sheet.',
    failed: '{n} failed (see below and the Contact log).',
    quotaStop: 'The daily quota is used up: {n} left. Open Follow-ups tomorrow and choose Resume.',
    skippedInRun: '{n} left out when it ran (reasons below).',
    busy: 'Another send is running in this spreadsheet. Try again in a minute.',
    testDone: 'Test sent to {to}.',
    resumeTitle: 'Left for another day',
    resume: 'Resume',
    left: '{n} left',
    settings: 'Settings',
    shopName: 'Shop name',
    signature: 'Signature',
    coolDown: 'Cool-down (days between emails)',
    replyTo: 'Replies to (blank: your address)',
    save: 'Save settings',
    saved: 'Settings saved.',
    needShopName: 'Fill in your shop name in Settings: every email is signed with it.',
    results: 'Did follow-ups work?',
    resultLine: '{contacted} contacted · {bought} bought within 30 days · {amount}',
    fields: 'Merge fields',
    templateProblems: 'Templates sheet',
    noPurchases: 'No purchase log found yet: use Column setup first.',
    error: 'Something went wrong: {message}',
    noOptOutColumn:
      'No opt-out or consent column is set for your customer sheet, so Regulars cannot tell who asked not to be emailed. Only the Unsubscribed list is checked. If the sheet has such a column, choose it in Columns.',
    customersUnmatched:
      'None of the rows of “{sheet}” matched a customer of the purchase log by “{header}”, so nobody gets a name or an email from it. In Column setup, choose as its Customer column the one that holds what the log calls each customer (a phone number, an email, an id).',
    ackNoOptOut: 'I have checked that nobody here asked not to be emailed',
    judgedOn: 'Judged as of today, {date}: purchases up to today count.',
    fixedAsOfNote: 'The analysis date fixed in Columns ({date}) is used by Analyze only.',
  },
  'zh-CN': {
    title: '跟进邮件',
    loading: '加载中…',
    audience: '发给谁',
    days: '未来天数',
    template: '邮件',
    language: '语言',
    editTemplates: '编辑模板',
    preview: '预览',
    previewing: '正在准备预览…',
    groupStages: '生命周期阶段',
    groupTiming: '时机与投诉',
    groupTiers: '价值层级',
    groupSegments: 'RFM 分群',
    recipients: '收件人（{n}）',
    skipped: '已跳过（{n}）',
    nobody: '这个受众中没有可以发送的客户。',
    unnamed:
      '其中 {n} 位没有可用于称呼的姓名（客户标识是编号、电话号码或邮箱地址）：{names}。邮件中不会用这些标识称呼他们（见各封邮件）。如需按姓名称呼，请在客户表的姓名列中填上他们的姓名。',
    subject: '主题',
    createDrafts: '创建草稿',
    sendTest: '发送测试邮件给我',
    testNoQuota: '今天已没有可发送的邮件额度：测试邮件明天才能发送（仍可创建草稿）。',
    send: '发送…',
    confirmTitle: '现在发送？',
    confirmBody: '将从您的账户发送 {n} 封邮件。',
    confirmQuota: '今日剩余配额：{q}。',
    confirmOverQuota: '今天只能发送 {q} 封，其余留待以后（继续发送）。',
    confirmSend: '发送 {n} 封邮件',
    cancel: '取消',
    working: '处理中… {done} / {n}',
    draftsDone: '已创建 {n} 封草稿：请在 Gmail 草稿箱和“联系记录”表中查看。',
    sentDone: '已发送 {n} 封邮件，均已记入“联系记录”表。',
    failed: '{n} 封失败（见下方及联系记录）。',
    quotaStop: '今日配额已用完：还剩 {n} 封。明天打开跟进邮件并选择“继续发送”。',
    skippedInRun: '执行时跳过了 {n} 位（原因见下方）。',
    busy: '这个表格中正在进行另一次发送，请稍后再试。',
    testDone: '测试邮件已发送至 {to}。',
    resumeTitle: '留待以后发送',
    resume: '继续发送',
    left: '还剩 {n} 封',
    settings: '设置',
    shopName: '店名',
    signature: '签名',
    coolDown: '冷却期（两封邮件间隔天数）',
    replyTo: '回复地址（留空为您的邮箱）',
    save: '保存设置',
    saved: '设置已保存。',
    needShopName: '请先在设置中填写店名：每封邮件都会署上它。',
    results: '跟进有效果吗？',
    resultLine: '联系 {contacted} 位 · 30 天内购买 {bought} 位 · {amount}',
    fields: '合并字段',
    templateProblems: '模板表',
    noPurchases: '还没有找到购买记录：请先进行列设置。',
    error: '出错了：{message}',
    noOptOutColumn:
      '您的客户表没有设定退订或营销同意列，Regulars 无法知道谁要求不再收到邮件。只会核对“已退订”名单。如果表中有这样的列，请在“列”中选择它。',
    customersUnmatched:
      '“{sheet}”中没有任何一行按“{header}”对上购买记录中的客户，因此没有客户从中取得姓名或邮箱。请在“列设置”中把它的“客户”列选为写着购买记录里客户标识（电话号码、邮箱或编号）的那一列。',
    ackNoOptOut: '我已核对，这里没有人要求不再收到邮件',
    judgedOn: '按今天（{date}）判断：截至今天的购买都计入。',
    fixedAsOfNote: '“列”中固定的分析日期（{date}）只用于分析客户。',
  },
  'zh-TW': {
    title: '跟進郵件',
    loading: '載入中…',
    audience: '寄給誰',
    days: '未來天數',
    template: '郵件',
    language: '語言',
    editTemplates: '編輯範本',
    preview: '預覽',
    previewing: '正在準備預覽…',
    groupStages: '生命週期階段',
    groupTiming: '時機與客訴',
    groupTiers: '價值層級',
    groupSegments: 'RFM 分群',
    recipients: '收件人（{n}）',
    skipped: '已略過（{n}）',
    nobody: '這個受眾中沒有可以寄送的客戶。',
    unnamed:
      '其中 {n} 位沒有可用於稱呼的姓名（客戶識別是編號、電話號碼或電子郵件地址）：{names}。郵件中不會用這些識別稱呼他們（見各封郵件）。如需按姓名稱呼，請在客戶表的姓名欄中填上他們的姓名。',
    subject: '主旨',
    createDrafts: '建立草稿',
    sendTest: '寄送測試郵件給我',
    testNoQuota: '今天已沒有可寄送的郵件額度：測試郵件明天才能寄出（仍可建立草稿）。',
    send: '寄送…',
    confirmTitle: '現在寄送？',
    confirmBody: '將從您的帳戶寄出 {n} 封郵件。',
    confirmQuota: '今日剩餘配額：{q}。',
    confirmOverQuota: '今天只能寄出 {q} 封，其餘留待以後（繼續寄送）。',
    confirmSend: '寄出 {n} 封郵件',
    cancel: '取消',
    working: '處理中… {done} / {n}',
    draftsDone: '已建立 {n} 封草稿：請在 Gmail 草稿匣和「聯繫紀錄」表中查看。',
    sentDone: '已寄出 {n} 封郵件，均已記入「聯繫紀錄」表。',
    failed: '{n} 封失敗（見下方及聯繫紀錄）。',
    quotaStop: '今日配額已用完：還剩 {n} 封。明天打開跟進郵件並選擇「繼續寄送」。',
    skippedInRun: '執行時略過了 {n} 位（原因見下方）。',
    busy: '這個試算表中正在進行另一次寄送，請稍後再試。',
    testDone: '測試郵件已寄至 {to}。',
    resumeTitle: '留待以後寄送',
    resume: '繼續寄送',
    left: '還剩 {n} 封',
    settings: '設定',
    shopName: '店名',
    signature: '簽名',
    coolDown: '冷卻期（兩封郵件間隔天數）',
    replyTo: '回覆地址（留空為您的郵箱）',
    save: '儲存設定',
    saved: '設定已儲存。',
    needShopName: '請先在設定中填寫店名：每封郵件都會署上它。',
    results: '跟進有效果嗎？',
    resultLine: '聯繫 {contacted} 位 · 30 天內購買 {bought} 位 · {amount}',
    fields: '合併欄位',
    templateProblems: '範本表',
    noPurchases: '還沒有找到購買紀錄：請先進行欄位設定。',
    error: '出錯了：{message}',
    noOptOutColumn:
      '您的客戶表沒有設定退訂或行銷同意欄，Regulars 無法知道誰要求不再收到郵件。只會核對「已退訂」名單。如果表中有這樣的欄，請在「欄位」中選擇它。',
    customersUnmatched:
      '「{sheet}」中沒有任何一列依「{header}」對上購買記錄中的客戶，因此沒有客戶從中取得姓名或電子郵件。請在「欄位設定」中把它的「客戶」欄選為寫著購買記錄裡客戶識別（電話號碼、電子郵件或編號）的那一欄。',
    ackNoOptOut: '我已核對，這裡沒有人要求不再收到郵件',
    judgedOn: '依今天（{date}）判斷：截至今天的購買都計入。',
    fixedAsOfNote: '「欄位」中固定的分析日期（{date}）只用於分析客戶。',
  },
};

/** Replaces `{name}` placeholders (values inserted as text, never as markup). */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in values ? String(values[name]) : m));
}

// What the owner reads when the send ledger cannot be trusted, a send's outcome is unknown, or the
// lock cannot be had: in the owner's language. Each says what happened, that nothing was sent, and
// what to do.
import type { Language, Localized } from '../i18n/language';

const LEDGER_PROBLEMS = ['state', 'missing', 'changed', 'legacy'] as const;
export type LedgerProblem = (typeof LEDGER_PROBLEMS)[number];

const LEDGER_PROBLEM_TEXTS: Localized<Record<LedgerProblem, string>> = {
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
};

export function ledgerProblemText(problem: LedgerProblem, language: Language): string {
  return LEDGER_PROBLEM_TEXTS[language][problem];
}

const OTHER_TEXTS: Localized<{
  noLock: string;
  busy: string;
  unknownOutcome: string;
  interrupted: string;
  notAuthorized: string;
}> = {
  en: {
    busy: 'Another send is running in this spreadsheet; try again in a minute.',
    notAuthorized: 'Google refused Regulars the authorization this needs, so nothing was created or sent.',
    noLock:
      'Regulars could not get this spreadsheet’s lock (Apps Script gave none), so it cannot make sure nobody is emailed twice. Nothing was sent.',
    unknownOutcome:
      'The mail service answered with an error after the email was handed over; it may or may not have gone. Regulars will not try this customer again by itself: check your Sent folder.',
    interrupted:
      'The run stopped before Regulars could record whether this email went; it may or may not have gone. Regulars will not try this customer again by itself: check your Sent folder.',
  },
  'zh-CN': {
    busy: '这个表格中正在进行另一次发送，请稍后再试。',
    notAuthorized: 'Google 拒绝了 Regulars 所需的授权，因此没有创建或发送任何邮件。',
    noLock: 'Regulars 无法取得本表格的锁（Apps Script 未提供），因此无法保证不重复发送。没有发送任何邮件。',
    unknownOutcome:
      '邮件交给邮件服务后出现错误，可能已发出，也可能没有。Regulars 不会自动再次发给这位客户：请查看“已发送”文件夹。',
    interrupted:
      '运行在 Regulars 记录这封邮件是否发出之前中断，可能已发出，也可能没有。Regulars 不会自动再次发给这位客户：请查看“已发送”文件夹。',
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
  },
};

export function ledgerText(key: keyof (typeof OTHER_TEXTS)['en'], language: Language): string {
  return OTHER_TEXTS[language][key];
}

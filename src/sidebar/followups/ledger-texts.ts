// The sidebar's words for what the send ledger knows: drafts not known to be sent, sends whose outcome
// is unknown, the 30-day window, the postal address setting. Kept apart from texts.ts so the panel's
// other labels stay as they were.
import type { Localized } from '../../core/i18n/language';

export interface LedgerPanelTexts {
  postalAddress: string;
  sentPart: string;
  draftsPart: string;
  unknownPart: string;
  boughtPart: string;
  windowOpen: string;
  windowClosed: string;
  releaseDrafts: string;
  markDraftsSent: string;
  released: string;
  marked: string;
  heldByDraft: string;
  unknownResult: string;
  unknownDone: string;
  releaseDraft: string;
  markDraftSent: string;
}

export const LEDGER_PANEL_TEXTS: Localized<LedgerPanelTexts> = {
  en: {
    postalAddress: 'Postal address (required: shown at the end of every email)',
    sentPart: '{n} sent',
    draftsPart: '{n} drafted, not known to be sent',
    unknownPart: '{n} not known whether sent',
    boughtPart: '{n} of the sent bought within 30 days · {amount}',
    windowOpen: 'window open until {date}',
    windowClosed: 'window closed',
    releaseDrafts: 'I discarded these drafts',
    markDraftsSent: 'I sent these drafts',
    released: '{n} drafts released: those customers can get follow-ups again.',
    marked: '{n} drafts marked as sent: outcomes now count from them.',
    heldByDraft: 'drafted, not known to be sent',
    unknownResult: 'not known whether it went',
    unknownDone:
      '{n} not known whether they went: Regulars will not retry them by itself (see the Contact log).',
    releaseDraft: 'I discarded this draft',
    markDraftSent: 'I sent this draft',
  },
  'zh-CN': {
    postalAddress: '邮寄地址（必填：附在每封邮件末尾）',
    sentPart: '已发出 {n} 封',
    draftsPart: '{n} 封已建草稿，未知是否发出',
    unknownPart: '{n} 封未知是否发出',
    boughtPart: '已发出的客户中 {n} 位在 30 天内购买 · {amount}',
    windowOpen: '观察期至 {date}',
    windowClosed: '观察期已结束',
    releaseDrafts: '这些草稿我已删除',
    markDraftsSent: '这些草稿我已发出',
    released: '已释放 {n} 封草稿：这些客户可以再次收到跟进。',
    marked: '已将 {n} 封草稿标为已发出：效果从这些邮件开始计算。',
    heldByDraft: '已建草稿，未知是否发出',
    unknownResult: '未知是否发出',
    unknownDone: '{n} 封未知是否发出：Regulars 不会自动重试（见联系记录）。',
    releaseDraft: '这封草稿我已删除',
    markDraftSent: '这封草稿我已发出',
  },
  'zh-TW': {
    postalAddress: '郵寄地址（必填：附在每封郵件末尾）',
    sentPart: '已寄出 {n} 封',
    draftsPart: '{n} 封已建草稿，未知是否寄出',
    unknownPart: '{n} 封未知是否寄出',
    boughtPart: '已寄出的客戶中 {n} 位在 30 天內購買 · {amount}',
    windowOpen: '觀察期至 {date}',
    windowClosed: '觀察期已結束',
    releaseDrafts: '這些草稿我已刪除',
    markDraftsSent: '這些草稿我已寄出',
    released: '已釋放 {n} 封草稿：這些客戶可以再次收到跟進。',
    marked: '已將 {n} 封草稿標為已寄出：成效從這些郵件開始計算。',
    heldByDraft: '已建草稿，未知是否寄出',
    unknownResult: '未知是否寄出',
    unknownDone: '{n} 封未知是否寄出：Regulars 不會自動重試（見聯繫紀錄）。',
    releaseDraft: '這封草稿我已刪除',
    markDraftSent: '這封草稿我已寄出',
  },
};

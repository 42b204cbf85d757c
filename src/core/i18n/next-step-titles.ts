import type { Situation } from '../lifecycle/situation';
import type { Localized } from './language';

/**
 * The next step for each situation in a few words: the CUSTOMER_INSIGHTS "next step" column. The
 * sidebar's card explains each step at length (report/next-steps.ts); only these short titles go
 * into every formula call.
 */
export const NEXT_STEP_TITLES: Localized<Record<Situation, string>> = {
  en: {
    new: 'Build trust, win a second purchase',
    developing: 'Grow the habit',
    loyal: 'Care without discounts',
    late: 'Check in: ask how they are',
    spendingLess: 'Ask what they miss',
    boughtOnce: 'Invite them back once',
    lapsed: 'One personal win-back',
  },
  'zh-CN': {
    new: '建立信任，促成第二次购买',
    developing: '培养购买习惯',
    loyal: '用关怀而非折扣维系',
    late: '主动问候，了解近况',
    spendingLess: '问问缺了什么',
    boughtOnce: '邀请再次光临',
    lapsed: '一次真诚的挽回',
  },
  'zh-TW': {
    new: '建立信任，促成第二次購買',
    developing: '培養購買習慣',
    loyal: '用關懷而非折扣維繫',
    late: '主動問候，了解近況',
    spendingLess: '問問缺了什麼',
    boughtOnce: '邀請再次光臨',
    lapsed: '一次真誠的挽回',
  },
};

/** The next step of a customer with an open complaint, whatever their situation: card and sheet alike. */
export const COMPLAINT_STEP_TITLE: Localized<string> = {
  en: 'Answer the open complaint first',
  'zh-CN': '先处理未解决的投诉',
  'zh-TW': '先處理未解決的投訴',
};

import type { Situation } from '../lifecycle/situation';
import { type Localized, withTraditional } from './language';

/**
 * The next step for each situation in a few words: the CUSTOMER_INSIGHTS "next step" column; with
 * an open complaint on the feedback sheet, `complaint` whatever the situation. The sidebar's card
 * explains each step at length (report/next-steps.ts); only these short titles go into every
 * formula call. zh-TW is zh-CN in Traditional characters.
 */
export const NEXT_STEP_TITLES: Localized<Record<Situation | 'complaint', string>> = withTraditional(
  {
    new: 'Build trust, win a second purchase',
    developing: 'Grow the habit',
    loyal: 'Care without discounts',
    late: 'Check in: ask how they are',
    spendingLess: 'Ask what they miss',
    boughtOnce: 'Invite them back once',
    lapsed: 'One personal win-back',
    complaint: 'Answer the open complaint first',
  },
  {
    new: '建立信任，促成第二次购买',
    developing: '培养购买习惯',
    loyal: '用关怀而非折扣维系',
    late: '主动问候，了解近况',
    spendingLess: '问问缺了什么',
    boughtOnce: '邀请再次光临',
    lapsed: '一次真诚的挽回',
    complaint: '先处理未解决的投诉',
  },
);

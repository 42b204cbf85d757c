// The suggested next step on the customer card, per situation — the lifecycle stage, with At risk split
// by its reason (SPEC §1: each stage has its own follow-up) — with an open complaint first of all.
// Shown by the sidebar; not part of dist/Code.js. Each title is the CUSTOMER_INSIGHTS "Next step" of
// the same situation (NEXT_STEP_TITLES), so the card and the sheet say the same thing.
import type { Localized } from '../i18n/language';
import { NEXT_STEP_TITLES } from '../i18n/next-step-titles';
import type { NextStep } from './sidebar-data';

export interface NextStepText {
  title: string;
  text: string;
}

export const NEXT_STEPS: Localized<Record<NextStep, NextStepText>> = {
  en: {
    complaint: {
      title: NEXT_STEP_TITLES.en.complaint,
      text: 'Reply personally and put right what we caused. No promotions until it is resolved.',
    },
    firstPurchase: {
      title: 'Welcome them',
      text: 'On your customer list but no purchase yet: a short welcome that asks what they are looking for.',
    },
    new: {
      title: NEXT_STEP_TITLES.en.new,
      text: 'Thank them personally, check the first order went well, and give one good reason to come back.',
    },
    developing: {
      title: NEXT_STEP_TITLES.en.developing,
      text: 'Keep in touch at their own rhythm, suggest what goes with what they buy, learn what they like.',
    },
    loyal: {
      title: NEXT_STEP_TITLES.en.loyal,
      text: 'Keep the relationship with personal attention — a note, early access, a small surprise. Discounts add little here.',
    },
    late: {
      title: NEXT_STEP_TITLES.en.late,
      text: 'They are later than usual: ask how they are and whether anything put them off. If we caused it (quality, service, stock), fix it and tell them.',
    },
    spendingLess: {
      title: NEXT_STEP_TITLES.en.spendingLess,
      text: 'They still come, but spend far less than usual: ask whether something they liked is missing or not as good. Fix what we caused and tell them.',
    },
    boughtOnce: {
      title: NEXT_STEP_TITLES.en.boughtOnce,
      text: 'They bought once and have not been back: thank them, ask how the purchase went, and give one good reason to return.',
    },
    lapsed: {
      title: NEXT_STEP_TITLES.en.lapsed,
      text: 'Send one personal note asking how they are and what would bring them back; if there is no answer, let them be.',
    },
  },
  'zh-CN': {
    complaint: {
      title: NEXT_STEP_TITLES['zh-CN'].complaint,
      text: '亲自回复，纠正我们的问题。投诉解决前不要发送促销。',
    },
    firstPurchase: {
      title: '欢迎新朋友',
      text: '已在客户名单中但尚未购买：发一条简短的欢迎信息，问问对方需要什么。',
    },
    new: { title: NEXT_STEP_TITLES['zh-CN'].new, text: '亲自致谢，确认首单顺利，并给对方一个再来的好理由。' },
    developing: {
      title: NEXT_STEP_TITLES['zh-CN'].developing,
      text: '按客户自己的节奏保持联系，推荐与其所购商品相配的产品，了解其偏好。',
    },
    loyal: {
      title: NEXT_STEP_TITLES['zh-CN'].loyal,
      text: '以个人关怀维系关系——一张便条、优先体验、小惊喜。此阶段折扣作用不大。',
    },
    late: {
      title: NEXT_STEP_TITLES['zh-CN'].late,
      text: '比平时来得晚：问候近况，问问是否有不满意的地方。如果是我们的原因（质量、服务、缺货），改正并告知客户。',
    },
    spendingLess: {
      title: NEXT_STEP_TITLES['zh-CN'].spendingLess,
      text: '仍然常来，但消费远低于平时：问问是否缺了喜欢的商品或品质不如以前。改正我们的问题并告知客户。',
    },
    boughtOnce: {
      title: NEXT_STEP_TITLES['zh-CN'].boughtOnce,
      text: '只买过一次，之后没有再来：致谢，问问那次购买是否满意，并给对方一个再来的好理由。',
    },
    lapsed: {
      title: NEXT_STEP_TITLES['zh-CN'].lapsed,
      text: '发一条个人问候，问问什么能让对方再回来；若没有回复，就不要再打扰。',
    },
  },
  'zh-TW': {
    complaint: {
      title: NEXT_STEP_TITLES['zh-TW'].complaint,
      text: '親自回覆，改正我們的問題。投訴解決前不要發送促銷。',
    },
    firstPurchase: {
      title: '歡迎新朋友',
      text: '已在客戶名單中但尚未購買：發一則簡短的歡迎訊息，問問對方需要什麼。',
    },
    new: { title: NEXT_STEP_TITLES['zh-TW'].new, text: '親自致謝，確認首單順利，並給對方一個再來的好理由。' },
    developing: {
      title: NEXT_STEP_TITLES['zh-TW'].developing,
      text: '依客戶自己的節奏保持聯繫，推薦與其所購商品相配的產品，了解其偏好。',
    },
    loyal: {
      title: NEXT_STEP_TITLES['zh-TW'].loyal,
      text: '以個人關懷維繫關係——一張便條、優先體驗、小驚喜。此階段折扣作用不大。',
    },
    late: {
      title: NEXT_STEP_TITLES['zh-TW'].late,
      text: '比平時來得晚：問候近況，問問是否有不滿意的地方。如果是我們的原因（品質、服務、缺貨），改正並告知客戶。',
    },
    spendingLess: {
      title: NEXT_STEP_TITLES['zh-TW'].spendingLess,
      text: '仍然常來，但消費遠低於平時：問問是否缺了喜歡的商品或品質不如以前。改正我們的問題並告知客戶。',
    },
    boughtOnce: {
      title: NEXT_STEP_TITLES['zh-TW'].boughtOnce,
      text: '只買過一次，之後沒有再來：致謝，問問那次購買是否滿意，並給對方一個再來的好理由。',
    },
    lapsed: {
      title: NEXT_STEP_TITLES['zh-TW'].lapsed,
      text: '發一則個人問候，問問什麼能讓對方再回來；若沒有回覆，就不要再打擾。',
    },
  },
};

// The suggested next step on the customer card, per lifecycle stage (SPEC §1: each stage has its own
// follow-up), with an open complaint first of all. Shown by the sidebar; not part of dist/Code.js.
import type { Localized } from '../i18n/language';
import type { NextStep } from './sidebar-data';

export interface NextStepText {
  title: string;
  text: string;
}

export const NEXT_STEPS: Localized<Record<NextStep, NextStepText>> = {
  en: {
    complaint: {
      title: 'Answer the open complaint first',
      text: 'Reply personally and put right what we caused. No promotions until it is resolved.',
    },
    firstPurchase: {
      title: 'Welcome them',
      text: 'On your customer list but no purchase yet: a short welcome that asks what they are looking for.',
    },
    new: {
      title: 'Build trust, win a second purchase',
      text: 'Thank them personally, check the first order went well, and give one good reason to come back.',
    },
    developing: {
      title: 'Grow the habit',
      text: 'Keep in touch at their own rhythm, suggest what goes with what they buy, learn what they like.',
    },
    loyal: {
      title: 'Care without discounts',
      text: 'Keep the relationship with personal attention — a note, early access, a small surprise. Discounts add little here.',
    },
    atRisk: {
      title: 'Find out why',
      text: 'Ask what changed. If we caused it (quality, service, stock), fix it and tell them.',
    },
    lapsed: {
      title: 'One personal win-back',
      text: 'Send one personal note asking how they are and what would bring them back; if there is no answer, let them be.',
    },
  },
  'zh-CN': {
    complaint: { title: '先处理未解决的投诉', text: '亲自回复，纠正我们的问题。投诉解决前不要发送促销。' },
    firstPurchase: {
      title: '欢迎新朋友',
      text: '已在客户名单中但尚未购买：发一条简短的欢迎信息，问问对方需要什么。',
    },
    new: { title: '建立信任，促成第二次购买', text: '亲自致谢，确认首单顺利，并给对方一个再来的好理由。' },
    developing: {
      title: '培养购买习惯',
      text: '按客户自己的节奏保持联系，推荐与其所购商品相配的产品，了解其偏好。',
    },
    loyal: {
      title: '用关怀而非折扣维系',
      text: '以个人关怀维系关系——一张便条、优先体验、小惊喜。此阶段折扣作用不大。',
    },
    atRisk: {
      title: '找出原因',
      text: '问问发生了什么变化。如果是我们的原因（质量、服务、缺货），改正并告知客户。',
    },
    lapsed: {
      title: '一次真诚的挽回',
      text: '发一条个人问候，问问什么能让对方再回来；若没有回复，就不要再打扰。',
    },
  },
  'zh-TW': {
    complaint: { title: '先處理未解決的投訴', text: '親自回覆，改正我們的問題。投訴解決前不要發送促銷。' },
    firstPurchase: {
      title: '歡迎新朋友',
      text: '已在客戶名單中但尚未購買：發一則簡短的歡迎訊息，問問對方需要什麼。',
    },
    new: { title: '建立信任，促成第二次購買', text: '親自致謝，確認首單順利，並給對方一個再來的好理由。' },
    developing: {
      title: '培養購買習慣',
      text: '依客戶自己的節奏保持聯繫，推薦與其所購商品相配的產品，了解其偏好。',
    },
    loyal: {
      title: '用關懷而非折扣維繫',
      text: '以個人關懷維繫關係——一張便條、優先體驗、小驚喜。此階段折扣作用不大。',
    },
    atRisk: {
      title: '找出原因',
      text: '問問發生了什麼變化。如果是我們的原因（品質、服務、缺貨），改正並告知客戶。',
    },
    lapsed: {
      title: '一次真誠的挽回',
      text: '發一則個人問候，問問什麼能讓對方再回來；若沒有回覆，就不要再打擾。',
    },
  },
};

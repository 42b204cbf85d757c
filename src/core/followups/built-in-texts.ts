// The texts of the built-in follow-up templates (one per purpose, in each language), as data.
//
// They are needed on the server only when follow-ups run (to fill the Templates sheet and to render
// a built-in template), so they do not go into dist/Code.js, which Apps Script parses on every
// custom-function call: scripts/build.mjs writes `builtInTextsFile()` to dist/Templates.html, and
// src/gas/followups/built-in-templates.ts reads that file when it is needed.

import { BUILD_STAMP } from '../build-stamp';
import { ANALYZE_TEXTS } from '../report/analyze-texts';
import { FOLLOW_UP_SERVER_TEXTS } from './server-texts';
import { type BuiltInTexts, type FollowUpTemplate, templatesOfTexts } from './templates';

const BUILT_IN_TEXTS: BuiltInTexts = {
  en: {
    new: {
      name: 'Welcome (New)',
      subject: 'Thank you for visiting {{shopName}}, {{name}}',
      body: `Dear {{name}},

Thank you for choosing {{shopName}} on {{lastPurchaseDate}}. We hope you are enjoying your {{favouriteProduct|purchase}}.

If anything was not quite right, or you would like a recommendation for next time, just reply to this email — it comes straight to us.

We hope to see you again soon.

{{signature}}`,
    },
    developing: {
      name: 'Thank you (Developing)',
      subject: 'Thank you for coming back, {{name}}',
      body: `Dear {{name}},

Thank you for coming back to {{shopName}}. It means a lot to a small shop like ours that you chose us again.

We always want to get things right for you: if there is anything we could do better, or something you would like us to stock, simply reply and tell us.

{{signature}}`,
    },
    loyal: {
      name: 'Appreciation (Loyal)',
      subject: 'A thank-you from {{shopName}}',
      body: `Dear {{name}},

We wanted to say a simple thank you. You have been one of our most faithful customers, and your visits are part of what keeps {{shopName}} going.

If there is ever anything we can set aside for you, or something new you would like to try, just let us know — we are always glad to hear from you.

With warm thanks,
{{signature}}`,
    },
    atRisk: {
      name: 'Check-in (At risk)',
      subject: 'How are we doing, {{name}}?',
      body: `Dear {{name}},

We wanted to check in and hear how things are going. Is there anything we could do better at {{shopName}}, or anything you have been looking for that we did not have?

A one-line reply is enough, and we read every one of them.

Thank you,
{{signature}}`,
    },
    late: {
      name: 'Check-in (At risk: later than usual)',
      subject: 'How are we doing, {{name}}?',
      body: `Dear {{name}},

It has been {{daysSince}} days since your last visit to {{shopName}}, longer than your usual {{usualGap}} days, and we wanted to check in.

Was there anything we got wrong, or anything we could do better? A one-line reply is enough, and we read every one of them.

Thank you,
{{signature}}`,
    },
    spendingLess: {
      name: 'Check-in (At risk: spending less)',
      subject: 'Could we do better, {{name}}?',
      body: `Dear {{name}},

Thank you for your visit on {{lastPurchaseDate}}. Your recent orders at {{shopName}} have been smaller than usual, and we wanted to ask: is there something you have been looking for that we did not have, or something that was not quite right?

A one-line reply is enough, and we read every one of them.

Thank you,
{{signature}}`,
    },
    boughtOnce: {
      name: 'Second visit (bought once)',
      subject: 'We would love to see you again, {{name}}',
      body: `Dear {{name}},

You visited {{shopName}} once, on {{lastPurchaseDate}}, and we hope you are enjoying your {{favouriteProduct|purchase}}.

If anything was not quite right, we would be grateful to know: just reply to this email. And if you would like a recommendation for next time, we are happy to help.

{{signature}}`,
    },
    lapsed: {
      name: 'Win-back (Lapsed)',
      subject: 'We miss you at {{shopName}}, {{name}}',
      body: `Dear {{name}},

We have not seen you since {{lastPurchaseDate}} and we miss you. If something put you off, we would be grateful to know — it helps us do better.

And if you simply have not had the chance, you are always welcome back at {{shopName}}.

{{signature}}`,
    },
    reorder: {
      name: 'Re-order reminder (due)',
      subject: 'Time for more {{favouriteProduct|of your favourites}}, {{name}}?',
      body: `Dear {{name}},

You usually come back about every {{usualGap}} days, and it has been {{daysSince}} days since your last purchase. If you are running low on {{favouriteProduct|your favourites}}, we would be happy to set some aside for you.

Just reply to this email and we will have it ready.

{{signature}}`,
    },
    complaint: {
      name: 'Complaint follow-up',
      subject: 'Following up on your feedback, {{name}}',
      body: `Dear {{name}},

Thank you again for telling us about the problem you had. We are sorry it happened, and we want to make sure it has been put right.

Has it been resolved to your satisfaction? If not, please reply and tell us what would make it right — we will take care of it personally.

{{signature}}`,
    },
    survey: {
      name: 'Satisfaction survey',
      subject: 'Two quick questions from {{shopName}}',
      body: `Dear {{name}},

Could you spare a moment to answer two questions? Just reply with two numbers:

1. Overall, how satisfied are you with {{shopName}}? (1 = very unsatisfied, 5 = very satisfied)
2. How likely are you to recommend us to a friend? (0 = not at all, 10 = extremely likely)

Every answer helps us improve. Thank you!

{{signature}}`,
    },
  },
  'zh-CN': {
    new: {
      name: '欢迎（新客）',
      subject: '{{name}}，感谢您光临{{shopName}}',
      body: `{{name}}您好：

感谢您在{{lastPurchaseDate}}选择{{shopName}}。希望您喜欢这次购买的{{favouriteProduct|商品}}。

如果有任何不满意的地方，或者想让我们为下次推荐些什么，直接回复这封邮件就好，我们会亲自回复。

期待再次见到您。

{{signature}}`,
    },
    developing: {
      name: '感谢回购（成长期）',
      subject: '{{name}}，谢谢您再次光临',
      body: `{{name}}您好：

谢谢您再次选择{{shopName}}。对我们这样的小店来说，您的回头就是最大的肯定。

我们希望每次都让您满意：如果有哪里可以做得更好，或者希望我们进什么货，请直接回复告诉我们。

{{signature}}`,
    },
    loyal: {
      name: '感谢老客户（稳定期）',
      subject: '来自{{shopName}}的一声感谢',
      body: `{{name}}您好：

想简单地对您说声谢谢。您一直是我们最忠实的顾客之一，您的每次光临都是{{shopName}}坚持下去的动力。

如果需要我们为您预留什么，或者想尝试新品，随时告诉我们，我们很乐意听到您的消息。

衷心感谢，
{{signature}}`,
    },
    atRisk: {
      name: '关心问候（有流失风险）',
      subject: '{{name}}，我们做得怎么样？',
      body: `{{name}}您好：

想来问候一下，听听您最近的感受。{{shopName}}有什么可以做得更好的地方吗？或者有没有您想要但我们没有的商品？

回复一句话就好，每条回复我们都会认真阅读。

谢谢您，
{{signature}}`,
    },
    late: {
      name: '关心问候（有流失风险：比平时晚）',
      subject: '{{name}}，我们做得怎么样？',
      body: `{{name}}您好：

距离您上次光临{{shopName}}已经 {{daysSince}} 天了，比您通常的 {{usualGap}} 天要久，所以想来问候一下。

是不是我们哪里做得不好，或者有什么可以改进的地方？回复一句话就好，每条回复我们都会认真阅读。

谢谢您，
{{signature}}`,
    },
    spendingLess: {
      name: '关心问候（有流失风险：消费变少）',
      subject: '{{name}}，我们可以做得更好吗？',
      body: `{{name}}您好：

感谢您在{{lastPurchaseDate}}的光临。您最近在{{shopName}}的订单金额比平时少，所以想问问：是不是有想要但我们没有的商品，或者有哪里不太满意？

回复一句话就好，每条回复我们都会认真阅读。

谢谢您，
{{signature}}`,
    },
    boughtOnce: {
      name: '期待再次光临（只买过一次）',
      subject: '{{name}}，期待再次见到您',
      body: `{{name}}您好：

您在{{lastPurchaseDate}}光临过{{shopName}}一次，希望您喜欢所购的{{favouriteProduct|商品}}。

如果有哪里不太满意，恳请直接回复告诉我们。如果想让我们为下次推荐些什么，我们也很乐意帮忙。

{{signature}}`,
    },
    lapsed: {
      name: '挽回（已流失）',
      subject: '{{name}}，{{shopName}}想念您',
      body: `{{name}}您好：

自{{lastPurchaseDate}}之后就没再见到您，我们很想念您。如果是哪里让您不满意，恳请告诉我们，这能帮助我们做得更好。

如果只是一直没有机会，{{shopName}}随时欢迎您回来。

{{signature}}`,
    },
    reorder: {
      name: '补货提醒（即将到期）',
      subject: '{{name}}，{{favouriteProduct|常买的商品}}需要补充了吗？',
      body: `{{name}}您好：

您通常大约每 {{usualGap}} 天光临一次，距上次购买已经 {{daysSince}} 天了。如果{{favouriteProduct|常买的商品}}快用完了，我们很乐意为您预留。

直接回复这封邮件，我们会为您准备好。

{{signature}}`,
    },
    complaint: {
      name: '投诉跟进',
      subject: '{{name}}，关于您反馈的问题',
      body: `{{name}}您好：

再次感谢您告诉我们遇到的问题。非常抱歉给您带来不便，我们希望确认问题已经妥善解决。

问题解决得让您满意吗？如果没有，请回复告诉我们怎样才能弥补，我们会亲自处理。

{{signature}}`,
    },
    survey: {
      name: '满意度调查',
      subject: '{{shopName}}想请教您两个小问题',
      body: `{{name}}您好：

能否占用您一点时间回答两个问题？直接回复两个数字即可：

1. 总体来说，您对{{shopName}}满意吗？（1 = 非常不满意，5 = 非常满意）
2. 您有多大可能把我们推荐给朋友？（0 = 完全不会，10 = 非常可能）

您的每一个回答都能帮助我们改进。谢谢！

{{signature}}`,
    },
  },
  'zh-TW': {
    new: {
      name: '歡迎（新客）',
      subject: '{{name}}，感謝您光臨{{shopName}}',
      body: `{{name}}您好：

感謝您在{{lastPurchaseDate}}選擇{{shopName}}。希望您喜歡這次購買的{{favouriteProduct|商品}}。

如果有任何不滿意的地方，或者想讓我們為下次推薦些什麼，直接回覆這封郵件就好，我們會親自回覆。

期待再次見到您。

{{signature}}`,
    },
    developing: {
      name: '感謝回購（成長期）',
      subject: '{{name}}，謝謝您再次光臨',
      body: `{{name}}您好：

謝謝您再次選擇{{shopName}}。對我們這樣的小店來說，您的回頭就是最大的肯定。

我們希望每次都讓您滿意：如果有哪裡可以做得更好，或者希望我們進什麼貨，請直接回覆告訴我們。

{{signature}}`,
    },
    loyal: {
      name: '感謝老客戶（穩定期）',
      subject: '來自{{shopName}}的一聲感謝',
      body: `{{name}}您好：

想簡單地對您說聲謝謝。您一直是我們最忠實的顧客之一，您的每次光臨都是{{shopName}}堅持下去的動力。

如果需要我們為您預留什麼，或者想嘗試新品，隨時告訴我們，我們很樂意聽到您的消息。

衷心感謝，
{{signature}}`,
    },
    atRisk: {
      name: '關心問候（有流失風險）',
      subject: '{{name}}，我們做得怎麼樣？',
      body: `{{name}}您好：

想來問候一下，聽聽您最近的感受。{{shopName}}有什麼可以做得更好的地方嗎？或者有沒有您想要但我們沒有的商品？

回覆一句話就好，每則回覆我們都會認真閱讀。

謝謝您，
{{signature}}`,
    },
    late: {
      name: '關心問候（有流失風險：比平時晚）',
      subject: '{{name}}，我們做得怎麼樣？',
      body: `{{name}}您好：

距離您上次光臨{{shopName}}已經 {{daysSince}} 天了，比您通常的 {{usualGap}} 天要久，所以想來問候一下。

是不是我們哪裡做得不好，或者有什麼可以改進的地方？回覆一句話就好，每則回覆我們都會認真閱讀。

謝謝您，
{{signature}}`,
    },
    spendingLess: {
      name: '關心問候（有流失風險：消費變少）',
      subject: '{{name}}，我們可以做得更好嗎？',
      body: `{{name}}您好：

感謝您在{{lastPurchaseDate}}的光臨。您最近在{{shopName}}的訂單金額比平時少，所以想問問：是不是有想要但我們沒有的商品，或者有哪裡不太滿意？

回覆一句話就好，每則回覆我們都會認真閱讀。

謝謝您，
{{signature}}`,
    },
    boughtOnce: {
      name: '期待再次光臨（只買過一次）',
      subject: '{{name}}，期待再次見到您',
      body: `{{name}}您好：

您在{{lastPurchaseDate}}光臨過{{shopName}}一次，希望您喜歡所購的{{favouriteProduct|商品}}。

如果有哪裡不太滿意，懇請直接回覆告訴我們。如果想讓我們為下次推薦些什麼，我們也很樂意幫忙。

{{signature}}`,
    },
    lapsed: {
      name: '挽回（已流失）',
      subject: '{{name}}，{{shopName}}想念您',
      body: `{{name}}您好：

自{{lastPurchaseDate}}之後就沒再見到您，我們很想念您。如果是哪裡讓您不滿意，懇請告訴我們，這能幫助我們做得更好。

如果只是一直沒有機會，{{shopName}}隨時歡迎您回來。

{{signature}}`,
    },
    reorder: {
      name: '補貨提醒（即將到期）',
      subject: '{{name}}，{{favouriteProduct|常買的商品}}需要補充了嗎？',
      body: `{{name}}您好：

您通常大約每 {{usualGap}} 天光臨一次，距上次購買已經 {{daysSince}} 天了。如果{{favouriteProduct|常買的商品}}快用完了，我們很樂意為您預留。

直接回覆這封郵件，我們會為您準備好。

{{signature}}`,
    },
    complaint: {
      name: '客訴跟進',
      subject: '{{name}}，關於您回饋的問題',
      body: `{{name}}您好：

再次感謝您告訴我們遇到的問題。非常抱歉給您帶來不便，我們希望確認問題已經妥善解決。

問題解決得讓您滿意嗎？如果沒有，請回覆告訴我們怎樣才能彌補，我們會親自處理。

{{signature}}`,
    },
    survey: {
      name: '滿意度調查',
      subject: '{{shopName}}想請教您兩個小問題',
      body: `{{name}}您好：

能否佔用您一點時間回答兩個問題？直接回覆兩個數字即可：

1. 整體來說，您對{{shopName}}滿意嗎？（1 = 非常不滿意，5 = 非常滿意）
2. 您有多大可能把我們推薦給朋友？（0 = 完全不會，10 = 非常可能）

您的每一個回答都能幫助我們改進。謝謝！

{{signature}}`,
    },
  },
};

/**
 * Bodies earlier versions shipped that said something untrue to some of the customers they went to
 * (issue 12: "a little longer than usual" to customers who were not late; "your Gaiwan set are";
 * "it has been 13 since"). A Templates sheet made by an earlier version holds them as the owner's
 * own rows; a row whose body is still exactly one of these was never edited, so the current
 * built-in text is used instead (see `dropSupersededRows`).
 */
export const SUPERSEDED_BODIES: readonly string[] = [
  'Dear {{name}},\n\nWe wanted to say a simple thank you. You have been one of our most faithful customers, and your {{favouriteProduct|visits}} are part of what keeps {{shopName}} going.\n\nIf there is ever anything we can set aside for you, or something new you would like to try, just let us know — we are always glad to hear from you.\n\nWith warm thanks,\n{{signature}}',
  'Dear {{name}},\n\nIt has been {{daysSince}} days since your last visit to {{shopName}}, a little longer than usual, and we wanted to check in.\n\nWas there anything we got wrong, or anything we could do better? A one-line reply is enough, and we read every one of them.\n\nThank you,\n{{signature}}',
  'Dear {{name}},\n\nYou usually come back about every {{usualGap}} days, and it has been {{daysSince}} since your last purchase. If you are running low on {{favouriteProduct|your favourites}}, we would be happy to set some aside for you.\n\nJust reply to this email and we will have it ready.\n\n{{signature}}',
  '{{name}}您好：\n\n想简单地对您说声谢谢。您一直是我们最忠实的顾客之一，您对{{favouriteProduct|小店}}的支持是{{shopName}}坚持下去的动力。\n\n如果需要我们为您预留什么，或者想尝试新品，随时告诉我们，我们很乐意听到您的消息。\n\n衷心感谢，\n{{signature}}',
  '{{name}}您好：\n\n距离您上次光临{{shopName}}已经 {{daysSince}} 天了，比平时久了一些，所以想来问候一下。\n\n是不是我们哪里做得不好，或者有什么可以改进的地方？回复一句话就好，每条回复我们都会认真阅读。\n\n谢谢您，\n{{signature}}',
  '{{name}}您好：\n\n想簡單地對您說聲謝謝。您一直是我們最忠實的顧客之一，您對{{favouriteProduct|小店}}的支持是{{shopName}}堅持下去的動力。\n\n如果需要我們為您預留什麼，或者想嘗試新品，隨時告訴我們，我們很樂意聽到您的消息。\n\n衷心感謝，\n{{signature}}',
  '{{name}}您好：\n\n距離您上次光臨{{shopName}}已經 {{daysSince}} 天了，比平時久了一些，所以想來問候一下。\n\n是不是我們哪裡做得不好，或者有什麼可以改進的地方？回覆一句話就好，每則回覆我們都會認真閱讀。\n\n謝謝您，\n{{signature}}',
];

/** Every built-in template: each purpose in each language. */
export function builtInTemplates(): FollowUpTemplate[] {
  return templatesOfTexts(BUILT_IN_TEXTS);
}

/** The content of dist/Templates.html: the built-in texts, the follow-up server's and Analyze's texts as JSON. */
export function builtInTextsFile(): string {
  return JSON.stringify({
    build: BUILD_STAMP,
    ...BUILT_IN_TEXTS,
    superseded: SUPERSEDED_BODIES,
    server: FOLLOW_UP_SERVER_TEXTS,
    analyze: ANALYZE_TEXTS,
  });
}

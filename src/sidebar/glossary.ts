// What every lifecycle stage, RFM segment and follow-up situation means, in the owner's words
// (issue 12: Help did not explain stages, segments or follow-ups). Shown by Help and as the card's
// chip descriptions; sidebar-only, so none of it goes into dist/Code.js. A segment's score ranges
// are read from the rule table itself, so the words cannot drift from the rules.
import type { Localized } from '../core/i18n/language';
import type { LifecycleStage } from '../core/lifecycle/lifecycle-stage';
import type { AtRiskReason } from '../core/report/sidebar-data';
import { type RfmSegment, SEGMENT_RULES, type Span } from '../core/segments/rfm-segments';

export const STAGE_DESCRIPTIONS: Localized<Record<LifecycleStage, string>> = {
  en: {
    new: 'Bought once, recently: within 1.5× the shop’s return window (at least 8 in 10 customers who came back did so within it after their first purchase). Their next purchase falls due when these 1.5× are up, so a New customer is never shown overdue.',
    developing: '2–3 purchase days and buying on their own rhythm: the habit is forming.',
    loyal: '4 or more purchase days and buying on their own rhythm.',
    atRisk:
      'Later than 1.5× their usual gap; or their last 3 purchases all fell far below their usual amount, beyond their own ups and downs; or bought once and not back within 1.5× the shop’s return window.',
    lapsed:
      'Later than 3× their usual gap, longer than they have been away before and longer than the breaks this shop’s customers come back from; or bought once and not back within 3× the shop’s return window. While too few customers have come back to tell, only a customer with 10 or more purchase days is called Lapsed.',
  },
  'zh-CN': {
    new: '只购买过一次，且是最近（在本店回购窗口的 1.5 倍以内：回购的客户中至少八成在首次购买后这段时间内回购）。其下次购买在这 1.5 倍期满时到期，所以新客不会显示逾期。',
    developing: '有 2–3 个购买日，按自己的节奏购买：习惯正在形成。',
    loyal: '有 4 个或更多购买日，按自己的节奏购买。',
    atRisk:
      '超过其通常间隔的 1.5 倍未购买；或最近 3 次消费都远低于其通常金额，超出其平时的波动；或只买过一次，且超过本店回购窗口的 1.5 倍未再来。',
    lapsed:
      '超过其通常间隔的 3 倍未购买，且长于其自己曾中断后又回购的间隔、长于本店客户中断后仍会回购的时长；或只买过一次且超过本店回购窗口的 3 倍未再来。回购的客户太少时，只有 10 个或以上购买日的客户才会判为已流失。',
  },
  'zh-TW': {
    new: '只購買過一次，且是最近（在本店回購窗口的 1.5 倍以內：回購的客戶中至少八成在首次購買後這段時間內回購）。其下次購買在這 1.5 倍期滿時到期，所以新客不會顯示逾期。',
    developing: '有 2–3 個購買日，依自己的節奏購買：習慣正在形成。',
    loyal: '有 4 個或更多購買日，依自己的節奏購買。',
    atRisk:
      '超過其通常間隔的 1.5 倍未購買；或最近 3 次消費都遠低於其通常金額，超出其平時的波動；或只買過一次，且超過本店回購窗口的 1.5 倍未再來。',
    lapsed:
      '超過其通常間隔的 3 倍未購買，且長於其自己曾中斷後又回購的間隔、長於本店客戶中斷後仍會回購的時長；或只買過一次且超過本店回購窗口的 3 倍未再來。回購的客戶太少時，只有 10 個或以上購買日的客戶才會判為已流失。',
  },
};

/**
 * What a segment says: what its name states of the customer's stage and purchase days, which the
 * segment rule guarantees (core/segments/rfm-segments.ts SEGMENT_CLAIMS), and the score positions
 * against the other customers of the sheet true for every customer the segment can hold, stages and
 * nearest-rule mixes included (test/unit/sidebar/segment-descriptions.test.ts): "near the top" is 4–5,
 * "in the middle" 3, "below the middle" 1–2. Round 7: descriptions claim no more than that; trial
 * 29: a name no longer says what the stage refutes, so a description may state the stage.
 */
export const SEGMENT_DESCRIPTIONS: Localized<Record<RfmSegment, string>> = {
  en: {
    champions: 'Near the top on all three: how recently, how often and how much they bought; not Lapsed.',
    loyalCustomers:
      'Bought on more than one day and not Lapsed; in the middle or above on how recently they bought and on how much they spend.',
    potentialLoyalist:
      'Bought on more than one day and not Lapsed, but below the middle on how much they spend.',
    promising: 'Below the middle on how often they have bought so far; not Lapsed.',
    newCustomers: 'Bought once, recently: their lifecycle stage is New.',
    cantLoseThem:
      'Near the top on how often they buy and how much they spend, but below the middle on how recently; their stage is At risk or Lapsed.',
    atRisk:
      'Near the top on how much they spend, bought on more than one day; their stage is At risk or Lapsed.',
    needAttention: 'Bought on more than one day; below the middle on how recently they bought, or Lapsed.',
    aboutToSleep: 'Not in the top fifth on how often they buy; their stage is At risk or Lapsed.',
    lost: 'At or near the bottom on how recently they bought: among those who bought longest ago; their stage is At risk or Lapsed.',
  },
  'zh-CN': {
    champions: '三项都靠前：最近一次购买、购买频率和消费金额；阶段不是已流失。',
    loyalCustomers: '有不止一个购买日，阶段不是已流失；最近一次购买和消费金额都在中等或以上。',
    potentialLoyalist: '有不止一个购买日，阶段不是已流失，但消费金额在中等以下。',
    promising: '目前购买频率在中等以下；阶段不是已流失。',
    newCustomers: '只购买过一次，且是最近：阶段为新客。',
    cantLoseThem: '购买频率和消费金额都靠前，但最近一次购买在中等以下；阶段为有流失风险或已流失。',
    atRisk: '消费金额靠前，有不止一个购买日；阶段为有流失风险或已流失。',
    needAttention: '有不止一个购买日；最近一次购买在中等以下，或阶段为已流失。',
    aboutToSleep: '购买频率不在最高的五分之一；阶段为有流失风险或已流失。',
    lost: '最近一次购买排在最后或接近最后：属于最久没有购买的客户；阶段为有流失风险或已流失。',
  },
  'zh-TW': {
    champions: '三項都靠前：最近一次購買、購買頻率和消費金額；階段不是已流失。',
    loyalCustomers: '有不止一個購買日，階段不是已流失；最近一次購買和消費金額都在中等或以上。',
    potentialLoyalist: '有不止一個購買日，階段不是已流失，但消費金額在中等以下。',
    promising: '目前購買頻率在中等以下；階段不是已流失。',
    newCustomers: '只購買過一次，且是最近：階段為新客。',
    cantLoseThem: '購買頻率和消費金額都靠前，但最近一次購買在中等以下；階段為有流失風險或已流失。',
    atRisk: '消費金額靠前，有不止一個購買日；階段為有流失風險或已流失。',
    needAttention: '有不止一個購買日；最近一次購買在中等以下，或階段為已流失。',
    aboutToSleep: '購買頻率不在最高的五分之一；階段為有流失風險或已流失。',
    lost: '最近一次購買排在最後或接近最後：屬於最久沒有購買的客戶；階段為有流失風險或已流失。',
  },
};

const span = ([lo, hi]: Span) => (lo === hi ? String(lo) : `${lo}–${hi}`);

/** "R 4–5 · F 4–5 · M 4–5": the scores the rule table gives the segment (1 = lowest fifth, 5 = highest). */
export function segmentScores(segment: RfmSegment): string {
  const rule = SEGMENT_RULES.find((r) => r.segment === segment);
  return rule ? `R ${span(rule.r)} · F ${span(rule.f)} · M ${span(rule.m)}` : '';
}

/** The reasons of At risk in a few words, for the overview's "At risk" bar. */
export const AT_RISK_REASON_WORDS: Localized<Record<AtRiskReason, string>> = {
  en: { late: 'later than usual', spendingLess: 'spending less', boughtOnce: 'bought once' },
  'zh-CN': { late: '比平时晚', spendingLess: '消费变少', boughtOnce: '只买过一次' },
  'zh-TW': { late: '比平時晚', spendingLess: '消費變少', boughtOnce: '只買過一次' },
};

/** Help's headings and the follow-up paragraph. */
export const GLOSSARY_TEXTS: Localized<{
  stages: string;
  segments: string;
  segmentsIntro: string;
  followUps: string;
}> = {
  en: {
    stages: 'Lifecycle stages',
    segments: 'RFM segments',
    segmentsIntro:
      'R, F and M score each customer 1–5 against your other customers on how recently they bought, how often and how much (5 = the top fifth; below, "near the top" is 4–5, "below the middle" 1–2). Customers tied at the bottom score 1 when anyone is above them, and buying on one day only is always F 1, so no one-time buyer is in a segment that asks F 2 or more. The first rule that matches names the segment; the few score mixes no rule covers take the nearest rule. Scores rank a customer against the others on this sheet, while the lifecycle stage judges each against their own rhythm (bought once: the shop’s return window), so a segment name never says what the stage refutes: Champions, Loyal Customers, Potential Loyalist and Promising are never Lapsed; Can’t Lose Them, At Risk, About To Sleep and Lost are always At risk or Lapsed; New Customers are always New. Where the first matching rule would say otherwise (on a small sheet where everyone else bought even longer ago, a Lapsed regular scores R 5), the customer takes the nearest rule whose name is true of them. Whether a customer is late, the stage, Why and Due say.',
    followUps:
      'Follow-ups: pick who to write to (a stage, or At risk by its reason — later than usual, spending less, bought once — a segment, a tier, or who is due) and an email. Each built-in email is written for one situation and goes only to customers it is true for; the others are listed as skipped, with the reason. Preview every email, then create drafts or send.',
  },
  'zh-CN': {
    stages: '生命周期阶段',
    segments: 'RFM 分群',
    segmentsIntro:
      'R、F、M 分别按最近一次购买、购买频率和消费金额，把每位客户与其他客户比较，打 1–5 分（5 = 最高的五分之一；下文“靠前”指 4–5 分，“中等以下”指 1–2 分）。并列最低的客户只要有人高于他们就得 1 分，只在一天购买过的客户 F 总是 1 分，所以只买过一次的客户不会进入要求 F 2 分或以上的分群。按规则表从上往下，第一条符合的规则决定分群；没有规则覆盖的少数组合取最接近的规则。分数是与本表其他客户相比的排名，而生命周期阶段按每位客户自己的购买节奏判断（只买过一次的，按本店的回购窗口），所以分群名称不会说出阶段所否定的事：冠军客户、忠诚客户、潜在忠诚客户和有潜力的客户的阶段都不是已流失；不能失去的客户、流失风险客户、即将沉睡和流失客户的阶段都是有流失风险或已流失；新客户的阶段都是新客。第一条符合的规则若会说错（在一张小表上其他人都更久没来，已流失的老客户 R 也可得 5 分），客户取名称对其属实的最接近的规则。客户是否晚了，请看阶段、原因和到期情况。',
    followUps:
      '跟进邮件：选择发给谁（某个阶段，或按原因细分的“有流失风险”——比平时晚、消费变少、只买过一次——某个分群、价值层级或即将到期的客户）和一封邮件。每封内置邮件只为一种情况而写，只发给内容属实的客户；其他客户会列为跳过并说明原因。先预览每封邮件，再创建草稿或发送。',
  },
  'zh-TW': {
    stages: '生命週期階段',
    segments: 'RFM 分群',
    segmentsIntro:
      'R、F、M 分別依最近一次購買、購買頻率和消費金額，把每位客戶與其他客戶比較，打 1–5 分（5 = 最高的五分之一；下文「靠前」指 4–5 分，「中等以下」指 1–2 分）。並列最低的客戶只要有人高於他們就得 1 分，只在一天購買過的客戶 F 總是 1 分，所以只買過一次的客戶不會進入要求 F 2 分或以上的分群。依規則表從上往下，第一條符合的規則決定分群；沒有規則涵蓋的少數組合取最接近的規則。分數是與本表其他客戶相比的排名，而生命週期階段依每位客戶自己的購買節奏判斷（只買過一次的，依本店的回購窗口），所以分群名稱不會說出階段所否定的事：冠軍客戶、忠誠客戶、潛在忠誠客戶和有潛力的客戶的階段都不是已流失；不能失去的客戶、流失風險客戶、即將沉睡和流失客戶的階段都是有流失風險或已流失；新客戶的階段都是新客。第一條符合的規則若會說錯（在一張小表上其他人都更久沒來，已流失的老客戶 R 也可得 5 分），客戶取名稱對其屬實的最接近的規則。客戶是否晚了，請看階段、原因和到期情況。',
    followUps:
      '跟進郵件：選擇寄給誰（某個階段，或依原因細分的「有流失風險」——比平時晚、消費變少、只買過一次——某個分群、價值層級或即將到期的客戶）和一封郵件。每封內建郵件只為一種情況而寫，只寄給內容屬實的客戶；其他客戶會列為略過並說明原因。先預覽每封郵件，再建立草稿或寄出。',
  },
};

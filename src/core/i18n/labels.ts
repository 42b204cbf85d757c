import type { LifecycleStage } from '../lifecycle/lifecycle-stage';
import type { LoyaltyBand, RepeatBand } from '../loyalty/loyalty-score';
import type { RfmSegment } from '../segments/rfm-segments';
import type { ValueTier } from '../segments/value-tier';
import { type Language, type Localized, withTraditional } from './language';

export const STAGE_LABELS: Localized<Record<LifecycleStage, string>> = withTraditional(
  { new: 'New', developing: 'Developing', loyal: 'Loyal', atRisk: 'At risk', lapsed: 'Lapsed' },
  { new: '新客', developing: '成长期', loyal: '稳定期', atRisk: '有流失风险', lapsed: '已流失' },
);

export const TIER_LABELS: Localized<Record<ValueTier, string>> = withTraditional(
  { key: 'Key', core: 'Core', occasional: 'Occasional' },
  { key: '重点客户', core: '核心客户', occasional: '偶尔光顾' },
);

export const SEGMENT_LABELS: Localized<Record<RfmSegment, string>> = withTraditional(
  {
    champions: 'Champions',
    potentialLoyalist: 'Potential Loyalist',
    loyalCustomers: 'Loyal Customers',
    promising: 'Promising',
    newCustomers: 'New Customers',
    cantLoseThem: "Can't Lose Them",
    atRisk: 'At Risk',
    needAttention: 'Need Attention',
    aboutToSleep: 'About To Sleep',
    lost: 'Lost',
  },
  {
    champions: '冠军客户',
    potentialLoyalist: '潜在忠诚客户',
    loyalCustomers: '忠诚客户',
    promising: '有潜力的客户',
    newCustomers: '新客户',
    cantLoseThem: '不能失去的客户',
    atRisk: '流失风险客户',
    needAttention: '需要关注',
    aboutToSleep: '即将沉睡',
    lost: '流失客户',
  },
);

export const LOYALTY_BAND_LABELS: Localized<Record<LoyaltyBand, string>> = {
  en: { high: 'High', medium: 'Medium', low: 'Low' },
  'zh-CN': { high: '高', medium: '中', low: '低' },
  'zh-TW': { high: '高', medium: '中', low: '低' },
};

export const REPEAT_BAND_LABELS: Localized<Record<RepeatBand, string>> = withTraditional(
  { above70: 'above 70%', between30and70: '30–70%', below30: 'below 30%' },
  { above70: '高于 70%', between30and70: '30–70%', below30: '低于 30%' },
);

/**
 * The columns of the CUSTOMER_INSIGHTS table, in its column order: who, their stage, why and what to
 * do next, then the numbers. Owners build INDEX/VLOOKUP on these positions, so this order is a
 * contract (README "CUSTOMER_INSIGHTS columns", pinned by test/unit/insights/insight-columns.test.ts):
 * it was set once in issue 12, and new columns are only ever appended.
 */
export const INSIGHT_COLUMNS = [
  'customer',
  'stage',
  'why',
  'nextStep',
  'segment',
  'valueTier',
  'nextPurchaseDue',
  'dueStatus',
  'daysSinceLast',
  'usualGapDays',
  'purchaseDays',
  'totalSpent',
  'averagePurchase',
  'firstPurchase',
  'lastPurchase',
  'r',
  'f',
  'm',
  'repeatProbability',
  'predictedValue',
  'loyaltyScore',
] as const;
export type InsightColumn = (typeof INSIGHT_COLUMNS)[number];

export function insightHeaders(language: Language, repeatDays: number, valueDays: number): string[] {
  const h = INSIGHT_HEADERS[language];
  return INSIGHT_COLUMNS.map((c) =>
    c === 'repeatProbability'
      ? h.repeatProbability.replace('{days}', String(repeatDays))
      : c === 'predictedValue'
        ? h.predictedValue.replace('{days}', String(valueDays))
        : h[c],
  );
}

const INSIGHT_HEADERS: Localized<Record<InsightColumn, string>> = {
  en: {
    customer: 'Customer',
    firstPurchase: 'First purchase',
    lastPurchase: 'Last purchase',
    purchaseDays: 'Purchase days',
    totalSpent: 'Total spent',
    averagePurchase: 'Average purchase',
    daysSinceLast: 'Days since last',
    usualGapDays: 'Usual gap (days)',
    nextPurchaseDue: 'Next purchase due',
    dueStatus: 'Due',
    nextStep: 'Next step',
    r: 'R',
    f: 'F',
    m: 'M',
    segment: 'RFM segment',
    valueTier: 'Value tier',
    stage: 'Lifecycle stage',
    why: 'Why',
    repeatProbability: 'Repeat probability ({days} days)',
    predictedValue: 'Predicted value ({days} days)',
    loyaltyScore: 'Loyalty score',
  },
  'zh-CN': {
    customer: '客户',
    firstPurchase: '首次购买',
    lastPurchase: '最近购买',
    purchaseDays: '购买天数',
    totalSpent: '累计消费',
    averagePurchase: '平均每次消费',
    daysSinceLast: '距上次购买天数',
    usualGapDays: '通常间隔（天）',
    nextPurchaseDue: '预计下次购买',
    dueStatus: '到期情况',
    nextStep: '下一步',
    r: 'R',
    f: 'F',
    m: 'M',
    segment: 'RFM 分群',
    valueTier: '价值层级',
    stage: '生命周期阶段',
    why: '原因',
    repeatProbability: '复购概率（{days} 天）',
    predictedValue: '预测价值（{days} 天）',
    loyaltyScore: '忠诚度评分',
  },
  'zh-TW': {
    customer: '客戶',
    firstPurchase: '首次購買',
    lastPurchase: '最近購買',
    purchaseDays: '購買天數',
    totalSpent: '累計消費',
    averagePurchase: '平均每次消費',
    daysSinceLast: '距上次購買天數',
    usualGapDays: '通常間隔（天）',
    nextPurchaseDue: '預計下次購買',
    dueStatus: '到期情況',
    nextStep: '下一步',
    r: 'R',
    f: 'F',
    m: 'M',
    segment: 'RFM 分群',
    valueTier: '價值層級',
    stage: '生命週期階段',
    why: '原因',
    repeatProbability: '回購機率（{days} 天）',
    predictedValue: '預測價值（{days} 天）',
    loyaltyScore: '忠誠度評分',
  },
};

import type { LifecycleReason, LifecycleStage } from '../lifecycle/lifecycle-stage';
import {
  type Currency,
  daysInEnglish,
  formatDays,
  formatMoney,
  formatMultiple,
  formatPercent,
} from './format-number';
import type { Language } from './language';

/**
 * The one-sentence reason for a lifecycle stage, carrying the numbers that decided it (SPEC §3),
 * e.g. "Usually buys every 21 days; last purchase 63 days ago (3.0× the usual gap)."
 */
export function describeLifecycle(
  stage: LifecycleStage,
  reason: LifecycleReason,
  language: Language,
  currency?: Currency,
): string {
  switch (reason.kind) {
    case 'oneTime':
      return oneTimeSentence(stage, reason, language);
    case 'rhythm':
      return rhythmSentence(stage, reason, language);
    case 'amountDrop':
      return amountDropSentence(reason, language, currency);
  }
}

function oneTimeSentence(
  stage: LifecycleStage,
  r: Extract<LifecycleReason, { kind: 'oneTime' }>,
  language: Language,
): string {
  const days = formatDays(r.daysSinceLast);
  const gap = formatDays(r.storeGapDays);
  const times = formatMultiple(r.multiple);
  const late = stage !== 'new';
  switch (language) {
    case 'en':
      return late
        ? `Bought once, ${daysInEnglish(r.daysSinceLast)} ago; customers here usually return within ${daysInEnglish(r.storeGapDays)} (${times}× that).`
        : `Bought once, ${daysInEnglish(r.daysSinceLast)} ago; customers here usually return within ${daysInEnglish(r.storeGapDays)}.`;
    case 'zh-CN':
      return late
        ? `只购买过一次，距今 ${days} 天；本店客户通常 ${gap} 天内回购（已是其 ${times} 倍）。`
        : `只购买过一次，距今 ${days} 天；本店客户通常 ${gap} 天内回购。`;
    case 'zh-TW':
      return late
        ? `只購買過一次，距今 ${days} 天；本店客戶通常 ${gap} 天內回購（已是其 ${times} 倍）。`
        : `只購買過一次，距今 ${days} 天；本店客戶通常 ${gap} 天內回購。`;
  }
}

function rhythmSentence(
  stage: LifecycleStage,
  r: Extract<LifecycleReason, { kind: 'rhythm' }>,
  language: Language,
): string {
  const gap = formatDays(r.usualGapDays);
  const days = formatDays(r.daysSinceLast);
  const times = formatMultiple(r.multiple);
  const n = r.purchaseDays;
  const late = stage === 'atRisk' || stage === 'lapsed';
  switch (language) {
    case 'en':
      return late
        ? `Usually buys every ${daysInEnglish(r.usualGapDays)}; last purchase ${daysInEnglish(r.daysSinceLast)} ago (${times}× the usual gap).`
        : `${n} purchase days, usually every ${daysInEnglish(r.usualGapDays)}; last purchase ${daysInEnglish(r.daysSinceLast)} ago, on rhythm (${times}× the usual gap).`;
    case 'zh-CN':
      return late
        ? `通常每 ${gap} 天购买一次；上次购买在 ${days} 天前（通常间隔的 ${times} 倍）。`
        : `共 ${n} 个购买日，通常每 ${gap} 天购买一次；上次购买在 ${days} 天前，节奏正常（通常间隔的 ${times} 倍）。`;
    case 'zh-TW':
      return late
        ? `通常每 ${gap} 天購買一次；上次購買在 ${days} 天前（通常間隔的 ${times} 倍）。`
        : `共 ${n} 個購買日，通常每 ${gap} 天購買一次；上次購買在 ${days} 天前，節奏正常（通常間隔的 ${times} 倍）。`;
  }
}

function amountDropSentence(
  r: Extract<LifecycleReason, { kind: 'amountDrop' }>,
  language: Language,
  currency: Currency | undefined,
): string {
  const recent = formatMoney(r.recentMean, currency);
  const usual = formatMoney(r.usualAmount, currency);
  const low = formatMoney(r.earlierLow, currency);
  const high = formatMoney(r.earlierHigh, currency);
  const drop = formatPercent(r.dropShare);
  const k = r.recentPurchaseDays;
  const n = r.earlierPurchaseDays;
  const days = formatDays(r.daysSinceLast);
  const gap = formatDays(r.usualGapDays);
  switch (language) {
    case 'en':
      return `Spending less: the last ${k} purchases averaged ${recent}, ${drop} below their usual ${usual} (the ${n} before ranged ${low}–${high}); still buying on rhythm, last purchase ${daysInEnglish(r.daysSinceLast)} ago, usually every ${daysInEnglish(r.usualGapDays)}.`;
    case 'zh-CN':
      return `消费变少：最近 ${k} 次平均消费 ${recent}，比其通常的 ${usual} 低 ${drop}（此前 ${n} 次在 ${low}–${high} 之间）；购买节奏正常，上次购买在 ${days} 天前，通常每 ${gap} 天一次。`;
    case 'zh-TW':
      return `消費變少：最近 ${k} 次平均消費 ${recent}，比其通常的 ${usual} 低 ${drop}（此前 ${n} 次在 ${low}–${high} 之間）；購買節奏正常，上次購買在 ${days} 天前，通常每 ${gap} 天一次。`;
  }
}

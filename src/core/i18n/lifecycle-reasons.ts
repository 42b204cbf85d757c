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

/**
 * A repeat buyer's rhythm. With two gaps or more the sentence states their own median gap and the
 * multiple of it; with one gap it states that gap and claims no habit. "On rhythm" only when they
 * are within their own gap and not past the one the stage is judged on (the due date); between that
 * and the At-risk multiple, "a little later than usual, not yet at risk".
 */
function rhythmSentence(
  stage: LifecycleStage,
  r: Extract<LifecycleReason, { kind: 'rhythm' }>,
  language: Language,
): string {
  const days = formatDays(r.daysSinceLast);
  const ago = daysInEnglish(r.daysSinceLast);
  const n = r.purchaseDays;
  const late = stage === 'atRisk' || stage === 'lapsed';
  const own = r.ownGapDays;
  if (own === undefined) {
    const only = r.onlyGapDays;
    const pace = late ? 0 : r.multiple > 1 ? 1 : 2;
    switch (language) {
      case 'en':
        return `${n} purchase days${only === undefined ? '' : `, ${daysInEnglish(only)} apart`}; last purchase ${ago} ago${[', later than expected.', ', a little later than expected, not yet at risk.', '.'][pace]}`;
      case 'zh-CN':
        return `共 ${n} 个购买日${only === undefined ? '' : `，相隔 ${formatDays(only)} 天`}；上次购买在 ${days} 天前${['，比预期晚。', '，比预期稍晚，尚未有流失风险。', '。'][pace]}`;
      case 'zh-TW':
        return `共 ${n} 個購買日${only === undefined ? '' : `，相隔 ${formatDays(only)} 天`}；上次購買在 ${days} 天前${['，比預期晚。', '，比預期稍晚，尚未有流失風險。', '。'][pace]}`;
    }
  }
  const gap = formatDays(own);
  const multiple = r.daysSinceLast / own;
  const times = formatMultiple(multiple);
  // 0 late, 1 on rhythm, 2 a little later than usual, 3 within their gap but past the due date.
  const pace = late ? 0 : multiple <= 1 && r.multiple <= 1 ? 1 : multiple > 1 ? 2 : 3;
  switch (language) {
    case 'en': {
      const tail = [
        '',
        `, on rhythm (${times}× the usual gap).`,
        `, a little later than usual (${times}× the usual gap), not yet at risk.`,
        ` (${times}× the usual gap).`,
      ][pace];
      return late
        ? `Usually buys every ${daysInEnglish(own)}; last purchase ${ago} ago (${times}× the usual gap).`
        : `${n} purchase days, usually every ${daysInEnglish(own)}; last purchase ${ago} ago${tail}`;
    }
    case 'zh-CN': {
      const tail = [
        '',
        `，节奏正常（通常间隔的 ${times} 倍）。`,
        `，比平时稍晚（通常间隔的 ${times} 倍），尚未有流失风险。`,
        `（通常间隔的 ${times} 倍）。`,
      ][pace];
      return late
        ? `通常每 ${gap} 天购买一次；上次购买在 ${days} 天前（通常间隔的 ${times} 倍）。`
        : `共 ${n} 个购买日，通常每 ${gap} 天购买一次；上次购买在 ${days} 天前${tail}`;
    }
    case 'zh-TW': {
      const tail = [
        '',
        `，節奏正常（通常間隔的 ${times} 倍）。`,
        `，比平時稍晚（通常間隔的 ${times} 倍），尚未有流失風險。`,
        `（通常間隔的 ${times} 倍）。`,
      ][pace];
      return late
        ? `通常每 ${gap} 天購買一次；上次購買在 ${days} 天前（通常間隔的 ${times} 倍）。`
        : `共 ${n} 個購買日，通常每 ${gap} 天購買一次；上次購買在 ${days} 天前${tail}`;
    }
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
  // Their own usual gap, when they have one (two gaps or more): never the shrunk one.
  const own = r.ownGapDays;
  const gap = own === undefined ? '' : formatDays(own);
  switch (language) {
    case 'en':
      return `Spending less: the last ${k} purchases averaged ${recent}, ${drop} below their usual ${usual} (the ${n} before ranged ${low}–${high}); still buying, last purchase ${daysInEnglish(r.daysSinceLast)} ago${own === undefined ? '' : `, usually every ${daysInEnglish(own)}`}.`;
    case 'zh-CN':
      return `消费变少：最近 ${k} 次平均消费 ${recent}，比其通常的 ${usual} 低 ${drop}（此前 ${n} 次在 ${low}–${high} 之间）；仍在购买，上次购买在 ${days} 天前${own === undefined ? '' : `，通常每 ${gap} 天一次`}。`;
    case 'zh-TW':
      return `消費變少：最近 ${k} 次平均消費 ${recent}，比其通常的 ${usual} 低 ${drop}（此前 ${n} 次在 ${low}–${high} 之間）；仍在購買，上次購買在 ${days} 天前${own === undefined ? '' : `，通常每 ${gap} 天一次`}。`;
  }
}

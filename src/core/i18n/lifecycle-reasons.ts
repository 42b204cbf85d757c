import { habitGapDays } from '../customers/customer-summary';
import type { LifecycleReason, LifecycleStage } from '../lifecycle/lifecycle-stage';
import {
  type Currency,
  daysInEnglish,
  formatDays,
  formatMoney,
  formatMultiple,
  formatPercent,
} from './format-number';
import { type Language, traditional } from './language';

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
  const [en, zh] =
    reason.kind === 'oneTime'
      ? oneTimeSentence(stage, reason)
      : reason.kind === 'rhythm'
        ? rhythmSentence(stage, reason)
        : amountDropSentence(reason, currency);
  return language === 'en' ? en : language === 'zh-CN' ? zh : traditional(zh);
}

function oneTimeSentence(
  stage: LifecycleStage,
  r: Extract<LifecycleReason, { kind: 'oneTime' }>,
): [string, string] {
  const times = formatMultiple(r.multiple);
  const late = stage !== 'new';
  return [
    `Bought once, ${daysInEnglish(r.daysSinceLast)} ago; customers here usually return within ${daysInEnglish(r.storeGapDays)}${late ? ` (${times}× that)` : ''}.`,
    `只购买过一次，距今 ${formatDays(r.daysSinceLast)} 天；本店客户通常 ${formatDays(r.storeGapDays)} 天内回购${late ? `（已是其 ${times} 倍）` : ''}。`,
  ];
}

/**
 * A repeat buyer's rhythm, stating the usual gap of the due date. With two gaps or more it is their
 * own median gap ("usually every 14 days"), with the multiple of it; with one gap it states that
 * gap, claims no habit, and says the gap expected is it weighed with the shop's. "On rhythm" only
 * within the stated gap; past it while the stage is not late, "a little later than usual, not yet
 * at risk".
 */
function rhythmSentence(
  stage: LifecycleStage,
  r: Extract<LifecycleReason, { kind: 'rhythm' }>,
): [string, string] {
  const days = formatDays(r.daysSinceLast);
  const ago = daysInEnglish(r.daysSinceLast);
  const n = r.purchaseDays;
  const late = stage === 'atRisk' || stage === 'lapsed';
  const own = habitGapDays({ purchaseDayCount: n, ownGapDays: r.ownGapDays });
  if (own === undefined) {
    const only = r.ownGapDays;
    const gap = r.usualGapDays;
    const store = r.storeGapDays;
    // 0 later than expected, 1 a little later, 2 within it.
    const pace = late ? 0 : r.multiple > 1 ? 1 : 2;
    return [
      `${n} purchase days${only === undefined ? '' : `, ${daysInEnglish(only)} apart`}; expected back within ${daysInEnglish(gap)} (that gap weighed with the shop's usual ${daysInEnglish(store)}); last purchase ${ago} ago${[', later than expected', ', a little later than expected, not yet at risk', ''][pace]}.`,
      `共 ${n} 个购买日${only === undefined ? '' : `，相隔 ${formatDays(only)} 天`}；预计 ${formatDays(gap)} 天内回购（该间隔与本店通常的 ${formatDays(store)} 天综合）；上次购买在 ${days} 天前${['，比预期晚', '，比预期稍晚，尚未有流失风险', ''][pace]}。`,
    ];
  }
  // Of the gap stated (their own), not of the one the stage is judged on (shrunk toward the shop's).
  const multiple = r.daysSinceLast / own;
  const times = formatMultiple(multiple);
  // 0 late, 1 on rhythm, 2 a little later than usual, 3 late by their own gap but not by the
  // stage's (weighed with the shop's): "a little" would not be true, so the sentence says why.
  const pace = late ? 0 : multiple <= 1 ? 1 : r.lateByStatedGap ? 3 : 2;
  const en = `(${times}× the usual gap)`;
  const zh = `（通常间隔的 ${times} 倍）`;
  return late
    ? [
        `Usually buys every ${daysInEnglish(own)}; last purchase ${ago} ago ${en}.`,
        `通常每 ${formatDays(own)} 天购买一次；上次购买在 ${days} 天前${zh}。`,
      ]
    : [
        `${n} purchase days, usually every ${daysInEnglish(own)}; last purchase ${ago} ago${['', `, on rhythm ${en}`, `, a little later than usual ${en}, not yet at risk`, `, later than usual ${en}; judged with the shop's usual gap as well, not yet at risk`][pace]}.`,
        `共 ${n} 个购买日，通常每 ${formatDays(own)} 天购买一次；上次购买在 ${days} 天前${['', `，节奏正常${zh}`, `，比平时稍晚${zh}，尚未有流失风险`, `，比平时晚${zh}；阶段同时参照本店的通常间隔，尚未有流失风险`][pace]}。`,
      ];
}

function amountDropSentence(
  r: Extract<LifecycleReason, { kind: 'amountDrop' }>,
  currency: Currency | undefined,
): [string, string] {
  const recent = formatMoney(r.recentMean, currency);
  const usual = formatMoney(r.usualAmount, currency);
  const range = `${formatMoney(r.earlierLow, currency)}–${formatMoney(r.earlierHigh, currency)}`;
  const drop = formatPercent(r.dropShare);
  const k = r.recentPurchaseDays;
  const n = r.earlierPurchaseDays;
  // Their own median gap (a drop needs six purchase days, so it is their habit): the due date's.
  const own = r.ownGapDays;
  return [
    `Spending less: the last ${k} purchases averaged ${recent}, ${drop} below their usual ${usual} (the ${n} before ranged ${range}); still buying, last purchase ${daysInEnglish(r.daysSinceLast)} ago${own === undefined ? '' : `, usually every ${daysInEnglish(own)}`}.`,
    `消费变少：最近 ${k} 次平均消费 ${recent}，比其通常的 ${usual} 低 ${drop}（此前 ${n} 次在 ${range} 之间）；仍在购买，上次购买在 ${formatDays(r.daysSinceLast)} 天前${own === undefined ? '' : `，通常每 ${formatDays(own)} 天一次`}。`,
  ];
}

import type { CustomerInsight } from '../analysis';
import type { LifecycleReason, LifecycleStage } from '../lifecycle/lifecycle-stage';
import { type Currency, formatMoney } from './format-number';
import { type Language, traditional } from './language';
import { describeLifecycle } from './lifecycle-reasons';

/**
 * The "why" of a customer: the lifecycle reason, and — when everything they bought was returned
 * (net spend 0 or less) yet the model expects purchases to come — a second sentence saying so, so a
 * positive predicted value beside a non-positive total never goes unexplained (issue 12).
 */
export function whyText(c: CustomerInsight, language: Language, currency?: Currency): string {
  const netSpend = c.summary.netSpend;
  // The predicted value is read only where it is worded (net spend not positive): reading it fits
  // the model, which CUSTOMER_WHY otherwise never needs.
  const predictedValue = netSpend > 0 ? 0 : c.predictedValue;
  return whyOf({ ...c.lifecycle, netSpend, predictedValue }, language, currency);
}

/** The same from the parts the sidebar's card carries. */
export function whyOf(
  c: { stage: LifecycleStage; reason: LifecycleReason; netSpend: number; predictedValue: number },
  language: Language,
  currency?: Currency,
): string {
  const reason = describeLifecycle(c.stage, c.reason, language, currency);
  if (c.netSpend > 0 || !(Math.round(c.predictedValue * 100) > 0)) return reason;
  const net = formatMoney(c.netSpend, currency);
  if (language === 'en')
    return `${reason} Net spend so far is ${net}; the predicted value counts only what they may buy from now on.`;
  // Written once: zh-TW differs only in its characters.
  const zh = `${reason}目前净消费为 ${net}；预测价值只计算今后可能的购买。`;
  return language === 'zh-CN' ? zh : traditional(zh);
}

/** "overdue by 12 days", "due in 5 days", "due today": beside the next-purchase date. */
export function dueStatus(daysUntilDue: number, language: Language): string {
  const n = Math.abs(daysUntilDue);
  switch (language) {
    case 'en':
      if (daysUntilDue === 0) return 'due today';
      return daysUntilDue < 0
        ? `overdue by ${n} ${n === 1 ? 'day' : 'days'}`
        : `due in ${n} ${n === 1 ? 'day' : 'days'}`;
    case 'zh-CN':
      if (daysUntilDue === 0) return '今天到期';
      return daysUntilDue < 0 ? `已逾期 ${n} 天` : `还有 ${n} 天`;
    case 'zh-TW':
      if (daysUntilDue === 0) return '今天到期';
      return daysUntilDue < 0 ? `已逾期 ${n} 天` : `還有 ${n} 天`;
  }
}

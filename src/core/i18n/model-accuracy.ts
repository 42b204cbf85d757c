/**
 * The hold-out check in words (models/holdout-check.ts), one sentence an owner can act on, in the
 * three languages: shown by CUSTOMER_MODEL, the Summary sheet and the sidebar overview. Every number
 * comes from the check itself; the groups are "given 70% or more" (or the highest probability band
 * anyone reached) and "given under 30%".
 */

import type { PurchaseModelName } from '../models/customer-model';
import type { CalibrationBand, HoldoutCheck } from '../models/holdout-check';
import { HOLDOUT } from '../models/holdout-check';
import { MODEL_NAMES } from '../models/model-names';
import type { Language, Localized } from './language';

interface Group {
  readonly customers: number;
  readonly bought: number;
}

function group(bands: readonly CalibrationBand[], keep: (b: CalibrationBand) => boolean): Group {
  let customers = 0;
  let bought = 0;
  for (const b of bands) {
    if (!keep(b)) continue;
    customers += b.customers;
    bought += Math.round(b.boughtShare * b.customers);
  }
  return { customers, bought };
}

const pct = (part: number, whole: number) => `${Math.round((100 * part) / whole)}%`;

const TEXTS: Localized<{
  shortLog: (minDays: number) => string;
  fewCustomers: (customers: number, repeat: number) => string;
  high: (days: number, threshold: string, n: number, share: string) => string;
  low: (n: number, share: string) => string;
  none: (days: number) => string;
  /** Before the sentence when the model in use is not the one the figures are of. */
  ofOther: (checked: string, used: string) => string;
}> = {
  en: {
    shortLog: (minDays) =>
      `Too short a log to check the predictions against its own last weeks (that needs ${minDays * 4} days of history).`,
    fewCustomers: (customers, repeat) =>
      `Too few customers to check the predictions against this log's last weeks (that needs ${customers} customers who bought before those weeks, ${repeat} of them repeat buyers).`,
    high: (days, threshold, n, share) =>
      `Checked on this log's last ${days} days: of the ${n} ${n === 1 ? 'customer' : 'customers'} given ${threshold} or more, ${share} bought within ${days} days`,
    low: (n, share) => `; of the ${n} given under 30%, ${share} did`,
    none: (days) => `Checked on this log's last ${days} days: nobody was given 30% or more`,
    ofOther: (checked, used) => `For ${checked}, the automatic choice, not ${used} as set: `,
  },
  'zh-CN': {
    shortLog: (minDays) => `记录时间太短，无法用本表最近一段检验预测（需要至少 ${minDays * 4} 天的记录）。`,
    fewCustomers: (customers, repeat) =>
      `客户太少，无法用本表最近一段检验预测（需要 ${customers} 位在这段时间之前就购买过的客户，其中 ${repeat} 位回头客）。`,
    high: (days, threshold, n, share) =>
      `用本表最近 ${days} 天检验：预测概率 ${threshold} 及以上的 ${n} 位客户中，${share} 在 ${days} 天内再次购买`,
    low: (n, share) => `；预测低于 30% 的 ${n} 位中，${share} 再次购买`,
    none: (days) => `用本表最近 ${days} 天检验：没有客户的预测概率达到 30%`,
    ofOther: (checked, used) => `以下是自动选择的 ${checked} 的结果，不是所设的 ${used}：`,
  },
  'zh-TW': {
    shortLog: (minDays) => `紀錄時間太短，無法用本表最近一段檢驗預測（需要至少 ${minDays * 4} 天的紀錄）。`,
    fewCustomers: (customers, repeat) =>
      `客戶太少，無法用本表最近一段檢驗預測（需要 ${customers} 位在這段時間之前就購買過的客戶，其中 ${repeat} 位回頭客）。`,
    high: (days, threshold, n, share) =>
      `用本表最近 ${days} 天檢驗：預測機率 ${threshold} 以上的 ${n} 位客戶中，${share} 在 ${days} 天內再次購買`,
    low: (n, share) => `；預測低於 30% 的 ${n} 位中，${share} 再次購買`,
    none: (days) => `用本表最近 ${days} 天檢驗：沒有客戶的預測機率達到 30%`,
    ofOther: (checked, used) => `以下是自動選擇的 ${checked} 的結果，不是所設的 ${used}：`,
  },
};

/** The sentence for a check; undefined when no check ran (a fixed model, asked for without one). */
/**
 * `used`: the model the sheet's figures come from. The calibration bands are the automatic choice's
 * (the check's winner); when the owner set another model, the sentence says whose they are.
 */
export function accuracySentence(
  check: HoldoutCheck | undefined,
  language: Language,
  used?: PurchaseModelName,
): string | undefined {
  if (check === undefined) return undefined;
  const t = TEXTS[language];
  if (check.status === 'too-short') {
    return check.reason === 'short-log'
      ? t.shortLog(HOLDOUT.minDays)
      : t.fewCustomers(HOLDOUT.minCustomers, HOLDOUT.minRepeatCustomers);
  }
  const days = check.holdoutDays;
  // The highest of 70%, 50%, 30% that anyone was given.
  const threshold = [0.7, 0.5, 0.3].find((v) => group(check.bands, (b) => b.from >= v).customers > 0);
  const low = group(check.bands, (b) => b.to <= 0.3);
  const lowText = low.customers > 0 ? t.low(low.customers, pct(low.bought, low.customers)) : '';
  const end = language === 'en' ? '.' : '。';
  const whose =
    used !== undefined && used !== check.winner
      ? t.ofOther(MODEL_NAMES[check.winner], MODEL_NAMES[used])
      : '';
  if (threshold === undefined) return `${whose}${t.none(days)}${lowText}${end}`;
  const high = group(check.bands, (b) => b.from >= threshold);
  return `${whose}${t.high(days, `${threshold * 100}%`, high.customers, pct(high.bought, high.customers))}${lowText}${end}`;
}

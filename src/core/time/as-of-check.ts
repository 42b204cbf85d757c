// An analysis date the owner chose (Column setup's "Analysis date", a formula's as_of) that no shop
// could mean: before every purchase of the log (the analysis would have no customer and say so only
// as "0 of 0 customers"), or far in the future (every customer "silent for 63,000 days"). Refused in
// words naming the date and the purchase that rules it out, in the sheet's language (trial 22). A
// past date, today, or a date a little ahead to plan with is left alone: see FAR_AHEAD_DAYS.
import type { DayNumber } from '../days';
import { formatEmailDate } from '../followups/followup-texts';
import type { Language } from '../i18n/language';
import type { PurchaseLog } from '../input/purchase';
import type { PurchaseTable } from '../input/purchase-table';

/**
 * An analysis date is refused as far in the future when it is after today AND more than this many
 * days after the log's last purchase: a year ahead of the data is further than any plan needs, and
 * a date after today can only be a plan. A date on or before today is never refused this way (an
 * old log analysed as of the day it ended, or as of today, is a real question).
 */
const FAR_AHEAD_DAYS = 365;

export type AsOfProblem =
  | { kind: 'beforeEvery'; asOfDay: DayNumber; firstDay: DayNumber }
  | { kind: 'farAhead'; asOfDay: DayNumber; lastDay: DayNumber };

/**
 * What is wrong with `asOfDay` for `log` (read up to that day), if anything. `firstDayOfAll` reads
 * the first purchase day of the whole log, dates after `asOfDay` included: called only when every
 * dated row was after it, since it costs another read.
 */
export function asOfProblem(
  log: PurchaseLog,
  asOfDay: DayNumber,
  today: DayNumber,
  firstDayOfAll: () => DayNumber | undefined,
): AsOfProblem | undefined {
  const days = log.purchases.day;
  // Rows there may be, but none a customer kept (only sales refunded in full that same day, only
  // returns): the analysis would be as empty (trial 23).
  if (days.length === 0 || keptDay(log.purchases, false) === undefined) {
    if (!log.issues.some((i) => i.problem === 'after_as_of')) return undefined;
    const firstDay = firstDayOfAll();
    return firstDay === undefined || firstDay <= asOfDay
      ? undefined
      : { kind: 'beforeEvery', asOfDay, firstDay };
  }
  if (asOfDay <= today) return undefined;
  let lastDay = days[0]!;
  for (let i = 1; i < days.length; i++) if (days[i]! > lastDay) lastDay = days[i]!;
  return asOfDay - lastDay > FAR_AHEAD_DAYS ? { kind: 'farAhead', asOfDay, lastDay } : undefined;
}

/** The earliest day of `purchases` a customer bought something and kept it, if any. */
export function firstKeptDay(purchases: PurchaseTable): DayNumber | undefined {
  return keptDay(purchases, true);
}

/**
 * A day a customer bought something and kept it: a sale on a day without a refund of theirs, or a
 * day whose sales outweigh that day's refunds (customers/customer-history.ts undoes a day refunded in
 * full). The earliest such day, or (`earliest` false) the first found. Refunds are few, so only
 * their customer-days are summed; a log without any is one pass with no allocation.
 */
function keptDay(purchases: PurchaseTable, earliest: boolean): DayNumber | undefined {
  const { day, amount, customer } = purchases;
  // A customer-day as one number: days are within ±500,000 of 1970 (parse-date's years).
  const pair = (i: number) => customer[i]! * 1e6 + day[i]! + 500_000;
  const refunded = new Map<number, number>();
  for (let i = 0; i < amount.length; i++) if (amount[i]! < 0) refunded.set(pair(i), 0);
  let first: DayNumber | undefined;
  for (let i = 0; i < amount.length; i++) {
    const a = amount[i]!;
    if (refunded.size > 0 && refunded.has(pair(i))) refunded.set(pair(i), refunded.get(pair(i))! + a);
    else if (a > 0 && (first === undefined || day[i]! < first)) {
      first = day[i]!;
      if (!earliest) return first;
    }
  }
  for (const [key, net] of refunded) {
    const d = (key % 1e6) - 500_000;
    if (net > 0 && (first === undefined || d < first)) first = d;
  }
  return first;
}

/** Where the date was chosen, as the owner would look for it. */
export type AsOfSource = 'setup' | 'formula' | 'today';

const TEXTS: Record<
  Language,
  {
    beforeEvery: string;
    farAhead: string;
    setup: string;
    formula: string;
    /** A formula's blank as_of (today), with a log dated wholly after it: its dates are to be checked. */
    today: string;
    clear: string;
    clearFormula: string;
    clearToday: string;
  }
> = {
  en: {
    beforeEvery:
      'The analysis date {date} ({where}) is before every purchase (the first on {day}): {clear} or pick a later date.',
    farAhead:
      'The analysis date {date} ({where}) is after today and more than a year after the last purchase ({day}), so every customer would look gone for over a year: {clear} or pick an earlier date.',
    setup: 'set in Column setup',
    formula: "this formula's as_of",
    today: 'today, as_of blank',
    clear: 'clear it for today',
    clearFormula: 'leave as_of blank for today',
    clearToday: 'check the dates of the log',
  },
  'zh-CN': {
    beforeEvery: '分析日期 {date}（{where}）早于所有购买（最早一笔在 {day}）：请{clear}，或改选更晚的日期。',
    farAhead:
      '分析日期 {date}（{where}）在今天之后，且比最后一笔购买（{day}）晚一年以上，每位客户都会显得一年多没来过：请{clear}，或改选更早的日期。',
    setup: '在“列设置”中设定',
    formula: '本公式的 as_of',
    today: '今天，as_of 留空',
    clear: '清空它以按今天分析',
    clearFormula: '留空 as_of 以按今天分析',
    clearToday: '检查记录中的日期',
  },
  'zh-TW': {
    beforeEvery: '分析日期 {date}（{where}）早於所有購買（最早一筆在 {day}）：請{clear}，或改選較晚的日期。',
    farAhead:
      '分析日期 {date}（{where}）在今天之後，且比最後一筆購買（{day}）晚一年以上，每位客戶都會顯得一年多沒來過：請{clear}，或改選較早的日期。',
    setup: '在「欄位設定」中設定',
    formula: '本公式的 as_of',
    today: '今天，as_of 留空',
    clear: '清空它以按今天分析',
    clearFormula: '留空 as_of 以按今天分析',
    clearToday: '檢查紀錄中的日期',
  },
};

/** The problem in one sentence, naming both dates and where to change the analysis date. */
export function asOfProblemText(problem: AsOfProblem, source: AsOfSource, language: Language): string {
  const t = TEXTS[language];
  const clear = source === 'setup' ? t.clear : source === 'today' ? t.clearToday : t.clearFormula;
  const values: Record<string, string> = {
    date: formatEmailDate(problem.asOfDay, language),
    where: t[source],
    day: formatEmailDate(problem.kind === 'beforeEvery' ? problem.firstDay : problem.lastDay, language),
    clear,
  };
  return t[problem.kind].replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}

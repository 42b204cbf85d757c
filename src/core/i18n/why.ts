import type { CustomerInsight } from '../analysis';
import type { LifecycleReason, LifecycleStage } from '../lifecycle/lifecycle-stage';
import { currencyIn } from './currency-in';
import { type Currency, formatMoney } from './format-number';
import { type Language, traditional } from './language';
import { reasonWriter } from './lifecycle-reasons';
import { compileSentence } from './sentence-template';

/**
 * The "why" of a customer: the lifecycle reason, and — when everything they bought was returned
 * (net spend 0 or less) yet the model expects purchases to come — a second sentence saying so, so a
 * positive predicted value beside a non-positive total never goes unexplained (issue 12).
 */
export type WhyWriter = (
  stage: LifecycleStage,
  reason: LifecycleReason,
  netSpend: number,
  /** Read only when the net spend is 0 or less: most customers' why needs no prediction. */
  predicted: { readonly predictedValue: number },
  /**
   * Rows of this customer's purchases the analysis could not count (rows-not-analysed.ts): the
   * sentences above speak of the counted ones only, so a note says so (a trial's customer paid $20,
   * then €15: "Bought once, 270 days ago" needs it).
   */
  notCounted?: number,
  /** What was wrong with those rows (exports/exclusion-labels.ts notCountedReasons), when known. */
  notCountedWhy?: string,
) => string;

// {why}: which rows and what was wrong with them when known ("(row 12): amount not readable (paid
// cash)", insights/not-counted-why.ts), else all it may have been.
const NOT_COUNTED: Record<Language, { one: string; many: string; unknown: string; known: string }> = {
  en: {
    one: ' One more row of theirs in the log is not counted here{why}.',
    many: ' {count} more rows of theirs in the log are not counted here{why}.',
    unknown: ' (unreadable, dated after the analysis date, or in another currency)',
    known: ' ',
  },
  'zh-CN': {
    one: '记录中另有 1 行未计入{why}。',
    many: '记录中另有 {count} 行未计入{why}。',
    unknown: '（无法读取、日期晚于分析日期或为其他币种）',
    known: '',
  },
  'zh-TW': {
    one: '紀錄中另有 1 列未計入{why}。',
    many: '紀錄中另有 {count} 列未計入{why}。',
    unknown: '（無法讀取、日期晚於分析日期或為其他幣別）',
    known: '',
  },
};

const NET_SPEND_NOTE: Record<'en' | 'zh', string> = {
  en: ' Net spend so far is {netSpend}; the predicted value counts only what they may buy from now on.',
  zh: '目前净消费为 {netSpend}；预测价值只计算今后可能的购买。',
};

/** The "why" sentences of one language set up once, for a formula answering for many customers. */
export function whyWriter(language: Language, currency?: Currency): WhyWriter {
  const reason = reasonWriter(language, currency);
  const note = language === 'en' ? NET_SPEND_NOTE.en : NET_SPEND_NOTE.zh;
  const mark = currencyIn(language, currency);
  const netSpendNote = compileSentence(language === 'zh-TW' ? traditional(note) : note, {
    netSpend: (net: number) => formatMoney(net, mark),
  });
  const notCountedTexts = NOT_COUNTED[language];
  return (stage, why, netSpend, predicted, notCounted = 0, notCountedWhy) => {
    let text = reason(stage, why);
    if (netSpend <= 0 && Math.round(predicted.predictedValue * 100) > 0) text += netSpendNote(netSpend);
    if (notCounted > 0) {
      text += (
        notCounted === 1 ? notCountedTexts.one : notCountedTexts.many.replace('{count}', String(notCounted))
      ).replace('{why}', () =>
        notCountedWhy === undefined ? notCountedTexts.unknown : notCountedTexts.known + notCountedWhy,
      );
    }
    return text;
  };
}

/** The writer of the last language and currency asked for: single sentences in a row reuse it. */
let last: { language: Language; currency: Currency | undefined; write: WhyWriter } | undefined;

function cachedWriter(language: Language, currency: Currency | undefined): WhyWriter {
  if (
    last === undefined ||
    last.language !== language ||
    last.currency?.symbol !== currency?.symbol ||
    last.currency?.after !== currency?.after
  ) {
    last = { language, currency, write: whyWriter(language, currency) };
  }
  return last.write;
}

/** The "why" of one customer of an analysis. */
export function whyText(c: CustomerInsight, language: Language, currency?: Currency): string {
  const { stage, reason } = c.lifecycle;
  return cachedWriter(language, currency)(stage, reason, c.summary.netSpend, c);
}

/** The same from the parts the sidebar's card carries. */
export function whyOf(
  c: {
    stage: LifecycleStage;
    reason: LifecycleReason;
    netSpend: number;
    predictedValue: number;
    rowsNotCounted?: number;
  },
  language: Language,
  currency?: Currency,
): string {
  return cachedWriter(language, currency)(c.stage, c.reason, c.netSpend, c, c.rowsNotCounted);
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

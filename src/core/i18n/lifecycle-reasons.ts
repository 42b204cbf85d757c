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
import { compileSentence, type SlotValues } from './sentence-template';

type OneTime = Extract<LifecycleReason, { kind: 'oneTime' }>;
type Rhythm = Extract<LifecycleReason, { kind: 'rhythm' }>;
type AmountDrop = Extract<LifecycleReason, { kind: 'amountDrop' }>;

/**
 * The sentences of each reason (SPEC §3), carrying the numbers that decided the stage, in English
 * and in Simplified Chinese; Traditional Chinese is the Simplified text in Traditional characters.
 * A slot in braces is filled with the reason's number, days written as the language writes them
 * ("63 days" in English, "63" before 天 in Chinese), money with the sheet's currency.
 */
interface ReasonSentences {
  /** Bought once: within the store's return window (New), or past it (At risk, Lapsed). */
  oneTime: Record<'new' | 'late', string>;
  /**
   * A repeat buyer without a habit yet (one gap): that gap (`oneGap`), or none known (`noGap`), and
   * how late they are against the gap their stage is judged on — no claim of a usual rhythm.
   */
  oneGap: Record<RhythmPace, string>;
  noGap: Record<RhythmPace, string>;
  /**
   * Two gaps or more: their own median gap and the multiple of it. "On rhythm" only within their
   * own gap and the one the stage is judged on (the due date); past their own gap but not yet at the
   * At-risk multiple, "a little later than usual"; within their own gap but past the due date, the
   * multiple alone.
   */
  habit: Record<'late' | 'onRhythm' | 'littleLate' | 'pastDue', string>;
  /** Spending less, with their own usual gap when they have one (two gaps or more). */
  amountDrop: Record<'usualGap' | 'noUsualGap', string>;
}
/** Later than the stage's gap (At risk, Lapsed); past it but not at risk; within it. */
type RhythmPace = 'late' | 'littleLate' | 'within';

const EN: ReasonSentences = {
  oneTime: {
    new: 'Bought once, {daysSinceLast} ago; customers here usually return within {storeGapDays}.',
    late: 'Bought once, {daysSinceLast} ago; customers here usually return within {storeGapDays} ({multiple}× that).',
  },
  oneGap: {
    late: '{purchaseDays} purchase days, {ownGapDays} apart; last purchase {daysSinceLast} ago, later than expected.',
    littleLate:
      '{purchaseDays} purchase days, {ownGapDays} apart; last purchase {daysSinceLast} ago, a little later than expected, not yet at risk.',
    within: '{purchaseDays} purchase days, {ownGapDays} apart; last purchase {daysSinceLast} ago.',
  },
  noGap: {
    late: '{purchaseDays} purchase days; last purchase {daysSinceLast} ago, later than expected.',
    littleLate:
      '{purchaseDays} purchase days; last purchase {daysSinceLast} ago, a little later than expected, not yet at risk.',
    within: '{purchaseDays} purchase days; last purchase {daysSinceLast} ago.',
  },
  habit: {
    late: 'Usually buys every {habitGapDays}; last purchase {daysSinceLast} ago ({habitMultiple}× the usual gap).',
    onRhythm:
      '{purchaseDays} purchase days, usually every {habitGapDays}; last purchase {daysSinceLast} ago, on rhythm ({habitMultiple}× the usual gap).',
    littleLate:
      '{purchaseDays} purchase days, usually every {habitGapDays}; last purchase {daysSinceLast} ago, a little later than usual ({habitMultiple}× the usual gap), not yet at risk.',
    pastDue:
      '{purchaseDays} purchase days, usually every {habitGapDays}; last purchase {daysSinceLast} ago ({habitMultiple}× the usual gap).',
  },
  amountDrop: {
    usualGap:
      'Spending less: the last {recentPurchaseDays} purchases averaged {recentMean}, {dropShare} below their usual {usualAmount} (the {earlierPurchaseDays} before ranged {earlierLow}–{earlierHigh}); still buying, last purchase {daysSinceLast} ago, usually every {ownGapDays}.',
    noUsualGap:
      'Spending less: the last {recentPurchaseDays} purchases averaged {recentMean}, {dropShare} below their usual {usualAmount} (the {earlierPurchaseDays} before ranged {earlierLow}–{earlierHigh}); still buying, last purchase {daysSinceLast} ago.',
  },
};

const ZH: ReasonSentences = {
  oneTime: {
    new: '只购买过一次，距今 {daysSinceLast} 天；本店客户通常 {storeGapDays} 天内回购。',
    late: '只购买过一次，距今 {daysSinceLast} 天；本店客户通常 {storeGapDays} 天内回购（已是其 {multiple} 倍）。',
  },
  oneGap: {
    late: '共 {purchaseDays} 个购买日，相隔 {ownGapDays} 天；上次购买在 {daysSinceLast} 天前，比预期晚。',
    littleLate:
      '共 {purchaseDays} 个购买日，相隔 {ownGapDays} 天；上次购买在 {daysSinceLast} 天前，比预期稍晚，尚未有流失风险。',
    within: '共 {purchaseDays} 个购买日，相隔 {ownGapDays} 天；上次购买在 {daysSinceLast} 天前。',
  },
  noGap: {
    late: '共 {purchaseDays} 个购买日；上次购买在 {daysSinceLast} 天前，比预期晚。',
    littleLate: '共 {purchaseDays} 个购买日；上次购买在 {daysSinceLast} 天前，比预期稍晚，尚未有流失风险。',
    within: '共 {purchaseDays} 个购买日；上次购买在 {daysSinceLast} 天前。',
  },
  habit: {
    late: '通常每 {habitGapDays} 天购买一次；上次购买在 {daysSinceLast} 天前（通常间隔的 {habitMultiple} 倍）。',
    onRhythm:
      '共 {purchaseDays} 个购买日，通常每 {habitGapDays} 天购买一次；上次购买在 {daysSinceLast} 天前，节奏正常（通常间隔的 {habitMultiple} 倍）。',
    littleLate:
      '共 {purchaseDays} 个购买日，通常每 {habitGapDays} 天购买一次；上次购买在 {daysSinceLast} 天前，比平时稍晚（通常间隔的 {habitMultiple} 倍），尚未有流失风险。',
    pastDue:
      '共 {purchaseDays} 个购买日，通常每 {habitGapDays} 天购买一次；上次购买在 {daysSinceLast} 天前（通常间隔的 {habitMultiple} 倍）。',
  },
  amountDrop: {
    usualGap:
      '消费变少：最近 {recentPurchaseDays} 次平均消费 {recentMean}，比其通常的 {usualAmount} 低 {dropShare}（此前 {earlierPurchaseDays} 次在 {earlierLow}–{earlierHigh} 之间）；仍在购买，上次购买在 {daysSinceLast} 天前，通常每 {ownGapDays} 天一次。',
    noUsualGap:
      '消费变少：最近 {recentPurchaseDays} 次平均消费 {recentMean}，比其通常的 {usualAmount} 低 {dropShare}（此前 {earlierPurchaseDays} 次在 {earlierLow}–{earlierHigh} 之间）；仍在购买，上次购买在 {daysSinceLast} 天前。',
  },
};

/** The reason sentence of a customer's stage, in the language and currency the writer was made for. */
export type ReasonWriter = (stage: LifecycleStage, reason: LifecycleReason) => string;

type Compiled<Facts, Key extends string> = Record<Key, (facts: Facts) => string>;

function compileAll<Facts, Key extends string>(
  texts: Record<Key, string>,
  values: SlotValues<Facts>,
  language: Language,
): Compiled<Facts, Key> {
  const compiled = {} as Compiled<Facts, Key>;
  for (const key in texts) {
    compiled[key] = compileSentence(language === 'zh-TW' ? traditional(texts[key]) : texts[key], values);
  }
  return compiled;
}

/**
 * Sets up the reason sentences of one language once — templates compiled, number formats chosen —
 * so that each customer's sentence is only picked and filled: what a formula answering for every
 * customer of a log calls once.
 */
export function reasonWriter(language: Language, currency?: Currency): ReasonWriter {
  const texts = language === 'en' ? EN : ZH;
  const days = language === 'en' ? daysInEnglish : formatDays;
  // zh-TW writes the whole sentence in Traditional characters, the currency mark included.
  const mark =
    currency === undefined || language !== 'zh-TW'
      ? currency
      : { symbol: traditional(currency.symbol), after: currency.after };
  const money = (value: number) => formatMoney(value, mark);
  const habitOf = (r: Rhythm) =>
    habitGapDays({ purchaseDayCount: r.purchaseDays, ownGapDays: r.ownGapDays })!;

  const oneTime = compileAll<OneTime, keyof ReasonSentences['oneTime']>(
    texts.oneTime,
    {
      daysSinceLast: (r) => days(r.daysSinceLast),
      storeGapDays: (r) => days(r.storeGapDays),
      multiple: (r) => formatMultiple(r.multiple),
    },
    language,
  );
  const rhythmValues: SlotValues<Rhythm> = {
    purchaseDays: (r) => String(r.purchaseDays),
    daysSinceLast: (r) => days(r.daysSinceLast),
    ownGapDays: (r) => days(r.ownGapDays!),
    habitGapDays: (r) => days(habitOf(r)),
    habitMultiple: (r) => formatMultiple(r.daysSinceLast / habitOf(r)),
  };
  const oneGap = compileAll<Rhythm, RhythmPace>(texts.oneGap, rhythmValues, language);
  const noGap = compileAll<Rhythm, RhythmPace>(texts.noGap, rhythmValues, language);
  const habit = compileAll<Rhythm, keyof ReasonSentences['habit']>(texts.habit, rhythmValues, language);
  const amountDrop = compileAll<AmountDrop, keyof ReasonSentences['amountDrop']>(
    texts.amountDrop,
    {
      recentPurchaseDays: (r) => String(r.recentPurchaseDays),
      recentMean: (r) => money(r.recentMean),
      dropShare: (r) => formatPercent(r.dropShare),
      usualAmount: (r) => money(r.usualAmount),
      earlierPurchaseDays: (r) => String(r.earlierPurchaseDays),
      earlierLow: (r) => money(r.earlierLow),
      earlierHigh: (r) => money(r.earlierHigh),
      daysSinceLast: (r) => days(r.daysSinceLast),
      ownGapDays: (r) => days(r.ownGapDays!),
    },
    language,
  );

  const rhythm = (stage: LifecycleStage, r: Rhythm): string => {
    const late = stage === 'atRisk' || stage === 'lapsed';
    const own = habitGapDays({ purchaseDayCount: r.purchaseDays, ownGapDays: r.ownGapDays });
    if (own === undefined) {
      const pace: RhythmPace = late ? 'late' : r.multiple > 1 ? 'littleLate' : 'within';
      return (r.ownGapDays === undefined ? noGap : oneGap)[pace](r);
    }
    if (late) return habit.late(r);
    const multiple = r.daysSinceLast / own;
    if (multiple <= 1 && r.multiple <= 1) return habit.onRhythm(r);
    return multiple > 1 ? habit.littleLate(r) : habit.pastDue(r);
  };

  // One-time buyers of one analysis differ only in their days since the purchase (the store's gap
  // is one number, the multiple and the stage follow from the days): each number of days is written
  // once and its sentence shared. An entry is used only when every number in it matches.
  const oneTimeWritten = new Map<number, { reason: OneTime; late: boolean; text: string }>();
  const oneTimeSentence = (stage: LifecycleStage, r: OneTime): string => {
    const late = stage !== 'new';
    const written = oneTimeWritten.get(r.daysSinceLast);
    if (
      written !== undefined &&
      written.late === late &&
      written.reason.storeGapDays === r.storeGapDays &&
      written.reason.multiple === r.multiple
    ) {
      return written.text;
    }
    const text = late ? oneTime.late(r) : oneTime.new(r);
    oneTimeWritten.set(r.daysSinceLast, { reason: r, late, text });
    return text;
  };

  return (stage, reason) => {
    switch (reason.kind) {
      case 'oneTime':
        return oneTimeSentence(stage, reason);
      case 'rhythm':
        return rhythm(stage, reason);
      case 'amountDrop':
        return reason.ownGapDays === undefined ? amountDrop.noUsualGap(reason) : amountDrop.usualGap(reason);
    }
  };
}

/**
 * The one-sentence reason for a lifecycle stage, carrying the numbers that decided it (SPEC §3),
 * e.g. "Usually buys every 21 days; last purchase 63 days ago (3.0× the usual gap)." For many
 * customers, make one `reasonWriter` and call it for each.
 */
export function describeLifecycle(
  stage: LifecycleStage,
  reason: LifecycleReason,
  language: Language,
  currency?: Currency,
): string {
  return reasonWriter(language, currency)(stage, reason);
}

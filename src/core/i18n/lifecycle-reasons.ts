import type { DayNumber } from '../days';
import type { LifecycleReason, LifecycleStage } from '../lifecycle/lifecycle-stage';
import { civilFromDay } from '../time/civil';
import { currencyIn } from './currency-in';
import {
  type Currency,
  daysInEnglish,
  formatDays,
  formatMoney,
  formatMultiple,
  formatPercent,
  multipleReadsZero,
} from './format-number';
import { type Language, traditional } from './language';
import { MONTH_NAMES_EN } from './month-names';
import { compileSentence, type SlotValues } from './sentence-template';

type OneTime = Extract<LifecycleReason, { kind: 'oneTime' }>;
type Rhythm = Extract<LifecycleReason, { kind: 'rhythm' }>;
type AmountDrop = Extract<LifecycleReason, { kind: 'amountDrop' }>;

/**
 * The pieces of each reason's sentence (SPEC §3), carrying the numbers that decided the stage, in
 * English and in Simplified Chinese; Traditional Chinese is the Simplified text in Traditional
 * characters. Each sentence a reason can take is put together from them once per writer. A slot in
 * braces is filled with the reason's number, days written as the language writes them ("63 days"
 * in English, "63" before 天 in Chinese), money with the sheet's currency; `{times}` stands for
 * the `times` piece.
 */
interface ReasonTexts {
  /**
   * Bought once, within the store's return window (New); `oneTimeLate` is added past it. The window
   * as learnt (how many of the returners came back within it) or, with too few returners, the
   * setting's (`oneTimeFromSetting`).
   */
  oneTime: string;
  oneTimeFromSetting: string;
  oneTimeLate: string;
  /**
   * Added last: how long a one-time buyer stays New (the At-risk multiple of the window), where their
   * next purchase falls due — so one past the window but New is not read as overdue, and the due
   * date of one At risk is the day they stopped being New.
   */
  oneTimeNewUpTo: string;
  /**
   * Past the Lapsed multiple of the window guessed from the setting: late, not Lapsed on a guess
   * alone, up to a limit (lifecycle-stage.ts); `oneTimeFromSettingLapsed` past that limit.
   */
  oneTimeFromSettingLate: string;
  /** In place of `oneTimeFromSettingLate` when the limit is the Lapsed multiple of a wait 3 of the few returners took. */
  oneTimeFromSettingSlowLate: string;
  oneTimeFromSettingLapsed: string;
  /** Past the learnt window's Lapsed multiple, but within what a slow returner here took: not Lapsed. */
  oneTimeCameBackLate: string;
  /** Past the Lapsed multiple of a window learnt from too few returners to tell gone from slow. */
  oneTimeFewReturnersLate: string;
  /**
   * A repeat buyer without a habit yet: `rhythm`, then `apart` when their one gap is known, then
   * `expected` (the gap of the due date: that gap weighed with the shop's), then `last` and how late
   * they are against the gap their stage is judged on — no usual rhythm claimed.
   */
  rhythm: string;
  apart: string;
  expected: string;
  /**
   * Two gaps too far apart for a usual gap (customer-summary.ts `spreadGaps`): `spread` states both
   * in place of `apart`, and `expectedSpread` (weighed with the shop's) in place of `expected`.
   */
  spread: string;
  expectedSpread: string;
  last: string;
  /**
   * For a purchase on the analysis day, each piece in place of the other ("last purchase today",
   * never "0 days ago" nor "0.0×"), in every sentence that says how long ago.
   */
  today: readonly (readonly [string, string])[];
  pace: Record<RhythmPace, string>;
  /**
   * Two gaps or more: their own median gap (the due date's) and the multiple of it. Late (At risk,
   * Lapsed): `habitLate`. Otherwise `habit`, then "on rhythm" within their own gap; past it, "a
   * little later than usual"; late by their own gap but not by the stage's (weighed with the
   * shop's), "later than usual", saying why they are not yet at risk.
   */
  habitLate: string;
  /** Added to `habitLate` when the stage's gap (weighed with the shop's) is what makes them late. */
  habitLateByStage: string;
  /**
   * Added last to `habitLate` when they are past the Lapsed multiple but have been away as long
   * before and come back (their longest gap): why they are At risk, not Lapsed.
   */
  habitCameBack: string;
  /** In place of `habitCameBack` when silent a little longer than that break: until when it holds them. */
  habitCameBackMargin: string;
  /**
   * In place of `habitCameBack` when held by a break that began about this time of year before
   * (lifecycle/seasonal-break.ts): that break's dates, when this silence began, and from when Lapsed.
   */
  habitSeasonal: string;
  /** Added to a late sentence when past the Lapsed multiple of the stage's gap but not of their own. */
  ownGapHold: string;
  /**
   * In place of `ownGapHold` when the multiple of their own gap is this shop's: its customers have
   * come back after breaks that long (comeback-multiple.ts).
   */
  comebackHold: string;
  /**
   * Added to a late sentence when past every Lapsed multiple but too few customers have come back
   * here: until when, and from what (twice the Lapsed multiple of their longest gap).
   */
  fewReturnersHold: string;
  habit: string;
  habitPace: Record<HabitPace, string>;
  times: string;
  /** Spending less; `amountDropGap` is added when they have their own usual gap (two gaps or more). */
  amountDrop: string;
  /** What the start of amountDrop becomes when purchase days close together were one purchase (amount-drop.ts). */
  amountDropMerged: readonly [string, string];
  amountDropGap: string;
  /**
   * Added last when they are on rhythm but back from a break that dominates their history
   * (lifecycle-stage.ts): why the repeat probability beside is far below what their rhythm says.
   * `breakSince` is one of `purchaseDaysOne`/`Many`.
   */
  backAfterBreak: string;
  purchaseDaysOne: string;
  purchaseDaysMany: string;
  /** The sentence's full stop. */
  end: string;
}
/** Later than the stage's gap (At risk, Lapsed); past it but not at risk; within it. */
type RhythmPace = 'late' | 'littleLate' | 'within';

/** Why a late repeat customer is not called Lapsed, when held (lifecycle-stage.ts), as its text's key. */
type Hold = 'ownGapHold' | 'comebackHold' | 'fewReturnersHold';

/** The hold a late rhythm reason carries ('plain' for none); their longest gap's is read apart. */
function holdOf(r: Rhythm): Hold | 'plain' {
  if (r.heldByComeback) return 'comebackHold';
  if (r.heldFewReturners) return 'fewReturnersHold';
  return r.ownGapHoldMultiple === undefined ? 'plain' : 'ownGapHold';
}
type HabitPace = 'onRhythm' | 'littleLate' | 'lateByOwnGap';

const EN: ReasonTexts = {
  oneTime:
    'Bought once, {daysSinceLast} ago; {withinCount} of the {returners} customers who came back here did so within {windowDays} of their first purchase',
  oneTimeFromSetting:
    'Bought once, {daysSinceLast} ago; too few customers have come back here yet to tell how soon they do, so judged against the default {windowDays}',
  oneTimeLate: ' (silent {multiple}× that long)',
  oneTimeNewUpTo: '; New up to {newUpToDays} ({atRiskMultiple}× that)',
  oneTimeFromSettingLate:
    ' (silent {multiple}× that long; with too few customers back to tell, not called Lapsed before {heldUntilDays}, {holdMultiple}× the default)',
  oneTimeFromSettingSlowLate:
    ' (silent {multiple}× that long; {slowCount} of the {returners} customers back took {slowGapDays} or more to come back, so not called Lapsed before {heldUntilDays}, {holdMultiple}× that)',
  oneTimeFromSettingLapsed:
    ' (silent {multiple}× that long, over {heldUntilDays}: Lapsed even with few customers back to tell)',
  oneTimeCameBackLate:
    ' (silent {multiple}× that long; but a customer here came back after {cameBackAfterDays}, so not called Lapsed)',
  oneTimeFewReturnersLate:
    ' (silent {multiple}× that long; with only {returners} customers back so far, one after {cameBackAfterDays}, not called Lapsed before {heldUntilDays})',
  rhythm: '{purchaseDays} purchase days',
  apart: ', {ownGapDays} apart',
  expected: "; expected back within {usualGapDays} (that gap weighed with the shop's usual {storeGapDays})",
  spread: ', back once after {shortGapDays} and once after {longGapDays}',
  expectedSpread:
    "; expected back within {usualGapDays} (their two gaps weighed with the shop's usual {storeGapDays})",
  last: '; last purchase {daysSinceLast} ago',
  today: [
    ['Bought once, {daysSinceLast} ago', 'Bought once today'],
    ['last purchase {daysSinceLast} ago', 'last purchase today'],
  ],
  pace: {
    late: ', later than expected',
    littleLate: ', a little later than expected, not yet at risk',
    within: '',
  },
  habitLate: 'Usually buys every {habitGapDays}; last purchase {daysSinceLast} ago {times}',
  habitLateByStage:
    "; weighed with the shop's usual {storeGapDays}, that is {multiple}× the gap the stage is judged on",
  habitCameBack: '; once away {cameBackAfterDays} and came back, so not called Lapsed',
  habitCameBackMargin:
    '; once away {cameBackAfterDays} and came back, so not called Lapsed until silent over {heldUntilDays}',
  habitSeasonal:
    '; away {awayDays} from {awayFrom} to {awayTo} and came back; silent since {since}, about the same time of year, so not called Lapsed before {lapsedFrom}',
  ownGapHold: '; not past {ownGapHoldMultiple}× their own gap of {ownGapDays}, so not called Lapsed',
  comebackHold:
    '; customers here have come back after breaks of {comebackMultiple}× their usual gap or longer, so not called Lapsed',
  fewReturnersHold:
    '; with too few customers back here to tell, not called Lapsed until silent over {heldUntilDays} ({fewReturnersHoldMultiple}× their longest gap of {longestGapDays})',
  habit: '{purchaseDays} purchase days, usually every {habitGapDays}; last purchase {daysSinceLast} ago',
  habitPace: {
    onRhythm: ', on rhythm {times}',
    littleLate: ', a little later than usual {times}, not yet at risk',
    lateByOwnGap: ", later than usual {times}; judged with the shop's usual gap as well, not yet at risk",
  },
  times: '({habitMultiple}× the usual gap)',
  amountDrop:
    'Spending less: the last {recentPurchaseDays} purchases averaged {recentMean}, {dropShare} below their usual {usualAmount} (the {earlierPurchaseDays} before ranged {earlierLow}–{earlierHigh}); {recentSpend} in the {recentStretchDays} from the purchase before them to their last, against {paceSpend} at their earlier pace; still buying, last purchase {daysSinceLast} ago',
  amountDropMerged: [
    'purchases averaged',
    'purchases ({recentDays} purchase days, those under {mergeDays} apart counted as one) averaged',
  ],
  amountDropGap: ', usually every {ownGapDays}',
  backAfterBreak:
    '; back after {breakDays} away ({breakSince} since): the repeat probability reads their pace with that break, the stage their usual gap',
  purchaseDaysOne: '1 purchase day',
  purchaseDaysMany: '{n} purchase days',
  end: '.',
};

const ZH: ReasonTexts = {
  oneTime:
    '只购买过一次，距今 {daysSinceLast} 天；回购过的 {returners} 位客户中，{withinCount} 位在首次购买后 {windowDays} 天内回购',
  oneTimeFromSetting:
    '只购买过一次，距今 {daysSinceLast} 天；回购的客户还太少，看不出通常多久回购，暂按设定的 {windowDays} 天判断',
  oneTimeLate: '（已是其 {multiple} 倍）',
  oneTimeNewUpTo: '；{newUpToDays} 天以内（其 {atRiskMultiple} 倍）仍为新客',
  oneTimeFromSettingLate:
    '（已是其 {multiple} 倍；回购的客户还太少，未满设定的 {holdMultiple} 倍即 {heldUntilDays} 天不判为已流失）',
  oneTimeFromSettingSlowLate:
    '（已是其 {multiple} 倍；回购的 {returners} 位客户中有 {slowCount} 位隔了 {slowGapDays} 天或更久才回购，未满其 {holdMultiple} 倍即 {heldUntilDays} 天不判为已流失）',
  oneTimeFromSettingLapsed:
    '（已是其 {multiple} 倍，超过 {heldUntilDays} 天，即使回购的客户还少也判为已流失）',
  oneTimeCameBackLate:
    '（已是其 {multiple} 倍；但本店曾有客户隔了 {cameBackAfterDays} 天才回购，故不判为已流失）',
  oneTimeFewReturnersLate:
    '（已是其 {multiple} 倍；回购的客户目前只有 {returners} 位，其中一位隔了 {cameBackAfterDays} 天才回购，未满 {heldUntilDays} 天不判为已流失）',
  rhythm: '共 {purchaseDays} 个购买日',
  apart: '，相隔 {ownGapDays} 天',
  expected: '；预计 {usualGapDays} 天内回购（该间隔与本店通常的 {storeGapDays} 天综合）',
  spread: '，一次隔 {shortGapDays} 天回购、一次隔 {longGapDays} 天回购',
  expectedSpread: '；预计 {usualGapDays} 天内回购（其间隔与本店通常的 {storeGapDays} 天综合）',
  last: '；上次购买在 {daysSinceLast} 天前',
  today: [
    ['距今 {daysSinceLast} 天', '就在今天'],
    ['上次购买在 {daysSinceLast} 天前', '上次购买就在今天'],
  ],
  pace: { late: '，比预期晚', littleLate: '，比预期稍晚，尚未有流失风险', within: '' },
  habitLate: '通常每 {habitGapDays} 天购买一次；上次购买在 {daysSinceLast} 天前{times}',
  habitLateByStage: '；与本店通常的 {storeGapDays} 天综合，已是判断阶段所用间隔的 {multiple} 倍',
  habitCameBack: '；曾相隔 {cameBackAfterDays} 天后再次购买，故不判为已流失',
  habitCameBackMargin: '；曾相隔 {cameBackAfterDays} 天后再次购买，故未超过 {heldUntilDays} 天不判为已流失',
  habitSeasonal:
    '；曾于 {awayFrom}至{awayTo}中断 {awayDays} 天后再次购买；此次自 {since}起未购买，与那次中断在一年中的时节相近，故 {lapsedFrom}之前不判为已流失',
  ownGapHold: '；未超过其自身间隔 {ownGapDays} 天的 {ownGapHoldMultiple} 倍，故不判为已流失',
  comebackHold: '；本店客户曾中断达其通常间隔的 {comebackMultiple} 倍甚至更久后再回购，故不判为已流失',
  fewReturnersHold:
    '；回购的客户还太少，未超过 {heldUntilDays} 天（其最长间隔 {longestGapDays} 天的 {fewReturnersHoldMultiple} 倍）不判为已流失',
  habit: '共 {purchaseDays} 个购买日，通常每 {habitGapDays} 天购买一次；上次购买在 {daysSinceLast} 天前',
  habitPace: {
    onRhythm: '，节奏正常{times}',
    littleLate: '，比平时稍晚{times}，尚未有流失风险',
    lateByOwnGap: '，比平时晚{times}；阶段同时参照本店的通常间隔，尚未有流失风险',
  },
  times: '（通常间隔的 {habitMultiple} 倍）',
  amountDrop:
    '消费变少：最近 {recentPurchaseDays} 次平均消费 {recentMean}，比其通常的 {usualAmount} 低 {dropShare}（此前 {earlierPurchaseDays} 次在 {earlierLow}–{earlierHigh} 之间）；自之前那次购买至最近一次的 {recentStretchDays} 天内共消费 {recentSpend}，按此前的节奏为 {paceSpend}；仍在购买，上次购买在 {daysSinceLast} 天前',
  amountDropMerged: [
    '次平均消费',
    '次（共 {recentDays} 个购买日，相隔不到 {mergeDays} 天的算作一次）平均消费',
  ],
  amountDropGap: '，通常每 {ownGapDays} 天一次',
  backAfterBreak:
    '；曾中断 {breakDays} 天后再次购买（此后共 {breakSince}）：回购概率按含此次中断的购买节奏计算，阶段按通常间隔判断',
  purchaseDaysOne: '1 个购买日',
  purchaseDaysMany: '{n} 个购买日',
  end: '。',
};

/** The reason sentence of a customer's stage, in the language and currency the writer was made for. */
export type ReasonWriter = (stage: LifecycleStage, reason: LifecycleReason) => string;

/**
 * Sets up the reason sentences of one language once — each sentence put together and compiled,
 * number formats chosen — so that each customer's sentence is only picked and filled: what a
 * formula answering for every customer of a log calls once.
 */
export function reasonWriter(language: Language, currency?: Currency): ReasonWriter {
  const t = language === 'en' ? EN : ZH;
  const days = daysTexts(language === 'en' ? daysInEnglish : formatDays);
  const mark = currencyIn(language, currency);
  const money = (value: number) => formatMoney(value, mark);
  const date = (day: DayNumber) => dateText(day, language);
  const habitOf = (r: Rhythm) => ownHabit(r)!;
  const sentence = <Facts>(text: string, values: SlotValues<Facts>) => {
    const whole = text.replace('{times}', t.times) + t.end;
    return compileSentence(language === 'zh-TW' ? traditional(whole) : whole, values);
  };

  const oneTimeValues: SlotValues<OneTime> = {
    daysSinceLast: (r) => days(r.daysSinceLast),
    windowDays: (r) => days(r.windowDays),
    returners: (r) => String(r.returners),
    withinCount: (r) => String(r.withinCount),
    multiple: (r) => formatMultiple(r.multiple),
    cameBackAfterDays: (r) => days(r.cameBackAfterDays!),
    heldUntilDays: (r) => days(r.heldUntilDays!),
    holdMultiple: (r) => String(r.holdMultiple),
    slowGapDays: (r) => days(r.slowGapDays!),
    slowCount: (r) => String(r.slowCount),
    newUpToDays: (r) => days(r.newUpToDays),
    atRiskMultiple: (r) => String(r.atRiskMultiple),
  };
  const today = (text: string) => t.today.reduce((s, [ago, on]) => s.replace(ago, on), text);
  // Every one ends with how long a one-time buyer stays New, where their next purchase falls due
  // (customer-summary.ts): within the window, past it (how far), bought today; held from Lapsed.
  const oneTimeForms = (start: string, held: string) => ({
    new: sentence(start + t.oneTimeNewUpTo, oneTimeValues),
    late: sentence(start + t.oneTimeLate + t.oneTimeNewUpTo, oneTimeValues),
    today: sentence(today(start) + t.oneTimeNewUpTo, oneTimeValues),
    held: sentence(start + held + t.oneTimeNewUpTo, oneTimeValues),
  });
  const oneTimeLearnt = {
    ...oneTimeForms(t.oneTime, t.oneTimeCameBackLate),
    fewReturners: sentence(t.oneTime + t.oneTimeFewReturnersLate + t.oneTimeNewUpTo, oneTimeValues),
  };
  // Only past the Lapsed multiple does "not called Lapsed" say something true.
  const oneTimeFromSetting = {
    ...oneTimeForms(t.oneTimeFromSetting, t.oneTimeFromSettingLate),
    pastHold: sentence(t.oneTimeFromSetting + t.oneTimeFromSettingLapsed + t.oneTimeNewUpTo, oneTimeValues),
    heldBySlow: sentence(
      t.oneTimeFromSetting + t.oneTimeFromSettingSlowLate + t.oneTimeNewUpTo,
      oneTimeValues,
    ),
  };
  // Slot values are not converted with the sentence: zh-TW's count of purchase days is, here.
  const [purchaseDaysOne, purchaseDaysMany] = [t.purchaseDaysOne, t.purchaseDaysMany].map((text) =>
    language === 'zh-TW' ? traditional(text) : text,
  ) as [string, string];
  const rhythmValues: SlotValues<Rhythm> = {
    purchaseDays: (r) => String(r.purchaseDays),
    daysSinceLast: (r) => days(r.daysSinceLast),
    ownGapDays: (r) => days(r.ownGapDays!),
    usualGapDays: (r) => days(r.usualGapDays),
    storeGapDays: (r) => days(r.storeGapDays),
    multiple: (r) => formatMultiple(r.multiple),
    habitGapDays: (r) => days(habitOf(r)),
    habitMultiple: (r) => formatMultiple(r.daysSinceLast / habitOf(r)),
    cameBackAfterDays: (r) => days(r.cameBackAfterDays!),
    ownGapHoldMultiple: (r) => String(r.ownGapHoldMultiple),
    comebackMultiple: (r) => formatMultiple(r.ownGapHoldMultiple!),
    breakDays: (r) => days(r.backAfterBreak!.days),
    breakSince: (r) => {
      const n = r.backAfterBreak!.purchaseDaysSince;
      return n === 1 ? purchaseDaysOne : purchaseDaysMany.replace('{n}', String(n));
    },
    heldUntilDays: (r) => days(r.heldUntilDays!),
    fewReturnersHoldMultiple: (r) => String(r.fewReturnersHoldMultiple),
    longestGapDays: (r) => days(r.longestGapDays!),
    awayDays: (r) => days(r.seasonalHold!.awayDays),
    awayFrom: (r) => date(r.seasonalHold!.fromDay),
    awayTo: (r) => date(r.seasonalHold!.toDay),
    since: (r) => date(r.seasonalHold!.sinceDay),
    lapsedFrom: (r) => date(r.seasonalHold!.lapsedFromDay),
    shortGapDays: (r) => days(r.spreadGapsDays![0]),
    longGapDays: (r) => days(r.spreadGapsDays![1]),
  };
  // Each "so not called Lapsed" a late sentence may end with, with the plain one.
  const heldForms = <F>(make: (tail: string) => F): Record<Hold | 'plain', F> => ({
    plain: make(''),
    ownGapHold: make(t.ownGapHold),
    comebackHold: make(t.comebackHold),
    fewReturnersHold: make(t.fewReturnersHold),
  });
  const paced = (start: string) => ({
    late: heldForms((tail) => sentence(start + t.pace.late + tail, rhythmValues)),
    littleLate: sentence(start + t.pace.littleLate, rhythmValues),
    within: sentence(start + t.pace.within, rhythmValues),
  });
  const oneGap = paced(t.rhythm + t.apart + t.expected + t.last);
  const noGap = paced(t.rhythm + t.expected + t.last);
  const withoutHabit = { oneGap, noGap, spread: paced(t.rhythm + t.spread + t.expectedSpread + t.last) };
  // Bought on the analysis day: never late, and no multiple of 0 to state.
  const boughtToday = {
    oneGap: sentence(today(t.rhythm + t.apart + t.expected + t.last), rhythmValues),
    noGap: sentence(today(t.rhythm + t.expected + t.last), rhythmValues),
    spread: sentence(today(t.rhythm + t.spread + t.expectedSpread + t.last), rhythmValues),
    habit: sentence(today(t.habit), rhythmValues),
  };
  // Late by their own gap, or (byStage) by the gap weighed with the shop's, and why not Lapsed if held.
  const habitLateWith = (tail: string) => ({
    own: sentence(t.habitLate + tail, rhythmValues),
    byStage: sentence(t.habitLate + t.habitLateByStage + tail, rhythmValues),
  });
  const habitLate = heldForms(habitLateWith);
  const cameBack = habitLateWith(t.habitCameBack);
  const cameBackMargin = habitLateWith(t.habitCameBackMargin);
  const seasonal = habitLateWith(t.habitSeasonal);
  // Written after the rest of the sentence, before its full stop (it ends any of the habit's).
  const backAfterBreak = sentence(t.backAfterBreak, rhythmValues);
  const withBreak = (r: Rhythm, text: string) =>
    r.backAfterBreak === undefined ? text : text.slice(0, -t.end.length) + backAfterBreak(r);
  const habit = {
    onRhythm: sentence(t.habit + t.habitPace.onRhythm, rhythmValues),
    onRhythmEarly: sentence(t.habit + t.habitPace.onRhythm.replace(/ ?\{times\}/, ''), rhythmValues),
    littleLate: sentence(t.habit + t.habitPace.littleLate, rhythmValues),
    lateByOwnGap: sentence(t.habit + t.habitPace.lateByOwnGap, rhythmValues),
  };
  const amountDropValues: SlotValues<AmountDrop> = {
    recentPurchaseDays: (r) => String(r.recentPurchaseDays),
    recentMean: (r) => money(r.recentMean),
    dropShare: (r) => formatPercent(r.dropShare),
    usualAmount: (r) => money(r.usualAmount),
    earlierPurchaseDays: (r) => String(r.earlierPurchaseDays),
    earlierLow: (r) => money(r.earlierLow),
    earlierHigh: (r) => money(r.earlierHigh),
    recentSpend: (r) => money(r.recentSpend),
    recentStretchDays: (r) => days(r.recentStretchDays),
    paceSpend: (r) => money(r.paceSpend),
    recentDays: (r) => String(r.recentDays),
    mergeDays: (r) => days(r.mergeDays),
    daysSinceLast: (r) => days(r.daysSinceLast),
    ownGapDays: (r) => days(r.ownGapDays!),
  };
  const merged = t.amountDrop.replace(t.amountDropMerged[0], t.amountDropMerged[1]);
  const amountDrop = [t.amountDrop, merged].flatMap((start) => [
    sentence(start, amountDropValues),
    sentence(start + t.amountDropGap, amountDropValues),
    sentence(today(start), amountDropValues),
    sentence(today(start + t.amountDropGap), amountDropValues),
  ]);

  const rhythm = (stage: LifecycleStage, r: Rhythm): string => {
    const late = stage === 'atRisk' || stage === 'lapsed';
    const own = ownHabit(r);
    if (own === undefined) {
      const kind =
        r.spreadGapsDays !== undefined ? 'spread' : r.ownGapDays === undefined ? 'noGap' : 'oneGap';
      if (r.daysSinceLast === 0 && !late) return boughtToday[kind](r);
      if (late) return withoutHabit[kind].late[holdOf(r)](r);
      return withoutHabit[kind][r.multiple > 1 ? 'littleLate' : 'within'](r);
    }
    if (r.daysSinceLast === 0 && !late) return withBreak(r, boughtToday.habit(r));
    if (late) {
      const form =
        r.seasonalHold !== undefined
          ? seasonal
          : r.cameBackAfterDays === undefined
            ? habitLate[holdOf(r)]
            : r.heldUntilDays === undefined
              ? cameBack
              : cameBackMargin;
      return r.lateByStageGap ? form.byStage(r) : form.own(r);
    }
    // Of the gap stated (their own), not of the one the stage is judged on (shrunk toward the shop's).
    const multiple = r.daysSinceLast / own;
    if (multiple <= 1)
      return withBreak(r, multipleReadsZero(multiple) ? habit.onRhythmEarly(r) : habit.onRhythm(r));
    return withBreak(r, r.lateByStatedGap ? habit.lateByOwnGap(r) : habit.littleLate(r));
  };

  // One-time buyers of one analysis differ only in their days since the purchase, and those silent as
  // long share one reason (lifecycle-stage.ts): each reason's sentence is written once and shared. A
  // WeakMap: the writer outlives an analysis (why.ts keeps the last one), its reasons need not.
  const oneTimeWritten = new WeakMap<OneTime, { late: boolean; text: string }>();
  const oneTimeSentence = (stage: LifecycleStage, r: OneTime): string => {
    const late = stage !== 'new';
    const written = oneTimeWritten.get(r);
    if (written !== undefined && written.late === late) return written.text;
    const texts = r.fromSetting ? oneTimeFromSetting : oneTimeLearnt;
    const held =
      !r.fromSetting && r.heldUntilDays !== undefined && r.heldUntilDays > r.cameBackAfterDays!
        ? oneTimeLearnt.fewReturners
        : r.slowGapDays !== undefined
          ? oneTimeFromSetting.heldBySlow
          : texts.held;
    // Past the window, how far, also while still New (trials: New beside "overdue by 20 days" and
    // nothing said; then New, "overdue by 1 day" and "judged against the default 30 days": now the
    // New window is stated and is where the purchase falls due, so New is never overdue).
    const text = r.heldFromLapsed
      ? held(r)
      : r.fromSetting && r.heldUntilDays !== undefined
        ? oneTimeFromSetting.pastHold(r)
        : late || r.daysSinceLast > r.windowDays
          ? texts.late(r)
          : r.daysSinceLast === 0
            ? texts.today(r)
            : texts.new(r);
    oneTimeWritten.set(r, { late, text });
    return text;
  };

  return (stage, reason) => {
    switch (reason.kind) {
      case 'oneTime':
        return oneTimeSentence(stage, reason);
      case 'rhythm':
        return rhythm(stage, reason);
      case 'amountDrop':
        // Without a gap of their own, with one, and the same on the analysis day; the same again
        // where purchase days close together were one purchase.
        return amountDrop[
          (reason.ownGapDays === undefined ? 0 : 1) +
            (reason.daysSinceLast === 0 ? 2 : 0) +
            (reason.recentDays > reason.recentPurchaseDays ? 4 : 0)
        ]!(reason);
    }
  };
}

/**
 * Days as a sentence writes them, each text made once per writer: a formula's many customers state
 * far fewer distinct days (a few hundred on a million rows), and a text made per slot was two small
 * strings per number left to the collector. Both writers depend on the days only through their
 * tenths (`formatDays` rounds to them), so those are the key.
 */
function daysTexts(write: (value: number) => string): (value: number) => string {
  const texts = new Map<number, string>();
  return (value) => {
    const tenths = Math.round(value * 10);
    let text = texts.get(tenths);
    if (text === undefined) {
      text = write(value);
      texts.set(tenths, text);
    }
    return text;
  };
}

/** A date in a sentence: "17 May 2025" or "2025年5月17日", whatever the reader's locale. */
function dateText(day: DayNumber, language: Language): string {
  const { year, month, day: d } = civilFromDay(day);
  return language === 'en' ? `${d} ${MONTH_NAMES_EN[month - 1]} ${year}` : `${year}年${month}月${d}日`;
}

/*
 * Within a twentieth of the gap a multiple reads "0.0×" (`onRhythmEarly` leaves it out: the days
 * since and the gap say it), and on the analysis day the sentence says "today" (`today`).
 */

/**
 * The usual gap a rhythm reason states: their own median gap once it is a habit (customer-summary.ts
 * `habitGapDays`: two gaps or more, not spread, which the reason carries). Read up to three times per
 * sentence, so without an object made to ask `habitGapDays`.
 */
function ownHabit(r: Rhythm): number | undefined {
  return r.spreadGapsDays === undefined && r.purchaseDays >= 3 ? r.ownGapDays : undefined;
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

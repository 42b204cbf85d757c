import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/core/i18n/language';
import { describeLifecycle, reasonWriter } from '../../../src/core/i18n/lifecycle-reasons';
import { whyOf, whyWriter } from '../../../src/core/i18n/why';
import type { LifecycleReason, LifecycleStage } from '../../../src/core/lifecycle/lifecycle-stage';

type Rhythm = Extract<LifecycleReason, { kind: 'rhythm' }>;
type Drop = Extract<LifecycleReason, { kind: 'amountDrop' }>;
const rhythm = (
  r: Omit<Rhythm, 'kind' | 'usualGapDays' | 'storeGapDays'> & {
    usualGapDays?: number;
    storeGapDays?: number;
  },
): Rhythm => ({
  kind: 'rhythm',
  usualGapDays: 20,
  storeGapDays: 30,
  ...r,
});
type OneTime = Extract<LifecycleReason, { kind: 'oneTime' }>;
const oneTime = (r: Pick<OneTime, 'daysSinceLast' | 'multiple'> & Partial<OneTime>): OneTime => ({
  kind: 'oneTime',
  windowDays: 30,
  returners: 50,
  withinCount: 41,
  fromSetting: false,
  newUpToDays: 45,
  atRiskMultiple: 1.5,
  ...r,
});
const drop = (
  r: Pick<Drop, 'daysSinceLast' | 'ownGapDays' | 'earlierHigh'> &
    Partial<Pick<Drop, 'recentDays' | 'mergeDays'>>,
): Drop => ({
  kind: 'amountDrop',
  usualGapDays: 20,
  recentPurchaseDays: 3,
  recentMean: 25,
  usualAmount: 110,
  earlierLow: 100,
  earlierPurchaseDays: 5,
  dropShare: 0.77,
  recentSpend: 75,
  recentStretchDays: 60,
  paceSpend: 330,
  recentDays: 3,
  mergeDays: 0,
  ...r,
});

/**
 * Every sentence a lifecycle reason can take, in the three languages, exactly as the sentences were
 * written before they became compiled templates (the texts of commit 9fb14ad, produced by its
 * `describeLifecycle` and `whyOf` on these reasons; the rhythm sentences as branch words12's
 * `describeLifecycle` wrote them after the one-usual-gap rule, before the merge; the one-time ones as
 * rewritten for the return window of issue 12): making them faster must not change a word.
 */
const SENTENCES: [
  string,
  LifecycleStage,
  LifecycleReason,
  { symbol: string; after: boolean } | undefined,
  Record<string, string>,
][] = [
  [
    'oneTime new',
    'new',
    oneTime({ daysSinceLast: 1, multiple: 1 / 30 }),
    undefined,
    {
      en: 'Bought once, 1 day ago; 41 of the 50 customers who came back here did so within 30 days of their first purchase; New up to 45 days (1.5× that).',
      'zh-CN':
        '只购买过一次，距今 1 天；回购过的 50 位客户中，41 位在首次购买后 30 天内回购；45 天以内（其 1.5 倍）仍为新客。',
      'zh-TW':
        '只購買過一次，距今 1 天；回購過的 50 位客戶中，41 位在首次購買後 30 天內回購；45 天以內（其 1.5 倍）仍為新客。',
    },
  ],
  [
    'oneTime late',
    'atRisk',
    oneTime({ daysSinceLast: 75, multiple: 2.5 }),
    undefined,
    {
      en: 'Bought once, 75 days ago; 41 of the 50 customers who came back here did so within 30 days of their first purchase (silent 2.5× that long); New up to 45 days (1.5× that).',
      'zh-CN':
        '只购买过一次，距今 75 天；回购过的 50 位客户中，41 位在首次购买后 30 天内回购（已是其 2.5 倍）；45 天以内（其 1.5 倍）仍为新客。',
      'zh-TW':
        '只購買過一次，距今 75 天；回購過的 50 位客戶中，41 位在首次購買後 30 天內回購（已是其 2.5 倍）；45 天以內（其 1.5 倍）仍為新客。',
    },
  ],
  [
    'oneTime new, window from the setting',
    'new',
    oneTime({ daysSinceLast: 20, multiple: 2 / 3, fromSetting: true, returners: 2, withinCount: 2 }),
    undefined,
    {
      en: 'Bought once, 20 days ago; too few customers have come back here yet to tell how soon they do, so judged against the default 30 days; New up to 45 days (1.5× that).',
      'zh-CN':
        '只购买过一次，距今 20 天；回购的客户还太少，看不出通常多久回购，暂按设定的 30 天判断；45 天以内（其 1.5 倍）仍为新客。',
      'zh-TW':
        '只購買過一次，距今 20 天；回購的客戶還太少，看不出通常多久回購，暫按設定的 30 天判斷；45 天以內（其 1.5 倍）仍為新客。',
    },
  ],
  [
    'oneTime late, window from the setting',
    'atRisk',
    oneTime({
      daysSinceLast: 120,
      multiple: 4,
      fromSetting: true,
      returners: 2,
      withinCount: 2,
      heldFromLapsed: true,
      heldUntilDays: 180,
      holdMultiple: 6,
    }),
    undefined,
    {
      en: 'Bought once, 120 days ago; too few customers have come back here yet to tell how soon they do, so judged against the default 30 days (silent 4.0× that long; with too few customers back to tell, not called Lapsed before 180 days, 6× the default); New up to 45 days (1.5× that).',
      'zh-CN':
        '只购买过一次，距今 120 天；回购的客户还太少，看不出通常多久回购，暂按设定的 30 天判断（已是其 4.0 倍；回购的客户还太少，未满设定的 6 倍即 180 天不判为已流失）；45 天以内（其 1.5 倍）仍为新客。',
      'zh-TW':
        '只購買過一次，距今 120 天；回購的客戶還太少，看不出通常多久回購，暫按設定的 30 天判斷（已是其 4.0 倍；回購的客戶還太少，未滿設定的 6 倍即 180 天不判為已流失）；45 天以內（其 1.5 倍）仍為新客。',
    },
  ],
  [
    'oneGap late',
    'atRisk',
    rhythm({ purchaseDays: 2, ownGapDays: 14, daysSinceLast: 50, multiple: 2.5 }),
    undefined,
    {
      en: "2 purchase days, 14 days apart; expected back within 20 days (that gap weighed with the shop's usual 30 days); last purchase 50 days ago, later than expected.",
      'zh-CN':
        '共 2 个购买日，相隔 14 天；预计 20 天内回购（该间隔与本店通常的 30 天综合）；上次购买在 50 天前，比预期晚。',
      'zh-TW':
        '共 2 個購買日，相隔 14 天；預計 20 天內回購（該間隔與本店通常的 30 天綜合）；上次購買在 50 天前，比預期晚。',
    },
  ],
  [
    'oneGap littleLate',
    'developing',
    rhythm({ purchaseDays: 2, ownGapDays: 14, daysSinceLast: 24, multiple: 1.2 }),
    undefined,
    {
      en: "2 purchase days, 14 days apart; expected back within 20 days (that gap weighed with the shop's usual 30 days); last purchase 24 days ago, a little later than expected, not yet at risk.",
      'zh-CN':
        '共 2 个购买日，相隔 14 天；预计 20 天内回购（该间隔与本店通常的 30 天综合）；上次购买在 24 天前，比预期稍晚，尚未有流失风险。',
      'zh-TW':
        '共 2 個購買日，相隔 14 天；預計 20 天內回購（該間隔與本店通常的 30 天綜合）；上次購買在 24 天前，比預期稍晚，尚未有流失風險。',
    },
  ],
  [
    'oneGap within',
    'developing',
    rhythm({ purchaseDays: 2, ownGapDays: 1, daysSinceLast: 10, multiple: 0.5 }),
    undefined,
    {
      en: "2 purchase days, 1 day apart; expected back within 20 days (that gap weighed with the shop's usual 30 days); last purchase 10 days ago.",
      'zh-CN':
        '共 2 个购买日，相隔 1 天；预计 20 天内回购（该间隔与本店通常的 30 天综合）；上次购买在 10 天前。',
      'zh-TW':
        '共 2 個購買日，相隔 1 天；預計 20 天內回購（該間隔與本店通常的 30 天綜合）；上次購買在 10 天前。',
    },
  ],
  [
    'noGap late',
    'lapsed',
    rhythm({ purchaseDays: 2, ownGapDays: undefined, daysSinceLast: 90, multiple: 4.5 }),
    undefined,
    {
      en: "2 purchase days; expected back within 20 days (that gap weighed with the shop's usual 30 days); last purchase 90 days ago, later than expected.",
      'zh-CN':
        '共 2 个购买日；预计 20 天内回购（该间隔与本店通常的 30 天综合）；上次购买在 90 天前，比预期晚。',
      'zh-TW':
        '共 2 個購買日；預計 20 天內回購（該間隔與本店通常的 30 天綜合）；上次購買在 90 天前，比預期晚。',
    },
  ],
  [
    'noGap littleLate',
    'developing',
    rhythm({ purchaseDays: 2, ownGapDays: undefined, daysSinceLast: 24, multiple: 1.2 }),
    undefined,
    {
      en: "2 purchase days; expected back within 20 days (that gap weighed with the shop's usual 30 days); last purchase 24 days ago, a little later than expected, not yet at risk.",
      'zh-CN':
        '共 2 个购买日；预计 20 天内回购（该间隔与本店通常的 30 天综合）；上次购买在 24 天前，比预期稍晚，尚未有流失风险。',
      'zh-TW':
        '共 2 個購買日；預計 20 天內回購（該間隔與本店通常的 30 天綜合）；上次購買在 24 天前，比預期稍晚，尚未有流失風險。',
    },
  ],
  [
    'noGap within',
    'developing',
    rhythm({ purchaseDays: 2, ownGapDays: undefined, daysSinceLast: 1, multiple: 0.05 }),
    undefined,
    {
      en: "2 purchase days; expected back within 20 days (that gap weighed with the shop's usual 30 days); last purchase 1 day ago.",
      'zh-CN': '共 2 个购买日；预计 20 天内回购（该间隔与本店通常的 30 天综合）；上次购买在 1 天前。',
      'zh-TW': '共 2 個購買日；預計 20 天內回購（該間隔與本店通常的 30 天綜合）；上次購買在 1 天前。',
    },
  ],
  [
    'habit late',
    'lapsed',
    rhythm({ purchaseDays: 5, ownGapDays: 8.5, usualGapDays: 10, daysSinceLast: 40, multiple: 4 }),
    undefined,
    {
      en: 'Usually buys every 8.5 days; last purchase 40 days ago (4.7× the usual gap).',
      'zh-CN': '通常每 8.5 天购买一次；上次购买在 40 天前（通常间隔的 4.7 倍）。',
      'zh-TW': '通常每 8.5 天購買一次；上次購買在 40 天前（通常間隔的 4.7 倍）。',
    },
  ],
  [
    'habit onRhythm',
    'loyal',
    rhythm({ purchaseDays: 5, ownGapDays: 8.5, usualGapDays: 10, daysSinceLast: 6, multiple: 0.6 }),
    undefined,
    {
      en: '5 purchase days, usually every 8.5 days; last purchase 6 days ago, on rhythm (0.7× the usual gap).',
      'zh-CN': '共 5 个购买日，通常每 8.5 天购买一次；上次购买在 6 天前，节奏正常（通常间隔的 0.7 倍）。',
      'zh-TW': '共 5 個購買日，通常每 8.5 天購買一次；上次購買在 6 天前，節奏正常（通常間隔的 0.7 倍）。',
    },
  ],
  [
    'habit littleLate',
    'loyal',
    rhythm({ purchaseDays: 5, ownGapDays: 8.5, usualGapDays: 10, daysSinceLast: 12, multiple: 1.2 }),
    undefined,
    {
      en: '5 purchase days, usually every 8.5 days; last purchase 12 days ago, a little later than usual (1.4× the usual gap), not yet at risk.',
      'zh-CN':
        '共 5 个购买日，通常每 8.5 天购买一次；上次购买在 12 天前，比平时稍晚（通常间隔的 1.4 倍），尚未有流失风险。',
      'zh-TW':
        '共 5 個購買日，通常每 8.5 天購買一次；上次購買在 12 天前，比平時稍晚（通常間隔的 1.4 倍），尚未有流失風險。',
    },
  ],
  [
    'habit pastDue',
    'developing',
    rhythm({ purchaseDays: 3, ownGapDays: 12, usualGapDays: 8, daysSinceLast: 10, multiple: 1.25 }),
    undefined,
    {
      en: '3 purchase days, usually every 12 days; last purchase 10 days ago, on rhythm (0.8× the usual gap).',
      'zh-CN': '共 3 个购买日，通常每 12 天购买一次；上次购买在 10 天前，节奏正常（通常间隔的 0.8 倍）。',
      'zh-TW': '共 3 個購買日，通常每 12 天購買一次；上次購買在 10 天前，節奏正常（通常間隔的 0.8 倍）。',
    },
  ],
  [
    'amountDrop usualGap',
    'atRisk',
    drop({ daysSinceLast: 1, ownGapDays: 20, earlierHigh: 1200.5 }),
    { symbol: '¥', after: false },
    {
      en: 'Spending less: the last 3 purchases averaged ¥25.00, 77% below their usual ¥110.00 (the 5 before ranged ¥100.00–¥1,200.50); ¥75.00 in the 60 days from the purchase before them to their last, against ¥330.00 at their earlier pace; still buying, last purchase 1 day ago, usually every 20 days.',
      'zh-CN':
        '消费变少：最近 3 次平均消费 ¥25.00，比其通常的 ¥110.00 低 77%（此前 5 次在 ¥100.00–¥1,200.50 之间）；自之前那次购买至最近一次的 60 天内共消费 ¥75.00，按此前的节奏为 ¥330.00；仍在购买，上次购买在 1 天前，通常每 20 天一次。',
      'zh-TW':
        '消費變少：最近 3 次平均消費 ¥25.00，比其通常的 ¥110.00 低 77%（此前 5 次在 ¥100.00–¥1,200.50 之間）；自之前那次購買至最近一次的 60 天內共消費 ¥75.00，按此前的節奏為 ¥330.00；仍在購買，上次購買在 1 天前，通常每 20 天一次。',
    },
  ],
  [
    "rhythm habit late by own gap, not by the stage's",
    'loyal',
    rhythm({
      purchaseDays: 5,
      ownGapDays: 8.5,
      usualGapDays: 8.5,
      daysSinceLast: 20,
      multiple: 1.3,
      lateByStatedGap: true,
    }),
    undefined,
    {
      en: "5 purchase days, usually every 8.5 days; last purchase 20 days ago, later than usual (2.4× the usual gap); judged with the shop's usual gap as well, not yet at risk.",
      'zh-CN':
        '共 5 个购买日，通常每 8.5 天购买一次；上次购买在 20 天前，比平时晚（通常间隔的 2.4 倍）；阶段同时参照本店的通常间隔，尚未有流失风险。',
      'zh-TW':
        '共 5 個購買日，通常每 8.5 天購買一次；上次購買在 20 天前，比平時晚（通常間隔的 2.4 倍）；階段同時參照本店的通常間隔，尚未有流失風險。',
    },
  ],
  [
    "rhythm habit late by the stage's gap, not by own gap (a slow buyer in a fast shop)",
    'atRisk',
    rhythm({
      purchaseDays: 3,
      ownGapDays: 30,
      usualGapDays: 30,
      storeGapDays: 5,
      daysSinceLast: 28,
      multiple: 1.6,
      lateByStageGap: true,
    }),
    undefined,
    {
      en: "Usually buys every 30 days; last purchase 28 days ago (0.9× the usual gap); weighed with the shop's usual 5 days, that is 1.6× the gap the stage is judged on.",
      'zh-CN':
        '通常每 30 天购买一次；上次购买在 28 天前（通常间隔的 0.9 倍）；与本店通常的 5 天综合，已是判断阶段所用间隔的 1.6 倍。',
      'zh-TW':
        '通常每 30 天購買一次；上次購買在 28 天前（通常間隔的 0.9 倍）；與本店通常的 5 天綜合，已是判斷階段所用間隔的 1.6 倍。',
    },
  ],
  [
    'rhythm habit past the Lapsed multiple, but once away longer and back (held At risk)',
    'atRisk',
    rhythm({
      purchaseDays: 6,
      ownGapDays: 38,
      usualGapDays: 38,
      daysSinceLast: 120,
      multiple: 3.2,
      cameBackAfterDays: 487,
    }),
    undefined,
    {
      en: 'Usually buys every 38 days; last purchase 120 days ago (3.2× the usual gap); once away 487 days and came back, so not called Lapsed.',
      'zh-CN':
        '通常每 38 天购买一次；上次购买在 120 天前（通常间隔的 3.2 倍）；曾相隔 487 天后再次购买，故不判为已流失。',
      'zh-TW':
        '通常每 38 天購買一次；上次購買在 120 天前（通常間隔的 3.2 倍）；曾相隔 487 天後再次購買，故不判為已流失。',
    },
  ],
  [
    'amountDrop noUsualGap',
    'atRisk',
    drop({ daysSinceLast: 9, ownGapDays: undefined, earlierHigh: 120 }),
    { symbol: '€', after: true },
    {
      en: 'Spending less: the last 3 purchases averaged 25.00 €, 77% below their usual 110.00 € (the 5 before ranged 100.00 €–120.00 €); 75.00 € in the 60 days from the purchase before them to their last, against 330.00 € at their earlier pace; still buying, last purchase 9 days ago.',
      'zh-CN':
        '消费变少：最近 3 次平均消费 25.00 €，比其通常的 110.00 € 低 77%（此前 5 次在 100.00 €–120.00 € 之间）；自之前那次购买至最近一次的 60 天内共消费 75.00 €，按此前的节奏为 330.00 €；仍在购买，上次购买在 9 天前。',
      'zh-TW':
        '消費變少：最近 3 次平均消費 25.00 €，比其通常的 110.00 € 低 77%（此前 5 次在 100.00 €–120.00 € 之間）；自之前那次購買至最近一次的 60 天內共消費 75.00 €，按此前的節奏為 330.00 €；仍在購買，上次購買在 9 天前。',
    },
  ],
  [
    'amountDrop, purchase days close together counted as one purchase (trial 29)',
    'atRisk',
    drop({ daysSinceLast: 2, ownGapDays: 20, earlierHigh: 120, recentDays: 5, mergeDays: 10 }),
    { symbol: '€', after: true },
    {
      en: 'Spending less: the last 3 purchases (5 purchase days, those under 10 days apart counted as one) averaged 25.00 €, 77% below their usual 110.00 € (the 5 before ranged 100.00 €–120.00 €); 75.00 € in the 60 days from the purchase before them to their last, against 330.00 € at their earlier pace; still buying, last purchase 2 days ago, usually every 20 days.',
      'zh-CN':
        '消费变少：最近 3 次（共 5 个购买日，相隔不到 10 天的算作一次）平均消费 25.00 €，比其通常的 110.00 € 低 77%（此前 5 次在 100.00 €–120.00 € 之间）；自之前那次购买至最近一次的 60 天内共消费 75.00 €，按此前的节奏为 330.00 €；仍在购买，上次购买在 2 天前，通常每 20 天一次。',
      'zh-TW':
        '消費變少：最近 3 次（共 5 個購買日，相隔不到 10 天的算作一次）平均消費 25.00 €，比其通常的 110.00 € 低 77%（此前 5 次在 100.00 €–120.00 € 之間）；自之前那次購買至最近一次的 60 天內共消費 75.00 €，按此前的節奏為 330.00 €；仍在購買，上次購買在 2 天前，通常每 20 天一次。',
    },
  ],
];

describe('lifecycle reason sentences (pinned texts)', () => {
  for (const [name, stage, reason, currency, texts] of SENTENCES) {
    it(`${name}: the same words in en, zh-CN and zh-TW, one sentence or many`, () => {
      for (const language of LANGUAGES) {
        expect(describeLifecycle(stage, reason, language, currency)).toBe(texts[language]);
        // A writer set up once gives the same sentence, the first time and again.
        const write = reasonWriter(language, currency);
        expect(write(stage, reason)).toBe(texts[language]);
        expect(write(stage, reason)).toBe(texts[language]);
      }
    });
  }

  it('adds the net-spend note only when everything was returned yet purchases are expected', () => {
    const reason = SENTENCES[1]![2];
    const currency = { symbol: 'NT$', after: false };
    const notes = {
      en: 'Bought once, 75 days ago; 41 of the 50 customers who came back here did so within 30 days of their first purchase (silent 2.5× that long); New up to 45 days (1.5× that). Net spend so far is -NT$5.00; the predicted value counts only what they may buy from now on.',
      'zh-CN':
        '只购买过一次，距今 75 天；回购过的 50 位客户中，41 位在首次购买后 30 天内回购（已是其 2.5 倍）；45 天以内（其 1.5 倍）仍为新客。目前净消费为 -NT$5.00；预测价值只计算今后可能的购买。',
      'zh-TW':
        '只購買過一次，距今 75 天；回購過的 50 位客戶中，41 位在首次購買後 30 天內回購（已是其 2.5 倍）；45 天以內（其 1.5 倍）仍為新客。目前淨消費為 -NT$5.00；預測價值只計算今後可能的購買。',
    };
    for (const language of LANGUAGES) {
      const parts = { stage: 'atRisk' as const, reason, netSpend: -5, predictedValue: 12 };
      expect(whyOf(parts, language, currency)).toBe(notes[language]);
      expect(whyWriter(language, currency)('atRisk', reason, -5, { predictedValue: 12 })).toBe(
        notes[language],
      );
      // With a positive net spend the prediction is never read (a customer computes it only when asked).
      const unread = {
        get predictedValue(): number {
          throw new Error('the prediction was read');
        },
      };
      expect(whyWriter(language, currency)('atRisk', reason, 5, unread)).toBe(SENTENCES[1]![4][language]);
      // Predicted value rounding to 0.00: no note.
      expect(whyOf({ ...parts, netSpend: 0, predictedValue: 0.004 }, language)).toBe(
        SENTENCES[1]![4][language],
      );
    }
  });

  it('a one-time sentence written once is reused only when every number matches', () => {
    const write = reasonWriter('en');
    const first = write('new', oneTime({ daysSinceLast: 10, multiple: 1 / 3 }));
    expect(first).toBe(
      'Bought once, 10 days ago; 41 of the 50 customers who came back here did so within 30 days of their first purchase; New up to 45 days (1.5× that).',
    );
    // Same days, another window (another analysis through the same writer): its own sentence.
    const window12 = { daysSinceLast: 10, windowDays: 12, newUpToDays: 18, multiple: 10 / 12 };
    expect(write('new', oneTime(window12))).toBe(
      'Bought once, 10 days ago; 41 of the 50 customers who came back here did so within 12 days of their first purchase; New up to 18 days (1.5× that).',
    );
    expect(write('new', oneTime({ ...window12, withinCount: 40 }))).toBe(
      'Bought once, 10 days ago; 40 of the 50 customers who came back here did so within 12 days of their first purchase; New up to 18 days (1.5× that).',
    );
    // Another At-risk multiple (a setting): its own New window.
    expect(write('new', oneTime({ ...window12, newUpToDays: 24, atRiskMultiple: 2 }))).toBe(
      'Bought once, 10 days ago; 41 of the 50 customers who came back here did so within 12 days of their first purchase; New up to 24 days (2× that).',
    );
    expect(
      write('atRisk', oneTime({ daysSinceLast: 10, windowDays: 4, newUpToDays: 6, multiple: 2.5 })),
    ).toBe(
      'Bought once, 10 days ago; 41 of the 50 customers who came back here did so within 4 days of their first purchase (silent 2.5× that long); New up to 6 days (1.5× that).',
    );
    expect(
      write(
        'atRisk',
        oneTime({ daysSinceLast: 10, windowDays: 4, newUpToDays: 6, multiple: 2.5, fromSetting: true }),
      ),
    ).toBe(
      'Bought once, 10 days ago; too few customers have come back here yet to tell how soon they do, so judged against the default 4 days (silent 2.5× that long); New up to 6 days (1.5× that).',
    );
  });
});

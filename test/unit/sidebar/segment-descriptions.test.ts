// Round 7: the card showed a New one-time buyer's segment, At Risk, as "Spent a lot and bought several
// times, but not for a long while" above "Bought once, 85 days ago; … New up to 156 days". Segments
// rank customers against each other (quintile scores), so each description claims only score
// positions and what the segment's name guarantees of the stage and purchase days (trial 29,
// SEGMENT_CLAIMS), and this test checks every claim against every customer the segment can hold:
// 125 scores × every stage, with one purchase day or several, through rfmSegment.
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/core/i18n/language';
import type { LifecycleStage } from '../../../src/core/lifecycle/lifecycle-stage';
import type { RfmScore } from '../../../src/core/segments/rfm';
import {
  RFM_SEGMENTS,
  type RfmSegment,
  rfmSegment,
  type Span,
} from '../../../src/core/segments/rfm-segments';
import { SEGMENT_DESCRIPTIONS } from '../../../src/sidebar/glossary';

/** Who a segment can hold: a score, a stage and a number of purchase days that go together. */
interface Held {
  score: RfmScore;
  stage: LifecycleStage;
  purchaseDays: number;
}

/** The words the descriptions use (Help's intro says which scores are which) and what each claims. */
const WORDS = {
  nearTop: { en: 'near the top', zh: '靠前', span: [4, 5] },
  middleOrAbove: { en: 'in the middle or above', zh: '在中等或以上', span: [3, 5] },
  middle: { en: 'in the middle on', zh: '中等，', span: [3, 3] },
  belowMiddle: { en: 'below the middle', zh: '在中等以下', span: [1, 2] },
  middleOrBelow: { en: 'in the middle or below', zh: '在中等或以下', span: [1, 3] },
  notTopFifth: { en: 'not in the top fifth', zh: '不在最高的五分之一', span: [1, 4] },
  bottom: { en: 'at or near the bottom', zh: '排在最后或接近最后', span: [1, 2] },
} satisfies Record<string, { en: string; zh: string; span: Span }>;
type Word = keyof typeof WORDS;

/** Words about the customer themselves, true or false whatever the other customers did. */
const FACTS = {
  notLapsed: { en: 'not lapsed', zh: '阶段不是已流失', holds: (h: Held) => h.stage !== 'lapsed' },
  lateOrGone: {
    en: 'stage is at risk or lapsed',
    zh: '阶段为有流失风险或已流失',
    holds: (h: Held) => h.stage === 'atRisk' || h.stage === 'lapsed',
  },
  isNew: { en: 'stage is new', zh: '阶段为新客', holds: (h: Held) => h.stage === 'new' },
  boughtOnce: { en: 'bought once', zh: '只购买过一次', holds: (h: Held) => h.purchaseDays === 1 },
  repeat: { en: 'more than one day', zh: '不止一个购买日', holds: (h: Held) => h.purchaseDays > 1 },
  behindOrLapsed: {
    en: 'below the middle on how recently they bought, or lapsed',
    zh: '最近一次购买在中等以下，或阶段为已流失',
    holds: (h: Held) => h.score.r <= 2 || h.stage === 'lapsed',
  },
} satisfies Record<string, { en: string; zh: string; holds: (h: Held) => boolean }>;
type Fact = keyof typeof FACTS;

/** What each description claims, as read from its words (checked below). */
const CLAIMS: Record<RfmSegment, { r?: Word; f?: Word; m?: Word; facts: Fact[] }> = {
  champions: { r: 'nearTop', f: 'nearTop', m: 'nearTop', facts: ['notLapsed'] },
  loyalCustomers: { r: 'middleOrAbove', m: 'middleOrAbove', facts: ['repeat', 'notLapsed'] },
  potentialLoyalist: { m: 'belowMiddle', facts: ['repeat', 'notLapsed'] },
  promising: { f: 'belowMiddle', facts: ['notLapsed'] },
  newCustomers: { facts: ['boughtOnce', 'isNew'] },
  cantLoseThem: { r: 'belowMiddle', f: 'nearTop', m: 'nearTop', facts: ['lateOrGone'] },
  atRisk: { m: 'nearTop', facts: ['repeat', 'lateOrGone'] },
  needAttention: { facts: ['repeat', 'behindOrLapsed'] },
  aboutToSleep: { f: 'notTopFifth', facts: ['lateOrGone'] },
  lost: { r: 'bottom', facts: ['lateOrGone'] },
};

/** zh-TW writes the claimed words in Traditional characters. */
const TO_TRADITIONAL: Record<string, string> = {
  后: '後',
  阶: '階',
  为: '為',
  险: '險',
  风: '風',
  个: '個',
  购: '購',
  买: '買',
  过: '過',
};
const zhTw = (zh: string) => zh.replace(/./g, (c) => TO_TRADITIONAL[c] ?? c);

/** Every customer there can be: New is one purchase day, Developing and Loyal several, F 1 when once. */
const HELD: Held[] = [];
for (const [stage, purchaseDays] of [
  ['new', 1],
  ['developing', 2],
  ['loyal', 5],
  ['atRisk', 1],
  ['atRisk', 3],
  ['lapsed', 1],
  ['lapsed', 3],
] as const)
  for (let r = 1; r <= 5; r++)
    for (let f = 1; f <= 5; f++)
      for (let m = 1; m <= 5; m++)
        if (purchaseDays > 1 || f === 1) HELD.push({ score: { r, f, m } as RfmScore, stage, purchaseDays });

describe('RFM segment descriptions are true for every customer the segment can hold', () => {
  for (const segment of RFM_SEGMENTS) {
    it(segment, () => {
      const claims = CLAIMS[segment];
      const held = HELD.filter((h) => rfmSegment(h.score, h.stage, h.purchaseDays) === segment);
      expect(held.length).toBeGreaterThan(0);
      for (const h of held) {
        const who = `${segment} ${h.score.r}${h.score.f}${h.score.m} ${h.stage} ×${h.purchaseDays}`;
        for (const axis of ['r', 'f', 'm'] as const) {
          const word = claims[axis];
          if (word === undefined) continue;
          const [lo, hi] = WORDS[word].span;
          expect(h.score[axis], `${who}: ${axis} ${word}`).toBeGreaterThanOrEqual(lo);
          expect(h.score[axis], `${who}: ${axis} ${word}`).toBeLessThanOrEqual(hi);
        }
        for (const fact of claims.facts) expect(FACTS[fact].holds(h), `${who}: ${fact}`).toBe(true);
      }
      // The words claimed are the words written, in every language.
      const written = [
        ...(['r', 'f', 'm'] as const).flatMap((axis) => (claims[axis] ? [WORDS[claims[axis]]] : [])),
        ...claims.facts.map((fact) => FACTS[fact]),
      ];
      for (const language of LANGUAGES) {
        const text = SEGMENT_DESCRIPTIONS[language][segment];
        for (const { en, zh } of written) {
          if (language === 'en') expect(text.toLowerCase(), segment).toContain(en);
          else expect(text, `${language} ${segment}`).toContain(language === 'zh-CN' ? zh : zhTw(zh));
        }
      }
    });
  }

  it('no description says "several times" or "gone quiet": scores rank customers, the stage says who is late', () => {
    for (const language of LANGUAGES)
      for (const text of Object.values(SEGMENT_DESCRIPTIONS[language]))
        expect(text).not.toMatch(/several times|gone quiet|long while|fading|多次|很久|沉寂|淡出/);
  });
});

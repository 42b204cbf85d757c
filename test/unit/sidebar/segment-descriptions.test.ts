// Round 7: the card showed a New one-time buyer's segment, At Risk, as "Spent a lot and bought several
// times, but not for a long while" above "Bought once, 85 days ago; … New up to 156 days". Segments
// rank customers against each other (quintile scores), so each description now claims only score
// positions, and this test checks every claim against every score mix the segment can hold,
// nearest-rule mixes included: 125 scores through rfmSegment.
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/core/i18n/language';
import type { RfmScore } from '../../../src/core/segments/rfm';
import {
  RFM_SEGMENTS,
  type RfmSegment,
  rfmSegment,
  type Span,
} from '../../../src/core/segments/rfm-segments';
import { SEGMENT_DESCRIPTIONS } from '../../../src/sidebar/glossary';

/** The score positions the descriptions' words name (Help's intro says which is which). */
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

/** What each description claims, score by score, as read from its words (checked below). */
const CLAIMS: Record<RfmSegment, { r?: Word; f?: Word; m?: Word }> = {
  champions: { r: 'nearTop', f: 'nearTop', m: 'nearTop' },
  loyalCustomers: { r: 'middleOrAbove', f: 'middleOrAbove', m: 'middleOrAbove' },
  potentialLoyalist: { f: 'middleOrAbove', m: 'belowMiddle' },
  promising: { f: 'belowMiddle', m: 'middleOrAbove' },
  newCustomers: { r: 'nearTop', f: 'middleOrBelow' },
  cantLoseThem: { r: 'belowMiddle', f: 'nearTop', m: 'nearTop' },
  atRisk: { r: 'belowMiddle', m: 'nearTop' },
  needAttention: { r: 'belowMiddle', f: 'middleOrAbove', m: 'middle' },
  aboutToSleep: { r: 'middleOrBelow', f: 'notTopFifth', m: 'notTopFifth' },
  lost: { r: 'bottom' },
};

const SCORES: RfmScore[] = [];
for (let r = 1; r <= 5; r++)
  for (let f = 1; f <= 5; f++) for (let m = 1; m <= 5; m++) SCORES.push({ r, f, m } as RfmScore);

describe('RFM segment descriptions claim only score positions, true for every score mix in the segment', () => {
  for (const segment of RFM_SEGMENTS) {
    it(segment, () => {
      const claims = CLAIMS[segment];
      const mixes = SCORES.filter((s) => rfmSegment(s) === segment);
      expect(mixes.length).toBeGreaterThan(0);
      for (const score of mixes) {
        for (const axis of ['r', 'f', 'm'] as const) {
          const word = claims[axis];
          if (word === undefined) continue;
          const [lo, hi] = WORDS[word].span;
          expect(
            score[axis],
            `${segment} ${score.r}${score.f}${score.m}: ${axis} ${word}`,
          ).toBeGreaterThanOrEqual(lo);
          expect(
            score[axis],
            `${segment} ${score.r}${score.f}${score.m}: ${axis} ${word}`,
          ).toBeLessThanOrEqual(hi);
        }
      }
      // The words claimed are the words written, in every language (zh-TW: 后 → 後).
      for (const language of LANGUAGES) {
        const text = SEGMENT_DESCRIPTIONS[language][segment];
        for (const word of Object.values(claims)) {
          const { en, zh } = WORDS[word!];
          if (language === 'en') expect(text.toLowerCase(), segment).toContain(en);
          else
            expect(text, `${language} ${segment}`).toContain(
              language === 'zh-CN' ? zh : zh.replaceAll('后', '後'),
            );
        }
      }
    });
  }

  it('no description says "several times" or "gone quiet": a one-time buyer can land in At Risk', () => {
    for (const language of LANGUAGES)
      for (const text of Object.values(SEGMENT_DESCRIPTIONS[language]))
        expect(text).not.toMatch(/several times|gone quiet|long while|fading|多次|很久|沉寂|淡出/);
  });
});

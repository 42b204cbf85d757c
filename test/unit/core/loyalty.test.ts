import { describe, expect, it } from 'vitest';
import {
  loyaltyBand,
  loyaltyScore,
  readRecommend,
  readSatisfaction,
  repeatBand,
} from '../../../src/core/loyalty/loyalty-score';

describe('loyalty score', () => {
  it('is the repeat probability alone when no survey is recorded', () => {
    expect(loyaltyScore({ repeatProbability: 0.42 })).toBe(42);
  });

  it('weighs repeat probability as much as the two survey answers together', () => {
    // 0.5×60 + 0.25×100 (satisfaction 5) + 0.25×0 (recommend 0) = 55.
    expect(loyaltyScore({ repeatProbability: 0.6, satisfaction: 5, recommend: 0 })).toBe(55);
    // Only satisfaction 3 (50): (0.5×60 + 0.25×50) / 0.75 = 56.67.
    expect(loyaltyScore({ repeatProbability: 0.6, satisfaction: 3 })).toBe(57);
  });

  it('bands scores and probabilities as SPEC §1 and §3 say', () => {
    expect([70, 69, 30, 29].map(loyaltyBand)).toEqual(['high', 'medium', 'medium', 'low']);
    expect([0.71, 0.7, 0.3, 0.29].map(repeatBand)).toEqual([
      'above70',
      'between30and70',
      'between30and70',
      'below30',
    ]);
  });

  it('reads satisfaction and recommend cells written by hand', () => {
    expect(['4', '４', '4/5', '★★★☆☆', '', 'great', 7, 0].map(readSatisfaction)).toEqual([
      4,
      4,
      4,
      3,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(['very likely', '不太可能', '可能', 'Possible', '8', '8/10', 11, 'x'].map(readRecommend)).toEqual([
      10,
      0,
      5,
      5,
      8,
      8,
      undefined,
      undefined,
    ]);
  });
});

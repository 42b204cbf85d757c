import type { CellValue } from '../cells';

/**
 * Loyalty score 0–100 from the three indicators of SPEC §1: repeat-purchase probability (always),
 * overall satisfaction (1–5) and likelihood to recommend (0–10, or very likely / possible /
 * unlikely) when the owner records them. Each indicator is put on 0–100 and the score is their
 * weighted mean over the indicators present, so a missing survey answer neither helps nor hurts.
 * Repeat probability weighs as much as the two survey answers together: it is measured on every
 * customer, while surveys are sparse and self-reported.
 */
const WEIGHTS = { repeat: 0.5, satisfaction: 0.25, recommend: 0.25 } as const;

const LOYALTY_BANDS = ['high', 'medium', 'low'] as const;
export type LoyaltyBand = (typeof LOYALTY_BANDS)[number];

const REPEAT_BANDS = ['above70', 'between30and70', 'below30'] as const;
export type RepeatBand = (typeof REPEAT_BANDS)[number];

export interface LoyaltyInputs {
  repeatProbability: number;
  /** 1–5, or undefined when not recorded. */
  satisfaction?: number | undefined;
  /** Already on 0–10, or undefined when not recorded. */
  recommend?: number | undefined;
}

export function loyaltyScore(inputs: LoyaltyInputs): number {
  let total = WEIGHTS.repeat * clamp01(inputs.repeatProbability) * 100;
  let weight = WEIGHTS.repeat;
  if (inputs.satisfaction !== undefined) {
    total += WEIGHTS.satisfaction * ((inputs.satisfaction - 1) / 4) * 100;
    weight += WEIGHTS.satisfaction;
  }
  if (inputs.recommend !== undefined) {
    total += WEIGHTS.recommend * inputs.recommend * 10;
    weight += WEIGHTS.recommend;
  }
  return Math.round(total / weight);
}

/** High ≥ 70, Medium 30–69, Low < 30 (SPEC §3). */
export function loyaltyBand(score: number): LoyaltyBand {
  return score >= 70 ? 'high' : score >= 30 ? 'medium' : 'low';
}

/** Above 70%, 30–70%, below 30% (SPEC §1). */
export function repeatBand(probability: number): RepeatBand {
  return probability > 0.7 ? 'above70' : probability >= 0.3 ? 'between30and70' : 'below30';
}

function clamp01(v: number): number {
  return Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0;
}

const toHalfWidth = (s: string) =>
  s.replace(/[０-９．]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));

/** A satisfaction cell: 1–5 (also "4/5", "4 stars", "★★★★"); undefined when blank or unreadable. */
export function readSatisfaction(value: CellValue): number | undefined {
  if (typeof value === 'number') return value >= 1 && value <= 5 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = toHalfWidth(value.trim());
  if (text === '') return undefined;
  const stars = text.match(/^★{1,5}☆*$/);
  if (stars) return (text.match(/★/g) ?? []).length;
  const n = Number.parseFloat(text);
  return Number.isFinite(n) && n >= 1 && n <= 5 ? n : undefined;
}

const RECOMMEND_WORDS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(very likely|definitely|非常可能|非常愿意|非常願意|一定会|一定會|肯定会|肯定會)$/i, 10],
  [/^(unlikely|not likely|very unlikely|不太可能|不可能|不会|不會|不愿意|不願意)$/i, 0],
  [/^(possible|possibly|maybe|likely|可能|也许|也許|或许|或許)$/i, 5],
];

/** A recommend cell: 0–10, or very likely / possible / unlikely in English or Chinese. */
export function readRecommend(value: CellValue): number | undefined {
  if (typeof value === 'number') return value >= 0 && value <= 10 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = toHalfWidth(value.trim());
  if (text === '') return undefined;
  for (const [pattern, score] of RECOMMEND_WORDS) if (pattern.test(text)) return score;
  const n = Number.parseFloat(text);
  return Number.isFinite(n) && n >= 0 && n <= 10 && /^\d+(\.\d+)?(\/10)?$/.test(text) ? n : undefined;
}

/**
 * Purchase logs whose truth is known, for issue 12's "properties that hold on any sheet": shared by
 * the property tests (test/unit/properties/) and the wide scan (test/scan/property-scan.test.ts), so
 * both check the same generator with the same rules.
 *
 * Each customer has a usual gap (log-uniform 7–120 days), a basket size and a chance of leaving
 * after each purchase (0.02, 0.1, 0.3 or 0.6), and buys from a first day within the span until they
 * leave or the log ends. The gaps between purchases are, by family:
 * - `rhythm`: the usual gap ± 40% (what the stage rules presume);
 * - `exponential`: memoryless with the usual gap as mean (the BG/NBD family's own assumption);
 * - `irregular`: on a rhythm as `rhythm`, but each gap is, with probability BREAK_CHANCE, a long
 *   break of 5–15× the usual gap (a customer away for a season, then back on their rhythm).
 */
import { type Analysis, analyzePurchases } from '../../src/core/analysis';
import type { CellValue } from '../../src/core/cells';
import type { PurchaseModelChoice } from '../../src/core/models/model-choice';
import { dayFromCivil, isoOfDay } from '../../src/core/time/civil';

export const AS_OF = dayFromCivil(2026, 6, 30);

export type GapFamily = 'rhythm' | 'exponential' | 'irregular';

export interface Truth {
  readonly customers: number;
  readonly seed: number;
  readonly spanDays: number;
  readonly gaps: GapFamily;
}

/** Chance that one gap of an `irregular` customer is a long break (5–15× their usual gap). */
const BREAK_CHANCE = 0.1;

/** mulberry32: a small seeded generator, the same stream on every machine. */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A purchase log (customer, ISO date, amount) drawn from the known truth described in the header. */
export function generatedLog({ customers, seed, spanDays, gaps }: Truth): CellValue[][] {
  const u = random(seed);
  const rows: CellValue[][] = [];
  for (let i = 0; i < customers; i++) {
    const gap = Math.exp(Math.log(7) + u() * Math.log(120 / 7));
    const basket = 20 + u() * 280;
    const leave = [0.02, 0.1, 0.3, 0.6][Math.floor(u() * 4)]!;
    let day = AS_OF - Math.floor(u() * spanDays);
    for (;;) {
      rows.push([`c${i}`, isoOfDay(day), Math.round(basket * (0.6 + 0.8 * u()))]);
      if (u() < leave) break;
      let next: number;
      if (gaps === 'exponential') next = -gap * Math.log(1 - u());
      else {
        next = gap * (0.6 + 0.8 * u());
        // Only the irregular family draws more numbers: the other two keep their streams.
        if (gaps === 'irregular' && u() < BREAK_CHANCE) next = gap * (5 + 10 * u());
      }
      day += Math.max(1, Math.round(next));
      if (day > AS_OF) break;
    }
  }
  return rows;
}

export function analyzeGenerated(truth: Truth, purchaseModel?: PurchaseModelChoice): Analysis {
  return analyzePurchases(generatedLog(truth), {
    timeZone: 'UTC',
    dateOrder: 'YMD',
    asOfDay: AS_OF,
    ...(purchaseModel ? { purchaseModel } : {}),
  });
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * Issue 12's properties on one analysis:
 * - `oneTime`: among one-time buyers a longer silence never raises the repeat probability;
 * - `lapsedValue`: no Lapsed customer is predicted more for the next year than all they spent
 *   (`lapsedRepeatValue`: the same for Lapsed repeat customers only; `lapsedHabitValue`: for those
 *   with two gaps or more, whose own usual gap the stage reads);
 * - `lapsedProbability`: no Lapsed customer's repeat probability is above the median Loyal one's.
 */
export type PropertyKind =
  | 'oneTime'
  | 'lapsedValue'
  | 'lapsedRepeatValue'
  | 'lapsedHabitValue'
  | 'lapsedProbability';
export const ALL_PROPERTIES: readonly PropertyKind[] = ['oneTime', 'lapsedProbability', 'lapsedValue'];

/** What `analysis` violates of `kinds`, one readable line each (empty when every property holds). */
export function violations(analysis: Analysis, kinds: readonly PropertyKind[]): string[] {
  const out: string[] = [];
  const oneTime = analysis.customers
    .filter((c) => c.summary.x === 0)
    .sort((a, b) => a.summary.TDays - b.summary.TDays);
  for (let i = 1; i < oneTime.length; i++) {
    const earlier = oneTime[i - 1]!;
    const later = oneTime[i]!;
    if (kinds.includes('oneTime') && later.repeatProbability > earlier.repeatProbability + 1e-12) {
      out.push(
        `one-time buyer silent ${later.summary.TDays} d has ${later.repeatProbability} > ${earlier.repeatProbability} at ${earlier.summary.TDays} d`,
      );
    }
  }
  const loyal = analysis.customers
    .filter((c) => c.lifecycle.stage === 'loyal')
    .map((c) => c.repeatProbability);
  const loyalMedian = loyal.length > 0 ? median(loyal) : Number.POSITIVE_INFINITY;
  for (const c of analysis.customers) {
    if (c.lifecycle.stage !== 'lapsed') continue;
    const valueKinds: PropertyKind[] = ['lapsedValue'];
    if (c.summary.x > 0) valueKinds.push('lapsedRepeatValue');
    if (c.summary.x > 1) valueKinds.push('lapsedHabitValue');
    if (valueKinds.some((k) => kinds.includes(k)) && c.predictedValue > c.summary.netSpend) {
      out.push(
        `lapsed ${c.summary.key} (x ${c.summary.x}, ${c.summary.daysSinceLast} d silent): predicted ${c.predictedValue.toFixed(0)} > spent ${c.summary.netSpend}`,
      );
    }
    if (kinds.includes('lapsedProbability') && c.repeatProbability > loyalMedian) {
      out.push(
        `lapsed ${c.summary.key}: repeat probability ${c.repeatProbability} > median Loyal ${loyalMedian}`,
      );
    }
  }
  return out;
}

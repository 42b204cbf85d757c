/**
 * Properties that hold on any sheet (issue 12), over generated purchase logs of 5 to 5,000 customers
 * whose truth is known: each customer has a rhythm (a usual gap), a basket size and a chance of
 * leaving after each purchase, and buys on that rhythm until they leave or the log ends. The
 * analysis runs as a formula would (`auto`: the hold-out check picks the model). Nothing is clamped
 * for these properties: they must follow from the models.
 *
 * Not asserted here because it does not hold yet: "a Lapsed customer's predicted value for the next
 * year never exceeds all they ever spent". On the 5,000-customer rhythm log 73 of 2,898 Lapsed
 * customers break it: the BG/NBD family treats purchases as memoryless, so it cannot know that a
 * customer on a rhythm who is 3 gaps late has almost surely gone (it predicts those customers' next
 * year ~20× what they really buy). A model of purchase regularity (MBG/CNBD-k, Reutterer, Platzer &
 * Schröder 2021) is the fix; the 30-customer ledger (ledger-fixture.test.ts) is checked by name.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Analysis, analyzePurchases } from '../../../src/core/analysis';
import type { CellValue } from '../../../src/core/cells';
import { dayFromCivil, isoOfDay } from '../../../src/core/time/civil';

const AS_OF = dayFromCivil(2026, 6, 30);

interface Truth {
  readonly customers: number;
  readonly seed: number;
  readonly spanDays: number;
  /** Gaps on a rhythm (usual gap ± 40%) or memoryless (exponential, the models' own assumption). */
  readonly gaps: 'rhythm' | 'exponential';
}

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A purchase log (customer, ISO date, amount) drawn from the known truth described in the header. */
function generatedLog({ customers, seed, spanDays, gaps }: Truth): CellValue[][] {
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
      const next = gaps === 'rhythm' ? gap * (0.6 + 0.8 * u()) : -gap * Math.log(1 - u());
      day += Math.max(1, Math.round(next));
      if (day > AS_OF) break;
    }
  }
  return rows;
}

function analyze(truth: Truth): Analysis {
  return analyzePurchases(generatedLog(truth), { timeZone: 'UTC', dateOrder: 'YMD', asOfDay: AS_OF });
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** The three properties of issue 12 on one analysis; returns what was violated, for a readable failure. */
type Kind = 'oneTime' | 'lapsedValue' | 'lapsedProbability';
function violations(analysis: Analysis, kinds: readonly Kind[]): string[] {
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
    if (kinds.includes('lapsedValue') && c.predictedValue > c.summary.netSpend) {
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

describe('properties that hold on any sheet (generated logs whose truth is known)', () => {
  // On a rhythm, as the stage rules presume ("later than 3× their usual gap"). With memoryless gaps a
  // silence of 3 gaps is ordinary for a customer still buying, and a frequent buyer the rules call
  // Lapsed can rightly keep a high probability: there this property does not hold (see the report).
  for (const gaps of ['rhythm'] as const) {
    it(`${gaps} gaps, 5–400 customers: a longer silence never raises a one-time buyer's repeat probability, and no Lapsed customer is above the median Loyal one`, () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 5, max: 400 }),
          fc.integer({ min: 1, max: 2 ** 30 }),
          fc.integer({ min: 120, max: 900 }),
          (customers, seed, spanDays) => {
            const analysis = analyze({ customers, seed, spanDays, gaps });
            expect(
              violations(analysis, ['oneTime', 'lapsedProbability']),
              analysis.model.method.purchases,
            ).toEqual([]);
          },
        ),
        { numRuns: 15, seed: 12 },
      );
    });
    it(`${gaps} gaps, 5,000 customers: the same`, () => {
      const analysis = analyze({ customers: 5000, seed: 5000, spanDays: 730, gaps });
      expect(analysis.check?.status).toBe('checked');
      expect(violations(analysis, ['oneTime', 'lapsedProbability'])).toEqual([]);
    });
  }
});

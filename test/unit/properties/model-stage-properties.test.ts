/**
 * Properties that hold on any sheet (issue 12), over generated purchase logs of 5 to 5,000 customers
 * whose truth is known: each customer has a rhythm (a usual gap), a basket size and a chance of
 * leaving after each purchase, and buys on that rhythm until they leave or the log ends. The
 * analysis runs as a formula would (`auto`: the hold-out check picks the model). Nothing is clamped
 * for these properties: they must follow from the models.
 *
 * "A Lapsed customer's predicted value for the next year never exceeds all they ever spent":
 * - Lapsed repeat customers: asserted, with the model of purchase regularity (MBG/CNBD-k,
 *   mbg-cnbd-k.ts) chosen by name. On the 5,000-customer rhythm log the MBG/NBD — what `auto` picks
 *   — breaks it for 16 of 1,778: the BG/NBD family is memoryless, so a customer on a rhythm who is
 *   3 gaps late is not seen as gone. The MBG/CNBD-k (k = 12 here) breaks it for none.
 * - Not asserted under `auto`: the MBG/CNBD-k is not among auto's candidates yet (holdout-check.ts
 *   says why: its cost, and the next point). With it `auto` picks it on rhythm logs (hold-out Brier
 *   0.062 against 0.083), and then "a longer silence never raises a one-time buyer's repeat
 *   probability" fails in a buyer's first four days of silence (0.6505 → 0.6547): under regular
 *   timing nobody buys again within a day or two, so a buyer is likelier to buy in the next 90 days
 *   at day 4 than at day 0 — as it is in this generator's own truth.
 * - Lapsed one-time buyers: not asserted, it does not hold yet. With the MBG/CNBD-k 14 of 1,162
 *   break it on the 5,000-customer log (66 with the MBG/NBD). Their purchase forecast is close to the
 *   truth (P(alive) ≈ 0.26 against ≈ 0.23), but the Gamma-Gamma spend model pulls a one-time
 *   buyer's single basket toward the store mean (e.g. 24 spent, 88 expected per purchase day:
 *   p ≈ 2.7 where the generator's baskets vary ±40%), which is the spend model's to fix.
 * The 30-customer ledger (ledger-fixture.test.ts) is checked by name.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Analysis, analyzePurchases } from '../../../src/core/analysis';
import type { CellValue } from '../../../src/core/cells';
import type { PurchaseModelChoice } from '../../../src/core/models/model-choice';
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

function analyze(truth: Truth, purchaseModel?: PurchaseModelChoice): Analysis {
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

/** The three properties of issue 12 on one analysis; returns what was violated, for a readable failure. */
type Kind = 'oneTime' | 'lapsedValue' | 'lapsedRepeatValue' | 'lapsedProbability';
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
    const valueKind = c.summary.x > 0 ? 'lapsedRepeatValue' : 'lapsedValue';
    if (
      (kinds.includes('lapsedValue') || kinds.includes(valueKind)) &&
      c.predictedValue > c.summary.netSpend
    ) {
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
  it("the rhythm generator's own truth: a one-time buyer's chance to buy within 90 days rises over the first days of silence (why auto leaves the MBG/CNBD-k out for now)", () => {
    // P(first gap = g) of generatedLog, on a fine grid of its two uniforms; leaving after the first
    // purchase has mean 0.255. P(buy in (T, T+90] | one-time buyer silent T days) by Bayes.
    const steps = 1500;
    const gapCount = new Map<number, number>();
    for (let i = 0; i < steps; i++) {
      const gap = Math.exp(Math.log(7) + ((i + 0.5) / steps) * Math.log(120 / 7));
      for (let j = 0; j < steps; j++) {
        const g = Math.max(1, Math.round(gap * (0.6 + (0.8 * (j + 0.5)) / steps)));
        gapCount.set(g, (gapCount.get(g) ?? 0) + 1 / (steps * steps));
      }
    }
    const leave = (0.02 + 0.1 + 0.3 + 0.6) / 4;
    const within = (from: number, to: number) =>
      [...gapCount].reduce((sum, [g, share]) => sum + (g > from && g <= to ? share : 0), 0);
    const truth = (T: number) => ((1 - leave) * within(T, T + 90)) / (leave + (1 - leave) * within(T, 1e9));
    expect(truth(4)).toBeGreaterThan(truth(0));
    expect(truth(30)).toBeLessThan(truth(0));
  });
  // The model of regularity (mbg-cnbd-k, chosen by name; not yet one of auto's candidates, see the header).
  it('rhythm gaps, 5–400 customers, mbg-cnbd-k: no Lapsed repeat customer is predicted more for the next year than all they ever spent, nor above the median Loyal one', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 5, max: 400 }),
        fc.integer({ min: 1, max: 2 ** 30 }),
        fc.integer({ min: 120, max: 900 }),
        (customers, seed, spanDays) => {
          const analysis = analyze({ customers, seed, spanDays, gaps: 'rhythm' }, 'mbg-cnbd-k');
          expect(
            violations(analysis, ['lapsedRepeatValue', 'lapsedProbability']),
            analysis.model.method.purchases,
          ).toEqual([]);
        },
      ),
      { numRuns: 15, seed: 12 },
    );
  });
  it('rhythm gaps, 5,000 customers, mbg-cnbd-k: the same, where the MBG/NBD (the choice of auto) breaks it for 16 of 1,778 Lapsed repeat customers', () => {
    const regular = analyze({ customers: 5000, seed: 5000, spanDays: 730, gaps: 'rhythm' }, 'mbg-cnbd-k');
    expect(regular.model.method.purchases).toBe('mbg-cnbd-k');
    expect(regular.model.mbgCnbdK?.k).toBeGreaterThan(1);
    expect(violations(regular, ['lapsedRepeatValue', 'lapsedProbability'])).toEqual([]);
    const memoryless = analyze({ customers: 5000, seed: 5000, spanDays: 730, gaps: 'rhythm' });
    expect(memoryless.model.method.purchases).toBe('mbg-nbd');
    expect(violations(memoryless, ['lapsedRepeatValue'])).toHaveLength(16);
  });
});

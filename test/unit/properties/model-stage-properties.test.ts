/**
 * Properties that hold on any sheet (issue 12), over generated purchase logs of 5 to 5,000 customers
 * whose truth is known: each customer has a rhythm (a usual gap), a basket size and a chance of
 * leaving after each purchase, and buys on that rhythm until they leave or the log ends. The
 * analysis runs as a formula would (`auto`: the hold-out check picks the model). Nothing is clamped
 * for these properties: they must follow from the models.
 *
 * Under `auto` on rhythm logs (where it picks the MBG/CNBD-k: hold-out Brier 0.069 against the
 * MBG/NBD's 0.083 on the 5,000-customer log), asserted below:
 * - a longer silence never raises a one-time buyer's repeat probability: the MBG/CNBD-k's P(alive)
 *   falls with silence, and its forecast given alive is memoryless (as BTYDplus's, mbg-cnbd-k.ts);
 * - no Lapsed customer's repeat probability is above the median Loyal customer's;
 * - no Lapsed customer, repeat or one-time, is predicted more for the next year than all they ever
 *   spent (the MBG/NBD chosen by name breaks it for 2 of 1,778 Lapsed repeat customers on the
 *   5,000-customer log, the BG/NBD for 20: they are memoryless, so a regular three gaps late is not
 *   seen as gone).
 * For one-time buyers this holds since the stage rule judges them against the shop's return window
 * (return-window.ts: the 80th percentile of returners' first gaps, weighed for the log's end), not
 * against 3× the store's median gap between purchases. That older rule broke it for 9 of 1,162
 * Lapsed one-time buyers on the 5,000-customer log and, on short logs, against the generator's own
 * truth: one-time buyers are mostly the slow ones, and one still silent at 60 days expects 1.4
 * purchases in the next year (a test below), while 3× the median gap fell under 60 days. On the
 * 5,000-customer log the window is 66 days (2,853 of 3,470 returners came back within it), so a
 * one-time buyer is Lapsed after 198 days: 938 are. The median of first gaps (in the window's place)
 * still broke it, on that log and in the runs below; the 65th percentile, in one of the runs.
 * Sheets too small for the hold-out check (under 40 customers) use the MBG/CNBD-k with k by
 * likelihood, and the check keeps it unless another model is better by more than two standard
 * errors (holdout-check.ts). With the MBG/NBD in that place, a wider scan (944 generated logs of
 * 5–1,200 customers, other seeds) found Lapsed regulars predicted more than they spent on 14 of 150
 * sheets of 5–40 customers and 6 of 150 of 40–100, and a BG/NBD at its no-dropout edge, winning the
 * check by a hair, on one more. Sheets with under 5 returners never call a one-time buyer Lapsed
 * (the window is the setting's guess there).
 * The scan is now test/scan/property-scan.test.ts (`npm run scan:properties`, on this file's
 * generator, test/support/generated-logs.ts). Of 8,000 rhythm sheets of 5–1,200 customers, 19 failed
 * the value property, 16 of them under 40 customers: a Lapsed customer with no or one repeat
 * purchase day, mostly at k = 12, who was predicted more, not less, at every lower k (mbg-cnbd-k.ts).
 * With the spend pulled by the sheet's own spreads (spend-shrinkage.ts) and one-time buyers not
 * Lapsed within what the shop's slow returners took (lifecycle-stage.ts), 7 fail, on short logs.
 * Irregular customers (on a rhythm, with an occasional break of 5–15 gaps: the `irregular` family)
 * are Lapsed only past their longest own gap as well (lifecycle-stage.ts); on 8,000 such sheets that
 * took "no Lapsed customer above the median Loyal one" from 401 failing sheets to 1, and the value
 * property fails on 76, for customers with no break of their own (one repeat purchase day or none):
 * asserted below for customers with two gaps or more (the scan finds 8 sheets where it fails for
 * them too: 2 of 5 customers, too few to fit, and 6 where the model chosen is memoryless).
 * With memoryless (exponential) gaps `auto` picks the MBG/NBD: a longer silence never raises a
 * one-time buyer's probability (asserted), but on 4,780 of 8,000 scanned sheets a Lapsed customer is
 * predicted more than they spent, and on 13 one is above the median Loyal one: there a silence of 3
 * gaps is ordinary for a customer still buying, so the rules' "Lapsed" is not the truth's (not
 * asserted; see the comment at the tests).
 * The 30-customer ledger (ledger-fixture.test.ts) is checked by name.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyzeGenerated as analyze,
  generatedLog,
  type PropertyKind as Kind,
  random,
  violations,
} from '../../support/generated-logs';

/** What the generator's truth expects of a one-time buyer silent `silentDays` days, by simulation. */
function truthOfOneTimeBuyer(silentDays: number, draws: number): { purchasesInYear: number } {
  const u = random(silentDays + 1);
  let alive = 0;
  let purchases = 0;
  for (let i = 0; i < draws; i++) {
    const gap = Math.exp(Math.log(7) + u() * Math.log(120 / 7));
    const leave = [0.02, 0.1, 0.3, 0.6][Math.floor(u() * 4)]!;
    if (u() < leave) {
      alive++; // left after the first purchase: silent for ever, buys nothing
      continue;
    }
    let day = Math.max(1, Math.round(gap * (0.6 + 0.8 * u())));
    if (day <= silentDays) continue; // bought again within the silence: not such a buyer
    alive++;
    while (day <= silentDays + 365) {
      purchases++;
      if (u() < leave) break;
      day += Math.max(1, Math.round(gap * (0.6 + 0.8 * u())));
    }
  }
  return { purchasesInYear: purchases / alive };
}

describe('properties that hold on any sheet (generated logs whose truth is known)', () => {
  // On a rhythm, as the stage rules presume ("later than 3× their usual gap"). With memoryless gaps a
  // silence of 3 gaps is ordinary for a customer still buying, and a frequent buyer the rules call
  // Lapsed can rightly keep a high probability: there these properties do not hold (see the header).
  const kinds: Kind[] = ['oneTime', 'lapsedProbability', 'lapsedValue'];
  it("rhythm gaps, 5–400 customers: a longer silence never raises a one-time buyer's repeat probability; no Lapsed customer is above the median Loyal one; no Lapsed customer, repeat or one-time, is predicted more for the next year than all they spent", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 5, max: 400 }),
        fc.integer({ min: 1, max: 2 ** 30 }),
        fc.integer({ min: 120, max: 900 }),
        (customers, seed, spanDays) => {
          const analysis = analyze({ customers, seed, spanDays, gaps: 'rhythm' });
          expect(violations(analysis, kinds), analysis.model.method.purchases).toEqual([]);
        },
      ),
      { numRuns: 60, seed: 12 },
    );
  });
  it("irregular gaps (a rhythm with an occasional break of 5–15 gaps), 5–400 customers: a longer silence never raises a one-time buyer's repeat probability; no Lapsed customer is above the median Loyal one; no Lapsed customer with two gaps or more is predicted more for the next year than all they spent", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 5, max: 400 }),
        fc.integer({ min: 1, max: 2 ** 30 }),
        fc.integer({ min: 120, max: 900 }),
        (customers, seed, spanDays) => {
          const analysis = analyze({ customers, seed, spanDays, gaps: 'irregular' });
          expect(
            violations(analysis, ['oneTime', 'lapsedProbability', 'lapsedHabitValue']),
            analysis.model.method.purchases,
          ).toEqual([]);
        },
      ),
      { numRuns: 40, seed: 12 },
    );
  });
  it('irregular gaps, 1,000 customers: a customer silent within a break they came back from is At risk, not Lapsed, and none Lapsed is above the median Loyal one', () => {
    const analysis = analyze({ customers: 1000, seed: 1000, spanDays: 730, gaps: 'irregular' });
    const held = analysis.customers.filter(
      (c) => c.lifecycle.reason.kind === 'rhythm' && c.lifecycle.reason.cameBackAfterDays !== undefined,
    );
    expect(held.length).toBeGreaterThan(10);
    for (const c of held) {
      expect(c.lifecycle.stage).toBe('atRisk');
      // Within their longest gap, or (their usual gap a habit) a tenth of it more, which the reason states.
      const longest = c.summary.longestGapDays!;
      const until = c.lifecycle.reason.kind === 'rhythm' ? c.lifecycle.reason.heldUntilDays : undefined;
      if (until !== undefined) expect(until).toBe(longest + Math.floor(longest / 10));
      expect(c.summary.daysSinceLast).toBeLessThanOrEqual(until ?? longest);
    }
    expect(violations(analysis, ['oneTime', 'lapsedProbability', 'lapsedHabitValue'])).toEqual([]);
  });
  it('rhythm gaps, 5,000 customers: the same, with the MBG/CNBD-k chosen by the hold-out check', () => {
    const analysis = analyze({ customers: 5000, seed: 5000, spanDays: 730, gaps: 'rhythm' });
    expect(analysis.check?.status).toBe('checked');
    expect(analysis.model.method.purchases).toBe('mbg-cnbd-k');
    expect(analysis.model.mbgCnbdK?.k).toBeGreaterThan(1);
    expect(violations(analysis, kinds)).toEqual([]);
  });
  it("rhythm gaps, 5,000 customers: a one-time buyer's reason states counts true of the log (of the customers who came back, how many did so within the window)", () => {
    const truth = { customers: 5000, seed: 5000, spanDays: 730, gaps: 'rhythm' } as const;
    // First gaps counted from the generated rows themselves, not from the analysis.
    const days = new Map<string, Set<string>>();
    for (const [key, iso] of generatedLog(truth)) {
      if (!days.has(key as string)) days.set(key as string, new Set());
      days.get(key as string)!.add(iso as string);
    }
    const firstGaps: number[] = [];
    for (const set of days.values()) {
      const sorted = [...set].sort();
      if (sorted.length > 1) firstGaps.push((Date.parse(sorted[1]!) - Date.parse(sorted[0]!)) / 86_400_000);
    }
    const reasons = analyze(truth)
      .customers.map((c) => c.lifecycle.reason)
      .filter((r) => r.kind === 'oneTime');
    expect(reasons.length).toBeGreaterThan(1000);
    for (const r of reasons) {
      expect(r.fromSetting).toBe(false);
      expect(r.returners).toBe(firstGaps.length);
      expect(r.withinCount).toBe(firstGaps.filter((g) => g <= r.windowDays).length);
      expect(r.withinCount).toBeGreaterThanOrEqual(0.8 * r.returners);
    }
  });
  it('rhythm gaps, 5,000 customers: the memoryless models chosen by name do break the value property for Lapsed repeat customers (MBG/NBD 2, BG/NBD 17 of 1,705)', () => {
    const log = { customers: 5000, seed: 5000, spanDays: 730, gaps: 'rhythm' } as const;
    expect(violations(analyze(log, 'mbg-nbd'), ['lapsedRepeatValue'])).toHaveLength(2);
    expect(violations(analyze(log, 'bg-nbd'), ['lapsedRepeatValue'])).toHaveLength(17);
  });
  it('exponential gaps, 5,000 customers: auto picks the MBG/NBD (the gaps suggest k = 1, where the MBG/CNBD-k is the MBG/NBD: a tie)', () => {
    const analysis = analyze({ customers: 5000, seed: 5000, spanDays: 730, gaps: 'exponential' });
    expect(analysis.check?.status === 'checked' && analysis.check.winner).toBe('mbg-nbd');
    expect(analysis.model.method.purchases).toBe('mbg-nbd');
    expect(violations(analysis, ['oneTime'])).toEqual([]);
  });
  it("the rhythm generator's own truth: a one-time buyer still silent at 60 days expects more than one purchase in the next year (why they are not judged against 3× the median gap)", () => {
    expect(truthOfOneTimeBuyer(60, 400_000).purchasesInYear).toBeGreaterThan(1.2);
    expect(truthOfOneTimeBuyer(90, 400_000).purchasesInYear).toBeLessThan(0.9);
  });
  it("the rhythm generator's own truth: a one-time buyer's chance to buy within 90 days rises over the first days of silence (why the MBG/CNBD-k's forecast given alive is memoryless)", () => {
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
});

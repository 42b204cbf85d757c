/**
 * Seeded simulation of customers from the BG/NBD and Gamma-Gamma models, for parameter-recovery
 * tests and speed measurements. Deterministic for a given seed.
 */
import type { BgNbdParams } from '../../../src/core/models/bg-nbd.ts';
import type { CustomerSummary } from '../../../src/core/models/customer-model.ts';
import type { GammaGammaParams } from '../../../src/core/models/gamma-gamma.ts';

/** mulberry32: a small seeded PRNG with values in [0, 1). */
export function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function standardNormal(random: () => number): number {
  // Box–Muller; 1 − u keeps the logarithm finite.
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Gamma(shape, rate 1) by Marsaglia & Tsang (2000), with the shape < 1 boost. */
export function gammaVariate(shape: number, random: () => number): number {
  if (shape < 1) return gammaVariate(shape + 1, random) * (1 - random()) ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let z: number;
    let v: number;
    do {
      z = standardNormal(random);
      v = 1 + c * z;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - random();
    if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) return d * v;
  }
}

export interface SimulationOptions {
  readonly customers: number;
  readonly seed: number;
  readonly purchase: BgNbdParams;
  readonly spend?: GammaGammaParams;
  /** T is drawn uniformly from [minT, maxT] days. */
  readonly minT: number;
  readonly maxT: number;
  /** Round purchase times up to whole days (purchase days), as a sheet would. */
  readonly wholeDays?: boolean;
}

/** Simulated customers: λ ~ Gamma(r, alpha), p ~ Beta(a, b); dropout only after repeat purchases. */
export function simulateCustomers(options: SimulationOptions): CustomerSummary[] {
  const random = randomSource(options.seed);
  const { r, alpha, a, b } = options.purchase;
  const out: CustomerSummary[] = [];
  for (let i = 0; i < options.customers; i++) {
    const rawT = options.minT + (options.maxT - options.minT) * random();
    const T = options.wholeDays ? Math.floor(rawT) : rawT;
    const lambda = gammaVariate(r, random) / alpha;
    const g1 = gammaVariate(a, random);
    const p = g1 / (g1 + gammaVariate(b, random));
    let t = 0;
    let x = 0;
    let tx = 0;
    let lastDay = 0;
    for (;;) {
      t += -Math.log(1 - random()) / lambda;
      if (!(t <= T)) break;
      if (options.wholeDays) {
        const day = Math.ceil(t);
        if (day > T) break;
        if (day === lastDay) continue; // same purchase day
        lastDay = day;
        tx = day;
      } else {
        tx = t;
      }
      x++;
      if (random() < p) break;
    }
    let meanRepeatSpend = 0;
    let meanSpend = 0;
    if (options.spend !== undefined) {
      const { p: shape, q, gamma } = options.spend;
      const nu = gammaVariate(q, random) / gamma;
      let total = 0;
      let first = 0;
      for (let k = 0; k <= x; k++) {
        const amount = gammaVariate(shape, random) / nu;
        if (k === 0) first = amount;
        total += amount;
      }
      meanSpend = total / (x + 1);
      meanRepeatSpend = x > 0 ? (total - first) / x : 0;
    }
    out.push({ x, tx, T, meanRepeatSpend, meanSpend });
  }
  return out;
}

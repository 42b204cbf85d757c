/**
 * The MBG/CNBD-k's exact forecast for a repeat buyer alive at T (mbg-cnbd-k.ts): given alive, the
 * number j of Erlang stages done since their last purchase (0 <= j < k) has a posterior weight (the
 * terms of P(alive), mbg-cnbd-k.ts `aliveLogOdds`), and
 * given j the purchases of the next d days follow from the negative-binomial count of stages to come.
 * Regularity matters most here: a yearly donor who gave 11 months ago is due, and their chance to
 * give in the next 90 days is high, where a memoryless forecast gives a rate of one a year (16% for
 * a donor due in 17 days, seen in a new-owner trial). One-time buyers are forecast memoryless
 * instead (mbg-cnbd-k.ts explains why).
 */
import type { MbgCnbdKParams } from './mbg-cnbd-k';
import { logGamma } from './special-functions';

/**
 * The negative-binomial count N of Erlang stages in the next d days for a customer alive at T with
 * j stages done: λ ~ Gamma(s, alpha+T), s = r+kx+j, N | λ ~ Poisson(λd), so
 * P(N = m) = Γ(s+m)/(Γ(s) m!) · (1−q)^s · q^m with q = d/(alpha+T+d).
 */
interface StageCount {
  readonly logQ: number;
  readonly q: number;
  readonly log1mQ: number;
}

function stageCount(alpha: number, T: number, horizonDays: number): StageCount {
  const logQ = Math.log(horizonDays) - Math.log(alpha + T + horizonDays);
  return { logQ, q: Math.exp(logQ), log1mQ: -Math.log1p(horizonDays / (alpha + T)) };
}

/** Per phase j: P(N >= k−j), a purchase within the d days (a short head sum, in logs from m = 0). */
export function buyByPhase(params: MbgCnbdKParams, x: number, T: number, horizonDays: number): Float64Array {
  const { k, r, alpha } = params;
  const buys = new Float64Array(k);
  if (horizonDays === 0) return buys;
  const { logQ, log1mQ } = stageCount(alpha, T, horizonDays);
  for (let j = 0; j < k; j++) {
    const s = r + k * x + j;
    let logPmf = s * log1mQ;
    let head = Math.exp(logPmf);
    for (let m = 1; m < k - j; m++) {
      logPmf += Math.log((s + m - 1) / m) + logQ;
      head += Math.exp(logPmf);
    }
    buys[j] = Math.max(0, 1 - head);
  }
  return buys;
}

/**
 * Per phase j (computed when asked): expected purchase days in the d days, Σ_{n>=1} c_n P(N >= nk−j) with
 * c_n = E[(1−p)^(n−1) | alive] = Π_{i<n−1} (b'+i)/(a+b'+i), b' = b+x+1 (the n-th future purchase
 * counts if the customer stayed after the n−1 before it). Summed over m as Σ_m P(N = m)·C(⌊(m+j)/k⌋),
 * C(N) = c_1 + … + c_N, walking the pmf out from its mode (no underflow however large s is) until
 * it is below 1e−14 of its peak on both sides (the terms left out change the sum by less than that,
 * relatively, times the few hundred terms a long horizon has).
 */
export function purchasesByPhase(
  params: MbgCnbdKParams,
  x: number,
  T: number,
  horizonDays: number,
): (j: number) => number {
  const { k, r, alpha, a, b } = params;
  if (horizonDays === 0) return () => 0;
  const { logQ, q, log1mQ } = stageCount(alpha, T, horizonDays);
  const odds = q / Math.exp(log1mQ);
  const bPrime = b + x + 1;
  const cumulative: number[] = [0];
  let c = 1;
  const at = (blocks: number): number => {
    while (cumulative.length <= blocks) {
      const n = cumulative.length;
      cumulative.push(cumulative[n - 1]! + c);
      c *= (bPrime + n - 1) / (a + bPrime + n - 1);
    }
    return cumulative[blocks]!;
  };
  return (j) => {
    const s = r + k * x + j;
    const mean = s * odds;
    const mode = s > 1 ? Math.floor((s - 1) * odds) : 0;
    const peak = Math.exp(logGamma(s + mode) - logGamma(s) - logGamma(mode + 1) + s * log1mQ + mode * logQ);
    const floor = 1e-14 * peak;
    // m + j = blocks·k + within: C changes only when a block of k stages completes.
    let blocks = Math.floor((mode + j) / k);
    let within = mode + j - blocks * k;
    let current = at(blocks);
    let expected = peak * current;
    let pmf = peak;
    for (let m = mode + 1; m < mode + 1e6; m++) {
      pmf *= ((s + m - 1) / m) * q;
      if (++within === k) {
        within = 0;
        current = at(++blocks);
      }
      expected += pmf * current;
      if (m > mean && pmf < floor) break;
    }
    blocks = Math.floor((mode + j) / k);
    within = mode + j - blocks * k;
    current = cumulative[blocks]!;
    pmf = peak;
    for (let m = mode - 1; m >= 0 && pmf >= floor; m--) {
      pmf *= (m + 1) / ((s + m) * q);
      if (--within < 0) {
        within = k - 1;
        current = cumulative[--blocks]!;
      }
      expected += pmf * current;
    }
    return expected;
  };
}

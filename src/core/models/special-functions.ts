/**
 * Special functions the customer models need: log-gamma, digamma, log-beta, log-sum-exp and the
 * Gauss hypergeometric function 2F1. Pure, deterministic, no allocation in the hot functions.
 *
 * References
 * - Lanczos (1964), "A Precision Approximation of the Gamma Function", SIAM J. Numer. Anal. B 1;
 *   coefficients g = 7, n = 9 as tabulated by Godfrey (2001) and used in Numerical Recipes.
 * - Abramowitz & Stegun (1964), Handbook of Mathematical Functions: 6.1.17 (reflection),
 *   6.3.5 and 6.3.18 (digamma recurrence and asymptotic series), 15.1.1 (the 2F1 series) and
 *   15.3.6 (the transformation to 1 − z).
 */

const LANCZOS_G = 7;
const LANCZOS_COEFFICIENTS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
] as const;
const HALF_LOG_TWO_PI = 0.9189385332046728; // ln(2π) / 2
const LOG_PI = 1.1447298858494002;

function lanczosLogGamma(x: number): number {
  // Valid for x >= 0.5. Γ(x) = Γ(y + 1) with y = x − 1.
  const y = x - 1;
  let series = LANCZOS_COEFFICIENTS[0];
  for (let i = 1; i < 9; i++) series += LANCZOS_COEFFICIENTS[i]! / (y + i);
  const t = y + LANCZOS_G + 0.5;
  return HALF_LOG_TWO_PI + (y + 0.5) * Math.log(t) - t + Math.log(series);
}

/** sin(πx), accurate for large |x| (argument reduced exactly before multiplying by π). */
function sinPi(x: number): number {
  const r = x - 2 * Math.round(x / 2); // r in [−1, 1], sin(πx) = sin(πr)
  if (r === 0 || r === 1 || r === -1) return 0;
  if (r > 0.5) return Math.sin(Math.PI * (1 - r));
  if (r < -0.5) return Math.sin(Math.PI * (-1 - r));
  return Math.sin(Math.PI * r);
}

function isNonPositiveInteger(x: number): boolean {
  return x <= 0 && Number.isInteger(x);
}

/**
 * ln Γ(x) for x > 0 (Lanczos, with the reflection formula below 1/2); absolute error about 1e-15
 * near x = 1 and 2, relative error about 1e-15 elsewhere. Throws for x <= 0 or a non-finite x.
 */
export function logGamma(x: number): number {
  if (!(x > 0) || x === Number.POSITIVE_INFINITY) {
    throw new RangeError(`logGamma needs a finite positive argument, got ${x}`);
  }
  if (x < 0.5) {
    // Γ(x) Γ(1 − x) = π / sin(πx), with sin(πx) > 0 on (0, 1/2).
    return LOG_PI - Math.log(sinPi(x)) - lanczosLogGamma(1 - x);
  }
  return lanczosLogGamma(x);
}

/**
 * ln |Γ(x)| for any real x; +Infinity at the poles (0, −1, −2, …). Pair with {@link gammaSign}.
 */
export function logAbsGamma(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x > 0) return x === Number.POSITIVE_INFINITY ? x : x < 0.5 ? logGamma(x) : lanczosLogGamma(x);
  if (isNonPositiveInteger(x)) return Number.POSITIVE_INFINITY;
  // A&S 6.1.17: Γ(x) = π / (sin(πx) Γ(1 − x)); 1 − x > 1 here.
  return LOG_PI - Math.log(Math.abs(sinPi(x))) - lanczosLogGamma(1 - x);
}

/** The sign of Γ(x): 1 or −1, and 0 at the poles (where 1/Γ(x) = 0). */
export function gammaSign(x: number): number {
  if (x > 0) return 1;
  if (isNonPositiveInteger(x)) return 0;
  // Γ(1 − x) > 0 for x < 0, so sign Γ(x) = sign sin(πx).
  return sinPi(x) > 0 ? 1 : -1;
}

/** ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b), for a, b > 0. */
export function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

/**
 * Digamma ψ(x) = d/dx ln Γ(x) for x > 0: recurrence ψ(x) = ψ(x + 1) − 1/x up to x >= 10, then the
 * asymptotic series (A&S 6.3.5, 6.3.18); absolute error below 1e-14.
 */
export function digamma(x: number): number {
  if (!(x > 0) || x === Number.POSITIVE_INFINITY) {
    throw new RangeError(`digamma needs a finite positive argument, got ${x}`);
  }
  let result = 0;
  let y = x;
  while (y < 10) {
    result -= 1 / y;
    y += 1;
  }
  const inv = 1 / y;
  const inv2 = inv * inv;
  // Σ B_2k / (2k·x^2k) for k = 1..7 (Bernoulli numbers 1/6, −1/30, 1/42, −1/30, 5/66, −691/2730, 7/6).
  const tail =
    inv2 *
    (1 / 12 -
      inv2 *
        (1 / 120 -
          inv2 * (1 / 252 - inv2 * (1 / 240 - inv2 * (1 / 132 - inv2 * (691 / 32760 - inv2 / 12))))));
  return result + Math.log(y) - 0.5 * inv - tail;
}

/** ln(e^u + e^v) without overflow; −Infinity when both are −Infinity. */
export function logAddExp(u: number, v: number): number {
  const m = Math.max(u, v);
  if (m === Number.NEGATIVE_INFINITY || m === Number.POSITIVE_INFINITY) return m;
  return m + Math.log1p(Math.exp(-Math.abs(u - v)));
}

/** ln Σ e^{v_i}, shifted by the maximum so nothing overflows; −Infinity for an empty list. */
export function logSumExp(values: readonly number[]): number {
  let m = Number.NEGATIVE_INFINITY;
  for (const v of values) if (v > m) m = v;
  if (m === Number.NEGATIVE_INFINITY || m === Number.POSITIVE_INFINITY || Number.isNaN(m)) {
    return values.some(Number.isNaN) ? Number.NaN : m;
  }
  let sum = 0;
  for (const v of values) sum += Math.exp(v - m);
  return m + Math.log(sum);
}

/** Cap on series terms: a 2F1 series here never runs longer than this (it returns NaN instead). */
const HYP2F1_MAX_TERMS = 100000;
const EPSILON = 2 ** -53;

/**
 * The Gauss series Σ (a)_n (b)_n / ((c)_n n!) z^n (A&S 15.1.1), summed until the remainder is
 * below double precision. NaN if it does not converge within HYP2F1_MAX_TERMS terms or overflows.
 */
function gaussSeries(a: number, b: number, c: number, z: number): number {
  const absZ = Math.abs(z);
  let term = 1;
  let sum = 1;
  let largest = 1;
  // Term n + 1 over term n; each step works out the next one once and uses it twice (the bound
  // below, then the next term), so a step costs one division, not two.
  let ratio = ((a * b) / c) * z;
  for (let n = 0; n < HYP2F1_MAX_TERMS; n++) {
    term *= ratio;
    if (!Number.isFinite(term)) return Number.NaN;
    sum += term;
    if (term === 0) return sum;
    const size = Math.abs(term);
    if (size > largest) largest = size;
    const m = n + 1;
    ratio = (((a + m) * (b + m)) / ((c + m) * (m + 1))) * z;
    // The ratios tend to z, so bound the rest of the series by a geometric series with ratio
    // max(next ratio, |z|).
    const bound = Math.max(Math.abs(ratio), absZ);
    if (bound < 1 && (size * bound) / (1 - bound) <= EPSILON * Math.max(Math.abs(sum), largest * EPSILON)) {
      return sum;
    }
  }
  return Number.NaN;
}

/**
 * A&S 15.3.6, for c − a − b not an integer:
 * 2F1(a,b;c;z) = Γ(c)Γ(m)/(Γ(c−a)Γ(c−b)) 2F1(a,b;1−m;1−z)
 *              + (1−z)^m Γ(c)Γ(−m)/(Γ(a)Γ(b)) 2F1(c−a,c−b;1+m;1−z),   m = c − a − b.
 * Gamma ratios are combined in log space with their signs; a pole in a denominator gives 0.
 */
function oneMinusZTransform(a: number, b: number, c: number, w: number): number {
  const m = c - a - b;
  const logW = Math.log(w);
  const sign1 = gammaSign(c) * gammaSign(m) * gammaSign(c - a) * gammaSign(c - b);
  let first = 0;
  if (gammaSign(c - a) !== 0 && gammaSign(c - b) !== 0) {
    const log1 = logAbsGamma(c) + logAbsGamma(m) - logAbsGamma(c - a) - logAbsGamma(c - b);
    first = sign1 * Math.exp(log1) * gaussSeries(a, b, 1 - m, w);
  }
  let second = 0;
  if (gammaSign(a) !== 0 && gammaSign(b) !== 0) {
    const sign2 = gammaSign(c) * gammaSign(-m) * gammaSign(a) * gammaSign(b);
    const log2 = m * logW + logAbsGamma(c) + logAbsGamma(-m) - logAbsGamma(a) - logAbsGamma(b);
    second = sign2 * Math.exp(log2) * gaussSeries(c - a, c - b, 1 + m, w);
  }
  return first + second;
}

/** Distance from c − a − b to the nearest integer below which 15.3.6 is not used directly. */
const NEAR_INTEGER = 1e-4;
/** Spacing of the interpolation nodes around an integer c − a − b. */
const NODE_SPACING = 2e-4;

/**
 * 2F1(a, b; c; z) for 0 <= z < 1, or NaN when it cannot be computed (overflow, a non-converging
 * series, c a non-positive integer). Never loops more than a few times HYP2F1_MAX_TERMS.
 * The model code calls this and falls back to quadrature on NaN; use {@link hyp2f1} elsewhere.
 */
export function hyp2f1OrNaN(a: number, b: number, c: number, z: number): number {
  if (!(Number.isFinite(a) && Number.isFinite(b) && Number.isFinite(c)) || !(z >= 0 && z < 1))
    return Number.NaN;
  if (isNonPositiveInteger(c)) return Number.NaN;
  if (z === 0 || a === 0 || b === 0) return 1;
  // Terminating series (a polynomial in z) and small z: the plain series converges quickly. With
  // a, b, c > 0 every term is positive (no cancellation), so it is used up to z = 0.9 (a few
  // hundred terms): the transformation below cancels badly at moderate z when c − a − b is small.
  if (
    isNonPositiveInteger(a) ||
    isNonPositiveInteger(b) ||
    z <= 0.5 ||
    (z <= 0.9 && a > 0 && b > 0 && c > 0)
  ) {
    return gaussSeries(a, b, c, z);
  }
  const w = 1 - z;
  const m = c - a - b;
  const k = Math.round(m);
  const offset = m - k;
  if (Math.abs(offset) >= NEAR_INTEGER) return oneMinusZTransform(a, b, c, w);
  // c − a − b is (nearly) an integer: 15.3.6 has cancelling poles there (the exact limit,
  // A&S 15.3.10–12, has log terms). 2F1 is analytic in a, so evaluate at four nearby a for which
  // c − a − b = k ± h, k ± 2h and interpolate with a cubic: the error is about h⁴·(ln(1−z))⁴ from
  // the interpolation plus ε/h from the cancellation, ~1e−11 relative even for 1 − z = 1e−6.
  const h = NODE_SPACING;
  const nodes = [-2 * h, -h, h, 2 * h];
  let value = 0;
  for (let i = 0; i < 4; i++) {
    const di = nodes[i]!;
    let weight = 1;
    for (let j = 0; j < 4; j++) {
      if (j !== i) weight *= (offset - nodes[j]!) / (di - nodes[j]!);
    }
    value += weight * oneMinusZTransform(c - b - (k + di), b, c, w);
  }
  return value;
}

/**
 * Gauss hypergeometric function 2F1(a, b; c; z) for 0 <= z < 1 and c not a non-positive integer:
 * the series (A&S 15.1.1) for z <= 1/2 (z <= 0.9 when a, b, c > 0) and the 1 − z transformation
 * (A&S 15.3.6) above, so z close to 1 converges as fast as z close to 0. Throws a RangeError when the arguments are outside that
 * domain or the value overflows.
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  if (!(z >= 0 && z < 1)) throw new RangeError(`hyp2f1 needs 0 <= z < 1, got z = ${z}`);
  if (isNonPositiveInteger(c)) throw new RangeError(`hyp2f1 needs c not 0, −1, −2, …, got c = ${c}`);
  const value = hyp2f1OrNaN(a, b, c, z);
  if (!Number.isFinite(value)) {
    throw new RangeError(`hyp2f1(${a}, ${b}; ${c}; ${z}) could not be computed (overflow or no convergence)`);
  }
  return value;
}

/**
 * Expectations under a beta distribution by numerical integration, for the few model quantities
 * whose closed forms are ill-conditioned for some parameters (see bg-nbd.ts).
 *
 * Method: substitute y = logit(p), under which the beta density becomes exp(a·y − (a+b)·ln(1+e^y))
 * (log-concave, mode at ln(a/b), curvature ab/(a+b)), then y = mode + s·sinh(v) and the trapezoidal
 * rule in v. The trapezoidal rule on the real line converges exponentially for smooth integrands
 * that decay fast (Trefethen & Weideman 2014, "The exponentially convergent trapezoidal rule",
 * SIAM Review 56(3)); the sinh map gives the heavy tails of a small a or b (density ~ e^{a·y} as
 * y → −∞) double-exponential decay (Takahasi & Mori 1974). The scale s is the curvature width when
 * the distribution is concentrated and 1 otherwise, so the peak and the logistic kink are resolved.
 */

const STEP = 1 / 32;
const MAX_V = 12;
/** Nodes whose weight is below e^−60 of the mode's (and moving away) end the sum. */
const LOG_WEIGHT_CUTOFF = -60;

/**
 * E[f(p)] for p ~ Beta(a, b), a, b > 0. `f` receives p and 1 − p, each computed without
 * cancellation (p underflows to 0 only where the weight of the tail is negligible for a bounded f).
 * Deterministic; at most about 800 evaluations of f (typically 100–250). Accuracy about 1e−12
 * relative for bounded f, shapes from 0.01 to 1e4.
 */
export function betaExpectation(f: (p: number, q: number) => number, a: number, b: number): number {
  if (!(a > 0 && b > 0 && Number.isFinite(a) && Number.isFinite(b))) {
    throw new RangeError(`betaExpectation needs finite a > 0 and b > 0, got a = ${a}, b = ${b}`);
  }
  const mode = Math.log(a) - Math.log(b);
  const width = Math.sqrt(1 / a + 1 / b);
  const scale = Math.min(width, 1);
  const logDensity = (y: number): number =>
    a * y - (a + b) * (y > 0 ? y + Math.log1p(Math.exp(-y)) : Math.log1p(Math.exp(y)));
  const reference = logDensity(mode);

  let weightSum = 0;
  let valueSum = 0;
  const addNode = (v: number): number => {
    const y = mode + scale * Math.sinh(v);
    const logWeight = logDensity(y) - reference + Math.log(scale * Math.cosh(v));
    if (logWeight < LOG_WEIGHT_CUTOFF) return logWeight;
    const weight = Math.exp(logWeight);
    // p = 1/(1 + e^−y), 1 − p = 1/(1 + e^y), each accurate in its own tail.
    const p = y >= 0 ? 1 / (1 + Math.exp(-y)) : Math.exp(y) / (1 + Math.exp(y));
    const q = y >= 0 ? Math.exp(-y) / (1 + Math.exp(-y)) : 1 / (1 + Math.exp(y));
    weightSum += weight;
    valueSum += weight * f(p, q);
    return logWeight;
  };

  addNode(0);
  for (const direction of [1, -1]) {
    let peak = 0;
    for (let k = 1; k * STEP <= MAX_V; k++) {
      const logWeight = addNode(direction * k * STEP);
      if (logWeight > peak) peak = logWeight;
      // The log-weight along v first rises a little (Jacobian) then falls double-exponentially,
      // so the first fall below the cut-off after the start is the end of the tail.
      if (logWeight < LOG_WEIGHT_CUTOFF + peak && k * STEP > 1) break;
    }
  }
  // Self-normalised: dividing by the summed weights removes the normalising constant B(a, b)
  // and most of the discretisation error, which is common to both sums.
  return valueSum / weightSum;
}

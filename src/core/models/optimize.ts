/**
 * Unconstrained minimisation for the model fits: BFGS with an analytic gradient and a backtracking
 * (Armijo) line search, on log-parameters so every model parameter stays positive.
 * Nocedal & Wright (2006), Numerical Optimization, 2nd ed.: algorithm 6.1 (BFGS), eq. (6.17) (the
 * inverse-Hessian update), eq. (6.20) (scaling of the first inverse Hessian), algorithm 3.1
 * (backtracking) with quadratic interpolation (§3.5).
 *
 * Guarantees: bounded work (maxIterations × line-search steps), deterministic, and the result is
 * always finite — a NaN or infinite objective value (or gradient) counts as +Infinity, i.e. "worse
 * than anything", so the search backs away from it.
 */

/**
 * An objective: returns f(theta) and writes ∂f/∂theta into `gradient`. May return NaN or ±Infinity
 * for points outside its domain.
 */
export type Objective = (theta: Float64Array, gradient: Float64Array) => number;

export interface MinimizeOptions {
  /** Iterations of BFGS (each is one line search); default 200. */
  readonly maxIterations?: number;
  /** Converged when every |∂f/∂theta_i| is at most this; default 1e-7. */
  readonly gradientTolerance?: number;
  /** Largest change of any coordinate in one step; default 4 (a factor e^4 ≈ 55 on a log-parameter). */
  readonly maxStep?: number;
  /**
   * Stop as soon as some |theta_i| exceeds this (one number for all coordinates, or one per
   * coordinate): the minimum is running off to infinity, e.g. a likelihood maximised at a boundary
   * of the parameter space. Default Infinity.
   */
  readonly divergenceLimit?: number | readonly number[];
}

export interface MinimizeResult {
  readonly theta: number[];
  /** f at theta; +Infinity only if no finite value was ever found. */
  readonly value: number;
  readonly converged: boolean;
  /** True when the search stopped because theta passed `divergenceLimit`. */
  readonly diverged: boolean;
  readonly iterations: number;
  readonly evaluations: number;
}

const ARMIJO = 1e-4;
const MAX_BACKTRACKS = 60;
/**
 * Rounding in a sum over thousands of customers puts a floor (~1e−13 relative) under how far f can
 * be decreased, so the gradient may never reach the tolerance. Where the gradient is below this
 * and the line search fails, or two steps in a row improve f by less than NOISE_FLOOR_DECREASE
 * (relative), the search is at that floor: converged.
 */
const NOISE_FLOOR_GRADIENT = 1e-5;
const NOISE_FLOOR_DECREASE = 1e-12;

function maxAbs(v: Float64Array): number {
  let m = 0;
  for (let i = 0; i < v.length; i++) {
    const a = Math.abs(v[i]!);
    if (a > m) m = a;
  }
  return m;
}

function dot(u: Float64Array, v: Float64Array): number {
  let s = 0;
  for (let i = 0; i < u.length; i++) s += u[i]! * v[i]!;
  return s;
}

function setIdentity(h: Float64Array, n: number, scale: number): void {
  h.fill(0);
  for (let i = 0; i < n; i++) h[i * n + i] = scale;
}

/** Minimise `objective` from `start` with BFGS; see the module comment for the guarantees. */
export function minimizeBfgs(
  objective: Objective,
  start: readonly number[],
  options: MinimizeOptions = {},
): MinimizeResult {
  const maxIterations = options.maxIterations ?? 200;
  const gradientTolerance = options.gradientTolerance ?? 1e-7;
  const maxStep = options.maxStep ?? 4;
  const n = start.length;
  const limit = options.divergenceLimit ?? Number.POSITIVE_INFINITY;
  const limits = typeof limit === 'number' ? new Array<number>(n).fill(limit) : limit;
  const beyondLimits = (theta: Float64Array): boolean => {
    for (let i = 0; i < n; i++)
      if (Math.abs(theta[i]!) > (limits[i] ?? Number.POSITIVE_INFINITY)) return true;
    return false;
  };

  let evaluations = 0;
  const evaluate = (theta: Float64Array, gradient: Float64Array): number => {
    evaluations++;
    const value = objective(theta, gradient);
    if (!Number.isFinite(value)) return Number.POSITIVE_INFINITY;
    for (let i = 0; i < n; i++) if (!Number.isFinite(gradient[i]!)) return Number.POSITIVE_INFINITY;
    return value;
  };

  const x = Float64Array.from(start);
  const g = new Float64Array(n);
  let f = evaluate(x, g);
  if (f === Number.POSITIVE_INFINITY) {
    return { theta: [...start], value: f, converged: false, diverged: false, iterations: 0, evaluations };
  }

  const h = new Float64Array(n * n); // inverse Hessian approximation, row-major
  setIdentity(h, n, 1);
  let fresh = true; // h is a multiple of the identity
  const d = new Float64Array(n);
  const xNew = new Float64Array(n);
  const gNew = new Float64Array(n);
  const s = new Float64Array(n);
  const y = new Float64Array(n);
  const hy = new Float64Array(n);

  let converged = false;
  let diverged = false;
  let stalls = 0;
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    if (beyondLimits(x)) {
      diverged = true;
      break;
    }
    if (maxAbs(g) <= gradientTolerance) {
      converged = true;
      break;
    }
    for (let i = 0; i < n; i++) {
      let sum = 0;
      for (let j = 0; j < n; j++) sum -= h[i * n + j]! * g[j]!;
      d[i] = sum;
    }
    let slope = dot(g, d);
    if (!(slope < 0)) {
      setIdentity(h, n, 1);
      fresh = true;
      for (let i = 0; i < n; i++) d[i] = -g[i]!;
      slope = dot(g, d);
    }

    let step = 1;
    const longest = maxAbs(d);
    if (longest * step > maxStep) step = maxStep / longest;
    let fNew = Number.POSITIVE_INFINITY;
    let accepted = false;
    for (let k = 0; k < MAX_BACKTRACKS; k++) {
      for (let i = 0; i < n; i++) xNew[i] = x[i]! + step * d[i]!;
      fNew = evaluate(xNew, gNew);
      if (fNew <= f + ARMIJO * step * slope) {
        accepted = true;
        break;
      }
      // Minimiser of the quadratic through f, the slope and fNew, kept within [0.1, 0.5] × step.
      let next = 0.25 * step;
      if (fNew !== Number.POSITIVE_INFINITY) {
        const curvature = fNew - f - slope * step;
        if (curvature > 0) next = (-slope * step * step) / (2 * curvature);
      }
      step = Math.min(0.5 * step, Math.max(0.1 * step, next));
    }

    if (!accepted) {
      if (maxAbs(g) <= NOISE_FLOOR_GRADIENT) {
        converged = true;
        break;
      }
      if (!fresh) {
        setIdentity(h, n, 1);
        fresh = true;
        continue;
      }
      break;
    }

    for (let i = 0; i < n; i++) {
      s[i] = xNew[i]! - x[i]!;
      y[i] = gNew[i]! - g[i]!;
    }
    const sy = dot(s, y);
    const yy = dot(y, y);
    const decrease = f - fNew;
    x.set(xNew);
    g.set(gNew);
    f = fNew;
    if (decrease <= NOISE_FLOOR_DECREASE * Math.max(1, Math.abs(f)) && maxAbs(g) <= NOISE_FLOOR_GRADIENT) {
      stalls++;
      if (stalls >= 2) {
        converged = true;
        iterations++;
        break;
      }
    } else {
      stalls = 0;
    }
    if (sy > 1e-12 * Math.sqrt(dot(s, s) * yy)) {
      if (fresh) {
        setIdentity(h, n, sy / yy);
        fresh = false;
      }
      // H ← H − ρ(s·(Hy)ᵀ + (Hy)·sᵀ) + (ρ² yᵀHy + ρ) s·sᵀ, ρ = 1/(yᵀs)   (N&W eq. 6.17 expanded)
      const rho = 1 / sy;
      for (let i = 0; i < n; i++) {
        let sum = 0;
        for (let j = 0; j < n; j++) sum += h[i * n + j]! * y[j]!;
        hy[i] = sum;
      }
      const yhy = dot(y, hy);
      const coefficient = rho * rho * yhy + rho;
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          h[i * n + j] =
            h[i * n + j]! - rho * (s[i]! * hy[j]! + hy[i]! * s[j]!) + coefficient * s[i]! * s[j]!;
        }
      }
    }
  }
  if (!converged && !diverged && maxAbs(g) <= gradientTolerance) converged = true;
  return { theta: Array.from(x), value: f, converged, diverged, iterations, evaluations };
}

/**
 * Runs {@link minimizeBfgs} from each start in turn until one converges (a run that stops short is
 * also resumed once from where it stopped), and returns the best result found: the converged one,
 * or else the lowest value.
 */
export function minimizeWithRestarts(
  objective: Objective,
  starts: readonly (readonly number[])[],
  options: MinimizeOptions = {},
): MinimizeResult {
  let best: MinimizeResult | undefined;
  let evaluations = 0;
  let iterations = 0;
  const consider = (result: MinimizeResult): void => {
    evaluations += result.evaluations;
    iterations += result.iterations;
    if (best === undefined || isBetter(result, best)) best = result;
  };
  for (const start of starts) {
    const result = minimizeBfgs(objective, start, options);
    consider(result);
    if (result.converged) break;
    // Continue from where this run stopped too (a fresh Hessian often gets unstuck), unless it was
    // running off to infinity.
    if (Number.isFinite(result.value) && !result.diverged) {
      const again = minimizeBfgs(objective, result.theta, options);
      consider(again);
      if (again.converged) break;
    }
  }
  if (best === undefined) throw new RangeError('minimizeWithRestarts needs at least one start');
  return { ...(best as MinimizeResult), evaluations, iterations };
}

/** Converged beats not converged; otherwise the lower value wins. */
function isBetter(candidate: MinimizeResult, incumbent: MinimizeResult): boolean {
  if (candidate.converged !== incumbent.converged) return candidate.converged;
  return candidate.value < incumbent.value;
}

import { describe, expect, it } from 'vitest';
import { minimizeBfgs, minimizeWithRestarts, type Objective } from '../../../src/core/models/optimize.ts';

const rosenbrock: Objective = (t, g) => {
  const x = t[0]!;
  const y = t[1]!;
  g[0] = -2 * (1 - x) - 400 * x * (y - x * x);
  g[1] = 200 * (y - x * x);
  return (1 - x) ** 2 + 100 * (y - x * x) ** 2;
};

describe('minimizeBfgs', () => {
  it('finds the Rosenbrock minimum (1, 1) from the classic start (−1.2, 1)', () => {
    const result = minimizeBfgs(rosenbrock, [-1.2, 1]);
    expect(result.converged).toBe(true);
    expect(Math.abs(result.theta[0]! - 1)).toBeLessThan(1e-6);
    expect(Math.abs(result.theta[1]! - 1)).toBeLessThan(1e-6);
    expect(result.value).toBeLessThan(1e-12);
  });

  it('minimises a badly scaled quadratic exactly', () => {
    const scales = [1e-3, 1, 1e3, 7];
    const centre = [5, -2, 0.25, 3];
    const quadratic: Objective = (t, g) => {
      let f = 0;
      for (let i = 0; i < 4; i++) {
        const d = t[i]! - centre[i]!;
        f += 0.5 * scales[i]! * d * d;
        g[i] = scales[i]! * d;
      }
      return f;
    };
    const result = minimizeBfgs(quadratic, [0, 0, 0, 0], { maxIterations: 500, gradientTolerance: 1e-10 });
    expect(result.converged).toBe(true);
    result.theta.forEach((v, i) => {
      expect(Math.abs(v - centre[i]!)).toBeLessThan(1e-6);
    });
  });

  it('backs away from NaN regions and returns a finite result', () => {
    // (x − 3)² but NaN for x > 4: the first full step from 0 lands in the NaN region.
    const partial: Objective = (t, g) => {
      const x = t[0]!;
      g[0] = 2 * (x - 3);
      return x > 4 ? Number.NaN : (x - 3) ** 2;
    };
    const result = minimizeBfgs(partial, [-20]);
    expect(result.converged).toBe(true);
    expect(Math.abs(result.theta[0]! - 3)).toBeLessThan(1e-6);
  });

  it('never returns NaN: a start outside the domain is reported, unbounded objectives stop', () => {
    const nowhere: Objective = () => Number.NaN;
    const stuck = minimizeBfgs(nowhere, [1, 2]);
    expect(stuck.converged).toBe(false);
    expect(stuck.theta).toEqual([1, 2]);
    expect(stuck.value).toBe(Number.POSITIVE_INFINITY);

    const downhill: Objective = (t, g) => {
      g[0] = -1;
      return -t[0]!;
    };
    const runaway = minimizeBfgs(downhill, [0], { maxIterations: 50 });
    expect(runaway.converged).toBe(false);
    expect(Number.isFinite(runaway.theta[0]!)).toBe(true);
    expect(runaway.iterations).toBe(50);
  });
});

describe('minimizeWithRestarts', () => {
  it('uses a later start when the first one is outside the domain', () => {
    const bowl: Objective = (t, g) => {
      const x = t[0]!;
      g[0] = 2 * (x - 1);
      return x < -5 ? Number.POSITIVE_INFINITY : (x - 1) ** 2;
    };
    const result = minimizeWithRestarts(bowl, [[-10], [0]]);
    expect(result.converged).toBe(true);
    expect(Math.abs(result.theta[0]! - 1)).toBeLessThan(1e-7);
    expect(() => minimizeWithRestarts(bowl, [])).toThrow(/at least one start/);
  });
});

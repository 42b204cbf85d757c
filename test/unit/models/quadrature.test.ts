import { describe, expect, it } from 'vitest';
import { betaExpectation } from '../../../src/core/models/quadrature.ts';
import { digamma, logBeta } from '../../../src/core/models/special-functions.ts';

// Exact beta moments: E[p] = a/(a+b), E[p²] = a(a+1)/((a+b)(a+b+1)), E[ln p] = ψ(a) − ψ(a+b),
// E[p^k (1−p)^m] = B(a+k, b+m)/B(a, b) (any beta-distribution reference, e.g. Johnson, Kotz &
// Balakrishnan, Continuous Univariate Distributions vol. 2, ch. 25).
const shapes = [0.01, 0.05, 0.3, 0.793, 1, 2.426, 10, 300, 1e4];

describe('betaExpectation', () => {
  it('reproduces E[p], E[p²] and E[ln p] over shapes from 0.01 to 1e4 (relative 1e−10)', () => {
    for (const a of shapes) {
      for (const b of shapes) {
        const mean = betaExpectation((p) => p, a, b);
        expect(Math.abs(mean / (a / (a + b)) - 1)).toBeLessThan(1e-10);
        const second = betaExpectation((p) => p * p, a, b);
        expect(Math.abs(second / ((a * (a + 1)) / ((a + b) * (a + b + 1))) - 1)).toBeLessThan(1e-10);
      }
    }
  });

  it('reproduces E[ln p] = ψ(a) − ψ(a+b) (an unbounded integrand) for a >= 0.3', () => {
    // For a < 0.3 a noticeable share of the mass sits below p = 1e−308, where p underflows to 0;
    // the models only integrate bounded functions.
    for (const a of shapes.filter((s) => s >= 0.3)) {
      for (const b of shapes) {
        const logMean = betaExpectation((p) => Math.log(p), a, b);
        const exact = digamma(a) - digamma(a + b);
        expect(Math.abs(logMean - exact)).toBeLessThan(1e-10 * Math.max(1, Math.abs(exact)));
      }
    }
  });

  it('passes an accurate 1 − p: E[(1 − p)^3] = B(a, b+3)/B(a, b), also when b is tiny', () => {
    // Tolerance 1e−9: the reference itself loses ~1e−11 through ln Γ at shapes near 1e4.
    for (const a of shapes) {
      for (const b of shapes) {
        const value = betaExpectation((_p, q) => q ** 3, a, b);
        expect(Math.abs(value / Math.exp(logBeta(a, b + 3) - logBeta(a, b)) - 1)).toBeLessThan(1e-9);
      }
    }
  });

  it('throws for shapes that are not positive and finite', () => {
    expect(() => betaExpectation((p) => p, 0, 1)).toThrow(RangeError);
    expect(() => betaExpectation((p) => p, 1, Number.POSITIVE_INFINITY)).toThrow(/a > 0 and b > 0/);
  });
});

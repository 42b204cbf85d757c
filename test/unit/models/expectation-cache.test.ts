import { describe, expect, it } from 'vitest';
import { expectationCache } from '../../../src/core/models/expectation-cache';

describe('expectationCache', () => {
  it('computes each (x, T, horizon) once, with horizons asked for in any order', () => {
    const asked: string[] = [];
    const cached = expectationCache((x, T, d) => {
      asked.push(`${x}/${T}/${d}`);
      return x * 1e6 + T * 1e3 + d;
    });
    const calls: [number, number, number][] = [
      [1, 10, 90],
      [1, 10, 365],
      [1, 10, 90],
      [2, 10, 90],
      [1, 10, 365],
      [0, 3, 0],
      [0, 3, -0],
    ];
    for (const [x, T, d] of calls) expect(cached(x, T, d)).toBe(x * 1e6 + T * 1e3 + d);
    expect(asked).toEqual(['1/10/90', '1/10/365', '2/10/90', '0/3/0']);
  });

  it('computes fractional days every time, never confusing them with whole ones', () => {
    let count = 0;
    const cached = expectationCache((x, T, d) => {
      count++;
      return x + T + d;
    });
    expect([cached(1, 2.5, 7), cached(1, 2.5, 7), cached(1, 2, 7)]).toEqual([10.5, 10.5, 10]);
    expect(count).toBe(3);
  });
});

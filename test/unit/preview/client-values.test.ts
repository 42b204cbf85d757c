import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { toClientResult } from '../../../scripts/preview/client-values';

describe('toClientResult: what google.script.run delivers', () => {
  it('passes primitives, arrays and plain objects, also from another realm', () => {
    const fromVm = vm.runInNewContext('({ a: [1, "x", true, null], b: { c: 2 } })');
    expect(toClientResult(fromVm)).toEqual({ value: { a: [1, 'x', true, null], b: { c: 2 } }, warnings: [] });
  });

  it('turns the whole result into null when it holds a Date, from any realm', () => {
    const fromVm = vm.runInNewContext('({ rows: [{ due: new Date(0) }] })');
    const out = toClientResult(fromVm);
    expect(out.value).toBeNull();
    expect(out.warnings[0]).toMatch(/rows\[0\]\.due is a Date/);
  });

  it('drops functions, makes undefined array items null and non-finite numbers null', () => {
    const out = toClientResult({ f: () => 1, list: [undefined, Number.NaN, 1], u: undefined });
    expect(out.value).toEqual({ list: [null, null, 1] });
    expect(out.warnings).toEqual(['f is a function: dropped']);
  });

  it('rejects circular structures and class instances', () => {
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => toClientResult(loop)).toThrow(/circular/);
    class Range {}
    expect(toClientResult({ r: new Range() }).value).toEqual({ r: null });
  });

  it('keeps undefined for a function that returns nothing', () => {
    expect(toClientResult(undefined).value).toBeUndefined();
  });
});

// The core side of one fit per sheet (formulas/shared-fit.ts), with an in-memory store standing in
// for the document cache: the second formula on the same data reads the fit and writes nothing, and
// every answer equals the one computed with no store. A saved fit that does not match these
// customers (a collision, a stale entry) is ignored, not used.
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells';
import type { SharedFitStore } from '../../../src/core/formulas/formula-environment';
import * as formulas from '../../../src/core/formulas/formulas';
import { readCdnowSample } from '../../support/cdnow';

const plain = { timeZone: 'UTC', locale: 'en_US', now: new Date('1997-09-30T12:00:00Z') };
const rows: CellValue[][] = readCdnowSample()
  .filter((r) => Number(r.sampleId) <= 600)
  .map((r) => [r.sampleId, new Date(Date.UTC(r.year, r.month - 1, r.day)), r.dollars]);
const keys = [...new Set(rows.map((r) => r[0] as string))].map((k) => [k]);

function memoryStore() {
  const entries = new Map<string, string>();
  const calls = { gets: 0, puts: 0 };
  const store: SharedFitStore = {
    version: 'test-build',
    get: (key) => {
      calls.gets++;
      return entries.get(key);
    },
    put: (key, text) => {
      calls.puts++;
      entries.set(key, text);
    },
  };
  return { store, entries, calls };
}

describe('formulas sharing one fit through a store', () => {
  it('the second and later formulas read the fit, write nothing, and answer as without a store', () => {
    const { store, entries, calls } = memoryStore();
    const env = { ...plain, sharedFits: store };
    const repeat = formulas.repeatProbabilityFormula(keys, rows, 90, undefined, env);
    expect(calls).toEqual({ gets: 1, puts: 1 });
    const value = formulas.predictedValueFormula(keys, rows, 365, undefined, env);
    const model = formulas.customerModelFormula(rows, undefined, env);
    const insights = formulas.customerInsights(rows, undefined, 'zh-CN', env);
    expect(calls).toEqual({ gets: 4, puts: 1 });
    expect(entries.size).toBe(1);
    expect(repeat).toEqual(formulas.repeatProbabilityFormula(keys, rows, 90, undefined, plain));
    expect(value).toEqual(formulas.predictedValueFormula(keys, rows, 365, undefined, plain));
    expect(model).toEqual(formulas.customerModelFormula(rows, undefined, plain));
    expect(insights).toEqual(formulas.customerInsights(rows, undefined, 'zh-CN', plain));
  });

  it('a fit made lazily after the formula has its analysis (CUSTOMER_WHY worded for a net spend of 0) is saved too', () => {
    const { store, calls } = memoryStore();
    const env = { ...plain, sharedFits: store };
    // A customer whose net spend is 0: their reason may speak of the predicted value, so reading it fits.
    const withZero: CellValue[][] = [...rows, ['zero', new Date(Date.UTC(1997, 5, 1)), 0]];
    const first = formulas.customerWhyFormula([['zero']], withZero, undefined, 'en', env);
    expect(calls).toEqual({ gets: 1, puts: 1 });
    const again = formulas.customerWhyFormula([['zero']], withZero, undefined, 'en', env);
    expect(calls).toEqual({ gets: 2, puts: 1 });
    expect(again).toEqual(first);
    expect(first).toEqual(formulas.customerWhyFormula([['zero']], withZero, undefined, 'en', plain));
  });

  it('with a model named: CUSTOMER_MODEL adds the check to the saved fit once, and the other formulas neither redo nor drop it', () => {
    const { store, calls } = memoryStore();
    const env = { ...plain, sharedFits: store };
    formulas.repeatProbabilityFormula(keys, rows, 90, undefined, env, undefined, 'bg-nbd');
    expect(calls.puts).toBe(1);
    // CUSTOMER_MODEL reports the check, which the first call skipped: it runs it and saves it.
    const model = formulas.customerModelFormula(rows, undefined, env, undefined, 'bg-nbd');
    expect(calls.puts).toBe(2);
    const value = formulas.predictedValueFormula(keys, rows, 365, undefined, env, undefined, 'bg-nbd');
    expect(formulas.customerModelFormula(rows, undefined, env, undefined, 'bg-nbd')).toEqual(model);
    expect(calls.puts).toBe(2);
    expect(model).toEqual(formulas.customerModelFormula(rows, undefined, plain, undefined, 'bg-nbd'));
    expect(value).toEqual(
      formulas.predictedValueFormula(keys, rows, 365, undefined, plain, undefined, 'bg-nbd'),
    );
  });

  it('a saved fit of other customers under this key (as a collision would put it) is ignored and replaced', () => {
    const { store, entries, calls } = memoryStore();
    const fewer = rows.filter((r) => Number(r[0]) <= 300);
    formulas.customerModelFormula(fewer, undefined, { ...plain, sharedFits: store });
    const foreign = [...entries.values()][0];
    // Every get answers with the other sheet's fit.
    const colliding: SharedFitStore = { ...store, get: () => foreign };
    const env = { ...plain, sharedFits: colliding };
    expect(formulas.customerModelFormula(rows, undefined, env)).toEqual(
      formulas.customerModelFormula(rows, undefined, plain),
    );
    expect(calls.puts).toBe(2);
  });
});

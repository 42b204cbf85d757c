// The core side of one analysis per sheet (formulas/shared-analysis.ts), with an in-memory store
// standing in for the document cache: the first formula on some data saves the analysis, the later
// ones read it and write nothing, and every answer equals the one computed with no store. A saved
// analysis that does not match these inputs (a collision, a stale entry) is ignored, not used; one
// above the part bound is not kept, and then the fit alone is shared, as before.
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

function memoryStore(maxParts?: number) {
  const entries = new Map<string, string>();
  const calls = { gets: 0, puts: 0 };
  const store: SharedFitStore = {
    version: 'test-build',
    ...(maxParts === undefined ? {} : { maxParts }),
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

const analysisKeys = (entries: Map<string, string>) =>
  [...entries.keys()].filter((k) => /^regulars-analysis-[0-9a-f]{16}$/.test(k));
const fitKeys = (entries: Map<string, string>) =>
  [...entries.keys()].filter((k) => /^regulars-fit-[0-9a-f]{16}$/.test(k));

describe('formulas sharing one analysis through a store', () => {
  it('the second and later formulas read the analysis, write nothing, and answer as without a store', () => {
    const { store, entries, calls } = memoryStore();
    const env = { ...plain, sharedFits: store };
    const repeat = formulas.repeatProbabilityFormula(keys, rows, 90, undefined, env);
    // The miss looks for the analysis, then for a fit, and keeps the analysis (the fit inside it).
    expect(calls).toEqual({ gets: 2, puts: 1 });
    const value = formulas.predictedValueFormula(keys, rows, 365, undefined, env);
    const model = formulas.customerModelFormula(rows, undefined, env);
    const insights = formulas.customerInsights(rows, undefined, 'zh-CN', env);
    expect(calls).toEqual({ gets: 5, puts: 1 });
    expect(analysisKeys(entries)).toHaveLength(1);
    expect(entries.size).toBe(1);
    expect(repeat).toEqual(formulas.repeatProbabilityFormula(keys, rows, 90, undefined, plain));
    expect(value).toEqual(formulas.predictedValueFormula(keys, rows, 365, undefined, plain));
    expect(model).toEqual(formulas.customerModelFormula(rows, undefined, plain));
    expect(insights).toEqual(formulas.customerInsights(rows, undefined, 'zh-CN', plain));
  });

  it('a formula that needs no model (CUSTOMER_WHY, worded for a net spend of 0) keeps an analysis with the fit and predictions, which serves the model formulas', () => {
    const { store, calls } = memoryStore();
    const env = { ...plain, sharedFits: store };
    // A customer whose net spend is 0: their reason may speak of the predicted value.
    const withZero: CellValue[][] = [...rows, ['zero', new Date(Date.UTC(1997, 5, 1)), 0]];
    const first = formulas.customerWhyFormula([['zero']], withZero, undefined, 'en', env);
    expect(calls).toEqual({ gets: 2, puts: 1 });
    const again = formulas.customerWhyFormula([['zero']], withZero, undefined, 'en', env);
    const value = formulas.predictedValueFormula(keys, withZero, 365, undefined, env);
    expect(calls).toEqual({ gets: 4, puts: 1 });
    expect(value).toEqual(formulas.predictedValueFormula(keys, withZero, 365, undefined, plain));
    expect(again).toEqual(first);
    expect(first).toEqual(formulas.customerWhyFormula([['zero']], withZero, undefined, 'en', plain));
  });

  it('with a model named: CUSTOMER_MODEL adds the check to the saved analysis once, and the other formulas neither redo nor drop it', () => {
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

  it('a saved analysis or fit of other data under this key (as a collision would put it) is ignored and replaced', () => {
    const { store, entries, calls } = memoryStore();
    const fewer = rows.filter((r) => Number(r[0]) <= 300);
    formulas.customerModelFormula(fewer, undefined, { ...plain, sharedFits: store });
    const foreign = [...entries.values()][0];
    // Every get answers with the other range's analysis: refused, as it is for a range of another length.
    const colliding: SharedFitStore = { ...store, get: () => foreign };
    const env = { ...plain, sharedFits: colliding };
    expect(formulas.customerModelFormula(rows, undefined, env)).toEqual(
      formulas.customerModelFormula(rows, undefined, plain),
    );
    expect(formulas.lifecycleStageFormula(keys, rows, undefined, 'en', env)).toEqual(
      formulas.lifecycleStageFormula(keys, rows, undefined, 'en', plain),
    );
    expect(calls.puts).toBe(3);
    // Above the part bound only the fit is kept: a fit of other customers is refused as well.
    const small = memoryStore(0);
    formulas.customerModelFormula(fewer, undefined, { ...plain, sharedFits: small.store });
    const foreignFit = [...small.entries.values()][0];
    expect(fitKeys(small.entries)).toHaveLength(1);
    const envFit = { ...plain, sharedFits: { ...small.store, get: () => foreignFit } };
    expect(formulas.customerModelFormula(rows, undefined, envFit)).toEqual(
      formulas.customerModelFormula(rows, undefined, plain),
    );
  });

  it('an analysis above the part bound is not kept: the fit alone is shared, as before, and answers are as without a store', () => {
    const { store, entries, calls } = memoryStore(0);
    const env = { ...plain, sharedFits: store };
    // A formula that needs no model does not fit one only to share it.
    const stages = formulas.lifecycleStageFormula(keys, rows, undefined, 'zh-TW', env);
    expect(calls).toEqual({ gets: 1, puts: 0 });
    const repeat = formulas.repeatProbabilityFormula(keys, rows, 90, undefined, env);
    expect(calls).toEqual({ gets: 3, puts: 1 });
    expect(fitKeys(entries)).toHaveLength(1);
    expect(analysisKeys(entries)).toHaveLength(0);
    const model = formulas.customerModelFormula(rows, undefined, env);
    // A miss of the analysis, a hit of the fit: nothing written again.
    expect(calls).toEqual({ gets: 5, puts: 1 });
    expect(stages).toEqual(formulas.lifecycleStageFormula(keys, rows, undefined, 'zh-TW', plain));
    expect(repeat).toEqual(formulas.repeatProbabilityFormula(keys, rows, 90, undefined, plain));
    expect(model).toEqual(formulas.customerModelFormula(rows, undefined, plain));
  });
});

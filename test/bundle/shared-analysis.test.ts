// One analysis per sheet through the document cache (issue 13, "One analysis per sheet, not per
// column"), through the built dist/Code.js in the Apps Script fake. Each formula call is its own
// execution, as in Sheets: a fresh V8 context loads the bundle and receives the range with that
// context's Dates; only the fake's CacheService outlives it. A shared analysis may only save time:
// every answer here is compared with the answer of the same call computed with no cache at all.
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { LIFECYCLE_STAGES } from '../../src/core/lifecycle/lifecycle-stage';
import { readParts, splitIntoParts } from '../../src/core/share/cache-parts';
import { COLUMNS } from '../../src/core/share/shared-columns';
import { readCdnowSample } from '../support/cdnow';
import { createGasFake, type GasFake } from '../support/gas-fake';
import { codeText } from '../support/load-bundle';

type Fn = (...args: unknown[]) => unknown;
/** A purchase row with its date as epoch milliseconds, turned into a Date of each execution's realm. */
type Row = [string, number, number];

let code: string;
let rows: Row[];
let keys: string[][];
const AS_OF = Date.UTC(1997, 8, 30);

beforeAll(() => {
  code = codeText();
  // The first 800 customers of the CDNOW sample: enough for the hold-out check and both fits, and
  // quick in node:vm, where every execution loads the bundle again.
  const sample = readCdnowSample().filter((r) => Number(r.sampleId) <= 800);
  rows = sample.map((r) => [r.sampleId, Date.UTC(r.year, r.month - 1, r.day), r.dollars]);
  keys = [...new Set(rows.map((r) => r[0]))].slice(0, 200).map((k) => [k]);
});

function newFake(): GasFake {
  const fake = createGasFake({ timeZone: 'UTC', locale: 'en_US' });
  fake.setAuthMode('CUSTOM_FUNCTION');
  return fake;
}

/** One custom-function execution: a fresh context, the bundle loaded, the formula called once. */
function execute(fake: GasFake, data: Row[], formula: string, ...rest: unknown[]): unknown {
  const context = fake.vmContext();
  vm.runInContext(code, context, { filename: 'Code.js' });
  const CtxDate = vm.runInContext('Date', context) as DateConstructor;
  const grid = data.map(([k, ms, amount]) => [k, new CtxDate(ms), amount]);
  const asOf = new CtxDate(AS_OF);
  const args: Record<string, unknown[]> = {
    CUSTOMER_MODEL: [grid, asOf],
    CUSTOMER_INSIGHTS: [grid, asOf, 'en'],
    REPEAT_PROBABILITY: [keys, grid, 90, asOf],
    PREDICTED_VALUE: [keys, grid, 365, asOf],
    LIFECYCLE_STAGE: [keys, grid, asOf, 'en'],
    RFM_SCORE: [keys, grid, asOf],
  };
  const out = (context[formula] as Fn)(...[...args[formula]!, ...rest]);
  // Dates of another realm compare by time: the answers are compared as plain JSON.
  return JSON.parse(JSON.stringify(out));
}

const uncachedAnswers = new Map<string, unknown>();
/** The same call with no document cache at all (getDocumentCache() gives null); each computed once. */
function uncached(data: Row[], formula: string, ...rest: unknown[]): unknown {
  const id = JSON.stringify([data === rows ? 'rows' : data, formula, rest]);
  if (!uncachedAnswers.has(id)) {
    const fake = newFake();
    fake.cache.inDocument = false;
    uncachedAnswers.set(id, execute(fake, data, formula, ...rest));
  }
  return uncachedAnswers.get(id);
}

const analysisKeys = (fake: GasFake) =>
  fake.cache.document.keys().filter((k) => /^regulars-analysis-[0-9a-f]{16}$/.test(k));

/** The analysis saved under `key`, as text, and a way to save a changed one there (re-checksummed). */
function savedText(fake: GasFake, key: string): string {
  const read = (ks: string[]) => Object.fromEntries(ks.map((k) => [k, fake.cache.document.peek(k)]));
  return readParts(key, read)!;
}
function save(fake: GasFake, key: string, text: string): void {
  for (const [k, v] of Object.entries(splitIntoParts(key, text))) fake.cache.document.api.put(k, v, 600);
}

describe('formulas on the same purchases share one analysis through the document cache', () => {
  it('formula columns on the same range: the first saves the analysis, the others read it and write nothing; answers equal those without a cache', () => {
    const fake = newFake();
    const first = execute(fake, rows, 'REPEAT_PROBABILITY');
    expect(analysisKeys(fake)).toHaveLength(1);
    expect(fake.cache.document.keys()).toEqual(analysisKeys(fake));
    expect(fake.cache.document.calls.writes).toBe(1);
    // The miss read twice: the analysis, then a fit, neither there.
    expect(fake.cache.document.calls.reads).toBe(2);
    const second = execute(fake, rows, 'PREDICTED_VALUE');
    const model = execute(fake, rows, 'CUSTOMER_MODEL');
    const insights = execute(fake, rows, 'CUSTOMER_INSIGHTS');
    // Hits: the analysis read (one value here), never written again.
    expect(fake.cache.document.calls.writes).toBe(1);
    expect(fake.cache.document.calls.reads).toBe(5);
    expect(first).toEqual(uncached(rows, 'REPEAT_PROBABILITY'));
    expect(second).toEqual(uncached(rows, 'PREDICTED_VALUE'));
    expect(model).toEqual(uncached(rows, 'CUSTOMER_MODEL'));
    expect(insights).toEqual(uncached(rows, 'CUSTOMER_INSIGHTS'));
    // Never the script or user cache, which other spreadsheets' executions share.
    expect(fake.cache.script.keys()).toEqual([]);
    expect(fake.cache.user.keys()).toEqual([]);
  });

  it('the later calls really answer from the saved analysis: a predicted value, a stage and the fit’s r changed there (re-checksummed) change their answers', () => {
    const fake = newFake();
    execute(fake, rows, 'RFM_SCORE');
    const [key] = analysisKeys(fake);
    const lines = savedText(fake, key!).split('\n');
    // The last line is the predicted values: the first customer's doubled.
    const values = JSON.parse(lines[lines.length - 1]!) as number[];
    values[0] = values[0]! * 2 + 1;
    lines[lines.length - 1] = JSON.stringify(values);
    save(fake, key!, lines.join('\n'));
    const tampered = execute(fake, rows, 'PREDICTED_VALUE') as number[][];
    const honest = uncached(rows, 'PREDICTED_VALUE') as number[][];
    expect(tampered[0]![0]).toBe(values[0]);
    expect(tampered.slice(1)).toEqual(honest.slice(1));
    // The fit's r (first line) changed: the repeat probabilities, worked out from the model, move.
    const head = JSON.parse(lines[0]!);
    const purchases = head.fit.model.purchases;
    for (const params of [purchases.params, purchases.mbgNbd, purchases.mbgCnbdK, purchases.commonDropout])
      if (params) params.r *= 2;
    lines[0] = JSON.stringify(head);
    save(fake, key!, lines.join('\n'));
    expect(execute(fake, rows, 'REPEAT_PROBABILITY')).not.toEqual(uncached(rows, 'REPEAT_PROBABILITY'));
    expect(execute(fake, rows, 'LIFECYCLE_STAGE')).toEqual(uncached(rows, 'LIFECYCLE_STAGE'));
    // The stage column (its line after the head): the first customer's stage changed, LIFECYCLE_STAGE
    // answers it, not a stage decided again.
    const at = COLUMNS.indexOf('stage') + 1;
    const stages = JSON.parse(lines[at]!) as number[];
    stages[0] = (stages[0]! + 1) % LIFECYCLE_STAGES.length;
    lines[at] = JSON.stringify(stages);
    save(fake, key!, lines.join('\n'));
    const restaged = execute(fake, rows, 'LIFECYCLE_STAGE') as string[][];
    const honestStages = uncached(rows, 'LIFECYCLE_STAGE') as string[][];
    expect(restaged[0]![0]).not.toBe(honestStages[0]![0]);
    expect(restaged.slice(1)).toEqual(honestStages.slice(1));
  });

  it('a corrupt saved value is refused: the answer equals the uncached one and a sound analysis is saved again', () => {
    const fake = newFake();
    execute(fake, rows, 'REPEAT_PROBABILITY');
    const [key] = analysisKeys(fake);
    const value = fake.cache.document.peek(key!)!;
    // One digit of the payload changed: the checksum no longer matches.
    const at = value.indexOf('"r":') + 4;
    fake.cache.document.poke(
      key!,
      value.slice(0, at) + (value[at] === '1' ? '2' : '1') + value.slice(at + 1),
    );
    expect(execute(fake, rows, 'PREDICTED_VALUE')).toEqual(uncached(rows, 'PREDICTED_VALUE'));
    expect(fake.cache.document.calls.writes).toBe(2);
    expect(fake.cache.document.peek(key!)).toBe(value);
  });

  it('garbage under the key, an evicted entry, a failing cache or no document cache: answers equal the uncached ones', () => {
    const expected = uncached(rows, 'LIFECYCLE_STAGE');
    const fake = newFake();
    execute(fake, rows, 'REPEAT_PROBABILITY');
    const [key] = analysisKeys(fake);
    fake.cache.document.poke(key!, 'not a saved analysis');
    expect(execute(fake, rows, 'LIFECYCLE_STAGE')).toEqual(expected);
    fake.cache.document.evictAll();
    expect(execute(fake, rows, 'LIFECYCLE_STAGE')).toEqual(expected);
    fake.cache.document.failure = 'Service error: Cache';
    expect(execute(fake, rows, 'LIFECYCLE_STAGE')).toEqual(expected);
    fake.cache.document.failure = null;
    fake.cache.inDocument = false;
    expect(execute(fake, rows, 'LIFECYCLE_STAGE')).toEqual(expected);
  });

  it('a changed cell is a miss: one amount changed gives a second key and the changed data’s own answers', () => {
    const fake = newFake();
    execute(fake, rows, 'CUSTOMER_MODEL');
    const changed = rows.map((r) => [...r] as Row);
    changed[10]![2] += 1;
    const answer = execute(fake, changed, 'CUSTOMER_MODEL');
    expect(analysisKeys(fake)).toHaveLength(2);
    expect(answer).toEqual(uncached(changed, 'CUSTOMER_MODEL'));
  });

  it('a different model argument is another key, and each answers as uncached', () => {
    const fake = newFake();
    const auto = execute(fake, rows, 'REPEAT_PROBABILITY');
    const bg = execute(fake, rows, 'REPEAT_PROBABILITY', '', 'bg-nbd');
    const mbg = execute(fake, rows, 'CUSTOMER_MODEL', '', 'mbg-nbd');
    expect(analysisKeys(fake)).toHaveLength(3);
    expect(auto).toEqual(uncached(rows, 'REPEAT_PROBABILITY'));
    expect(bg).toEqual(uncached(rows, 'REPEAT_PROBABILITY', '', 'bg-nbd'));
    expect(mbg).toEqual(uncached(rows, 'CUSTOMER_MODEL', '', 'mbg-nbd'));
    // CUSTOMER_MODEL with a fixed model needs the check the earlier fixed-model call skipped.
    expect(execute(fake, rows, 'CUSTOMER_MODEL', '', 'bg-nbd')).toEqual(
      uncached(rows, 'CUSTOMER_MODEL', '', 'bg-nbd'),
    );
  });
});

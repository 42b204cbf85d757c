// Every formula answers from a shared analysis exactly what it answers without one (issue 13, "One
// analysis per sheet"): through the built dist/Code.js in the Apps Script fake, each call a fresh
// execution, as in Sheets. For a plain log and for a Shopify export with rows left out (voided,
// refunded, another currency, anonymous…), one column misses and saves the analysis, then each of
// the 12 formulas, in each language, for a whole column of customers and for a few names (a
// left-out customer, a name not in the log, a blank) hits, and its answer is compared with the same
// call computed with no document cache at all.
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCdnowSample } from '../support/cdnow';
import { exportFixtures } from '../support/export-fixtures';
import { createGasFake, type GasFake } from '../support/gas-fake';
import { codeText } from '../support/load-bundle';

type Fn = (...args: unknown[]) => unknown;

/** A log as the test keeps it: cells, with each date as epoch milliseconds to be made a Date of the execution's realm. */
interface Log {
  name: string;
  timeZone: string;
  locale: string;
  cells: (string | number | boolean | { ms: number })[][];
  asOfMs: number;
  /** Every analysed or left-out customer key, in first-seen order: a whole column. */
  column: string[][];
  /** A few names: customers, one whose rows were all left out, one not in the log, a blank. */
  few: string[][];
}

let code: string;
const logs: Log[] = [];

beforeAll(() => {
  code = codeText();
  const sample = readCdnowSample().filter((r) => Number(r.sampleId) <= 400);
  const plainCells = sample.map((r) => [r.sampleId, { ms: Date.UTC(r.year, r.month - 1, r.day) }, r.dollars]);
  const ids = [...new Set(sample.map((r) => r.sampleId))];
  logs.push({
    name: 'plain log (CDNOW sample, 400 customers)',
    timeZone: 'UTC',
    locale: 'en_US',
    cells: plainCells,
    asOfMs: Date.UTC(1997, 8, 30),
    column: ids.map((k) => [k]),
    few: [[ids[3]!], [ids[0]!], ['nobody'], ['']],
  });
  const shopify = exportFixtures().find((f) => f.platform === 'shopify' && f.file === 'orders_2024.csv')!;
  // Dates of the fixture are text timestamps ('2024-03-05 14:25:01 +0800'): no Date cells to make.
  const cells = shopify.rows.map((row) =>
    row.map((c) =>
      c === null ? '' : typeof c === 'object' ? { ms: Date.parse(`${c.date}T00:00:00+08:00`) } : c,
    ),
  );
  const emailAt = (cells[0] as string[]).indexOf('Email');
  const emails = [...new Set(cells.slice(1).map((r) => String(r[emailAt] ?? '').trim()))].filter((e) => e);
  logs.push({
    name: 'Shopify export with rows left out',
    timeZone: shopify.timeZone,
    locale: shopify.locale,
    cells,
    asOfMs: Date.parse(`${shopify.asOf}T00:00:00+08:00`),
    column: emails.map((e) => [e]),
    few: [['alice@example.com'], ['carol@example.com'], ['frank@example.de'], ['zed@example.com'], ['']],
  });
});

function newFake(log: Log): GasFake {
  const fake = createGasFake({ timeZone: log.timeZone, locale: log.locale });
  fake.setAuthMode('CUSTOM_FUNCTION');
  return fake;
}

/** One custom-function execution: a fresh context, the bundle loaded, the formula called once. */
function execute(fake: GasFake, log: Log, formula: string, keys: string[][], language: string): unknown {
  const context = fake.vmContext();
  vm.runInContext(code, context, { filename: 'Code.js' });
  const CtxDate = vm.runInContext('Date', context) as DateConstructor;
  const grid = log.cells.map((row) =>
    row.map((c) => (typeof c === 'object' && c !== null ? new CtxDate(c.ms) : c)),
  );
  const asOf = new CtxDate(log.asOfMs);
  const args: Record<string, unknown[]> = {
    CUSTOMER_INSIGHTS: [grid, asOf, language],
    CUSTOMER_MODEL: [grid, asOf],
    RFM_SCORE: [keys, grid, asOf],
    RFM_SEGMENT: [keys, grid, asOf, language],
    VALUE_TIER: [keys, grid, asOf, language],
    LIFECYCLE_STAGE: [keys, grid, asOf, language],
    CUSTOMER_WHY: [keys, grid, asOf, language],
    REPEAT_PROBABILITY: [keys, grid, 90, asOf],
    EXPECTED_PURCHASES: [keys, grid, 365, asOf],
    NEXT_PURCHASE_DATE: [keys, grid, asOf],
    PREDICTED_VALUE: [keys, grid, 365, asOf],
    LOYALTY_SCORE: [keys, grid, '', '', asOf],
  };
  const out = (context[formula] as Fn)(...args[formula]!);
  // Dates of another realm compare by time: the answers are compared as plain JSON (numbers keep
  // every bit through it).
  return JSON.parse(JSON.stringify(out));
}

const WORDED = new Set(['CUSTOMER_INSIGHTS', 'RFM_SEGMENT', 'VALUE_TIER', 'LIFECYCLE_STAGE', 'CUSTOMER_WHY']);
const FORMULAS = [
  'CUSTOMER_INSIGHTS',
  'CUSTOMER_MODEL',
  'RFM_SCORE',
  'RFM_SEGMENT',
  'VALUE_TIER',
  'LIFECYCLE_STAGE',
  'CUSTOMER_WHY',
  'REPEAT_PROBABILITY',
  'EXPECTED_PURCHASES',
  'NEXT_PURCHASE_DATE',
  'PREDICTED_VALUE',
  'LOYALTY_SCORE',
];

describe('each of the 12 formulas answers from a shared analysis exactly as without a cache', () => {
  for (const at of [0, 1]) {
    it(`${at === 0 ? 'plain log' : 'Shopify export with rows left out'}: every formula and language, a whole column and a few names`, () => {
      const log = logs[at]!;
      const fake = newFake(log);
      const plain = newFake(log);
      plain.cache.inDocument = false;
      // The first column misses and keeps the analysis; every call after it is a hit.
      execute(fake, log, 'RFM_SCORE', log.column, 'en');
      const keys = fake.cache.document.keys();
      expect(keys.filter((k) => k.startsWith('regulars-analysis-'))).toHaveLength(1);
      const writes = fake.cache.document.calls.writes;
      let compared = 0;
      for (const formula of FORMULAS) {
        for (const language of WORDED.has(formula) ? ['en', 'zh-CN', 'zh-TW'] : ['en']) {
          for (const names of [log.column, log.few]) {
            const hit = execute(fake, log, formula, names, language);
            const miss = execute(plain, log, formula, names, language);
            expect(hit, `${formula} ${language} ${names.length} names`).toEqual(miss);
            compared++;
          }
        }
      }
      expect(compared).toBe(2 * (7 + 5 * 3));
      // Hits only: nothing written after the first column.
      expect(fake.cache.document.calls.writes).toBe(writes);
    });
  }

  it('the export’s left-out customers are answered from the shared analysis with their reasons', () => {
    const log = logs[1]!;
    const fake = newFake(log);
    execute(fake, log, 'RFM_SCORE', log.column, 'en');
    const reads = fake.cache.document.calls.reads;
    const why = execute(
      fake,
      log,
      'CUSTOMER_WHY',
      [['carol@example.com'], ['frank@example.de']],
      'en',
    ) as string[][];
    expect(fake.cache.document.calls.reads).toBeGreaterThan(reads);
    expect(why[0]![0]).toMatch(/not analysed; 1 row left out: voided/);
    expect(why[1]![0]).toMatch(/not analysed; 1 row left out: another currency/);
  });
});

// One custom-function call as Sheets runs it: a fresh process loads dist/Code.js as a plain script
// (as Apps Script loads a project for every custom-function call), then calls one formula once on
// the case's log. Prints one JSON line: load and call times, garbage-collection time during the call,
// peak memory. `warm` mode calls the same formula several times in one process instead.
//   node cold-call.mjs CASE FORMULA [cold|warm] [CACHE_DIR]
// With CACHE_DIR, CacheService.getDocumentCache() is a stand-in for the document cache kept as one file
// per key in that directory, so fresh processes in sequence share it as executions share the real one
// (whose own latency cannot be measured here: a get or put here is a local file read or write).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import vm from 'node:vm';
import { caseLog, customerColumn } from './case-log';

const root = join(import.meta.dirname, '..');
const [caseName = 'cdnow', formula = 'CUSTOMER_INSIGHTS', mode = 'cold', cacheDir] = process.argv.slice(2);

/** The document cache's get/getAll/put/putAll over files, one per key (expiry is not modelled). */
function fileCache(dir: string) {
  const file = (key: string) => join(dir, encodeURIComponent(key));
  const get = (key: string) => (existsSync(file(key)) ? readFileSync(file(key), 'utf8') : null);
  const put = (key: string, value: string) => writeFileSync(file(key), value);
  return {
    get,
    getAll: (keys: string[]) => {
      const out: Record<string, string> = {};
      for (const key of keys) {
        const value = get(key);
        if (value !== null) out[key] = value;
      }
      return out;
    },
    put,
    putAll: (values: Record<string, string>) => {
      for (const [key, value] of Object.entries(values)) put(key, value);
    },
  };
}

/** How each of the 12 formulas is called on a purchase range: what the README shows. */
type Call = (
  fn: (...args: unknown[]) => unknown,
  rows: unknown[][],
  customers: unknown[][],
  asOf: Date,
) => unknown;
const CALLS: Record<string, Call> = {
  CUSTOMER_INSIGHTS: (fn, rows, _c, asOf) => fn(rows, asOf, 'en'),
  CUSTOMER_MODEL: (fn, rows, _c, asOf) => fn(rows, asOf),
  RFM_SCORE: (fn, rows, customers, asOf) => fn(customers, rows, asOf),
  RFM_SEGMENT: (fn, rows, customers, asOf) => fn(customers, rows, asOf, 'en'),
  VALUE_TIER: (fn, rows, customers, asOf) => fn(customers, rows, asOf, 'en'),
  LIFECYCLE_STAGE: (fn, rows, customers, asOf) => fn(customers, rows, asOf, 'en'),
  CUSTOMER_WHY: (fn, rows, customers, asOf) => fn(customers, rows, asOf, 'en'),
  REPEAT_PROBABILITY: (fn, rows, customers, asOf) => fn(customers, rows, 90, asOf),
  EXPECTED_PURCHASES: (fn, rows, customers, asOf) => fn(customers, rows, 365, asOf),
  NEXT_PURCHASE_DATE: (fn, rows, customers, asOf) => fn(customers, rows, asOf),
  PREDICTED_VALUE: (fn, rows, customers, asOf) => fn(customers, rows, 365, asOf),
  LOYALTY_SCORE: (fn, rows, customers, asOf) => fn(customers, rows, '', '', asOf),
};
const TAKES_CUSTOMERS = new Set(
  Object.keys(CALLS).filter((f) => f !== 'CUSTOMER_INSIGHTS' && f !== 'CUSTOMER_MODEL'),
);
const call = CALLS[formula];
if (!call) throw new Error(`unknown formula ${formula}`);

// The cells exist before the script loads, as Sheets marshals a range before the call. The customers
// column only for the formulas that take one: Sheets marshals no such range for CUSTOMER_INSIGHTS or
// CUSTOMER_MODEL (on a million rows it is ≈ 50 MB of cells the call's peak memory would wrongly count).
const { rows, asOf } = caseLog(caseName, (ms) => new Date(ms));
const customers = TAKES_CUSTOMERS.has(formula) ? customerColumn(rows) : [];

let gcMs = 0;
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcMs += entry.duration;
});
observer.observe({ entryTypes: ['gc'] });
// GC entries reach the observer in a later task of the event loop, not at once.
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
await settle();
gcMs = 0;

const code = readFileSync(join(root, 'dist', 'Code.js'), 'utf8');
if (cacheDir) {
  const cache = fileCache(cacheDir);
  (globalThis as Record<string, unknown>).CacheService = { getDocumentCache: () => cache };
}
(globalThis as Record<string, unknown>).SpreadsheetApp = {
  getActiveSpreadsheet: () => ({ getSpreadsheetTimeZone: () => 'UTC', getSpreadsheetLocale: () => 'en_US' }),
};
const t0 = performance.now();
vm.runInThisContext(`${code}\n;globalThis.__formula = ${formula};`, { filename: 'Code.js' });
const loadMs = performance.now() - t0;
const fn = (globalThis as Record<string, unknown>).__formula as (...args: unknown[]) => unknown;

const times: number[] = [];
// CPU time of the process during the call: steadier than wall time on a shared machine.
const cpuTimes: number[] = [];
let outputRows = 0;
for (let i = 0; i < (mode === 'warm' ? 6 : 1); i++) {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const out = call(fn, rows, customers, asOf);
  times.push(performance.now() - start);
  const cpu = process.cpuUsage(cpuStart);
  cpuTimes.push((cpu.user + cpu.system) / 1000);
  outputRows = Array.isArray(out) ? out.length : 1;
}
await settle();
observer.disconnect();
// Warm: the median of the calls after the first.
const callMs =
  mode === 'warm' ? times.slice(1).sort((a, b) => a - b)[Math.floor((times.length - 1) / 2)]! : times[0]!;
console.log(
  JSON.stringify({
    case: caseName,
    formula,
    mode,
    sharedCache: cacheDir ? 'file stand-in' : 'none',
    rows: rows.length,
    outputRows,
    loadMs,
    callMs,
    callCpuMs: mode === 'warm' ? undefined : cpuTimes[0],
    gcMs: mode === 'warm' ? undefined : gcMs,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);

// One benchmark case, run in its own process so its peak memory is its own. Prints one JSON line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { type AnalysisStage, analyzePurchases } from '../src/core/analysis';
import type { CellValue } from '../src/core/cells';
import { generateLog } from './generate-log';

const root = join(import.meta.dirname, '..');
const [caseName = '10k'] = process.argv.slice(2);

// The bundle runs in a bare context as in Apps Script; cells are made with its own Date.
const context = vm.createContext({
  SpreadsheetApp: {
    getActiveSpreadsheet: () => ({
      getSpreadsheetTimeZone: () => 'UTC',
      getSpreadsheetLocale: () => 'en_US',
    }),
  },
});
vm.runInContext(readFileSync(join(root, 'dist', 'Code.js'), 'utf8'), context);
const CtxDate = vm.runInContext('Date', context) as DateConstructor;
const makeDate = (ms: number) => new CtxDate(ms);

function cdnowMaster(): { rows: CellValue[][]; asOf: Date } {
  const text = readFileSync(join(root, '..', 'shared', 'data', 'cdnow', 'CDNOW_master.txt'), 'utf8');
  const rows: CellValue[][] = [];
  for (const line of text.split('\n').slice(1)) {
    const [id, ymd, , dollars] = line.trim().split(/\s+/);
    if (!id || !ymd) continue;
    const ms = Date.UTC(Number(ymd.slice(0, 4)), Number(ymd.slice(4, 6)) - 1, Number(ymd.slice(6, 8)));
    rows.push([id, makeDate(ms), Number(dollars)]);
  }
  return { rows, asOf: makeDate(Date.UTC(1998, 5, 30)) };
}

const sizes: Record<string, number> = { '10k': 10_000, '100k': 100_000, '1M': 1_000_000 };
const { rows, asOf } = caseName === 'cdnow' ? cdnowMaster() : generateLog(sizes[caseName]!, 42, makeDate);

// Stages, measured on the core directly.
const stageMs: Partial<Record<AnalysisStage, number>> = {};
let mark = performance.now();
const analysis = analyzePurchases(rows, {
  timeZone: 'UTC',
  dateOrder: 'YMD',
  asOfDay: Math.floor(asOf.getTime() / 86_400_000),
  onStageEnd: (stage) => {
    const now = performance.now();
    stageMs[stage] = now - mark;
    mark = now;
  },
});

// The whole custom function, called the way Sheets calls it, through the built bundle (best of 3).
const insights = context.CUSTOMER_INSIGHTS as (p: unknown, asOf: unknown, language: unknown) => unknown[][];
let totalMs = Number.POSITIVE_INFINITY;
let outputRows = 0;
for (let i = 0; i < 3; i++) {
  const t0 = performance.now();
  const out = insights(rows, asOf, 'en');
  totalMs = Math.min(totalMs, performance.now() - t0);
  outputRows = out.length;
}

console.log(
  JSON.stringify({
    case: caseName,
    rows: rows.length,
    customers: analysis.customers.length,
    outputRows,
    issues: analysis.log.issues.length,
    method: analysis.model.method,
    stageMs,
    totalMs,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);

// One benchmark case in one mode, in its own process so its peak memory is its own. Prints one JSON
// line. Modes:
// - core:   the analysis stages (read, summarise, fit, score) called directly, reading the range as
//           a formula does (an export's reader when its header is found);
// - script: CUSTOMER_INSIGHTS through the built dist/Code.js evaluated as a plain script in a fresh
//           realm's global scope, as Apps Script's V8 runs a project;
// - vm:     the same in a bare node:vm context (as the bundle tests load it). node:vm intercepts
//           every global lookup of a contextified sandbox, which makes the same code several times
//           slower; this is an artefact of node:vm, reported so nobody mistakes it for ours.
// Cells are always made in the realm that reads them (a Date of another realm is not `instanceof
// Date`), as Sheets hands a script its own Dates.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { type AnalysisStage, analyzeLog } from '../src/core/analysis';
import { readLog } from '../src/core/exports/read-log';
import { DEFAULT_SETTINGS } from '../src/core/settings';
import { caseLog } from './case-log';

const root = join(import.meta.dirname, '..');
const [caseName = '10k', mode = 'core'] = process.argv.slice(2);
const SPREADSHEET = {
  getActiveSpreadsheet: () => ({ getSpreadsheetTimeZone: () => 'UTC', getSpreadsheetLocale: () => 'en_US' }),
};
const code = readFileSync(join(root, 'dist', 'Code.js'), 'utf8');

type Insights = (
  p: unknown,
  asOf: unknown,
  language: unknown,
  exclude?: unknown,
  model?: unknown,
) => unknown[][];
let DateOfRealm: DateConstructor = Date;
let insights: Insights | undefined;
if (mode === 'vm') {
  const context = vm.createContext({ SpreadsheetApp: SPREADSHEET });
  vm.runInContext(code, context);
  DateOfRealm = vm.runInContext('Date', context) as DateConstructor;
  insights = context.CUSTOMER_INSIGHTS as Insights;
} else if (mode === 'script') {
  (globalThis as Record<string, unknown>).SpreadsheetApp = SPREADSHEET;
  vm.runInThisContext(`${code}\n;globalThis.__insights = CUSTOMER_INSIGHTS;`, { filename: 'Code.js' });
  insights = (globalThis as Record<string, unknown>).__insights as Insights;
}
const makeDate = (ms: number) => new DateOfRealm(ms);

const { rows, asOf } = caseLog(caseName, makeDate);

const result: Record<string, unknown> = { case: caseName, mode, rows: rows.length };
if (insights) {
  // Best of three calls of the custom function, as Sheets calls it: a 2-D range with Date cells.
  let totalMs = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const out = insights(rows, asOf, 'en');
    totalMs = Math.min(totalMs, performance.now() - t0);
    result.outputRows = out.length;
  }
  result.totalMs = totalMs;
  // The same with each model named: no hold-out check, so the difference between `auto` and the
  // model it picks is what the check adds.
  for (const model of ['bg-nbd', 'mbg-nbd']) {
    let fixedMs = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      insights(rows, asOf, 'en', '', model);
      fixedMs = Math.min(fixedMs, performance.now() - t0);
    }
    result[model === 'bg-nbd' ? 'bgNbdMs' : 'mbgNbdMs'] = fixedMs;
  }
} else {
  const stageMs: Partial<Record<AnalysisStage, number>> = {};
  let mark = performance.now();
  const start = mark;
  const onStageEnd = (stage: AnalysisStage) => {
    const now = performance.now();
    stageMs[stage] = now - mark;
    mark = now;
  };
  // As a formula reads its range: an export's header is found and its reader used, else the plain one.
  const asOfDay = Math.floor(asOf.getTime() / 86_400_000);
  const reading = readLog(rows, { timeZone: 'UTC', dateOrder: 'YMD', asOfDay });
  onStageEnd('read');
  const analysis = analyzeLog(reading.log, asOfDay, DEFAULT_SETTINGS, onStageEnd);
  Object.assign(result, {
    stageMs,
    totalMs: performance.now() - start,
    customers: analysis.customers.length,
    issues: analysis.log.issues.length,
    method: analysis.model.method,
    check:
      analysis.check?.status === 'checked'
        ? {
            winner: analysis.check.winner,
            holdoutDays: analysis.check.holdoutDays,
            customers: analysis.check.customers,
          }
        : analysis.check,
  });
}
result.peakRssMb = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify(result));

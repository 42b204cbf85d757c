// The fit and the hold-out check of one case, timed apart from reading and scoring: the analysis
// up to the model inputs is built once, then the check and the full fit are each run `runs` times
// in this process (the first run is the cold one; the median of the rest is the warm figure), in
// CPU milliseconds.
//   node fit-stages.mjs CASE [runs]
import { analyzeLog } from '../src/core/analysis';
import { buildHistories } from '../src/core/customers/customer-history';
import { readLog } from '../src/core/exports/read-log';
import { fitCustomerModel } from '../src/core/models/customer-model';
import { holdoutCheck } from '../src/core/models/holdout-check';
import { DEFAULT_SETTINGS } from '../src/core/settings';
import { caseLog } from './case-log';

const [caseName = 'cdnow', runsText = '5'] = process.argv.slice(2);
const runs = Math.max(1, Number(runsText));
const { rows, asOf } = caseLog(caseName, (ms) => new Date(ms));
const asOfDay = Math.floor(asOf.getTime() / 86_400_000);
const { log } = readLog(rows, { timeZone: 'UTC', dateOrder: 'YMD', asOfDay });
const { histories } = buildHistories(log.purchases);
const analysis = analyzeLog(log, asOfDay, DEFAULT_SETTINGS, undefined, { purchaseModel: 'bg-nbd' });
const inputs = analysis.customers.map(({ summary: s }) => ({
  x: s.x,
  tx: s.txDays,
  T: s.TDays,
  meanRepeatSpend: s.meanRepeatSpend,
  meanSpend: s.meanSpend,
}));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/**
 * CPU time of the main thread's process (user + system, ms) rather than wall time: on a shared
 * machine wall time mostly measures the wait for a core.
 */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const time = (run: () => unknown): { coldMs: number; warmMs: number } => {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = cpuMs();
    run();
    ms.push(cpuMs() - t0);
  }
  return { coldMs: ms[0]!, warmMs: median(ms.length > 1 ? ms.slice(1) : ms) };
};

// Objective evaluations, counted by a temporary line in optimize.ts's `evaluate` when measuring
// (globalThis.__evaluations); null without it.
const g = globalThis as { __evaluations?: number };
const evaluations = (run: () => unknown): number | null => {
  const before = g.__evaluations;
  run();
  return before === undefined ? null : g.__evaluations! - before;
};
const check = holdoutCheck(histories, asOfDay);
const winner = check.status === 'checked' ? check.winner : 'mbg-nbd';
const result = {
  case: caseName,
  customers: histories.length,
  check: time(() => holdoutCheck(histories, asOfDay)),
  fitBgNbd: time(() => fitCustomerModel(inputs, { purchaseModel: 'bg-nbd' })),
  fitMbgNbd: time(() => fitCustomerModel(inputs, { purchaseModel: 'mbg-nbd' })),
  // What a formula call under `auto` pays: the check, then the full fit of the winner.
  auto: time(() => analyzeLog(log, asOfDay, DEFAULT_SETTINGS).model),
  evaluations: {
    auto: evaluations(() => analyzeLog(log, asOfDay, DEFAULT_SETTINGS).model),
    check: evaluations(() => holdoutCheck(histories, asOfDay)),
    fitBgNbd: evaluations(() => fitCustomerModel(inputs, { purchaseModel: 'bg-nbd' })),
    fitMbgNbd: evaluations(() => fitCustomerModel(inputs, { purchaseModel: 'mbg-nbd' })),
  },
  winner,
  scores: check.status === 'checked' ? check.scores : check,
};
console.log(JSON.stringify(result));

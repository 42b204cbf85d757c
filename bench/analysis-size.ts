// How large one shared analysis is (src/core/share/analysis-text.ts): the analysis of a case made as
// a formula makes it, its text, the cache values it takes (share/cache-parts.ts) and whether the
// formulas keep it (at most 100 values, formulas/shared-analysis.ts) or share only the fit. Prints
// one JSON line.
//   node analysis-size.mjs CASE
import { analyzeLog } from '../src/core/analysis';
import { readLog } from '../src/core/exports/read-log';
import { DEFAULT_SETTINGS } from '../src/core/settings';
import { encodeAnalysis } from '../src/core/share/analysis-text';
import { partCount } from '../src/core/share/cache-parts';
import { caseLog } from './case-log';

const [caseName = 'cdnow'] = process.argv.slice(2);
const { rows, asOf } = caseLog(caseName, (ms) => new Date(ms));
const asOfDay = Math.floor(asOf.getTime() / 86_400_000);
const analysis = analyzeLog(
  readLog(rows, { timeZone: 'UTC', dateOrder: 'YMD', asOfDay }).log,
  asOfDay,
  DEFAULT_SETTINGS,
);
const start = performance.now();
const text = encodeAnalysis(analysis, 'regulars-build:bench', rows.length);
const encodeMs = performance.now() - start;
const parts = text === undefined ? undefined : partCount(text);
console.log(
  JSON.stringify({
    case: caseName,
    rows: rows.length,
    customers: analysis.customers.length,
    bytes: text === undefined ? undefined : Buffer.byteLength(text, 'utf8'),
    parts,
    kept: parts !== undefined && parts <= 100,
    encodeMs,
  }),
);

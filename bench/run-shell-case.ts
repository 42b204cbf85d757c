// The add-on shell on a large sheet: "Analyze customers" through the built dist/Code.js, in the Apps
// Script fake (bare V8 context), on a synthetic purchase log. Prints one JSON line: the whole menu
// run, the core's share of it (the same analysis run directly), the time spent inside the fake's
// read and write calls, and how many of those calls were made — each one a round trip in Apps Script.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { analyzePurchases } from '../src/core/analysis';
import { createGasFake } from '../test/support/gas-fake';
import { FakeRange } from '../test/support/gas-fake/range';
import { generateLog } from './generate-log';
import { rowsOfCase } from './size';

const root = join(import.meta.dirname, '..');
const [caseName = '100k'] = process.argv.slice(2);

// Time and count the calls that move cells between the script and the sheet.
const READS = ['getValues'] as const;
const WRITES = ['setValues', 'setNumberFormat', 'setBackgrounds', 'setBackground', 'setFontWeight'] as const;
const calls: Record<string, number> = {};
let readMs = 0;
let writeMs = 0;
for (const name of [...READS, ...WRITES]) {
  const proto = FakeRange.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const original = proto[name]!;
  const isRead = (READS as readonly string[]).includes(name);
  proto[name] = function (this: unknown, ...args: unknown[]) {
    calls[name] = (calls[name] ?? 0) + 1;
    const t0 = performance.now();
    try {
      return original.apply(this, args);
    } finally {
      if (isRead) readMs += performance.now() - t0;
      else writeMs += performance.now() - t0;
    }
  };
}

// The project's Templates.html, as Apps Script serves it: Analyze reads its texts from it.
const fake = createGasFake({
  timeZone: 'UTC',
  defaultSheet: null,
  htmlFiles: { Templates: readFileSync(join(root, 'dist', 'Templates.html'), 'utf8') },
});
const context = fake.vmContext();
vm.runInContext(readFileSync(join(root, 'dist', 'Code.js'), 'utf8'), context, { filename: 'Code.js' });
const CtxDate = vm.runInContext('Date', context) as DateConstructor;
const { rows, asOf } = generateLog(rowsOfCase(caseName), 42, (ms) => new CtxDate(ms));
fake.spreadsheet.addSheet('Purchases', rows);
const asOfIso = asOf.toISOString().slice(0, 10);
fake.properties.api
  .getDocumentProperties()
  .setProperty('regulars.columnSetup', JSON.stringify({ asOf: asOfIso }));
for (const key of Object.keys(calls)) delete calls[key];
readMs = 0;

const analyzeCustomers = context.analyzeCustomers as () => void;
const t0 = performance.now();
analyzeCustomers();
const totalMs = performance.now() - t0;
const shellCalls = { ...calls };
const count = (names: readonly string[]) => names.reduce((s, n) => s + (shellCalls[n] ?? 0), 0);

const c0 = performance.now();
const analysis = analyzePurchases(rows.slice(1), {
  timeZone: 'UTC',
  dateOrder: 'MDY',
  asOfDay: Math.floor(asOf.getTime() / 86_400_000),
});
const coreMs = performance.now() - c0;
const insights = fake.spreadsheet.sheet('Insights');

console.log(
  JSON.stringify({
    case: `shell-${caseName}`,
    rows: rows.length,
    customers: analysis.customers.length,
    issueRows: fake.values('Data issues').length - 1,
    insightsCells: insights.getLastRow() * insights.getLastColumn(),
    totalMs,
    coreMs,
    readMs,
    writeMs,
    calls: { reads: count(READS), writes: count(WRITES), ...shellCalls },
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);

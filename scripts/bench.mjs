// `npm run bench`: runs each benchmark case in its own Node process (so peak memory is per case),
// prints a table and writes it to bench/results.md. Needs a built dist/ (npm run build).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// A directory of this run's own: runs from other checkouts at the same moment build their own runners
// (which load their own dist/Code.js) and must not overwrite these.
const outDir = mkdtempSync(join(tmpdir(), 'regulars-bench-'));
const runner = join(outDir, 'run-case.mjs');
await build({
  entryPoints: [join(root, 'bench', 'run-case.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: runner,
  logLevel: 'warning',
  define: { 'import.meta.dirname': JSON.stringify(join(root, 'bench')) },
});

// npm run bench [-- CASE… [--shell SIZE] [--sheet CASE,CASE] [--cold-runs N] [--out FILE]]: cases are cdnow, sizes
// (10k, 100k, 1M, 2500…) or a size as a Shopify orders export (shopify-70k).
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const [, value] = args.splice(at, 2);
  if (!value) throw new Error(`${name} needs a value`);
  return value;
};
const outFile = option('--out', join(root, 'bench', 'results.md'));
const shellCase = option('--shell', '100k');
const COLD_RUNS = Number(option('--cold-runs', '5'));
const SHEET_CASES = option('--sheet', 'cdnow,100k').split(',').filter(Boolean);
const cases = args.length > 0 ? args : ['10k', 'cdnow', 'shopify-70k', '100k', '1M'];
const run = (file, args) =>
  JSON.parse(
    execFileSync(process.execPath, ['--max-old-space-size=6144', file, ...args], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .pop(),
  );
const results = [];
for (const name of cases) {
  const core = run(runner, [name, 'core']);
  const script = run(runner, [name, 'script']);
  const inVm = run(runner, [name, 'vm']);
  results.push({ core, script, inVm });
  console.error(
    `${name}: core ${core.totalMs.toFixed(0)} ms, script ${script.totalMs.toFixed(0)} ms, vm ${inVm.totalMs.toFixed(0)} ms`,
  );
}

const ms = (v) => (v === undefined ? '' : v.toFixed(0));
const header =
  '| case | rows | customers | read ms | summarise ms | fit ms | score ms | core total ms | CUSTOMER_INSIGHTS via dist/Code.js ms | same, bg-nbd named (no check) ms | same, mbg-nbd named (no check) ms | µs/row | same in node:vm ms | peak RSS MB (core / script / vm) |';
const lines = [header, '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|'];
for (const { core, script, inVm } of results) {
  const s = core.stageMs;
  lines.push(
    `| ${core.case === 'cdnow' ? 'CDNOW master' : `synthetic ${core.case}`} | ${core.rows.toLocaleString('en-US')} | ${core.customers.toLocaleString('en-US')} | ${ms(s.read)} | ${ms(s.summarise)} | ${ms(s.fit)} | ${ms(s.score)} | ${ms(core.totalMs)} | ${ms(script.totalMs)} | ${ms(script.bgNbdMs)} | ${ms(script.mbgNbdMs)} | ${((script.totalMs * 1000) / script.rows).toFixed(2)} | ${ms(inVm.totalMs)} | ${core.peakRssMb.toFixed(0)} / ${script.peakRssMb.toFixed(0)} / ${inVm.peakRssMb.toFixed(0)} |`,
  );
}
const table = lines.join('\n');
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`;
// Apps Script loads the whole project for every custom-function call: how long does that take?
const codeText = readFileSync(join(root, 'dist', 'Code.js'), 'utf8');
const loads = [];
for (let i = 0; i < 21; i++) {
  const context = vm.createContext({});
  const t0 = performance.now();
  vm.runInContext(codeText, context);
  loads.push(performance.now() - t0);
}
loads.sort((a, b) => a - b);
const loadLine = `dist/Code.js: ${(Buffer.byteLength(codeText) / 1024).toFixed(0)} KB; loading it into a fresh V8 context (median of 21): ${loads[10].toFixed(1)} ms.`;
console.log(loadLine);

const doc = `# Benchmark results

Made by \`npm run bench\` on ${machine}; each figure from its own Node process.
- Stage columns: one run of the core's stages as a formula reads its range (\`readLog\`, then
  \`analyzeLog\` with its stage hook; an export's reader when its header is found).
- CUSTOMER_INSIGHTS via dist/Code.js: best of three calls of the custom function of the built
  bundle, evaluated as a plain script in a fresh realm (as Apps Script's V8 runs a project), with a
  2-D range of \`Date\` cells as Sheets passes it; the whole table is built, headers and all.
- Same in node:vm: the same calls in a bare \`node:vm\` context, where the bundle tests load it.
  node:vm intercepts every global lookup of a contextified sandbox, so identical code runs several
  times slower there: an artefact of node:vm, not of Apps Script.

${loadLine}

Model method per case: ${results.map(({ core }) => `${core.case}: ${JSON.stringify(core.method)}`).join('; ')}.

Hold-out check per case (\`auto\`, the default; it runs inside the fit stage): ${results.map(({ core }) => `${core.case}: ${JSON.stringify(core.check)}`).join('; ')}.

${table}
`;
// Cold calls, as Sheets runs a custom function: each call a fresh process that loads dist/Code.js and
// calls one formula once (bench/cold-call.ts). Medians of COLD_RUNS processes; a warm figure from
// one process calling six times; the 12-formula sheet as twelve fresh executions, one per column.
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
const coldRunner = join(outDir, 'cold-call.mjs');
await build({
  entryPoints: [join(root, 'bench', 'cold-call.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: coldRunner,
  logLevel: 'warning',
  define: { 'import.meta.dirname': JSON.stringify(join(root, 'bench')) },
});
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};
const coldLines = [
  '| case | rows | cold CUSTOMER_INSIGHTS ms (load + call) | load ms | call ms | GC share of the call | warm call ms | peak RSS MB (cold) |',
  '|---|---:|---:|---:|---:|---:|---:|---:|',
];
for (const name of cases) {
  const runs = [];
  for (let i = 0; i < COLD_RUNS; i++) runs.push(run(coldRunner, [name, 'CUSTOMER_INSIGHTS', 'cold']));
  const warm = run(coldRunner, [name, 'CUSTOMER_INSIGHTS', 'warm']);
  const load = median(runs.map((r) => r.loadMs));
  const callMs = median(runs.map((r) => r.callMs));
  const total = median(runs.map((r) => r.loadMs + r.callMs));
  const gcShare = median(runs.map((r) => r.gcMs / r.callMs));
  coldLines.push(
    `| ${name === 'cdnow' ? 'CDNOW master' : `synthetic ${name}`} | ${runs[0].rows.toLocaleString('en-US')} | ${ms(total)} | ${ms(load)} | ${ms(callMs)} | ${(gcShare * 100).toFixed(0)}% | ${ms(warm.callMs)} | ${median(runs.map((r) => r.peakRssMb)).toFixed(0)} |`,
  );
  console.error(
    `${name}: cold CUSTOMER_INSIGHTS ${ms(total)} ms (median of ${COLD_RUNS}), warm ${ms(warm.callMs)} ms`,
  );
}
const sheetLines = [
  `| case | ${FORMULAS.join(' | ')} | whole sheet ms | whole sheet CPU ms |`,
  `|---|${FORMULAS.map(() => '---:').join('|')}|---:|---:|`,
];
const sheetNotes = [];
for (const name of SHEET_CASES) {
  const each = FORMULAS.map((formula) => run(coldRunner, [name, formula, 'cold']));
  const sum = each.reduce((total, r) => total + r.loadMs + r.callMs, 0);
  const cpuSum = (list) => ms(list.reduce((total, r) => total + r.callCpuMs, 0));
  sheetLines.push(
    `| ${name === 'cdnow' ? 'CDNOW master' : `synthetic ${name}`}, no cache | ${each.map((r) => ms(r.loadMs + r.callMs)).join(' | ')} | ${ms(sum)} | ${cpuSum(each)} |`,
  );
  console.error(`${name}: 12-formula sheet ${ms(sum)} ms`);
  // The same sheet with the shared analysis: the twelve executions in sequence share one stand-in for
  // the document cache (bench/cold-call.ts), empty at first, so the first column misses and saves the
  // analysis (or, above its bound, the fit), and the other eleven hit.
  const shared = withCacheDir((dir) =>
    FORMULAS.map((formula) => run(coldRunner, [name, formula, 'cold', dir])),
  );
  const sharedSum = shared.reduce((total, r) => total + r.loadMs + r.callMs, 0);
  sheetLines.push(
    `| ${name === 'cdnow' ? 'CDNOW master' : `synthetic ${name}`}, shared analysis | ${shared.map((r) => ms(r.loadMs + r.callMs)).join(' | ')} | ${ms(sharedSum)} | ${cpuSum(shared)} |`,
  );
  const hits = shared.slice(1);
  sheetNotes.push(
    `${name === 'cdnow' ? 'CDNOW master' : `synthetic ${name}`}: the first column (miss) ${ms(shared[0].loadMs + shared[0].callMs)} ms; the eleven hits ${ms(hits.reduce((t, r) => t + r.loadMs + r.callMs, 0) / hits.length)} ms each on average (load + call), ${ms(hits.reduce((t, r) => t + r.loadMs, 0) / hits.length)} ms of it loading the bundle.`,
  );
  console.error(`${name}: 12-formula sheet with the shared analysis ${ms(sharedSum)} ms`);
}

/** Runs `use` with a fresh empty directory for the document-cache stand-in, removed afterwards. */
function withCacheDir(use) {
  const dir = mkdtempSync(join(outDir, 'doc-cache-'));
  try {
    return use(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Each formula's miss path (an empty cache: the call analyses, fits and saves the analysis) and hit
// path (the analysis saved by an earlier CUSTOMER_INSIGHTS call) on CDNOW, medians of COLD_RUNS fresh
// processes each; CPU ms is the process's CPU time during the call, steadier than wall time on a
// shared machine. Load is the bundle's, the same for both.
const hitMissCase = 'cdnow';
const hitMissLines = [
  '| formula | miss: call ms | miss: CPU ms | hit: call ms | hit: CPU ms | hit: load + call ms |',
  '|---|---:|---:|---:|---:|---:|',
];
if (!cases.includes(hitMissCase)) hitMissLines.push('| (the cdnow case was not run) | | | | |');
else
  withCacheDir((primed) => {
    run(coldRunner, [hitMissCase, 'CUSTOMER_INSIGHTS', 'cold', primed]);
    for (const formula of FORMULAS) {
      const misses = [];
      const hits = [];
      for (let i = 0; i < COLD_RUNS; i++) {
        misses.push(withCacheDir((empty) => run(coldRunner, [hitMissCase, formula, 'cold', empty])));
        hits.push(run(coldRunner, [hitMissCase, formula, 'cold', primed]));
      }
      const m = (list, field) => ms(median(list.map((r) => r[field])));
      hitMissLines.push(
        `| ${formula} | ${m(misses, 'callMs')} | ${m(misses, 'callCpuMs')} | ${m(hits, 'callMs')} | ${m(hits, 'callCpuMs')} | ${ms(median(hits.map((r) => r.loadMs + r.callMs)))} |`,
      );
      console.error(`${hitMissCase} ${formula}: miss ${m(misses, 'callMs')} ms, hit ${m(hits, 'callMs')} ms`);
    }
  });
// The shared analysis's size on the cases that have one to compare: CDNOW, 100k, 1M.
const sizeRunner = join(outDir, 'analysis-size.mjs');
await build({
  entryPoints: [join(root, 'bench', 'analysis-size.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: sizeRunner,
  logLevel: 'warning',
  define: { 'import.meta.dirname': JSON.stringify(join(root, 'bench')) },
});
const sizeLines = [
  '| case | rows | customers | text bytes | cache values | kept |',
  '|---|---:|---:|---:|---:|---|',
];
for (const name of ['cdnow', '100k', '1M'].filter((c) => cases.includes(c))) {
  const size = run(sizeRunner, [name]);
  sizeLines.push(
    `| ${name === 'cdnow' ? 'CDNOW master' : `synthetic ${name}`} | ${size.rows.toLocaleString('en-US')} | ${size.customers.toLocaleString('en-US')} | ${size.bytes === undefined ? '(not encodable)' : size.bytes.toLocaleString('en-US')} | ${size.parts ?? ''} | ${size.kept ? 'yes' : 'no: the fit only'} |`,
  );
  console.error(`${name}: shared analysis ${size.bytes} bytes, ${size.parts} values`);
}
const coldDoc = `
## Cold calls, as Sheets runs custom functions

In Sheets every custom-function call is a fresh execution: the project is loaded and the analysis
runs from nothing. Here each call is a fresh Node process that evaluates \`dist/Code.js\` as a plain
script and calls the formula once on a range of this realm's \`Date\` cells (made before the script
loads, as Sheets marshals the range first; process start-up is not counted). Cold figures are the
median of ${COLD_RUNS} processes; GC share is garbage-collection time during the call over the call's time;
warm is the median of five further calls in one process.

${coldLines.join('\n')}

### A sheet using all 12 formulas (one fresh execution per formula column)

Without a cache every column reads, summarises, checks, fits and scores the same log again. With the
shared analysis (src/core/formulas/shared-analysis.ts, src/gas/shared-fits.ts), formulas on the same
purchases, as-of, settings and model choice share the whole analysis through the document cache: the
first column misses (it hashes the range, analyses, fits, and saves the analysis as text in parts of
≤ 96,000 bytes), the others hit (they hash the range, read the parts back, check them, and parse only
the columns their formula reads). Above 100 parts only the fit is shared, as before. Here the
executions run one after another and share a stand-in for the document cache kept in files
(bench/cold-call.ts): **the real cache's latency cannot be measured here**; each get or put below is
a local file read or write. In Sheets the columns may also run at the same moment, all missing
together (see the README).

${sheetLines.join('\n')}

${sheetNotes.join('\n')}

### The shared analysis's size

What one analysis takes in the document cache (\`bench/analysis-size.ts\`: the text a miss saves,
split into values of ≤ 96,000 UTF-8 bytes). Above 100 values it is not kept and only the fit is.

${sizeLines.join('\n')}

### Miss path and hit path per formula (CDNOW master, medians of ${COLD_RUNS})

${hitMissLines.join('\n')}
`;

// The reference peer: lifetimes doing the same modelling on CDNOW master, in-process (bench/lifetimes-peer.py).
// Only when LIFETIMES_DIR points at a lifetimes source tree and a Python with pandas and scipy is here.
function lifetimesPeer() {
  const lifetimes = process.env.LIFETIMES_DIR;
  if (!lifetimes)
    return {
      skipped:
        'LIFETIMES_DIR is not set (a lifetimes source tree; AUTOGRAD_DIR for autograd if it is not installed)',
    };
  const pythonPath = [lifetimes, process.env.AUTOGRAD_DIR, process.env.PYTHONPATH].filter(Boolean).join(':');
  for (const python of [process.env.REGULARS_PYTHON, 'python3', '/usr/bin/python3'].filter(Boolean)) {
    try {
      const out = execFileSync(
        python,
        [
          join(root, 'bench', 'lifetimes-peer.py'),
          join(root, 'test', 'fixtures', 'cdnow', 'CDNOW_master.txt'),
          '5',
        ],
        {
          encoding: 'utf8',
          env: { ...process.env, PYTHONPATH: pythonPath },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      return { python, ...JSON.parse(out.trim().split('\n').pop()) };
    } catch (error) {
      const reason = String(error.stderr ?? error.message)
        .trim()
        .split('\n')
        .pop();
      console.error(`lifetimes peer with ${python}: ${reason}`);
    }
  }
  return { skipped: 'no Python here could run lifetimes (it needs pandas, scipy, autograd and dill)' };
}
const peer = cases.includes('cdnow') ? lifetimesPeer() : { skipped: 'the cdnow case was not run' };
const peerLine = peer.skipped
  ? `lifetimes on CDNOW master: skipped (${peer.skipped}).`
  : `lifetimes on CDNOW master (BG/NBD + Gamma-Gamma fits, P(alive), 365-day expected purchases and value for ${peer.customers.toLocaleString('en-US')} customers, in-process after reading the file, median of ${peer.runs}, ${peer.python}): **${ms(peer.medianMs)} ms**.`;
console.error(peerLine);

// The add-on shell on 100k rows: Analyze customers through dist/Code.js in the Apps Script fake.
const shellRunner = join(outDir, 'run-shell-case.mjs');
await build({
  entryPoints: [join(root, 'bench', 'run-shell-case.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: shellRunner,
  logLevel: 'warning',
  define: { 'import.meta.dirname': JSON.stringify(join(root, 'bench')) },
});
const shell = JSON.parse(
  execFileSync(process.execPath, ['--max-old-space-size=6144', shellRunner, shellCase], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .pop(),
);
console.error(`shell ${shellCase}: ${shell.totalMs.toFixed(0)} ms`);
const shellDoc = `\n## Analyze customers on ${shellCase} rows (the add-on shell)\n\n\`bench/run-shell-case.ts\`: the menu item through the built \`dist/Code.js\` in the Apps Script fake (bare V8\ncontext), on the synthetic ${shell.rows.toLocaleString('en-US')}-row log: ${shell.customers.toLocaleString('en-US')} customers, an Insights sheet of ${shell.insightsCells.toLocaleString('en-US')} cells.\n\n| whole run ms | core ms (same analysis, alone) | in the fake's reads ms | in the fake's writes ms | read calls | write calls | peak RSS MB |\n|---:|---:|---:|---:|---:|---:|---:|\n| ${ms(shell.totalMs)} | ${ms(shell.coreMs)} | ${ms(shell.readMs)} | ${ms(shell.writeMs)} | ${shell.calls.reads} | ${shell.calls.writes} | ${shell.peakRssMb.toFixed(0)} |\n\nIn Apps Script each read or write call is one round trip to Sheets; the shell makes one getValues per\nmapped sheet (plus one of each sheet's first rows for detection) and one setValues per block.\n`;
writeFileSync(outFile, `${doc}${coldDoc}\n${peerLine}\n${shellDoc}`);
rmSync(outDir, { recursive: true, force: true });
console.error(`written to ${outFile}`);
console.log(table);

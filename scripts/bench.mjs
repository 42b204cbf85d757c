// `npm run bench`: runs each benchmark case in its own Node process (so peak memory is per case),
// prints a table and writes it to bench/results.md. Needs a built dist/ (npm run build).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(tmpdir(), 'regulars-bench');
mkdirSync(outDir, { recursive: true });
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

const cases = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['10k', 'cdnow', '100k', '1M'];
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
- Stage columns: one run of the core's stages (\`analyzePurchases\` with its stage hook).
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
  execFileSync(process.execPath, ['--max-old-space-size=6144', shellRunner, '100k'], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .pop(),
);
console.error(`shell 100k: ${shell.totalMs.toFixed(0)} ms`);
const shellDoc = `\n## Analyze customers on 100k rows (the add-on shell)\n\n\`bench/run-shell-case.ts\`: the menu item through the built \`dist/Code.js\` in the Apps Script fake (bare V8\ncontext), on the synthetic ${shell.rows.toLocaleString('en-US')}-row log: ${shell.customers.toLocaleString('en-US')} customers, an Insights sheet of ${shell.insightsCells.toLocaleString('en-US')} cells.\n\n| whole run ms | core ms (same analysis, alone) | in the fake's reads ms | in the fake's writes ms | read calls | write calls | peak RSS MB |\n|---:|---:|---:|---:|---:|---:|---:|\n| ${ms(shell.totalMs)} | ${ms(shell.coreMs)} | ${ms(shell.readMs)} | ${ms(shell.writeMs)} | ${shell.calls.reads} | ${shell.calls.writes} | ${shell.peakRssMb.toFixed(0)} |\n\nIn Apps Script each read or write call is one round trip to Sheets; the shell makes one getValues per\nmapped sheet (plus one of each sheet's first rows for detection) and one setValues per block.\n`;
writeFileSync(join(root, 'bench', 'results.md'), doc + shellDoc);
console.log(table);

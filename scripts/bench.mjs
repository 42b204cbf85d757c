// `npm run bench`: runs each benchmark case in its own Node process (so peak memory is per case),
// prints a table and writes it to bench/results.md. Needs a built dist/ (npm run build).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
const results = [];
for (const name of cases) {
  const out = execFileSync(process.execPath, ['--max-old-space-size=4096', runner, name], {
    encoding: 'utf8',
  });
  const result = JSON.parse(out.trim().split('\n').pop());
  results.push(result);
  console.error(`${name}: ${result.totalMs.toFixed(0)} ms`);
}

const ms = (v) => (v === undefined ? '' : v.toFixed(0));
const header =
  '| case | rows | customers | read ms | summarise ms | fit ms | score ms | CUSTOMER_INSIGHTS via dist ms | µs/row | peak RSS MB |';
const lines = [header, '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|'];
for (const r of results) {
  lines.push(
    `| ${r.case === 'cdnow' ? 'CDNOW master' : `synthetic ${r.case}`} | ${r.rows.toLocaleString('en-US')} | ${r.customers.toLocaleString('en-US')} | ${ms(r.stageMs.read)} | ${ms(r.stageMs.summarise)} | ${ms(r.stageMs.fit)} | ${ms(r.stageMs.score)} | ${ms(r.totalMs)} | ${((r.totalMs * 1000) / r.rows).toFixed(2)} | ${r.peakRssMb.toFixed(0)} |`,
  );
}
const table = lines.join('\n');
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`;
const doc = `# Benchmark results\n\nMade by \`npm run bench\` on ${machine}. Stage times are one run of the core; the\nCUSTOMER_INSIGHTS column is the best of three calls of the custom function through the built\n\`dist/Code.js\` in a bare V8 context, with \`Date\` cells, as Sheets calls it. Model method per case:\n${results.map((r) => `${r.case}: ${JSON.stringify(r.method)}`).join('; ')}.\n\n${table}\n`;
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
  execFileSync(process.execPath, ['--max-old-space-size=4096', shellRunner, '100k'], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .pop(),
);
console.error(`shell 100k: ${shell.totalMs.toFixed(0)} ms`);
const shellDoc = `\n## Analyze customers on 100k rows (the add-on shell)\n\n\`bench/run-shell-case.ts\`: the menu item through the built \`dist/Code.js\` in the Apps Script fake (bare V8\ncontext), on the synthetic ${shell.rows.toLocaleString('en-US')}-row log: ${shell.customers.toLocaleString('en-US')} customers, an Insights sheet of ${shell.insightsCells.toLocaleString('en-US')} cells.\n\n| whole run ms | core ms (same analysis, alone) | in the fake's reads ms | in the fake's writes ms | read calls | write calls | peak RSS MB |\n|---:|---:|---:|---:|---:|---:|---:|\n| ${ms(shell.totalMs)} | ${ms(shell.coreMs)} | ${ms(shell.readMs)} | ${ms(shell.writeMs)} | ${shell.calls.reads} | ${shell.calls.writes} | ${shell.peakRssMb.toFixed(0)} |\n\nIn Apps Script each read or write call is one round trip to Sheets; the shell makes one getValues per\nmapped sheet (plus one of each sheet's first rows for detection) and one setValues per block.\n`;
writeFileSync(join(root, 'bench', 'results.md'), doc + shellDoc);
console.log(table);

// `npm start`: bundles the preview server (scripts/preview/server.ts) into preview-out/ and runs it.
// HyperFormula, which the preview uses to evaluate formulas, stays a dev dependency: it is loaded
// from node_modules here and never reaches dist/.
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// One file per process: previews started side by side (e.g. by parallel test files) must not
// overwrite a bundle another one is still loading.
const out = join(root, 'preview-out', `server-${process.pid}.mjs`);
mkdirSync(dirname(out), { recursive: true });
await build({
  entryPoints: [join(root, 'scripts/preview/server.ts')],
  bundle: true,
  outfile: out,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'warning',
});
let main;
try {
  ({ main } = await import(pathToFileURL(out).href));
} finally {
  rmSync(out, { force: true });
}
await main(process.argv.slice(2), root);

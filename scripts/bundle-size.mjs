// What dist/Code.js carries, and what of it a custom-function call needs (README "What the bundle
// carries"). Apps Script loads the whole project for every custom-function call, so the code only the
// menu, the sidebar or follow-ups run is parsed by every formula cell too; this says how much.
//
//   node scripts/bundle-size.mjs            a Markdown table of bytes by part
//   node scripts/bundle-size.mjs --files 30 and the 30 largest modules of Code.js
//
// Sizes are of the unminified UTF-8 text, as the bundle test counts them. The "custom-function
// path" is an esbuild bundle of only what a formula runs (src/core/formulas/formulas.ts and the
// shell's runFormula), with the same options as Code.js.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { buildStamped, CODE_OPTIONS, ENTRY, NAMESPACE } from './build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The modules a custom-function call runs: the formulas' core and the shell that calls it. */
const CUSTOM_FUNCTION_PATH = [
  "export * as formulas from './src/core/formulas/formulas';",
  "export { runFormula } from './src/gas/formula-runner';",
].join('\n');

async function metafileOf(options) {
  const result = await build({ ...CODE_OPTIONS, globalName: NAMESPACE, metafile: true, ...options });
  const [output] = Object.values(result.metafile.outputs);
  return { bytes: result.outputFiles[0].contents.length, inputs: output.inputs };
}

/** The part of Code.js a module's bytes beyond the custom-function path belong to. */
function partOf(path) {
  if (path.includes('node_modules/zod/')) return 'zod/mini, beyond the custom-function path';
  if (/src\/(core|gas)\/followups\//.test(path)) return 'follow-ups (core and shell)';
  return 'menu, sidebar and Analyze (the rest of src/)';
}

export async function measureBundle() {
  const { code } = await buildStamped();
  const whole = await metafileOf({ entryPoints: [join(root, ENTRY)] });
  const formulaPath = await metafileOf({
    stdin: { contents: CUSTOM_FUNCTION_PATH, resolveDir: root, loader: 'ts' },
  });
  const parts = new Map();
  const add = (part, bytes) => parts.set(part, (parts.get(part) ?? 0) + bytes);
  const modules = [];
  let inModules = 0;
  for (const [path, { bytesInOutput }] of Object.entries(whole.inputs)) {
    // A module is cut down by tree shaking: what the formulas' bundle keeps of it is their part.
    const onPath = Math.min(bytesInOutput, formulaPath.inputs[path]?.bytesInOutput ?? 0);
    add('custom-function path', onPath);
    add(partOf(path), bytesInOutput - onPath);
    const part = onPath === 0 ? partOf(path) : onPath === bytesInOutput ? 'custom-function path' : 'both';
    if (bytesInOutput > 0)
      modules.push({ path: path.replace(/^.*node_modules\//, ''), bytes: bytesInOutput, part });
    inModules += bytesInOutput;
  }
  // After the bundle: one JSDoc'd global a function, the custom functions' docs whole.
  const globalsStart = code.lastIndexOf('})();') + '})();'.length;
  const globals = code.slice(globalsStart);
  const customFunctionDocs = [
    ...globals.matchAll(/\/\*\*(?:(?!\*\/)[\s\S])*\*\/\nfunction \w+\([^)]*\) \{\n[^\n]*\n\}\n/g),
  ]
    .filter((m) => m[0].includes('@customfunction'))
    .reduce((sum, m) => sum + Buffer.byteLength(m[0]), 0);
  const total = Buffer.byteLength(code);
  const globalsBytes = Buffer.byteLength(globals);
  return {
    total,
    formulaPathBundle: formulaPath.bytes,
    parts: [
      ...[...parts].sort((a, b) => b[1] - a[1]),
      ['custom functions’ JSDoc and globals', customFunctionDocs],
      ['menu and sidebar globals (one JSDoc line each)', globalsBytes - customFunctionDocs],
      ['esbuild’s module wrappers, header, build stamp', total - inModules - globalsBytes],
    ],
    modules: modules.sort((a, b) => b.bytes - a.bytes),
  };
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { total, formulaPathBundle, parts, modules } = await measureBundle();
  const lines = ['| part of dist/Code.js | bytes | KB |', '| --- | ---: | ---: |'];
  for (const [part, bytes] of parts) lines.push(`| ${part} | ${bytes.toLocaleString('en')} | ${kb(bytes)} |`);
  lines.push(`| **dist/Code.js** | **${total.toLocaleString('en')}** | **${kb(total)}** |`);
  lines.push(
    '',
    `The custom-function path bundled alone: ${formulaPathBundle.toLocaleString('en')} bytes (${kb(formulaPathBundle)}).`,
  );
  const count = Number(process.argv[process.argv.indexOf('--files') + 1]);
  if (process.argv.includes('--files') && count > 0) {
    lines.push('', '| module | bytes | part |', '| --- | ---: | --- |');
    for (const m of modules.slice(0, count))
      lines.push(`| ${m.path} | ${m.bytes.toLocaleString('en')} | ${m.part} |`);
  }
  console.log(lines.join('\n'));
  // The file on disk, when it is not what the sources make now (dist/ is rebuilt by npm run build).
  const onDisk = readFileSync(join(root, 'dist/Code.js')).length;
  if (onDisk !== total)
    console.log(`\n(dist/Code.js on disk: ${onDisk.toLocaleString('en')} bytes; run npm run build)`);
}

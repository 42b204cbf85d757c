// `npm run deploy [-- --target test|live]`: runs the whole test suite, then pushes dist/ with clasp to
// the chosen Apps Script project. Nothing is pushed when a test fails. The two targets are two
// project files, so a test copy and the real add-on never share a scriptId by accident:
//   test (default)  .clasp.test.json
//   live            .clasp.json
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const PROJECT_FILES = { test: '.clasp.test.json', live: '.clasp.json' };
const PLACEHOLDER = 'REPLACE_WITH_YOUR_SCRIPT_ID';

/** The target named by `--target NAME` (default test), or an error message. */
export function parseTarget(args) {
  const at = args.indexOf('--target');
  const name = at < 0 ? 'test' : args[at + 1];
  if (!Object.hasOwn(PROJECT_FILES, name ?? '')) {
    return { error: `Unknown deploy target "${name ?? ''}": use --target test or --target live.` };
  }
  return { target: name };
}

/**
 * Tests first, then clasp push. `run(command, args)` returns the exit status (injected by the
 * tests); `log` receives what the owner of the deploy reads.
 */
export function deploy(args, { run, projectText, log }) {
  const parsed = parseTarget(args);
  if (parsed.error) return fail(log, parsed.error);
  const projectFile = PROJECT_FILES[parsed.target];
  const text = projectText(projectFile);
  if (text === undefined) {
    return fail(
      log,
      `${projectFile} is missing: run "npx clasp create --type sheets --rootDir dist" and rename the file it writes.`,
    );
  }
  let scriptId;
  try {
    scriptId = JSON.parse(text).scriptId;
  } catch {
    return fail(log, `${projectFile} is not valid JSON.`);
  }
  if (!scriptId || scriptId === PLACEHOLDER) {
    return fail(
      log,
      `${projectFile} has no scriptId yet: put the ${parsed.target} project's scriptId in it.`,
    );
  }
  log(`Running the tests before pushing to the ${parsed.target} project…`);
  if (run('npm', ['test']) !== 0) return fail(log, 'Tests failed: nothing was pushed.');
  log(`Pushing dist/ to the ${parsed.target} project (${projectFile}).`);
  if (run('npx', ['clasp', '--project', projectFile, 'push']) !== 0) return fail(log, 'clasp push failed.');
  return 0;
}

function fail(log, message) {
  log(message);
  return 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = deploy(process.argv.slice(2), {
    run: (command, args) => spawnSync(command, args, { cwd: root, stdio: 'inherit' }).status ?? 1,
    projectText: (file) =>
      existsSync(join(root, file)) ? readFileSync(join(root, file), 'utf8') : undefined,
    log: (line) => console.error(line),
  });
}

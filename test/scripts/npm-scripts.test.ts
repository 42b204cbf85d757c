// Every `npm run` script a developer uses works on a fresh clone (README "Scripts"); `deploy` and
// `format` are left out because they push or rewrite files, and deploy's gate is tested through its
// function below.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { deploy, PROJECT_FILES } from '../../scripts/deploy.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const temporary = mkdtempSync(join(tmpdir(), 'regulars-scripts-'));
afterAll(() => rmSync(temporary, { recursive: true, force: true }));

function npmRun(args: string[], cwd = ROOT) {
  return spawnSync('npm', ['run', '--silent', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CI: '' },
  });
}

describe('npm run scripts', () => {
  it.each([['build'], ['typecheck'], ['lint']])('npm run %s succeeds', (script) => {
    const result = npmRun([script]);
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  });

  it('make-sample writes, into a temporary folder, exactly the committed sample workbook', () => {
    const out = join(temporary, 'tea-shop.json');
    const result = npmRun(['make-sample', '--', '--out', out]);
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(join(ROOT, 'src/core/sample/tea-shop.json'), 'utf8'));
  });

  it('bench accepts a small size, finishes and writes its table where it is told', () => {
    const out = join(temporary, 'bench.md');
    const result = npmRun([
      'bench',
      '--',
      '2k',
      '--shell',
      '2k',
      '--sheet',
      '2k',
      '--cold-runs',
      '1',
      '--out',
      out,
    ]);
    expect(result.status, result.stderr).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toMatch(/\| synthetic 2k \| 2,000 \|/);
    expect(text).toContain('Analyze customers on 2k rows');
    // Twelve columns, the whole sheet's wall and CPU ms: without a cache, then with the shared analysis.
    expect(text).toMatch(/### A sheet using all 12 formulas[\s\S]*\| synthetic 2k, no cache \|( \d+ \|){14}/);
    expect(text).toMatch(/\| synthetic 2k, shared analysis \|( \d+ \|){14}/);
  });

  it('start serves the preview page, then stops on SIGTERM', async () => {
    const child: ChildProcess = spawn('npm', ['start', '--', '--port', '0'], {
      cwd: ROOT,
      env: { ...process.env, PORT: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no URL within 90 s:\n${output}`)), 90_000);
        const onData = (chunk: Buffer) => {
          output += chunk.toString('utf8');
          const match = /http:\/\/localhost:(\d+)/.exec(output);
          if (match) {
            clearTimeout(timer);
            resolve(`http://127.0.0.1:${match[1]}/`);
          }
        };
        child.stdout!.on('data', onData);
        child.stderr!.on('data', onData);
        void exited.then((code) => reject(new Error(`npm start exited with ${code}:\n${output}`)));
      });
      const response = await fetch(url);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('Regulars');
    } finally {
      process.kill(-child.pid!, 'SIGTERM');
    }
    await exited;
    expect(child.exitCode !== null || child.signalCode !== null).toBe(true);
  }, 120_000);
});

describe('npm run lint catches an unused export', () => {
  it('fails on a copy of the repository where a module gains an export nobody imports', () => {
    const copy = join(temporary, 'repo');
    for (const entry of ['src', 'test', 'scripts', 'bench', 'package.json', 'tsconfig.json', 'knip.json']) {
      cpSync(join(ROOT, entry), join(copy, entry), {
        recursive: true,
        filter: (path) => !path.includes('screenshots'),
      });
    }
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
    const knip = join(ROOT, 'node_modules', '.bin', 'knip');
    const clean = spawnSync(knip, [], { cwd: copy, encoding: 'utf8' });
    expect(clean.status, clean.stdout).toBe(0);
    const file = join(copy, 'src/core/stats.ts');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nexport const probeNobodyImports = 1;\n`);
    const dirty = spawnSync(knip, [], { cwd: copy, encoding: 'utf8' });
    expect(dirty.status).not.toBe(0);
    expect(dirty.stdout).toContain('probeNobodyImports');
  }, 120_000);
});

describe('npm run deploy is gated on the tests', () => {
  const projects = (scriptId: string) => (file: string) =>
    Object.values(PROJECT_FILES).includes(file) ? JSON.stringify({ scriptId, rootDir: 'dist' }) : undefined;

  function runDeploy(args: string[], testStatus: number, scriptId = 'abc123') {
    const calls: string[] = [];
    const lines: string[] = [];
    const status = deploy(args, {
      run: (command: string, commandArgs: string[]) => {
        calls.push([command, ...commandArgs].join(' '));
        return command === 'npm' ? testStatus : 0;
      },
      projectText: projects(scriptId),
      log: (line: string) => lines.push(line),
    });
    return { status, calls, lines };
  }

  it('refuses to push when a test fails', () => {
    const { status, calls, lines } = runDeploy([], 1);
    expect(status).toBe(1);
    expect(calls).toEqual(['npm test']);
    expect(lines.join('\n')).toContain('nothing was pushed');
  });

  it('pushes the test copy by default and the real add-on only with --target live', () => {
    expect(runDeploy([], 0).calls).toEqual(['npm test', 'npx clasp --project .clasp.test.json push']);
    expect(runDeploy(['--target', 'live'], 0).calls).toEqual([
      'npm test',
      'npx clasp --project .clasp.json push',
    ]);
  });

  it('refuses an unknown target and a placeholder scriptId before running anything', () => {
    expect(runDeploy(['--target', 'prod'], 0)).toMatchObject({ status: 1, calls: [] });
    const placeholder = runDeploy([], 0, 'REPLACE_WITH_YOUR_SCRIPT_ID');
    expect(placeholder).toMatchObject({ status: 1, calls: [] });
    expect(placeholder.lines.join('\n')).toContain('no scriptId yet');
  });

  it('the real script exits non-zero and pushes nothing with the committed placeholder project', () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts/deploy.mjs')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('.clasp.test.json has no scriptId yet');
  });
});

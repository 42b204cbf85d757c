// Starting the preview as `npm start` runs it (node scripts/preview/start.mjs), on a free port.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
/** Debian's Chromium; REGULARS_CHROMIUM points elsewhere (e.g. to check the skip message). */
export const CHROMIUM = process.env.REGULARS_CHROMIUM || '/usr/bin/chromium';
export const SCREENSHOTS = join(ROOT, 'test/e2e/screenshots');

/** Whether the browser tests can run here; under CI=true a missing Chromium is a failure, not a skip. */
export function browserAvailability(): { run: boolean; reason?: string } {
  const ci = process.env.CI === 'true';
  if (existsSync(CHROMIUM)) return { run: true };
  if (ci)
    return {
      run: true,
      reason: `CI=true but ${CHROMIUM} is missing: .ci/run installs it (apt-get install chromium).`,
    };
  return {
    run: false,
    reason: `Skipping the browser tests (test/e2e): ${CHROMIUM} not found. Install Debian's chromium to run them; CI always does.`,
  };
}

export const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--no-first-run',
];

export interface PreviewProcess {
  url: string;
  output: () => string;
  stop: () => Promise<void>;
}

/** Runs the preview server with `args` and resolves once it prints its URL. */
export function startPreviewProcess(args: string[], timeoutMs = 120_000): Promise<PreviewProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    [join(ROOT, 'scripts/preview/start.mjs'), '--port', '0', ...args],
    {
      cwd: ROOT,
      env: { ...process.env, PORT: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`the preview did not start within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /http:\/\/localhost:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        // 127.0.0.1: the server listens on IPv4 loopback, whatever localhost resolves to first.
        resolve({ url: `http://127.0.0.1:${match[1]}`, output: () => output, stop });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the preview exited with ${code} before it started:\n${output}`));
    });
  });
}

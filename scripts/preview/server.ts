// The local preview server (`npm start`): the sample workbook (or the owner's file) in a sheet-like
// page, its formulas evaluated by the custom functions of the built dist/Code.js, the add-on menu
// and sidebar running the real server functions in the Apps Script fake, and an outbox.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { dayOfIsoDate, type SampleWorkbook, TEA_SHOP } from '../../src/core/sample/sample-workbook';
import { instantOfDay } from '../../src/core/time/zone';
import type { OutboxEntry } from '../../test/support/gas-fake/index';
import { emlFileName, toEml } from './eml';
import { loadWorkbookFile } from './load-file';
import {
  MAX_RENDERED_ROWS,
  renderMenu,
  renderOutbox,
  renderPage,
  renderTabs,
  renderWorkbook,
} from './render';
import { type CallOutcome, messageOf, PreviewSession } from './session';

export interface PreviewOptions {
  /** The repository root (holds dist/ and scripts/preview/client/). */
  root: string;
  port: number;
  host?: string;
  /** An .xlsx or .csv file to show instead of the sample workbook. */
  file?: string;
  /** For a file: the spreadsheet's time zone and locale. */
  timeZone?: string;
  locale?: string;
  /** Where .eml copies of mail and drafts go (default: outbox/ in the root). */
  outboxDir?: string;
  log?: (line: string) => void;
}

export interface RunningPreview {
  url: string;
  server: Server;
  session: PreviewSession;
  close(): Promise<void>;
}

interface Assets {
  'page.js': string;
  'gas-shim.js': string;
  'page.css': string;
}

async function bundleClient(root: string): Promise<Assets> {
  const bundle = async (file: string) => {
    const result = await build({
      entryPoints: [join(root, 'scripts/preview/client', file)],
      bundle: true,
      write: false,
      format: 'iife',
      target: 'es2020',
      platform: 'browser',
      logLevel: 'warning',
    });
    return result.outputFiles[0]!.text;
  };
  return {
    'page.js': await bundle('page.ts'),
    'gas-shim.js': await bundle('gas-shim.ts'),
    'page.css': readFileSync(join(root, 'scripts/preview/client/page.css'), 'utf8'),
  };
}

/** The project's HTML files as HtmlService sees them: dist/Sidebar.html is "Sidebar". */
function htmlFiles(dist: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dist)) {
    if (name.endsWith('.html'))
      files[name.slice(0, -'.html'.length)] = readFileSync(join(dist, name), 'utf8');
  }
  return files;
}

/** Puts the google.script shim before any script of an HtmlService page. */
export function injectShim(html: string): string {
  const tag = '<script src="/__preview/gas-shim.js"></script>';
  const head = /<head[^>]*>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length);
  const doctype = /^\s*<!doctype[^>]*>/i.exec(html);
  if (doctype) return doctype[0] + tag + html.slice(doctype[0].length);
  return tag + html;
}

/** 18:00 on the workbook's as-of date, in its time zone. */
export function sampleNow(workbook: SampleWorkbook): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(workbook.asOf)) return undefined;
  const midnight = instantOfDay(dayOfIsoDate(workbook.asOf), workbook.timeZone).getTime();
  return new Date(midnight + 18 * 3_600_000);
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > 5_000_000) throw new Error('request body too large');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  const value = text === '' ? {} : JSON.parse(text);
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error('expected a JSON object');
  return value as Record<string, unknown>;
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(body);
}
const sendJson = (response: ServerResponse, status: number, value: unknown) =>
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(value));

export async function startPreview(options: PreviewOptions): Promise<RunningPreview> {
  const log = options.log ?? ((line: string) => console.log(line));
  const dist = join(options.root, 'dist');
  let code: string;
  try {
    code = readFileSync(join(dist, 'Code.js'), 'utf8');
  } catch {
    throw new Error('dist/Code.js is missing: run `npm run build` first (npm start does).');
  }
  const assets = await bundleClient(options.root);
  const workbook = options.file
    ? await loadWorkbookFile(resolve(options.file), {
        timeZone: options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
        locale: options.locale ?? 'en_US',
      })
    : // --time-zone and --locale apply to the sample too, as they would to any spreadsheet.
      {
        ...TEA_SHOP,
        timeZone: options.timeZone ?? TEA_SHOP.timeZone,
        locale: options.locale ?? TEA_SHOP.locale,
      };

  const outboxDir = options.outboxDir ?? join(options.root, 'outbox');
  mkdirSync(outboxDir, { recursive: true });
  for (const name of readdirSync(outboxDir)) {
    if (/^regulars-.*\.eml$/.test(name)) rmSync(join(outboxDir, name));
  }
  let mailSequence = 0;
  const onMail = (entry: OutboxEntry) => {
    mailSequence += 1;
    const file = join(outboxDir, emlFileName(entry, mailSequence));
    writeFileSync(file, toEml(entry, 'owner@example.com'));
  };

  const started = Date.now();
  // The sample is shown on the evening of its as-of date, so the add-on's "today" (Analyze
  // customers, formulas without as_of) agrees with the sheet's formulas and nothing drifts.
  const now = options.file ? undefined : sampleNow(workbook);
  const session = new PreviewSession({ code, htmlFiles: htmlFiles(dist), workbook, onMail, now });
  log(`Evaluated ${workbook.sheets.length} sheets with dist/Code.js in ${Date.now() - started} ms.`);
  if (session.menuError) log(`Menu: ${session.menuError}`);

  const viewState = () => {
    const sheets = session.view(MAX_RENDERED_ROWS);
    const active = session.activeSheetName();
    const activeIndex = Math.max(
      0,
      sheets.findIndex((s) => s.name === active),
    );
    return { sheets, activeIndex };
  };
  const today = now ? ` · today ${workbook.asOf}` : '';
  const subtitle = `Local preview · dist/Code.js · ${workbook.timeZone} · ${workbook.locale}${today}`;

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = url.pathname;
    try {
      if (request.method === 'GET' && path === '/') {
        const { sheets, activeIndex } = viewState();
        send(
          response,
          200,
          'text/html; charset=utf-8',
          renderPage({
            title: session.title,
            subtitle,
            sheets,
            activeIndex,
            menuHtml: renderMenu(session.menuEntries(), session.menuError),
            outbox: session.outbox(),
            version: session.version,
            sidebarUrl: '/html/sidebar',
            sidebarTitle: 'Regulars',
          }),
        );
        return;
      }
      if (request.method === 'GET' && path.startsWith('/__preview/')) {
        const name = path.slice('/__preview/'.length) as keyof Assets;
        const body = assets[name];
        if (body === undefined) return send(response, 404, 'text/plain', 'not found');
        const type = name.endsWith('.css') ? 'text/css' : 'text/javascript';
        return send(response, 200, `${type}; charset=utf-8`, body);
      }
      if (request.method === 'GET' && path === '/api/view') {
        const { sheets, activeIndex } = viewState();
        const outbox = session.outbox();
        return sendJson(response, 200, {
          version: session.version,
          workbookHtml: renderWorkbook(sheets, activeIndex),
          tabsHtml: renderTabs(sheets, activeIndex),
          outboxHtml: renderOutbox(outbox),
          outboxCount: outbox.length,
          activeIndex,
        });
      }
      const html = /^\/html\/(sidebar|dialog)(?:\/(\d+))?$/.exec(path);
      if (request.method === 'GET' && html) {
        const content = session.html(
          html[1] as 'sidebar' | 'dialog',
          html[2] === undefined ? undefined : Number(html[2]),
        );
        if (content === undefined) return send(response, 404, 'text/plain', 'no such page');
        return send(response, 200, 'text/html; charset=utf-8', injectShim(content));
      }
      if (request.method === 'POST' && (path === '/api/menu' || path === '/api/run')) {
        const body = await readJson(request);
        const functionName = typeof body.functionName === 'string' ? body.functionName : '';
        const args = Array.isArray(body.args) ? body.args : [];
        const outcome: CallOutcome =
          path === '/api/menu' ? session.runMenu(functionName) : session.runServer(functionName, args);
        log(
          `${path === '/api/menu' ? 'menu' : 'google.script.run'} ${functionName}: ${outcome.ok ? 'ok' : outcome.error}`,
        );
        return sendJson(response, 200, outcome);
      }
      if (request.method === 'POST' && path === '/api/select') {
        const body = await readJson(request);
        const ok = session.select(String(body.sheet ?? ''), String(body.range ?? ''));
        return sendJson(response, ok ? 200 : 400, { ok });
      }
      if (request.method === 'GET' && path === '/healthz') return send(response, 200, 'text/plain', 'ok');
      send(response, 404, 'text/plain; charset=utf-8', 'not found');
    } catch (error) {
      sendJson(response, 500, { ok: false, error: messageOf(error), events: [], version: session.version });
    }
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolveListen());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://localhost:${port}`;
  return {
    url,
    server,
    session,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}

export interface CliArguments {
  file?: string;
  port: number;
  timeZone?: string;
  locale?: string;
  outboxDir?: string;
}

/** `[file] [--port N] [--time-zone Zone] [--locale en_US] [--outbox dir]`; PORT from the environment. */
export function parseArguments(argv: string[], env: Record<string, string | undefined>): CliArguments {
  const out: CliArguments = { port: env.PORT ? Number(env.PORT) : 8080 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--port') out.port = Number(value());
    else if (arg === '--time-zone') out.timeZone = value();
    else if (arg === '--locale') out.locale = value();
    else if (arg === '--outbox') out.outboxDir = value();
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else out.file = arg;
  }
  if (!Number.isInteger(out.port) || out.port < 0 || out.port > 65535)
    throw new Error(`invalid port ${out.port}`);
  return out;
}

export async function main(argv: string[], root: string): Promise<void> {
  let args: CliArguments;
  try {
    args = parseArguments(argv, process.env);
  } catch (error) {
    console.error(
      `${messageOf(error)}\nUsage: npm start -- [file.xlsx|file.csv] [--port 8080] [--time-zone Asia/Shanghai] [--locale en_US]`,
    );
    process.exit(2);
  }
  const preview = await startPreview({ root, ...args });
  console.log(
    `Regulars preview of ${args.file ?? 'the sample workbook (src/core/sample/tea-shop.json)'}: ${preview.url}\n` +
      `Mail and drafts also go to ${args.outboxDir ?? 'outbox/'} as .eml files. Press Ctrl+C to stop.`,
  );
  const stop = () => {
    void preview.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

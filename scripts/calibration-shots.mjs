// `node scripts/calibration-shots.mjs`: the hold-out check as an owner sees it on three sheets — the
// built-in sample shop, CDNOW master and the 30-customer ledger — through the real preview: each
// file is opened as `npm start -- <file>` would open it, the analysis date is set in the sidebar's
// Columns tab, Analyze customers is clicked in the menu, and the Summary sheet's accuracy sentence,
// calibration table and chart are saved as docs/calibration-{sample,cdnow,ledger}.png. It also prints
// the model chosen and the sentence, as the Summary and CUSTOMER_MODEL give them.
// Needs Debian's Chromium (REGULARS_CHROMIUM to point elsewhere); builds dist/ first.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = process.env.REGULARS_CHROMIUM || '/usr/bin/chromium';
const WAIT = { timeout: 120_000 };

/** CDNOW master (whitespace-separated, dates YYYYMMDD) as the plain purchase log an owner keeps. */
function cdnowCsv(dir) {
  const lines = readFileSync(join(ROOT, 'test/fixtures/cdnow/CDNOW_master.txt'), 'utf8').split('\n');
  const out = ['Customer,Date,Amount'];
  for (const line of lines.slice(1)) {
    const [id, date, , dollars] = line.trim().split(/\s+/);
    if (!id || !date) continue;
    out.push(`C${id},${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)},${dollars}`);
  }
  const file = join(dir, 'cdnow-master.csv');
  writeFileSync(file, `${out.join('\n')}\n`);
  return file;
}

/** Runs the preview (scripts/preview/start.mjs) and resolves with its URL once it prints it. */
function startPreview(args) {
  const child = spawn(process.execPath, [join(ROOT, 'scripts/preview/start.mjs'), '--port', '0', ...args], {
    cwd: ROOT,
    env: { ...process.env, PORT: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    const onData = (chunk) => {
      output += chunk.toString('utf8');
      const match = /http:\/\/localhost:(\d+)/.exec(output);
      if (match) resolve({ url: `http://127.0.0.1:${match[1]}`, stop });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => {
      output += chunk.toString('utf8');
    });
    child.once('exit', (code) => reject(new Error(`the preview exited with ${code}:\n${output}`)));
  });
}

async function sidebarFrame(page) {
  const handle = await page.locator('#sidebar-frame').elementHandle();
  const frame = await handle.contentFrame();
  await frame.waitForSelector('nav.tabs', WAIT);
  return frame;
}

/** The owner's analysis date, saved in the sidebar's Columns tab as an owner would. */
async function setAnalysisDate(page, asOf) {
  const frame = await sidebarFrame(page);
  await frame.getByRole('tab', { name: 'Columns' }).click();
  await frame.waitForSelector('#as-of', WAIT);
  await frame.locator('#as-of').fill(asOf);
  await frame.getByRole('button', { name: 'Save' }).click();
  await frame.waitForFunction(
    () => document.querySelector('.status')?.textContent === 'Column setup saved.',
    undefined,
    WAIT,
  );
}

/** CUSTOMER_MODEL's rows over `rows` (header first), called as the sidebar calls server functions. */
async function customerModel(page, rows, asOf) {
  const frame = await sidebarFrame(page);
  return frame.evaluate(
    ([values, day]) =>
      new Promise((resolve, reject) => {
        window.google.script.run
          .withSuccessHandler(resolve)
          .withFailureHandler(reject)
          .CUSTOMER_MODEL(values, day);
      }),
    [rows, asOf],
  );
}

/** The sidebar overview's lines on the model: its name and the sentence, as the owner reads them. */
async function sidebarModel(page) {
  const frame = await sidebarFrame(page);
  await frame.getByRole('tab', { name: 'Overview' }).click();
  const name = frame.locator('[data-testid="model-name"]');
  await name.waitFor(WAIT);
  const sentence = frame.locator('[data-testid="model-accuracy"]');
  return {
    name: await name.textContent(),
    sentence: (await sentence.count()) > 0 ? await sentence.textContent() : undefined,
  };
}

/** A CSV's rows as server-function arguments: text, numbers as numbers. */
function csvRows(file) {
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((line) => line.split(',').map((v) => (v !== '' && Number.isFinite(Number(v)) ? Number(v) : v)));
}

/** The sample's purchase sheet as server-function arguments (its date cells as ISO text). */
function sampleRows() {
  const workbook = JSON.parse(readFileSync(join(ROOT, 'src/core/sample/tea-shop.json'), 'utf8'));
  const purchases = workbook.sheets.find((s) => s.name === 'Purchases');
  return purchases.rows.map((row) =>
    row.map((v) => (v && typeof v === 'object' && 'date' in v ? v.date : v)),
  );
}

/** Clicks Analyze customers and opens the Summary sheet it wrote. */
async function analyze(page) {
  const response = page.waitForResponse((r) => r.url().endsWith('/api/menu'), WAIT);
  await page.getByRole('button', { name: 'Analyze customers' }).click();
  const outcome = await (await response).json();
  if (!outcome.ok) throw new Error(`Analyze customers failed: ${outcome.error}`);
  await page.getByRole('tab', { name: 'Summary', exact: true }).click();
  const sheet = page.locator('section.sheet[data-sheet="Summary"]');
  await sheet.waitFor({ state: 'visible' });
  for (const close of await page.locator('.notice .icon').all()) await close.click();
  return sheet;
}

/**
 * Screenshots the Summary's hold-out block: the accuracy sentence, the calibration table under it
 * and the calibration chart (when there is one), with the row numbers and column letters around.
 */
async function shootCheck(page, sheet, chartTitle, path) {
  const rows = sheet.locator('tbody tr');
  const texts = await rows.evaluateAll((trs) => trs.map((tr) => tr.children[1]?.textContent ?? ''));
  const sentenceRow = texts.findIndex((t) => /^(Checked on|Too (few|short))/.test(t));
  if (sentenceRow < 0) throw new Error('no accuracy sentence on the Summary sheet');
  const sentence = texts[sentenceRow];
  let lastRow = sentenceRow;
  if (/^Checked on/.test(sentence)) {
    // The calibration table: its header two rows down, then its bands down to the blank row.
    lastRow = sentenceRow + 2;
    while (texts[lastRow + 1]) lastRow += 1;
  }
  // The top of the view: a few rows above the sentence, so the owner sees where it sits.
  const firstRow = Math.max(0, sentenceRow - 3);
  await rows.nth(firstRow).evaluate((tr) => {
    const scroller = tr.closest('.grid-scroll');
    const head = scroller.querySelector('thead').getBoundingClientRect().height;
    scroller.scrollTop = tr.offsetTop - head;
  });
  const scroller = await sheet.locator('.grid-scroll').boundingBox();
  const top = (await rows.nth(firstRow).boundingBox()).y;
  let bottom = (await rows.nth(lastRow + 2).boundingBox()).y;
  let right = (await sheet.locator('thead th.col-head').nth(5).boundingBox()).x;
  right += (await sheet.locator('thead th.col-head').nth(5).boundingBox()).width;
  const chart = sheet.locator(`figure.chart:has(svg[aria-label="${chartTitle}"])`);
  if ((await chart.count()) > 0) {
    const box = await chart.boundingBox();
    bottom = Math.max(bottom, box.y + box.height + 8);
    right = Math.max(right, box.x + box.width + 8);
  }
  // The column letters stay in the picture: from the top of the grid, not of the first row.
  const clip = {
    x: scroller.x,
    y: scroller.y,
    width: Math.min(right, scroller.x + scroller.width) - scroller.x,
    height: Math.min(bottom, scroller.y + scroller.height) - scroller.y,
  };
  if (bottom > scroller.y + scroller.height || top < scroller.y)
    throw new Error(`${path}: the hold-out block does not fit in the window`);
  await page.screenshot({ path, clip });
  return sentence;
}

const CHART_TITLE = 'Predicted vs. really bought, by probability band';

async function shoot(browser, { name, args, asOf, rows }) {
  const outbox = mkdtempSync(join(tmpdir(), 'regulars-shots-outbox-'));
  const preview = await startPreview([...args, '--outbox', outbox]);
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(preview.url, WAIT);
    await page.waitForSelector('body[data-ready="true"]', WAIT);
    if (asOf) await setAnalysisDate(page, asOf);
    const sheet = await analyze(page);
    // The sidebar is closed for the picture: the Summary sheet is what is being looked at.
    await page.locator('#toggle-sidebar').click();
    await page.locator('#sidebar').waitFor({ state: 'hidden' });
    const path = join(ROOT, 'docs', `calibration-${name}.png`);
    const sentence = await shootCheck(page, sheet, CHART_TITLE, path);
    await page.locator('#toggle-sidebar').click();
    const sidebar = await sidebarModel(page);
    const model = await customerModel(page, rows(), asOf);
    if (errors.length > 0) throw new Error(`${name}: page errors: ${errors.join('; ')}`);
    await page.close();
    return { name, path, sentence, sidebar, model };
  } finally {
    await preview.stop();
    rmSync(outbox, { recursive: true, force: true });
  }
}

const build = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const temp = mkdtempSync(join(tmpdir(), 'regulars-shots-'));
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
});
try {
  const cdnow = cdnowCsv(temp);
  const ledger = join(ROOT, 'test/fixtures/ledger/ledger-30.csv');
  const cases = [
    { name: 'sample', args: [], asOf: '2026-06-30', rows: sampleRows },
    {
      name: 'cdnow',
      args: [cdnow, '--time-zone', 'UTC'],
      // The log's last day: CDNOW's customers were followed until 30 June 1998.
      asOf: '1998-06-30',
      rows: () => csvRows(cdnow),
    },
    {
      name: 'ledger',
      args: [ledger, '--time-zone', 'Asia/Shanghai'],
      // Three days after its last purchase (2026-06-27).
      asOf: '2026-06-30',
      rows: () => csvRows(ledger),
    },
  ];
  const only = process.argv.slice(2);
  for (const c of cases.filter((c) => only.length === 0 || only.includes(c.name))) {
    const shot = await shoot(browser, c);
    console.log(`\n## ${shot.name}: ${shot.path}\n${shot.sentence}`);
    console.log(`Sidebar: ${shot.sidebar.name}\n${shot.sidebar.sentence ?? '(no sentence)'}`);
    console.log('CUSTOMER_MODEL:');
    for (const row of shot.model) console.log(`  ${row.join(' | ')}`);
  }
} finally {
  await browser.close();
  rmSync(temp, { recursive: true, force: true });
}

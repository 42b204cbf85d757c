// The local preview in a real browser (Debian's Chromium through playwright-core): the sample
// workbook with its formulas evaluated by dist/Code.js, the tabs, the add-on menu, the sidebar with
// google.script.run carried to the real server functions, the outbox, and an owner's CSV file.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserAvailability,
  CHROMIUM,
  LAUNCH_ARGS,
  type PreviewProcess,
  ROOT,
  SCREENSHOTS,
  startPreviewProcess,
} from './support';

const availability = browserAvailability();
if (!availability.run) console.warn(`\n⚠ ${availability.reason}\n`);

const STAGES = new Set(['New', 'Developing', 'Loyal', 'At risk', 'Lapsed']);
const codeHas = (name: string) =>
  new RegExp(`\\nfunction ${name}\\(`).test(readFileSync(join(ROOT, 'dist/Code.js'), 'utf8'));

/** Texts of one column of the visible sheet, from row `from` (1-based) on, up to the last non-blank. */
async function columnTexts(page: Page, columnIndex: number, from = 2): Promise<string[]> {
  return page.$$eval(
    'section.sheet:not([hidden]) tbody tr',
    (rows, [col, start]) => {
      const texts = rows.slice(start - 1).map((row) => row.children[col + 1]?.textContent ?? '');
      while (texts.length > 0 && texts[texts.length - 1] === '') texts.pop();
      return texts;
    },
    [columnIndex, from] as const,
  );
}

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
  await page.locator(`section.sheet[data-sheet="${name}"]`).waitFor({ state: 'visible' });
}

async function sidebarFrame(page: Page): Promise<Frame> {
  const handle = await page.locator('#sidebar-frame').elementHandle();
  const frame = await handle!.contentFrame();
  await frame!.waitForFunction(() => typeof (window as unknown as { google?: unknown }).google === 'object');
  return frame!;
}

describe.skipIf(!availability.run)('local preview in Chromium', () => {
  let preview: PreviewProcess;
  let browser: Browser;
  let page: Page;
  const outboxDir = mkdtempSync(join(tmpdir(), 'regulars-outbox-'));

  beforeAll(async () => {
    if (availability.reason) throw new Error(availability.reason);
    mkdirSync(SCREENSHOTS, { recursive: true });
    preview = await startPreviewProcess(['--outbox', outboxDir]);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
    page = await browser.newPage({ viewport: { width: 1440, height: 860 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(preview.url);
    await page.waitForSelector('body[data-ready="true"]');
    expect(errors).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.stop();
  });

  it('shows the sample workbook as a sheet: tabs, column letters, row numbers', async () => {
    const tabs = await page.getByRole('tab').allTextContents();
    expect(tabs).toEqual(['Customers', 'Purchases', 'Feedback']);
    const letters = await page.$$eval('section.sheet:not([hidden]) thead th.col-head', (ths) =>
      ths.slice(0, 13).map((th) => th.textContent),
    );
    expect(letters).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M']);
    const rowNumbers = await page.$$eval('section.sheet:not([hidden]) tbody th.row-head', (ths) =>
      ths.slice(0, 3).map((th) => th.textContent),
    );
    expect(rowNumbers).toEqual(['1', '2', '3']);
  });

  it('evaluates the formulas with the custom functions of dist/Code.js: stage names fill the column', async () => {
    const header = await columnTexts(page, 5, 1);
    expect(header[0]).toBe('Stage');
    const stages = await columnTexts(page, 5);
    const customers = await columnTexts(page, 0);
    expect(stages.length).toBeGreaterThanOrEqual(customers.length - 1); // the never-bought sign-up is blank
    const shown = new Set(stages.filter((s) => s !== ''));
    for (const stage of shown) expect(STAGES.has(stage), stage).toBe(true);
    expect(shown.size).toBeGreaterThanOrEqual(4);
    // The other formula columns evaluate too, without an error cell anywhere on the sheet.
    expect(await page.locator('section.sheet:not([hidden]) td.e').count()).toBe(0);
    const repeat = await columnTexts(page, 8);
    expect(repeat.filter((t) => /^\d{1,3}%$/.test(t)).length).toBeGreaterThan(40);
    const nextPurchase = await columnTexts(page, 9);
    expect(nextPurchase.filter((t) => /^\d{4}-\d{2}-\d{2}$/.test(t)).length).toBeGreaterThan(40);

    // Selecting a formula cell shows its formula, as Sheets' formula bar does.
    await page.locator('section.sheet:not([hidden]) tbody tr').nth(1).locator('td').nth(5).click();
    await expect.poll(() => page.locator('#name-box').textContent()).toBe('F2');
    expect(await page.locator('#formula-text').textContent()).toBe(
      '=LIFECYCLE_STAGE(A2:A, Purchases!A2:D, $M$2)',
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'customers.png') });
    // The README's screenshot is committed: rewritten when missing or asked for, so a test run on
    // another machine (other fonts) leaves the working tree clean.
    const docsShot = join(ROOT, 'docs/preview.png');
    if (process.env.UPDATE_DOCS_SCREENSHOT === '1' || !existsSync(docsShot)) {
      // The sidebar polls the selection, so the network never idles: give its first calls time.
      await page.waitForTimeout(3000);
      await page.screenshot({ path: docsShot });
    }
  });

  it('switches tabs and keeps messy cells as the owner typed them', async () => {
    await openTab(page, 'Purchases');
    const dates = await columnTexts(page, 1);
    expect(dates.length).toBeGreaterThan(650);
    expect(dates.some((d) => /^\d{4}\/\d{1,2}\/\d{1,2}$/.test(d))).toBe(true);
    expect(dates.some((d) => /年/.test(d))).toBe(true);
    const amounts = await columnTexts(page, 2);
    expect(amounts.some((a) => /^¥\d/.test(a))).toBe(true);
    expect(amounts).toContain('-¥138.00'); // the return
    await page.screenshot({ path: join(SCREENSHOTS, 'purchases.png') });
    await openTab(page, 'Feedback');
    expect(await columnTexts(page, 2)).toContain('complaint');
    await page.screenshot({ path: join(SCREENSHOTS, 'feedback.png') });
    await openTab(page, 'Customers');
  });

  it('shows the add-on menu that onOpen registered, and runs its items', async () => {
    const items = await page.locator('#menu .menu-item').allTextContents();
    expect(items).toEqual([
      'Analyze customers',
      'Follow-ups…',
      'Column setup…',
      'Insert sample data',
      'Help',
    ]);
    const response = page.waitForResponse((r) => r.url().endsWith('/api/menu'));
    await page.getByRole('button', { name: 'Analyze customers' }).click();
    const outcome = (await (await response).json()) as { ok: boolean; error?: string };
    if (codeHas('analyzeCustomers')) {
      expect(outcome.error).toBeUndefined();
      // The add-on writes its own Insights sheet; the page shows it after the call.
      await page.getByRole('tab', { name: 'Insights', exact: true }).waitFor();
    } else {
      // Until the menu functions exist, the page says so, as Sheets would.
      expect(outcome.ok).toBe(false);
      await expect
        .poll(() => page.locator('.notice-error').last().textContent())
        .toContain('Script function not found: analyzeCustomers');
    }
    await page.screenshot({ path: join(SCREENSHOTS, 'menu.png') });
    for (const close of await page.locator('.notice .icon').all()) await close.click();
    if (codeHas('showFollowUps')) {
      // A menu item that opens the add-on's sidebar: the panel loads what showSidebar was given.
      await page.getByRole('button', { name: 'Follow-ups…' }).click();
      await expect
        .poll(() => page.locator('#sidebar-frame').getAttribute('src'))
        .toMatch(/^\/html\/sidebar\/\d+/);
      await page.screenshot({ path: join(SCREENSHOTS, 'follow-ups.png') });
    }
  });

  it('shows dist/Sidebar.html in a 300 px panel and carries google.script.run to the server functions', async () => {
    const box = await page.locator('#sidebar-frame').boundingBox();
    expect(Math.round(box!.width)).toBe(300);
    const frame = await sidebarFrame(page);
    expect(await frame.content()).toContain('Regulars');

    const calls = await frame.evaluate(async () => {
      type Runner = Record<string, (...args: unknown[]) => unknown> & {
        withSuccessHandler(f: (v: unknown, u?: unknown) => void): Runner;
        withFailureHandler(f: (e: Error, u?: unknown) => void): Runner;
        withUserObject(o: unknown): Runner;
      };
      const run = (window as unknown as { google: { script: { run: Runner } } }).google.script.run;
      const call = (name: string, ...args: unknown[]) =>
        new Promise<{ ok: boolean; value: unknown; user: unknown }>((resolve) => {
          run
            .withSuccessHandler((value, user) => resolve({ ok: true, value, user }))
            .withFailureHandler((error, user) => resolve({ ok: false, value: error.message, user }))
            .withUserObject('me')[name]!(...args);
        });
      const purchases = [
        ['Customer', 'Date', 'Amount'],
        ['ann', '2026-01-05', 10],
        ['ann', '2026-02-05', 12],
      ];
      let illegal = '';
      try {
        run.LIFECYCLE_STAGE!(new Date(), purchases);
      } catch (error) {
        illegal = (error as Error).message;
      }
      return {
        stage: await call('LIFECYCLE_STAGE', 'ann', purchases, '2026-02-10'),
        // A server function returning a Date: Apps Script hands the client null.
        date: await call('NEXT_PURCHASE_DATE', 'ann', purchases, '2026-02-10'),
        thrown: await call('RFM_SCORE', 'ann', [['only one column']]),
        missing: await call('noSuchFunction'),
        privateFn: await call('helper_'),
        illegal,
      };
    });
    expect(calls.stage).toEqual({ ok: true, value: 'Developing', user: 'me' });
    expect(calls.date).toEqual({ ok: true, value: null, user: 'me' });
    expect(calls.thrown.ok).toBe(false);
    expect(calls.thrown.value).toMatch(/three columns/);
    expect(calls.missing).toMatchObject({
      ok: false,
      value: expect.stringContaining('Script function not found'),
    });
    expect(calls.privateFn.ok).toBe(false);
    expect(calls.illegal).toMatch(/illegal value in property: 0/);
    await page.screenshot({ path: join(SCREENSHOTS, 'sidebar.png') });

    // google.script.host.close() closes the panel; the toolbar opens it again.
    await frame.evaluate(() =>
      (window as unknown as { google: { script: { host: { close(): void } } } }).google.script.host.close(),
    );
    await page.locator('#sidebar').waitFor({ state: 'hidden' });
    await page.locator('#toggle-sidebar').click();
    await page.locator('#sidebar').waitFor({ state: 'visible' });
  });

  it('opens the outbox where mail and drafts land', async () => {
    await page.locator('#toggle-outbox').click();
    await page.locator('#outbox').waitFor({ state: 'visible' });
    const count = Number(await page.locator('#outbox-count').textContent());
    expect(await page.locator('#outbox .mail').count()).toBe(count);
    if (count === 0) expect(await page.locator('#outbox').textContent()).toContain('No mail yet');
    await page.screenshot({ path: join(SCREENSHOTS, 'outbox.png') });
    await page.locator('#outbox-close').click();
  });
});

describe.skipIf(!availability.run)("the preview of an owner's CSV file", () => {
  let preview: PreviewProcess;
  let browser: Browser;

  beforeAll(async () => {
    if (availability.reason) throw new Error(availability.reason);
    const dir = mkdtempSync(join(tmpdir(), 'regulars-csv-'));
    const file = join(dir, 'orders.csv');
    const rows = ['Customer,Date,Amount,Product'];
    const customers = ['Ann', 'Bo', 'Cy', 'Di', 'Ed', 'Flo'];
    customers.forEach((name, i) => {
      for (let k = 0; k <= i; k++) rows.push(`${name},2026-0${1 + k}-1${i},${20 + 5 * k},"Tea, green"`);
    });
    writeFileSync(file, `${rows.join('\n')}\n`);
    preview = await startPreviewProcess([file, '--time-zone', 'Europe/London', '--outbox', dir]);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.stop();
  });

  it('shows the file as a sheet and an insights table computed by CUSTOMER_INSIGHTS', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(preview.url);
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.getByRole('tab').allTextContents()).toEqual(['orders', 'Insights (preview)']);
    expect(await columnTexts(page, 3)).toContain('Tea, green');
    await openTab(page, 'Insights (preview)');
    const keys = await columnTexts(page, 0, 2);
    expect(new Set(keys)).toEqual(new Set(customers()));
    expect(await page.locator('section.sheet:not([hidden]) td.e').count()).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'csv-insights.png') });
  });
});

function customers(): string[] {
  return ['Ann', 'Bo', 'Cy', 'Di', 'Ed', 'Flo'];
}

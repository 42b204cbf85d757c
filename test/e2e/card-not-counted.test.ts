// The customer card of someone with rows not counted, in a real browser beside the preview (helper
// brief r9): how many rows, each problem with its rows, and the Data issues sheet to look in — in
// English and in Traditional Chinese. Screenshots: test/e2e/screenshots/card-not-counted-*.png.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserAvailability,
  CHROMIUM,
  LAUNCH_ARGS,
  type PreviewProcess,
  SCREENSHOTS,
  startPreviewProcess,
} from './support';

const availability = browserAvailability();
const WAIT = { timeout: 30_000 };

/** Dan: two amounts that are words and a date that is not one; Bo: every row counted. */
const ORDERS = [
  'Customer,Date,Amount',
  'Dan,2026-01-10,30',
  'Dan,2026-02-10,paid cash',
  'Dan,2026-03-10,see receipt',
  'Dan,next Tuesday,12',
  'Dan,2026-04-10,25',
  'Bo,2026-02-01,20',
  '',
].join('\n');

async function cardOfDan(
  browser: Browser,
  preview: PreviewProcess,
  customerTab: string,
): Promise<{ page: Page; frame: Frame; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(preview.url);
  await page.waitForSelector('body[data-ready="true"]');
  const frame = (await (await page.locator('#sidebar-frame').elementHandle())!.contentFrame())!;
  await frame.waitForSelector('nav.tabs', WAIT);
  await frame.getByRole('tab', { name: customerTab }).click();
  await page.getByRole('tab', { name: 'orders', exact: true }).click();
  await page.locator('section.sheet:not([hidden]) tbody tr').nth(1).locator('td').nth(0).click();
  await expect.poll(() => frame.locator('.customer-name').textContent(), WAIT).toBe('Dan');
  return { page, frame, errors };
}

describe.skipIf(!availability.run)('the card of a customer with rows not counted', () => {
  let browser: Browser;
  const previews: PreviewProcess[] = [];

  beforeAll(async () => {
    if (availability.reason) throw new Error(availability.reason);
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    for (const preview of previews) await preview.stop();
  });

  const start = async (locale: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'regulars-not-counted-'));
    const file = join(dir, 'orders.csv');
    writeFileSync(file, ORDERS);
    const preview = await startPreviewProcess([
      file,
      '--locale',
      locale,
      '--time-zone',
      'Europe/London',
      '--outbox',
      dir,
    ]);
    previews.push(preview);
    return preview;
  };

  it('en: how many rows, each problem with its rows, then Data issues after Analyze', async () => {
    const preview = await start('en_US');
    const { page, frame, errors } = await cardOfDan(browser, preview, 'Customer');
    const note = frame.locator('[data-card="not-counted"]');
    await note.waitFor(WAIT);
    expect(await note.locator('p').first().textContent()).toBe(
      '3 rows of theirs in the log are not counted here:',
    );
    expect(await note.locator('li').allTextContents()).toEqual([
      'Amount not readable: 2 rows (3, 4)',
      'Date not readable: row 5',
    ]);
    expect(await note.locator('p').last().textContent()).toBe(
      'Analyze customers lists each row, with its value, in a “Data issues” sheet.',
    );
    // The why no longer lists what it may have been.
    expect(await frame.locator('.why').textContent()).not.toContain('unreadable, dated after');
    await page.locator('#sidebar').screenshot({ path: join(SCREENSHOTS, 'card-not-counted-en.png') });

    await frame.getByRole('tab', { name: 'Overview' }).click();
    await frame.getByRole('button', { name: 'Analyze customers' }).click();
    await expect.poll(() => frame.locator('.status').textContent(), WAIT).toContain('Data issues');
    await frame.getByRole('tab', { name: 'Customer' }).click();
    await page.getByRole('tab', { name: 'orders', exact: true }).click();
    await page.locator('section.sheet:not([hidden]) tbody tr').nth(2).locator('td').nth(0).click();
    await expect
      .poll(() => frame.locator('[data-card="not-counted"] p').last().textContent(), WAIT)
      .toBe('Each row is listed, with its value, in the “Data issues” sheet.');
    expect(errors).toEqual([]);
  });

  it('zh-CN: the same note in Simplified Chinese', async () => {
    const preview = await start('zh_CN');
    const { page, frame, errors } = await cardOfDan(browser, preview, '客户');
    const note = frame.locator('[data-card="not-counted"]');
    await note.waitFor(WAIT);
    expect(await note.locator('p').first().textContent()).toBe('记录中有 3 行未计入：');
    const items = await note.locator('li').allTextContents();
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/：2 行（3、4）$/);
    expect(items[1]).toMatch(/：第 5 行$/);
    expect(await note.locator('p').last().textContent()).toBe(
      '“分析客户”会在“数据问题”工作表中列出每一行及其内容。',
    );
    await page.locator('#sidebar').screenshot({ path: join(SCREENSHOTS, 'card-not-counted-zh-CN.png') });
    expect(errors).toEqual([]);
  });

  it('zh-TW: the same note in Traditional Chinese', async () => {
    const preview = await start('zh_TW');
    const { page, frame, errors } = await cardOfDan(browser, preview, '客戶');
    const note = frame.locator('[data-card="not-counted"]');
    await note.waitFor(WAIT);
    expect(await note.locator('p').first().textContent()).toBe('紀錄中有 3 列未計入：');
    const items = await note.locator('li').allTextContents();
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/：2 列（3、4）$/);
    expect(items[1]).toMatch(/：第 5 列$/);
    expect(await note.locator('p').last().textContent()).toBe(
      '「分析客戶」會在「資料問題」工作表中列出每一列及其內容。',
    );
    await page.locator('#sidebar').screenshot({ path: join(SCREENSHOTS, 'card-not-counted-zh-TW.png') });
    expect(errors).toEqual([]);
  });
});

// `npm start -- shopify_orders.csv` in a real browser: a Shopify export as it is, with no setup step,
// gives the right analysis (the hand-written answers of test/fixtures/exports/shopify), in the
// formula sheet the preview adds and through "Analyze customers"; and `--locale zh_CN` without a file
// opens the sample, the menu and the sidebar in Chinese at once.
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORTS_DIR } from '../support/export-fixtures';
import {
  browserAvailability,
  CHROMIUM,
  LAUNCH_ARGS,
  type PreviewProcess,
  SCREENSHOTS,
  startPreviewProcess,
} from './support';

const availability = browserAvailability();

/** The visible sheet's cells as text, row by row (row 1 first). */
async function sheetTexts(page: Page): Promise<string[][]> {
  return page.$$eval('section.sheet:not([hidden]) tbody tr', (rows) =>
    rows.map((row) =>
      Array.from(row.children)
        .slice(1)
        .map((td) => td.textContent ?? ''),
    ),
  );
}

describe.skipIf(!availability.run)('npm start -- shopify_orders.csv', () => {
  let preview: PreviewProcess;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    if (availability.reason) throw new Error(availability.reason);
    mkdirSync(SCREENSHOTS, { recursive: true });
    const dir = mkdtempSync(join(tmpdir(), 'regulars-shopify-'));
    const file = join(dir, 'shopify_orders.csv');
    copyFileSync(join(EXPORTS_DIR, 'shopify', 'orders_2024.csv'), file);
    preview = await startPreviewProcess([file, '--time-zone', 'Asia/Shanghai', '--outbox', dir]);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
    page = await browser.newPage({ viewport: { width: 1440, height: 860 } });
    await page.goto(preview.url);
    await page.waitForSelector('body[data-ready="true"]');
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.stop();
  });

  it('the insights formula over the whole export names real customers with their net spend', async () => {
    await page.getByRole('tab', { name: 'Insights (preview)', exact: true }).click();
    await page.locator('section.sheet[data-sheet="Insights (preview)"]').waitFor({ state: 'visible' });
    const rows = (await sheetTexts(page)).filter((r) => r[0] !== '');
    // Columns by name: their order is the documented contract of CUSTOMER_INSIGHTS (README).
    const header = rows[0]!;
    const at = (name: string) => header.indexOf(name);
    for (const name of ['Customer', 'Purchase days', 'Total spent'])
      expect(at(name), name).toBeGreaterThanOrEqual(0);
    // Hand-written (expected.json): Alice Wong 3 purchase days, 188 net; Bob Lee 2 days, 67.50 net.
    expect(rows.slice(1).map((r) => [r[at('Customer')], r[at('Purchase days')]])).toEqual([
      ['Alice Wong', '3'],
      ['Bob Lee', '2'],
    ]);
    expect(rows[1]![at('Total spent')]).toMatch(/188(\.00)?$/);
    expect(rows[2]![at('Total spent')]).toMatch(/67\.50?$/);
    expect(await page.locator('section.sheet:not([hidden]) td.e').count()).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'shopify-insights.png') });
  });

  it('Analyze customers needs no setup: Insights with names and emails, excluded orders listed apart', async () => {
    const response = page.waitForResponse((r) => r.url().endsWith('/api/menu'));
    await page.getByRole('button', { name: 'Analyze customers' }).click();
    expect(((await (await response).json()) as { error?: string }).error).toBeUndefined();
    await page.getByRole('tab', { name: 'Insights', exact: true }).click();
    const insights = (await sheetTexts(page)).filter((r) => r[0] !== '');
    expect(insights.slice(1).map((r) => [r[0], r[1]])).toEqual([
      ['Alice Wong', 'alice@example.com'],
      ['Bob Lee', 'bob@example.com'],
    ]);
    await page.screenshot({ path: join(SCREENSHOTS, 'shopify-analyze.png') });
    await page.getByRole('tab', { name: 'Data issues', exact: true }).click();
    const issues = (await sheetTexts(page)).map((r) => r.join(' | '));
    const heading = issues.findIndex((r) => r.startsWith('Rows excluded on purpose'));
    expect(heading).toBeGreaterThan(0);
    const excluded = issues.slice(heading + 1).filter((r) => r.trim() !== '' && !/^[ |]*$/.test(r));
    expect(excluded).toHaveLength(6);
    expect(excluded.join('\n')).toContain("Not paid yet (status 'pending')");
    await page.screenshot({ path: join(SCREENSHOTS, 'shopify-data-issues.png') });
  });
});

describe.skipIf(!availability.run)('the sidebar on a raw Shopify export', () => {
  let preview: PreviewProcess;
  let browser: Browser;

  beforeAll(async () => {
    if (availability.reason) throw new Error(availability.reason);
    const dir = mkdtempSync(join(tmpdir(), 'regulars-shopify-sidebar-'));
    const file = join(dir, 'shopify_orders.csv');
    copyFileSync(join(EXPORTS_DIR, 'shopify', 'orders_2024.csv'), file);
    preview = await startPreviewProcess([file, '--time-zone', 'Asia/Shanghai', '--outbox', dir]);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.stop();
  });

  it('overview: rows left out on purpose said apart; column setup: which export, how sure', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 860 } });
    await page.goto(preview.url);
    await page.waitForSelector('body[data-ready="true"]');
    const frame = (await (await page.locator('#sidebar-frame').elementHandle())!.contentFrame())!;
    await frame.waitForSelector('text=6 rows left out on purpose');
    expect(await frame.locator('body').innerText()).not.toContain('Every row could be used');
    await page.getByRole('button', { name: 'Column setup…' }).click();
    await expect
      .poll(() => page.locator('#sidebar-frame').getAttribute('src'))
      .toMatch(/^\/html\/sidebar\/\d+/);
    const setup = (await (await page.locator('#sidebar-frame').elementHandle())!.contentFrame())!;
    const line = setup.locator('[data-detection="shopify"]');
    await line.waitFor();
    expect(await line.textContent()).toContain(
      'Recognised as Shopify orders (sure: every expected header is there).',
    );
    expect(await setup.locator('#purchases-customer').inputValue()).toBe('1');
    await page.screenshot({ path: join(SCREENSHOTS, 'shopify-column-setup.png') });
  });
});

describe.skipIf(!availability.run)(
  'npm start -- --locale zh_CN --time-zone Asia/Shanghai (the sample)',
  () => {
    let preview: PreviewProcess;
    let browser: Browser;

    beforeAll(async () => {
      if (availability.reason) throw new Error(availability.reason);
      const dir = mkdtempSync(join(tmpdir(), 'regulars-zh-'));
      preview = await startPreviewProcess([
        '--locale',
        'zh_CN',
        '--time-zone',
        'Asia/Shanghai',
        '--outbox',
        dir,
      ]);
      browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
    });

    afterAll(async () => {
      await browser?.close();
      await preview?.stop();
    });

    it('applies the locale to the sample: Chinese menu, and the sidebar opens in Chinese at once', async () => {
      const page = await browser.newPage({ viewport: { width: 1440, height: 860 } });
      await page.goto(preview.url);
      await page.waitForSelector('body[data-ready="true"]');
      expect(await page.locator('#menu .menu-item').first().textContent()).toBe('分析客户');
      expect(await page.locator('.subtitle, header').first().textContent()).toContain('zh_CN');
      const handle = await page.locator('#sidebar-frame').elementHandle();
      const frame = (await handle!.contentFrame())!;
      await frame.waitForSelector('[role="tab"]');
      expect(await frame.locator('[role="tab"]').first().textContent()).toBe('概览');
      await page.screenshot({ path: join(SCREENSHOTS, 'zh-cn-sample.png') });
      // Help lists what each platform's statuses mean, in the spreadsheet's language.
      await page.getByRole('button', { name: '帮助' }).click();
      await expect
        .poll(() => page.locator('#sidebar-frame').getAttribute('src'))
        .toMatch(/^\/html\/sidebar\/\d+/);
      const help = (await (await page.locator('#sidebar-frame').elementHandle())!.contentFrame())!;
      const statuses = help.locator('#export-statuses');
      await statuses.waitFor();
      expect(await statuses.innerText()).toContain('导出文件：哪些计入');
      expect(await statuses.innerText()).toContain('淘宝/天猫订单');
      await statuses.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SCREENSHOTS, 'zh-cn-help-statuses.png') });
    });
  },
);

describe.skipIf(!availability.run)('an owner rule set in the sidebar (收银流水, zh_CN)', () => {
  let preview: PreviewProcess;
  let browser: Browser;

  beforeAll(async () => {
    if (availability.reason) throw new Error(availability.reason);
    const dir = mkdtempSync(join(tmpdir(), 'regulars-pos-'));
    const file = join(dir, '收银流水.csv');
    copyFileSync(join(EXPORTS_DIR, 'pos', '收银流水_2024Q1.csv'), file);
    preview = await startPreviewProcess([
      file,
      '--locale',
      'zh_CN',
      '--time-zone',
      'Asia/Shanghai',
      '--outbox',
      dir,
    ]);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.stop();
  });

  it('the ¥2,000 top-up is left out by default; "类型 = 退款" saved in Column setup is applied by Analyze', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 860 } });
    await page.goto(preview.url);
    await page.waitForSelector('body[data-ready="true"]');
    const spentOf = async (name: string) => {
      await page.getByRole('tab', { name: '客户洞察', exact: true }).click();
      const rows = await sheetTexts(page);
      const header = rows[0]!;
      return rows.find((r) => r[0] === name)?.[header.indexOf('累计消费')];
    };
    const analyze = async () => {
      const response = page.waitForResponse((r) => r.url().endsWith('/api/menu'));
      await page.getByRole('button', { name: '分析客户' }).click();
      expect(((await (await response).json()) as { error?: string }).error).toBeUndefined();
    };
    await analyze();
    const before = await spentOf('王芳');
    const refundBefore = await spentOf('刘强');
    await page.getByRole('button', { name: '列设置…' }).click();
    await expect
      .poll(() => page.locator('#sidebar-frame').getAttribute('src'))
      .toMatch(/^\/html\/sidebar\/\d+/);
    const setup = (await (await page.locator('#sidebar-frame').elementHandle())!.contentFrame())!;
    await setup.locator('[data-detection="pos"]').waitFor();
    await setup.getByRole('button', { name: '添加规则' }).click();
    expect(await setup.locator('#rule-0-column option:checked').textContent()).toContain('类型');
    await setup.locator('#rule-0-values').fill('退款');
    await setup.locator('#rule-0-values').press('Tab');
    await setup.getByRole('button', { name: '保存', exact: true }).click();
    await expect.poll(() => setup.locator('body').innerText()).toContain('列设置已保存。');
    await page.screenshot({ path: join(SCREENSHOTS, 'pos-rule.png') });
    await analyze();
    // Hand-written (pos/expected.json): 王芳 ¥56 + ¥28 = ¥84, the top-up left out; 刘强 ¥38 − ¥38 = 0.
    expect(before).toMatch(/^[^\d]*84(\.00)?$/);
    expect(refundBefore).toMatch(/^[^\d]*0(\.00)?$/);
    // With the rule his refund row is ignored: ¥38.
    expect(await spentOf('刘强')).toMatch(/^[^\d]*38(\.00)?$/);
    expect(await spentOf('王芳')).toMatch(/^[^\d]*84(\.00)?$/);
  });
});

// The card of a customer the analysis left out, and of one with a refund beyond a day's sales, in a
// real browser beside the preview (helper brief r10, trial 23): Rae's only sale was refunded that day
// (the card said "“Rae” has no purchases and is not on the customer sheet"); Lee's refund was typed
// twice. And the overview's data counts agree with Analyze's message. In English and Simplified
// Chinese. Screenshots: test/e2e/screenshots/card-not-analysed-*.png, card-over-refund-*.png.
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

const ORDERS = [
  'Customer,Date,Amount',
  'Dan,2026-10-01,60',
  'Rae,2026-06-04,40',
  'Rae,2026-06-04,-40',
  'Kim,2026-08-04,-20',
  'Lee,2026-09-01,50',
  'Lee,2026-11-01,40',
  'Lee,2026-11-01,-40',
  'Lee,2026-11-01,-40',
  '',
].join('\n');

const TEXTS = {
  en_US: {
    customerTab: 'Customer',
    overviewTab: 'Overview',
    rae: 'Rae was not analysed; their only purchase, on 4 June 2026, was refunded in full that day (rows 3, 4)',
    pointer: 'Analyze customers says why they were not analysed in a “Data issues” sheet.',
    lee: 'Refunds of 80.00 on 1 November 2026 exceed that day’s sales of 40.00 (rows 7, 8, 9): the other 40.00 is taken off their total spent.',
    // Rae's sale and refund, Kim's return: rows, each a line of Data issues (leftovers 29).
    problems: 'Rows with problems: 3',
    refunded: 'Customers whose every purchase was refunded in full the same day: 1',
    returns: 'Customers with only returns: 1',
    analyze: 'Analyze customers',
    keyOne: /^Your Key customer brings \d+% of revenue$/,
  },
  zh_CN: {
    customerTab: '客户',
    overviewTab: '概览',
    rae: 'Rae 未纳入分析；唯一一次购买（2026年6月4日）已在当天全额退款（第 3、4 行）',
    pointer: '“分析客户”会在“数据问题”工作表中写明未纳入分析的原因。',
    lee: '2026年11月1日的退款 80.00 超过当天的销售额 40.00（第 7、8、9 行）：多出的 40.00 已从其总消费中扣除。',
    problems: '有问题的行：3',
    refunded: '1 位客户的每次购买都已在当天全额退款',
    returns: '1 位客户只有退货',
    analyze: '分析客户',
    keyOne: /^这位重点客户贡献了 \d+% 的收入$/,
  },
} as const;

describe.skipIf(!availability.run)('the card of a customer not analysed, and the overview counts', () => {
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

  const open = async (
    locale: keyof typeof TEXTS,
  ): Promise<{ page: Page; frame: Frame; errors: string[] }> => {
    const dir = mkdtempSync(join(tmpdir(), 'regulars-not-analysed-'));
    const file = join(dir, 'orders.csv');
    writeFileSync(file, ORDERS);
    const preview = await startPreviewProcess([
      file,
      '--locale',
      locale,
      '--time-zone',
      'UTC',
      '--outbox',
      dir,
    ]);
    previews.push(preview);
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(preview.url);
    await page.waitForSelector('body[data-ready="true"]');
    const frame = (await (await page.locator('#sidebar-frame').elementHandle())!.contentFrame())!;
    await frame.waitForSelector('nav.tabs', WAIT);
    return { page, frame, errors };
  };

  const select = async (page: Page, row: number) => {
    await page.getByRole('tab', { name: 'orders', exact: true }).click();
    await page.locator('section.sheet:not([hidden]) tbody tr').nth(row).locator('td').nth(0).click();
  };

  for (const locale of ['en_US', 'zh_CN'] as const) {
    it(`${locale}: Rae's card says her sale was refunded; Lee's why says where the 40 went; the counts agree`, async () => {
      const t = TEXTS[locale];
      const { page, frame, errors } = await open(locale);
      const data = () =>
        frame
          .locator('section', { hasText: /Data|数据/ })
          .last()
          .locator('li')
          .allTextContents();
      await expect.poll(data, WAIT).toContain(t.problems);
      expect(await data()).toEqual(expect.arrayContaining([t.refunded, t.returns]));
      // One Key customer of two: said in the singular (trial 22).
      expect(await frame.locator('.key-card .card-title').textContent()).toMatch(t.keyOne);
      const tag = locale === 'en_US' ? 'en' : 'zh-CN';
      await frame
        .locator('section', { hasText: t.problems })
        .last()
        .screenshot({ path: join(SCREENSHOTS, `overview-refunded-${tag}.png`) });

      await frame.getByRole('tab', { name: t.customerTab }).click();
      await select(page, 2);
      const said = frame.locator('[data-card="not-analysed"]');
      await expect.poll(() => said.textContent(), WAIT).toBe(t.rae);
      expect(await frame.locator('.customer-name').textContent()).toBe('Rae');
      expect(await frame.locator('.next-step').count()).toBe(0);
      expect(await frame.locator('.card-head ~ p.muted.small').first().textContent()).toBe(t.pointer);
      expect(await frame.locator('table.history tr').count()).toBe(2);
      await page.locator('#sidebar').screenshot({ path: join(SCREENSHOTS, `card-not-analysed-${tag}.png`) });

      await select(page, 5);
      await expect.poll(() => frame.locator('.customer-name').textContent(), WAIT).toBe('Lee');
      expect(await frame.locator('.why').textContent()).toContain(t.lee);
      await page.locator('#sidebar').screenshot({ path: join(SCREENSHOTS, `card-over-refund-${tag}.png`) });

      // Analyze's message counts what the overview counted.
      await frame.getByRole('tab', { name: t.overviewTab }).click();
      await frame.getByRole('button', { name: t.analyze }).click();
      await expect.poll(() => frame.locator('.status').textContent(), WAIT).toContain(t.problems);
      expect(errors).toEqual([]);
    }, 240_000);
  }
});

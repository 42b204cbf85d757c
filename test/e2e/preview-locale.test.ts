// `npm start -- --locale zh_CN --time-zone …` with no file: the sample opens as a spreadsheet of
// that locale and zone would, and the sidebar beside it is in that language from the first view.
import { type Browser, chromium } from 'playwright-core';
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

describe.skipIf(!availability.run)('preview of the sample with a locale and time zone', () => {
  let preview: PreviewProcess;
  let browser: Browser;

  beforeAll(async () => {
    if (availability.reason) throw new Error(availability.reason);
    preview = await startPreviewProcess(['--locale', 'zh_CN', '--time-zone', 'America/New_York']);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.stop();
  });

  it('applies them to the sample and opens the sidebar in Chinese at once', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 860 } });
    await page.goto(preview.url);
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.locator('body').textContent()).toContain('America/New_York · zh_CN');
    const frame = await (await page.locator('#sidebar-frame').elementHandle())!.contentFrame();
    await frame!.waitForSelector('html[lang="zh-CN"]');
    const tabs = await frame!.getByRole('tab').allTextContents();
    expect(tabs.join(' ')).toMatch(/[\u4e00-\u9fff]/);
    expect(tabs.join(' ')).not.toContain('Overview');
    await page.screenshot({ path: `${SCREENSHOTS}/preview-sample-zh-CN.png` });
  });
});

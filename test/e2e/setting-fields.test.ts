// The numbers and dates an owner types into the sidebar, in Chromium (the real dist/Sidebar.html, its
// google.script.run carried to the real server functions over the Apps Script fake, as optout.test.ts):
//  - trial 22: clearing the follow-up cool-down saved 0 days ("设置已保存。"); 1000 came back as
//    "出错了：Invalid follow-up settings — coolDownDays: must be at most 365". Now the sidebar refuses
//    a blank, odd or out-of-range field by the field, in the owner's language, and sends nothing;
//    a problem only the server finds is said per field by its label, never in English or by an
//    internal name.
//  - the "days ahead" of the due-within audience: cleared, it was read as 0 days.
//  - Column setup's analysis date: half typed, the browser gives '' and it was saved as "today";
//    a date before every purchase is refused by the server in the owner's language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as server from '../../src/gas/followups/server';
import * as main from '../../src/gas/main';
import { createHarness, type Harness } from '../unit/gas-followups/harness';
import { browserAvailability, CHROMIUM, LAUNCH_ARGS, ROOT } from './support';

const availability = browserAvailability();
const SIDEBAR = join(ROOT, 'dist', 'Sidebar.html');

type Handler = (...args: unknown[]) => unknown;
type Call = { name: string; args: unknown[] };

/** Opens Sidebar.html on `view` in `language`, its server calls answered by `handlers` (recorded in `calls`). */
async function openSidebar(
  browser: Browser,
  start: string,
  handlers: Record<string, Handler>,
  calls: Call[],
  endExecution: () => void,
): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
  await page.exposeFunction('__regularsServer', (name: string, args: unknown[]) => {
    calls.push({ name, args });
    const handler = handlers[name];
    if (handler === undefined) throw new Error(`no server function ${name} in this test`);
    try {
      return JSON.parse(JSON.stringify(handler(...args) ?? null));
    } finally {
      endExecution();
    }
  });
  await page.addInitScript(() => {
    type Fn = (value: unknown) => void;
    const call = (window as unknown as { __regularsServer: (n: string, a: unknown[]) => Promise<unknown> })
      .__regularsServer;
    const runner = (ok?: Fn, fail?: Fn): unknown =>
      new Proxy(
        {},
        {
          get: (_, prop: string) => {
            if (prop === 'withSuccessHandler') return (f: Fn) => runner(f, fail);
            if (prop === 'withFailureHandler') return (f: Fn) => runner(ok, f);
            return (...args: unknown[]) => {
              call(prop, args).then(
                (value) => ok?.(value),
                // Apps Script hands the failure handler an Error.
                (error: Error) => fail?.(new Error(error.message)),
              );
            };
          },
        },
      );
    (window as unknown as { google: unknown }).google = {
      script: { run: runner(), host: { close: () => {} } },
    };
  });
  const html = readFileSync(SIDEBAR, 'utf8').replace('data-start="overview en"', `data-start="${start}"`);
  await page.route('http://sidebar.regulars.test/', (route) =>
    route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }),
  );
  await page.goto('http://sidebar.regulars.test/');
  return page;
}

describe.skipIf(!availability.run)('settings the owner types, in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    if (availability.reason) throw new Error(availability.reason);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
  });

  function followUps(language: string, h: Harness, calls: Call[]) {
    return openSidebar(
      browser,
      `followups ${language}`,
      {
        getFollowUpOptions: () => server.getFollowUpOptionsWith(h.env),
        saveFollowUpSettings: (s) => server.saveFollowUpSettingsWith(s),
        previewFollowUps: (r) => server.previewFollowUpsWith(h.env, r),
      },
      calls,
      () => h.endExecution(),
    );
  }

  it('a cleared, odd or out-of-range cool-down is refused by the field in Chinese, and nothing is saved', async () => {
    const h = createHarness({ locale: 'zh_CN' });
    server.saveFollowUpSettingsWith({
      shopName: '茶小铺',
      signature: '小李',
      postalAddress: '上海市某路1号',
      coolDownDays: 14,
    });
    const calls: Call[] = [];
    const page = await followUps('zh-CN', h, calls);
    await page.locator('[data-fu="audience"]').waitFor({ state: 'visible', timeout: 60_000 });
    const settings = page.locator('[data-fu="settings"]');
    if (!(await settings.evaluate((d) => (d as HTMLDetailsElement).open)))
      await settings.locator('summary').click();
    const cool = page.locator('[data-fu="cool-down"]');
    const problem = page.locator('.rg-field-problem');
    for (const typed of ['', '1000', '-3', '7.5']) {
      await cool.fill(typed);
      await page.locator('[data-fu="save-settings"]').click();
      await expect.poll(() => problem.count()).toBe(1);
      expect(await problem.textContent()).toBe(
        '冷却期（两封邮件间隔天数）：请填写 0 到 365 之间的整数天数（0 表示不设冷却期）。未保存任何更改。',
      );
      expect(await cool.getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('.rg-status').first().textContent()).not.toContain('设置已保存');
    }
    expect(calls.filter((c) => c.name === 'saveFollowUpSettings')).toEqual([]);
    expect(server.getFollowUpOptionsWith(h.env).settings.coolDownDays).toBe(14);
    h.endExecution();
    // Editing the field clears the note; a good value is saved.
    await cool.fill('30');
    expect(await problem.count()).toBe(0);
    await page.locator('[data-fu="save-settings"]').click();
    await expect.poll(() => page.locator('.rg-status').first().textContent()).toBe('设置已保存。');
    expect(server.getFollowUpOptionsWith(h.env).settings.coolDownDays).toBe(30);
  }, 120_000);

  it("what only the server refuses is said by the field's label in the owner's language", async () => {
    const h = createHarness({ locale: 'zh_CN' });
    server.saveFollowUpSettingsWith({
      shopName: '茶小铺',
      signature: '小李',
      postalAddress: '上海市某路1号',
    });
    const calls: Call[] = [];
    const page = await followUps('zh-CN', h, calls);
    await page.locator('[data-fu="audience"]').waitFor({ state: 'visible', timeout: 60_000 });
    const settings = page.locator('[data-fu="settings"]');
    if (!(await settings.evaluate((d) => (d as HTMLDetailsElement).open)))
      await settings.locator('summary').click();
    // Past the field's maxlength (a paste the browser let through, an old sidebar): only the server checks it.
    await page.locator('[data-fu="shop-name"]').evaluate((el) => {
      const input = el as HTMLInputElement;
      input.removeAttribute('maxlength');
      input.value = '茶'.repeat(120);
    });
    await page.locator('[data-fu="save-settings"]').click();
    await expect.poll(() => calls.filter((c) => c.name === 'saveFollowUpSettings').length).toBe(1);
    const status = page.locator('.rg-status').first();
    await expect.poll(() => status.textContent()).toBe('店名：最多 100 个字符。未保存任何更改。');
    expect(server.getFollowUpOptionsWith(h.env).settings.shopName).toBe('茶小铺');
  }, 120_000);

  it('a cleared "days ahead" is said by the field, not previewed as 0 days', async () => {
    const h = createHarness();
    server.saveFollowUpSettingsWith({
      shopName: 'Lotus Leaf',
      signature: 'Mei',
      postalAddress: '12 Willow Lane',
    });
    const calls: Call[] = [];
    const page = await followUps('en', h, calls);
    const audience = page.locator('[data-fu="audience"]');
    await audience.waitFor({ state: 'visible', timeout: 60_000 });
    const due = await audience.evaluate(
      (el) => [...(el as HTMLSelectElement).options].find((o) => /due/i.test(o.text))?.value,
    );
    expect(due).toBeDefined();
    await audience.selectOption(due!);
    const days = page.locator('[data-fu="days"]');
    await days.fill('');
    await page.locator('[data-fu="preview"]').click();
    await expect
      .poll(() => page.locator('.rg-field-problem').textContent())
      .toBe('Days ahead: type a whole number of days from 0 to 365.');
    expect(calls.filter((c) => c.name === 'previewFollowUps')).toEqual([]);
    await days.fill('10');
    await page.locator('[data-fu="preview"]').click();
    await expect.poll(() => calls.filter((c) => c.name === 'previewFollowUps').length).toBe(1);
    expect(calls.find((c) => c.name === 'previewFollowUps')!.args[0]).toMatchObject({
      audience: { kind: 'dueWithin', days: 10 },
    });
  }, 120_000);

  it('Column setup: a half-typed analysis date is said by the field; one before every purchase is refused in Chinese', async () => {
    const h = createHarness({ locale: 'zh_CN' });
    const calls: Call[] = [];
    const page = await openSidebar(
      browser,
      'setup zh-CN',
      {
        getColumnSetup: (r) => main.getColumnSetup(r),
        saveColumnSetup: (r, c) => main.saveColumnSetup(r, c),
      },
      calls,
      () => h.endExecution(),
    );
    const asOf = page.locator('#as-of');
    await asOf.waitFor({ state: 'visible', timeout: 60_000 });
    const save = page.getByRole('button', { name: '保存', exact: true });
    // One part of the date typed: the browser's value is '' (badInput).
    await asOf.click();
    await page.keyboard.type('03');
    expect(
      await asOf.evaluate((el) => [
        (el as HTMLInputElement).value,
        (el as HTMLInputElement).validity.badInput,
      ]),
    ).toEqual(['', true]);
    await save.click();
    await expect
      .poll(() => page.locator('.rg-field-problem').textContent())
      .toBe('分析日期：请选择完整的日期（年、月、日），或留空表示今天。未保存任何更改。');
    expect(calls.filter((c) => c.name === 'saveColumnSetup')).toEqual([]);
    // Before every purchase of the sample (its first on 2 January 2026 or so): the server's words.
    await asOf.fill('1900-01-01');
    await save.click();
    await expect.poll(() => calls.filter((c) => c.name === 'saveColumnSetup').length).toBe(1);
    const status = page.locator('div.status');
    await expect
      .poll(() => status.textContent())
      .toMatch(
        /^出错了：分析日期 1900年1月1日（在“列设置”中设定）早于所有购买（最早一笔在 \d{4}年\d+月\d+日）：请清空它以按今天分析，或改选更晚的日期。$/,
      );
    // Said under the field too, where the owner is typing (trial 22: only the status line said it).
    expect(await page.locator('.rg-field-problem').textContent()).toMatch(
      /^分析日期 1900年1月1日（在“列设置”中设定）早于所有购买/,
    );
    expect(await asOf.getAttribute('aria-invalid')).toBe('true');
    expect(main.getColumnSetup().asOf).toBeNull();
  }, 120_000);
});

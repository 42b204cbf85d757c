// The sidebar's opt-out safeguards in Chromium: the real dist/Sidebar.html, its google.script.run
// carried to the real server functions of src/gas running over the Apps Script fake in this process
// (page.exposeFunction), so each scenario can start from a sheet the owner changed.
//  - A customer sheet without an opt-out or consent column: the preview says so, Create drafts and
//    Send stay disabled until the owner ticks the acknowledgement, and the request carries it.
//  - Insert sample data run again: nothing changes until the owner chooses to replace the sample
//    sheets they did not edit; an edited one is kept.
//  - A confirmed recipient who opts out between the preview and Create drafts is listed in the
//    run's results with the reason, never dropped silently.
//  - Insert sample data the first time beside the owner's own data: it names the sheets it adds and
//    adds them only when the owner says yes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as server from '../../src/gas/followups/server';
import * as main from '../../src/gas/main';
import { SAMPLE_UPLOAD } from '../unit/gas/fixture';
import { createHarness, type Harness } from '../unit/gas-followups/harness';
import { browserAvailability, CHROMIUM, LAUNCH_ARGS, ROOT, SCREENSHOTS } from './support';

const availability = browserAvailability();
const SIDEBAR = join(ROOT, 'dist', 'Sidebar.html');

type Handler = (...args: unknown[]) => unknown;

/** Opens Sidebar.html on `view`, its server calls answered by `handlers` (recorded in `calls`). */
async function openSidebar(
  browser: Browser,
  view: string,
  handlers: Record<string, Handler>,
  calls: { name: string; args: unknown[] }[],
  endExecution: () => void,
): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 300, height: 800 } });
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
                (error: Error) => fail?.({ message: error.message }),
              );
            };
          },
        },
      );
    (window as unknown as { google: unknown }).google = {
      script: { run: runner(), host: { close: () => {} } },
    };
  });
  const html = readFileSync(SIDEBAR, 'utf8').replace('data-start="overview en"', `data-start="${view} en"`);
  // Init scripts run in documents the page navigates to (not in page.setContent).
  await page.route('http://sidebar.regulars.test/', (route) =>
    route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }),
  );
  await page.goto('http://sidebar.regulars.test/');
  return page;
}

describe.skipIf(!availability.run)('opt-out safeguards in the sidebar, in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    if (availability.reason) throw new Error(availability.reason);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('without an opt-out column: says so, and drafts only after the acknowledgement', async () => {
    const h: Harness = createHarness();
    server.saveFollowUpSettingsWith({
      shopName: 'Lotus Leaf Tea House',
      signature: 'Mei',
      postalAddress: '12 Willow Lane\nHangzhou 310000',
    });
    const header = h.fake.values('Customers')[0]!;
    h.fake.spreadsheet
      .sheet('Customers')
      .api.getRange(1, header.indexOf('Opt-out') + 1)
      .setValue('Misc');
    const calls: { name: string; args: unknown[] }[] = [];
    const page = await openSidebar(
      browser,
      'followups',
      {
        getFollowUpOptions: () => server.getFollowUpOptionsWith(h.env),
        previewFollowUps: (r) => server.previewFollowUpsWith(h.env, r),
        createFollowUpDrafts: (r) => server.createFollowUpDraftsWith(h.env, r),
        sendFollowUps: (r) => server.sendFollowUpsWith(h.env, r),
      },
      calls,
      () => h.endExecution(),
    );
    const audience = page.locator('[data-fu="audience"]');
    await audience.waitFor({ state: 'visible', timeout: 30_000 });
    const value = await audience.evaluate(
      (el) => [...(el as HTMLSelectElement).options].find((o) => o.text.startsWith('Stage: At risk'))?.value,
    );
    await audience.selectOption(value!);
    await page.locator('[data-fu="preview"]').click();
    const warning = page.locator('[data-fu="no-optout"]');
    await warning.waitFor({ timeout: 30_000 });
    expect(await warning.textContent()).toBe(
      'No opt-out or consent column is set for your customer sheet, so Regulars cannot tell who asked not to be emailed. Only the Unsubscribed list is checked. If the sheet has such a column, choose it in Columns.I have checked that nobody here asked not to be emailed',
    );
    const drafts = page.locator('[data-fu="create-drafts"]');
    const send = page.locator('[data-fu="send"]');
    expect(await drafts.isDisabled()).toBe(true);
    expect(await send.isDisabled()).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'followups-no-optout.png'), fullPage: true });
    await page.locator('[data-fu="ack-optout"]').check();
    expect(await drafts.isDisabled()).toBe(false);
    await drafts.click();
    await expect
      .poll(() => page.locator('.rg-status').textContent(), { timeout: 60_000 })
      .toMatch(/^13 drafts created/);
    const request = calls.find((c) => c.name === 'createFollowUpDrafts')!.args[0] as Record<string, unknown>;
    expect(request.acknowledgeNoOptOut).toBe(true);
    // Mia Rossi's and 宋歌's opt-outs are in the column the owner renamed: only the owner's check can stop them.
    expect(h.fake.outbox.drafts()).toHaveLength(13);
    await page.close();
  }, 120_000);

  it('an opt-out column renamed to a header detection does not know: the column in its place is offered, used only when chosen (trial F5)', async () => {
    const h: Harness = createHarness();
    const saveAsShown = () => {
      const v = main.getColumnSetup(null);
      return main.saveColumnSetup({ purchases: v.purchases, customers: v.customers, feedback: v.feedback });
    };
    saveAsShown();
    h.endExecution();
    const column = h.fake.values('Customers')[0]!.indexOf('Opt-out');
    h.fake.spreadsheet
      .sheet('Customers')
      .api.getRange(1, column + 1)
      .setValue('Marketing');
    const calls: { name: string; args: unknown[] }[] = [];
    const page = await openSidebar(
      browser,
      'setup',
      {
        getColumnSetup: (r) => main.getColumnSetup(r),
        saveColumnSetup: (r, c) => main.saveColumnSetup(r, c),
      },
      calls,
      () => h.endExecution(),
    );
    const note = page.locator('[data-setup="opt-out-before"]');
    await note.waitFor({ timeout: 30_000 });
    const letter = String.fromCharCode(65 + column);
    expect(await note.locator('p').allTextContents()).toEqual([
      'Opt-out was column “Opt-out” of “Customers” (now missing or renamed).',
      `Column ${letter}, now headed “Marketing”, stands where “Opt-out” was. If it holds the same answers, use it.`,
    ]);
    // Offered, not picked.
    expect(await page.locator('#customers-optOut').inputValue()).toBe('');
    await page.getByRole('button', { name: `Use column ${letter}` }).click();
    expect(await page.locator('#customers-optOut').inputValue()).toBe(String(column));
    expect(await page.locator('[data-setup="opt-out-before"]').count()).toBe(0);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => page.locator('.status').textContent(), { timeout: 30_000 })
      .toBe('Column setup saved.');
    const save = calls.find((c) => c.name === 'saveColumnSetup')!;
    expect(save.args[1]).toBeNull();
    expect(main.getColumnSetup(null).customers?.columns.optOut).toBe(column);
    await page.close();
  }, 120_000);

  it('Insert sample data run again asks before replacing, and keeps the sample sheet the owner edited', async () => {
    const h: Harness = createHarness({ defaultSheet: 'Sheet1' });
    // The harness's sheets are plain owner sheets; the sample inserted by the add-on goes beside them
    // (the owner said yes to the sheets it adds).
    main.insertSample(SAMPLE_UPLOAD, { replace: true });
    h.endExecution();
    const purchases = h.fake.spreadsheet.sheetNames().find((n) => n.startsWith('Purchases ('))!;
    h.fake.spreadsheet.sheet(purchases).api.appendRow(['My customer', new Date(), 88, 'Tea']);
    const before = h.fake.values(purchases);
    const calls: { name: string; args: unknown[] }[] = [];
    const page = await openSidebar(
      browser,
      'sample',
      {
        insertSample: (request, options) => main.insertSample(request, options),
        getOverview: () => main.getOverview(null),
      },
      calls,
      () => h.endExecution(),
    );
    const exists = page.locator('[data-sample="exists"]');
    await exists.waitFor({ timeout: 30_000 });
    expect(await exists.textContent()).toMatch(
      /^The sample is already here\. Replace its sheets you have not changed \(Customers \(Regulars\), Feedback \(Regulars\)\)\? Your own sheets are never touched\.$/,
    );
    expect(await page.getByText(`Kept as you edited them: ${purchases}.`).count()).toBe(1);
    await page.screenshot({ path: join(SCREENSHOTS, 'sample-confirm.png'), fullPage: true });
    expect(h.fake.values(purchases)).toEqual(before);
    await page.getByRole('button', { name: 'Replace them' }).click();
    await expect
      .poll(() => calls.filter((c) => c.name === 'insertSample').map((c) => c.args[1]))
      .toEqual([undefined, { replace: true }]);
    expect(h.fake.values(purchases)).toEqual(before);
    await page.close();
  });

  it('Insert sample data beside the owner’s own data names the sheets it adds and asks first', async () => {
    const h: Harness = createHarness({ defaultSheet: 'Sheet1' });
    const before = h.fake.spreadsheet.sheetNames();
    const calls: { name: string; args: unknown[] }[] = [];
    const page = await openSidebar(
      browser,
      'sample',
      {
        insertSample: (request, options) => main.insertSample(request, options),
        getOverview: () => main.getOverview(null),
      },
      calls,
      () => h.endExecution(),
    );
    const add = page.locator('[data-sample="add"]');
    await add.waitFor({ timeout: 30_000 });
    expect(await add.textContent()).toBe(
      'This workbook has your own data. Inserting the sample adds these sheets beside it: Customers (Regulars), Purchases (Regulars), Feedback (Regulars). Your sheets are not changed.',
    );
    expect(h.fake.spreadsheet.sheetNames()).toEqual(before);
    await page.getByRole('button', { name: 'Add the sample' }).click();
    await expect
      .poll(() => calls.filter((c) => c.name === 'insertSample').map((c) => c.args[1]))
      .toEqual([undefined, { replace: true }]);
    await expect.poll(() => h.fake.spreadsheet.sheetNames()).toContain('Feedback (Regulars)');
    expect(await page.getByText('Kept as you edited them').count()).toBe(0);
    await page.close();
  });

  it('a confirmed recipient the batch leaves out is listed in the results with the reason', async () => {
    const h: Harness = createHarness();
    server.saveFollowUpSettingsWith({
      shopName: 'Lotus Leaf Tea House',
      signature: 'Mei',
      postalAddress: '12 Willow Lane\nHangzhou 310000',
    });
    const calls: { name: string; args: unknown[] }[] = [];
    const page = await openSidebar(
      browser,
      'followups',
      {
        getFollowUpOptions: () => server.getFollowUpOptionsWith(h.env),
        previewFollowUps: (r) => server.previewFollowUpsWith(h.env, r),
        createFollowUpDrafts: (r) => server.createFollowUpDraftsWith(h.env, r),
      },
      calls,
      () => h.endExecution(),
    );
    const audience = page.locator('[data-fu="audience"]');
    await audience.waitFor({ state: 'visible', timeout: 30_000 });
    const value = await audience.evaluate(
      (el) => [...(el as HTMLSelectElement).options].find((o) => o.text.startsWith('Stage: At risk'))?.value,
    );
    await audience.selectOption(value!);
    await page.locator('[data-fu="preview"]').click();
    const drafts = page.locator('[data-fu="create-drafts"]');
    await drafts.waitFor({ timeout: 30_000 });
    // After the preview, the owner marks Leo Schmidt as opted out.
    h.setCustomerCell('Leo Schmidt', 'Opt-out', 'yes');
    await drafts.click();
    const skipped = page.locator('[data-fu="run-item"][data-result="skipped"]');
    await skipped.first().waitFor({ timeout: 60_000 });
    expect(await skipped.count()).toBe(1);
    expect(await skipped.first().textContent()).toBe(
      'Leo Schmidt — leo.schmidt@example.orgOpted out of emails, or no marketing consent recorded',
    );
    expect(await page.locator('.rg-status').textContent()).toBe(
      '10 drafts created: see Gmail → Drafts and the Contact log sheet. 1 left out when it ran (reasons below).',
    );
    await page.close();
  }, 120_000);
});

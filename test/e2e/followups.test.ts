// The follow-up flow in Chromium, through the local preview (dist/Code.js in the Apps Script fake, the
// real dist/Sidebar.html): settings, choose "At risk", preview, create drafts and find them in the
// outbox and the Contact log; then send another audience after confirming the count and the quota.
import { mkdirSync, mkdtempSync } from 'node:fs';
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

/** The sample workbook's analysis date, pinned in Column setup so the test does not depend on the preview's clock. */
const SAMPLE_AS_OF = '2026-06-30';

async function sidebarFrame(page: Page): Promise<Frame> {
  const handle = await page.locator('#sidebar-frame').elementHandle();
  const frame = await handle!.contentFrame();
  await frame!.waitForFunction(() => typeof (window as unknown as { google?: unknown }).google === 'object');
  return frame!;
}

/** Opens the sidebar on the follow-ups panel from the add-on menu and waits for its choices. */
async function openFollowUps(page: Page): Promise<Frame> {
  const before = await page.locator('#sidebar-frame').getAttribute('src');
  await page.getByRole('button', { name: 'Follow-ups…' }).click();
  // Each showSidebar loads a new page into the frame: wait for it, not the one it replaces.
  await page.waitForFunction(
    (previous) => document.querySelector('#sidebar-frame')?.getAttribute('src') !== previous,
    before,
  );
  const frame = await sidebarFrame(page);
  await frame.locator('[data-fu="audience"]').waitFor({ state: 'visible', timeout: 30_000 });
  return frame;
}

/** Calls a server function from the sidebar as the page's own scripts would. */
async function run(frame: Frame, name: string, ...args: unknown[]): Promise<unknown> {
  return frame.evaluate(
    ([fn, params]) =>
      new Promise((resolve, reject) => {
        type Runner = Record<string, (...a: unknown[]) => void> & {
          withSuccessHandler(f: (v: unknown) => void): Runner;
          withFailureHandler(f: (e: Error) => void): Runner;
        };
        const r = (window as unknown as { google: { script: { run: Runner } } }).google.script.run;
        r.withSuccessHandler(resolve).withFailureHandler((e) => reject(new Error(e.message)))[fn as string]!(
          ...(params as unknown[]),
        );
      }),
    [name, args] as const,
  );
}

async function chooseAudience(frame: Frame, labelStart: string): Promise<void> {
  const select = frame.locator('[data-fu="audience"]');
  const value = await select.evaluate(
    (el, start) => [...(el as HTMLSelectElement).options].find((o) => o.text.startsWith(start))?.value,
    labelStart,
  );
  expect(value, `audience "${labelStart}"`).toBeDefined();
  await select.selectOption(value!);
}

async function outboxCount(page: Page): Promise<number> {
  return Number(await page.locator('#outbox-count').textContent());
}

describe.skipIf(!availability.run)('follow-up emails in Chromium', () => {
  let preview: PreviewProcess;
  let browser: Browser;
  let page: Page;
  let frame: Frame;
  const outboxDir = mkdtempSync(join(tmpdir(), 'regulars-followups-'));

  beforeAll(async () => {
    if (availability.reason) throw new Error(availability.reason);
    mkdirSync(SCREENSHOTS, { recursive: true });
    preview = await startPreviewProcess(['--outbox', outboxDir]);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(preview.url);
    await page.waitForSelector('body[data-ready="true"]');
    // The owner's analysis date (Column setup), so the sample's customers are judged as of its date.
    frame = await openFollowUps(page);
    const setup = (await run(frame, 'getColumnSetup')) as Record<string, unknown>;
    await run(frame, 'saveColumnSetup', {
      purchases: setup.purchases,
      customers: setup.customers,
      feedback: setup.feedback,
      asOf: SAMPLE_AS_OF,
    });
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.stop();
  });

  it('asks for the shop name first, and saves the settings', async () => {
    frame = await openFollowUps(page);
    const settings = frame.locator('[data-fu="settings"]');
    expect(await settings.getAttribute('open')).not.toBeNull();
    await frame.locator('[data-fu="shop-name"]').fill('Lotus Leaf Tea House');
    await frame.locator('[data-fu="signature"]').fill('Mei\nLotus Leaf Tea House');
    await frame.locator('[data-fu="postal-address"]').fill('12 Willow Lane\nHangzhou 310000');
    await frame.locator('[data-fu="save-settings"]').click();
    await expect.poll(() => frame.locator('.rg-status').textContent()).toBe('Settings saved.');
  });

  it('chooses "At risk", previews each email and who is skipped and why', async () => {
    await chooseAudience(frame, 'Stage: At risk');
    expect(await frame.locator('[data-fu="template"] option:checked').textContent()).toBe(
      'Check-in (At risk)',
    );
    await frame.locator('[data-fu="preview"]').click();
    const recipients = frame.locator('[data-fu="recipients"] > summary');
    await recipients.waitFor({ timeout: 30_000 });
    expect(await recipients.textContent()).toBe('Recipients (11)');
    const skipped = frame.locator('[data-fu="skipped-item"]');
    const reasons = await skipped.evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.reason));
    expect(reasons.sort()).toEqual(['noEmail', 'openComplaint', 'openComplaint', 'optedOut', 'optedOut']);
    // One email opened: the rendered subject and body, with the opt-out line.
    await frame.locator('[data-fu="recipients"] > summary').click();
    const first = frame.locator('[data-fu="recipient"]').first();
    await first.locator('summary').click();
    const mail = await first.locator('.rg-mail').textContent();
    expect(mail).toMatch(/^Subject: How are we doing, /);
    expect(mail).toContain('reply "unsubscribe"');
    await page.screenshot({ path: join(SCREENSHOTS, 'followups-preview.png') });
  });

  it('creates drafts: they land in the outbox and in the Contact log', async () => {
    const before = await outboxCount(page);
    await frame.locator('[data-fu="create-drafts"]').click();
    await expect
      .poll(() => frame.locator('.rg-status').textContent(), { timeout: 60_000 })
      .toMatch(/^11 drafts created/);
    expect(await frame.locator('[data-fu="run-item"][data-result="drafted"]').count()).toBe(11);
    // Each line says what happened in words, not the server's result code (issue 12).
    expect(
      await frame.locator('[data-fu="run-item"][data-result="drafted"] .rg-muted').first().textContent(),
    ).toBe('Draft created');
    await expect.poll(() => outboxCount(page)).toBe(before + 11);
    // Drafts are not known to be sent: the results say so, with no "0 bought" on day 0.
    await expect
      .poll(() => frame.locator('[data-fu="result-counts"]').first().textContent(), { timeout: 30_000 })
      .toBe('0 sent · 11 drafted, not known to be sent');
    expect(await frame.locator('[data-fu="result-outcome"]').first().textContent()).toBe('');
    expect(await frame.locator('[data-fu="release-drafts"]').count()).toBe(1);
    await page.screenshot({ path: join(SCREENSHOTS, 'followups-drafts.png') });

    await page.getByRole('tab', { name: 'Contact log', exact: true }).click();
    const section = page.locator('section.sheet[data-sheet="Contact log"]');
    await section.waitFor({ state: 'visible' });
    const results = await section
      .locator('tbody tr')
      .evaluateAll((rows) => rows.slice(1).map((r) => r.children[8]?.textContent ?? ''));
    expect(results.filter((r) => r === 'drafted')).toHaveLength(11);
    await page.locator('#toggle-outbox').click();
    await page.locator('#outbox').waitFor({ state: 'visible' });
    await page.screenshot({ path: join(SCREENSHOTS, 'followups-outbox.png') });
    await page.locator('#outbox-close').click();
    await page.getByRole('tab', { name: 'Customers', exact: true }).click();
  });

  it('the customer card shows a draft as not known to be sent, and the owner can mark it sent', async () => {
    await frame.getByRole('tab', { name: 'Customer' }).click();
    await page.getByRole('tab', { name: 'Customers', exact: true }).click();
    await page
      .locator('section.sheet[data-sheet="Customers"] td', { hasText: /^Leo Schmidt$/ })
      .first()
      .click();
    const mark = frame.getByRole('button', { name: 'I sent this draft' });
    await mark.waitFor({ timeout: 30_000 });
    expect(await frame.getByText('Drafted, not known to be sent').count()).toBe(1);
    expect(await frame.getByRole('button', { name: 'I discarded this draft' }).count()).toBe(1);
    await mark.click();
    await frame.getByText('Not yet (window open)').waitFor({ timeout: 30_000 });
    expect(await frame.getByRole('button', { name: 'I sent this draft' }).count()).toBe(0);
  });

  it('sends only after a confirmation showing the count and the remaining daily quota', async () => {
    frame = await openFollowUps(page);
    await chooseAudience(frame, 'Stage: Loyal');
    await frame.locator('[data-fu="preview"]').click();
    const summary = frame.locator('[data-fu="recipients"] > summary');
    await summary.waitFor({ timeout: 30_000 });
    const n = Number(/\((\d+)\)/.exec((await summary.textContent()) ?? '')?.[1]);
    expect(n).toBeGreaterThan(0);
    const before = await outboxCount(page);

    await frame.locator('[data-fu="send"]').click();
    const confirm = frame.locator('[data-fu="confirm"]');
    await confirm.waitFor();
    expect(await confirm.locator('[data-fu="quota"]').textContent()).toBe('Remaining daily quota: 100.');
    expect(await frame.locator('[data-fu="confirm-send"]').textContent()).toBe(`Send ${n} emails`);
    await page.screenshot({ path: join(SCREENSHOTS, 'followups-confirm.png') });
    // Cancel sends nothing; confirming sends.
    await frame.locator('[data-fu="cancel-send"]').click();
    expect(await outboxCount(page)).toBe(before);
    await frame.locator('[data-fu="send"]').click();
    await frame.locator('[data-fu="confirm-send"]').click();
    await expect
      .poll(() => frame.locator('.rg-status').textContent(), { timeout: 60_000 })
      .toMatch(new RegExp(`^${n} emails sent`));
    await expect.poll(() => outboxCount(page)).toBe(before + n);
    await page.screenshot({ path: join(SCREENSHOTS, 'followups-sent.png') });
  });
  it('shows the date follow-ups are judged by, and unsubscribes a person from the preview', async () => {
    frame = await openFollowUps(page);
    await chooseAudience(frame, 'Stage: Lapsed');
    // The audience chosen must still be the one previewed (named in the failure if it is not).
    const audienceText = () =>
      frame.locator('[data-fu="audience"]').evaluate((el) => {
        const select = el as HTMLSelectElement;
        return select.options[select.selectedIndex]?.text ?? '';
      });
    expect(await audienceText()).toMatch(/^Stage: Lapsed/);
    await frame.locator('[data-fu="preview"]').click();
    const summary = frame.locator('[data-fu="recipients"] > summary');
    await summary.waitFor({ timeout: 60_000 });
    const count = async () => Number(/\((\d+)\)/.exec((await summary.textContent()) ?? '')?.[1]);
    // The list may be drawn after its heading (under load a first read saw 0): wait for it.
    await expect
      .poll(count, { timeout: 60_000, message: `recipients of ${await audienceText()}` })
      .toBeGreaterThan(1);
    const n = await count();
    // Dates as the en_US sheet writes them (M/D/YYYY), as the card's are.
    expect(SAMPLE_AS_OF).toBe('2026-06-30');
    expect(await frame.locator('[data-fu="judged-on"]').textContent()).toMatch(
      /^Judged as of today, \d{1,2}\/\d{1,2}\/\d{4}: purchases up to today count\. The analysis date fixed in Columns \(6\/30\/2026\) is used by Analyze only\.$/,
    );
    // The sample's customer sheet has an opt-out column: no acknowledgement is asked for.
    expect(await frame.locator('[data-fu="no-optout"]').count()).toBe(0);
    await summary.click();
    const first = frame.locator('[data-fu="recipient"]').first();
    const label = ((await first.locator('summary').textContent()) ?? '').split(' — ')[0]!;
    await first.locator('summary').click();
    await first.locator('[data-fu="unsubscribe"]').click();
    await expect
      .poll(() => frame.locator('.rg-status').textContent())
      .toBe(`${label} is on the list in “Unsubscribed (Regulars)” and will not be emailed.`);
    expect(await frame.locator('[data-fu="recipient"]').count()).toBe(n - 1);
    await page.screenshot({ path: join(SCREENSHOTS, 'followups-unsubscribe.png') });
    await expect
      .poll(() => page.getByRole('tab', { name: 'Unsubscribed (Regulars)', exact: true }).count())
      .toBe(1);
    // Previewed again: skipped as opted out.
    await frame.locator('[data-fu="preview"]').click();
    await expect.poll(count).toBe(n - 1);
    const reasons = await frame
      .locator('[data-fu="skipped-item"]')
      .evaluateAll((items) =>
        items.map((i) => [i.firstChild?.textContent, (i as HTMLElement).dataset.reason]),
      );
    expect(reasons).toContainEqual([label, 'optedOut']);
  });
});

// The add-on's entry points through the built dist/Code.js, loaded in the Apps Script fake's bare V8
// context as Apps Script loads it: the menu in each auth mode, the sample, Analyze customers, and the
// server functions the sidebar calls.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { SERVER_FUNCTIONS } from '../../src/sidebar/server';
import { createGasFake, type GasFake } from '../support/gas-fake';
import { codeText, DIST, distHtmlFiles } from '../support/load-bundle';
import { projectManifest } from '../support/manifest';
import { SAMPLE_UPLOAD } from '../unit/gas/fixture';

type Fn = (...args: unknown[]) => unknown;
const MENU = ['analyzeCustomers', 'showFollowUps', 'showColumnSetup', 'insertSampleData', 'showHelp'];

function load(options: Parameters<typeof createGasFake>[0] = {}): {
  fake: GasFake;
  context: Record<string, Fn>;
} {
  const fake = createGasFake({
    timeZone: 'Asia/Shanghai',
    htmlFiles: distHtmlFiles(),
    manifest: projectManifest(),
    ...options,
  });
  const context = fake.vmContext();
  vm.runInContext(codeText(), context, { filename: 'Code.js' });
  return { fake, context: context as Record<string, Fn> };
}

describe('the add-on through dist/Code.js', () => {
  for (const mode of ['NONE', 'LIMITED', 'FULL'] as const) {
    it(`onOpen builds the add-on menu in AuthMode.${mode}; every item is a top-level function`, () => {
      const { fake, context } = load({ locale: 'zh_TW', userLocale: 'zh-TW' });
      fake.setAuthMode(mode);
      context.onOpen!(fake.onOpenEvent(mode));
      const items = fake.ui.menuItems();
      expect(items.map((i) => i.functionName)).toEqual(MENU);
      expect(items[0]!.caption).toBe('分析客戶');
      for (const name of MENU) expect(typeof context[name], name).toBe('function');
    });
  }

  it('declares every server function the sidebar calls, with its JSDoc', () => {
    const text = codeText();
    for (const name of SERVER_FUNCTIONS) {
      expect(text, name).toMatch(new RegExp(`\\*/\\nfunction ${name}\\(`));
    }
  });

  it('inserts the sample, analyzes it and writes the three sheets with text kept as text', () => {
    const { fake, context } = load();
    context.insertSample!(SAMPLE_UPLOAD);
    // Inserting the sample does not fix the analysis date; the owner fixes it at the sample's date.
    fake.properties.api
      .getDocumentProperties()
      .setProperty('regulars.columnSetup', JSON.stringify({ asOf: '2026-06-30' }));
    const purchases = fake.spreadsheet.sheet('Purchases');
    purchases.getRange(2, 1).setValue('\'=HYPERLINK("https://x.example","x")');
    context.analyzeCustomers!();
    expect(fake.spreadsheet.sheetNames()).toEqual([
      'Sheet1',
      'Customers',
      'Purchases',
      'Feedback',
      'Insights',
      'Summary',
      'Data issues',
    ]);
    const insights = fake.values('Insights');
    expect(insights[0]![0]).toBe('Customer');
    expect(insights.map((r) => r[0])).toContain('=HYPERLINK("https://x.example","x")');
    expect(fake.spreadsheet.sheet('Insights').formulaCells()).toEqual([]);
    // Stages, tiers, and the hold-out check's calibration.
    expect(fake.spreadsheet.sheet('Summary').charts.length).toBe(3);
    expect(fake.spreadsheet.toasts.at(-1)!.msg).toMatch(
      /^Analyzed \d+ customers from \d+ purchase rows as of 2026-06-30/,
    );

    fake.setActiveRange('Insights', 'B3');
    const selection = context.getSelectedCustomer!(null) as { key: string };
    const card = context.getCustomerCard!({ key: selection.key }) as { card: { label: string } };
    expect(card.card.label).toBe(insights[2]![0]);
  });

  it('opens the sidebar from dist/Sidebar.html on the chosen view', () => {
    const { fake, context } = load({ locale: 'zh_CN' });
    context.showColumnSetup!();
    const sidebar = fake.ui.lastSidebar()!;
    expect(sidebar.content).toContain('<body data-start="setup zh-CN">');
    expect(sidebar.title).toBe('Regulars');
  });
});

describe('opt-outs through dist/Code.js', () => {
  /** The sample as the add-on inserts it, the shop name set; audiences judged by the machine's today. */
  function withSample() {
    const loaded = load();
    loaded.context.insertSample!(SAMPLE_UPLOAD);
    loaded.context.saveFollowUpSettings!({
      shopName: 'Lotus Leaf Tea House',
      postalAddress: '12 Willow Lane',
    });
    return loaded;
  }
  // Every sample customer is lapsed by now (the sample ends on 2026-06-30).
  const LAPSED = { audience: { kind: 'stage', stage: 'lapsed' }, templateId: 'win-back', language: 'en' };
  const confirmAll = (p: {
    spec: unknown;
    recipients: { key: string; lastPurchaseDay: number; email: string }[];
  }) => ({
    campaign: p.spec,
    confirmed: p.recipients.map((r) => ({ key: r.key, lastPurchaseDay: r.lastPurchaseDay, email: r.email })),
  });
  type Preview = Parameters<typeof confirmAll>[0] & { noOptOutColumn: boolean };

  it('without an opt-out column the server sends nothing until the owner acknowledges it', () => {
    const { fake, context } = withSample();
    fake.spreadsheet.sheet('Customers').getRange(1, 3).setValue('Misc');
    const preview = context.previewFollowUps!(LAPSED) as Preview;
    expect(preview.noOptOutColumn).toBe(true);
    expect(preview.recipients.length).toBeGreaterThan(0);
    const refused = context.sendFollowUps!(confirmAll(preview)) as { stoppedBy: string; problems: string[] };
    expect(refused.stoppedBy).toBe('problems');
    expect(refused.problems[0]).toMatch(/^No opt-out or consent column is set for the customer sheet/);
    expect(fake.outbox.entries).toEqual([]);
    const sent = context.sendFollowUps!({ ...confirmAll(preview), acknowledgeNoOptOut: true }) as {
      processed: unknown[];
    };
    expect(sent.processed.length).toBeGreaterThan(0);
  });

  it('Unsubscribe this person writes the Unsubscribed sheet, and the next preview skips the customer', () => {
    const { fake, context } = withSample();
    const before = context.previewFollowUps!(LAPSED) as Preview & {
      recipients: { key: string; label: string }[];
    };
    const first = before.recipients[0]!;
    expect(context.unsubscribeCustomer!(first.key)).toMatchObject({ sheet: 'Unsubscribed (Regulars)' });
    expect(fake.spreadsheet.sheetNames()).toContain('Unsubscribed (Regulars)');
    const after = context.previewFollowUps!(LAPSED) as { skipped: { key: string; reason: string }[] };
    expect(after.skipped.find((s) => s.key === first.key)?.reason).toBe('optedOut');
  });

  it('a setup saved as shown after the opt-out header was renamed is refused; confirmed with the flag, it is saved', () => {
    const { fake, context } = withSample();
    type View = {
      purchases: unknown;
      customers: { columns: Record<string, number> } | null;
      feedback: unknown;
    };
    const asShown = () => {
      const v = context.getColumnSetup!(null) as View;
      return { purchases: v.purchases, customers: v.customers, feedback: v.feedback };
    };
    context.saveColumnSetup!(asShown());
    fake.spreadsheet.sheet('Customers').getRange(1, 3).setValue('Marketing');
    expect(() => context.saveColumnSetup!(asShown())).toThrow(
      /^Not saved: the column “Opt-out” of “Customers”/,
    );
    expect(() => context.previewFollowUps!(LAPSED)).toThrow(/its column “Opt-out” is not found/);
    expect(() => context.saveColumnSetup!(asShown(), { dropOptOut: 1 })).toThrow(/Invalid save confirmation/);
    const saved = context.saveColumnSetup!(asShown(), { dropOptOut: true }) as View;
    expect(saved.customers?.columns.optOut).toBeUndefined();
    expect((context.previewFollowUps!(LAPSED) as Preview).noOptOutColumn).toBe(true);
  });
});

describe('dist/Sidebar.html', () => {
  it('builds its page from DOM nodes only: no HTML strings are parsed', () => {
    const html = readFileSync(join(DIST, 'Sidebar.html'), 'utf8');
    const script = html.slice(html.indexOf('<script>'));
    for (const sink of ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'document.write', 'DOMParser']) {
      expect(script.includes(sink), sink).toBe(false);
    }
  });
});

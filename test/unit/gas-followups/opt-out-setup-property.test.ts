// A property test of the opt-out column through column setup (new-owner trial: the opt-out header
// renamed "Marketing", the setup saved again as shown, the opt-out column silently dropped, and the
// acknowledgement offered that let opted-out customers be written to). Random sequences of owner edits
// to the customer sheet — rename, move or delete the opt-out column, add columns, opt customers in and
// out — interleaved with saving Column setup as the panel shows it (with or without the confirmation
// that a dropped opt-out column is gone) and with previews, drafts and sends as the sidebar makes them.
// After every step: no customer whose row says opted out at that moment was drafted or sent an email.
//
// The owner trusts what Regulars says: whenever follow-ups offer the acknowledgement ("I have checked
// that nobody here asked not to be emailed"), the owner ticks it — unless the owner themselves
// confirmed in Column setup that the opt-out column was gone while it was still in the sheet (then
// both statements would be the owner's own, and no software can tell).
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { builtInTextsFile } from '../../../src/core/followups/built-in-texts';
import * as server from '../../../src/gas/followups/server';
import * as main from '../../../src/gas/main';
import { createGasFake, type GasFake } from '../../support/gas-fake';
import type { CellValue } from '../../support/gas-fake/cell';
import { projectManifest } from '../../support/manifest';

const DAY = 86_400_000;
/** 2026-06-30 10:00 in Shanghai. */
const NOW = Date.parse('2026-06-30T02:00:00Z');
const at = (daysAgo: number) => new Date(NOW - daysAgo * DAY - 2 * 3_600_000);

const NAMES = ['Ava', 'Ben', 'Cai', 'Dan', 'Eve', 'Fay', 'Gus'];
const email = (name: string) => `${name.toLowerCase()}@example.com`;
/** Headers the opt-out column is renamed to: two detection knows, two it does not. */
const RENAMES = ['Marketing', 'Tag', 'Opt-out', 'Unsubscribed'] as const;

type Action =
  | { kind: 'rename'; to: (typeof RENAMES)[number] }
  | { kind: 'move'; to: number }
  | { kind: 'delete' }
  | { kind: 'addColumn'; at: number; header: string }
  | { kind: 'optOut'; customer: number; value: string }
  | { kind: 'resave'; confirm: boolean }
  | { kind: 'run'; mode: 'send' | 'draft'; tier: 'key' | 'core' | 'occasional' };

const actionArb: fc.Arbitrary<Action> = fc.oneof(
  {
    arbitrary: fc.record({ kind: fc.constant('rename' as const), to: fc.constantFrom(...RENAMES) }),
    weight: 4,
  },
  {
    arbitrary: fc.record({ kind: fc.constant('move' as const), to: fc.integer({ min: 1, max: 6 }) }),
    weight: 1,
  },
  { arbitrary: fc.constant({ kind: 'delete' as const }), weight: 1 },
  {
    arbitrary: fc.record({
      kind: fc.constant('addColumn' as const),
      at: fc.integer({ min: 1, max: 6 }),
      header: fc.constantFrom('Birthday', 'Notes', 'City'),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('optOut' as const),
      customer: fc.integer({ min: 0, max: NAMES.length - 1 }),
      value: fc.constantFrom('yes', 'yes', ''),
    }),
    weight: 2,
  },
  { arbitrary: fc.record({ kind: fc.constant('resave' as const), confirm: fc.boolean() }), weight: 4 },
  {
    arbitrary: fc.record({
      kind: fc.constant('run' as const),
      mode: fc.constantFrom('send' as const, 'draft' as const),
      // Every customer is in one tier: the three together reach each of them.
      tier: fc.constantFrom('key' as const, 'core' as const, 'occasional' as const),
    }),
    weight: 4,
  },
);

function purchases(): CellValue[][] {
  const rows: CellValue[][] = [['Customer', 'Date', 'Amount']];
  NAMES.forEach((name, i) => {
    rows.push([name, at(200 + i * 20), 20 + i * 7]);
    rows.push([name, at(40 + i * 25), 30 + i * 11]);
  });
  return rows;
}

interface World {
  fake: GasFake;
  env: { now: () => Date };
  /** The opt-out column's 1-based position, or undefined once the owner deleted it. */
  optOutAt: number | undefined;
  /** The owner confirmed in Column setup that the opt-out column was gone while it was not. */
  claimedGone: boolean;
}

function makeWorld(): { world: World; uninstall: () => void } {
  const fake = createGasFake({
    timeZone: 'Asia/Shanghai',
    now: NOW,
    defaultSheet: null,
    htmlFiles: { Templates: builtInTextsFile() },
    manifest: projectManifest(),
  });
  fake.spreadsheet.addSheet('Customers', [
    ['Name', 'Email', 'Unsubscribed'],
    // Ben, Eve: one opted out in each of two tiers.
    ...NAMES.map((n, i) => [n, email(n), i % 3 === 1 ? 'yes' : '']),
  ]);
  fake.spreadsheet.addSheet('Purchases', purchases());
  const uninstall = fake.install();
  server.saveFollowUpSettingsWith({ shopName: 'Tea', postalAddress: '1 Lane', coolDownDays: 14 });
  const world: World = { fake, env: { now: () => fake.clock.now() }, optOutAt: 3, claimedGone: false };
  saveAsShown(world, false);
  expect(main.getColumnSetup(null).customers?.columns.optOut).toBe(2);
  return { world, uninstall };
}

/** The call fails only because the saved setup no longer matches the sheet, or a save was refused. */
const STOPPED = /no longer matches|Not saved: the column/;

function attempt<T>(w: World, body: () => T): T | undefined {
  try {
    return body();
  } catch (error) {
    if (!STOPPED.test(String((error as Error).message))) throw error;
    return undefined;
  } finally {
    w.fake.lock.endExecution();
  }
}

function saveAsShown(w: World, confirm: boolean): void {
  attempt(w, () => {
    const view = main.getColumnSetup(null);
    main.saveColumnSetup(
      { purchases: view.purchases, customers: view.customers, feedback: view.feedback },
      confirm ? { dropOptOut: true } : null,
    );
    const saved = main.getColumnSetup(null).customers?.columns.optOut;
    if (confirm && saved === undefined && w.optOutAt !== undefined) w.claimedGone = true;
  });
}

/** Addresses whose row says opted out now. */
function optedOutNow(w: World): Set<string> {
  const out = new Set<string>();
  if (w.optOutAt === undefined) return out;
  for (const row of w.fake.values('Customers').slice(1)) {
    if (row[w.optOutAt - 1] === 'yes') out.add(String(row.find((v) => String(v).includes('@'))));
  }
  return out;
}

function run(w: World, mode: 'send' | 'draft', tier: string): void {
  const blocked = optedOutNow(w);
  const seen = w.fake.outbox.entries.length;
  const preview = attempt(w, () =>
    server.previewFollowUpsWith(w.env, {
      audience: { kind: 'tier', tier },
      templateId: 'survey',
      language: 'en',
    }),
  );
  if (preview !== undefined && preview.recipients.length > 0) {
    const batch = {
      campaign: preview.spec,
      confirmed: preview.recipients.map((r) => ({
        key: r.key,
        lastPurchaseDay: r.lastPurchaseDay,
        email: r.email,
      })),
      // The owner ticks the acknowledgement whenever it is offered (see the top).
      ...(preview.noOptOutColumn && !w.claimedGone ? { acknowledgeNoOptOut: true } : {}),
    };
    attempt(w, () =>
      mode === 'send'
        ? server.sendFollowUpsWith(w.env, batch)
        : server.createFollowUpDraftsWith(w.env, batch),
    );
  }
  for (const entry of w.fake.outbox.entries.slice(seen)) {
    for (const to of entry.recipients)
      expect(blocked.has(to), `${to} opted out, got a ${entry.kind}`).toBe(false);
  }
}

function apply(w: World, a: Action): void {
  const sheet = w.fake.spreadsheet.sheet('Customers').api;
  const width = sheet.getLastColumn();
  switch (a.kind) {
    case 'rename':
      if (w.optOutAt !== undefined) sheet.getRange(1, w.optOutAt).setValue(a.to);
      return;
    case 'move': {
      const from = w.optOutAt;
      if (from === undefined || a.to > width + 1 || a.to === from || a.to === from + 1) return;
      sheet.moveColumns(sheet.getRange(1, from, sheet.getMaxRows(), 1), a.to);
      w.optOutAt = a.to > from ? a.to - 1 : a.to;
      return;
    }
    case 'delete':
      if (w.optOutAt !== undefined) sheet.deleteColumn(w.optOutAt);
      w.optOutAt = undefined;
      return;
    case 'addColumn': {
      const column = Math.min(a.at, width + 1);
      sheet.insertColumnsBefore(Math.min(column, sheet.getMaxColumns()), 1);
      if (column > sheet.getMaxColumns()) return;
      sheet.getRange(1, column).setValue(a.header);
      if (w.optOutAt !== undefined && column <= w.optOutAt) w.optOutAt++;
      return;
    }
    case 'optOut': {
      if (w.optOutAt === undefined) return;
      const row = w.fake.values('Customers').findIndex((r) => r.includes(NAMES[a.customer]!));
      sheet.getRange(row + 1, w.optOutAt).setValue(a.value);
      return;
    }
    case 'resave':
      saveAsShown(w, a.confirm);
      return;
    case 'run':
      run(w, a.mode, a.tier);
      return;
  }
}

const uninstalls: (() => void)[] = [];
afterEach(() => {
  while (uninstalls.length > 0) uninstalls.pop()!();
});

describe('the opt-out column through column setup (property)', () => {
  it('whatever the owner edits and saves: no customer whose row says opted out is drafted or sent', () => {
    // Emails written over all runs: the property is about who gets them, so some must go.
    let written = 0;
    fc.assert(
      fc.property(fc.array(actionArb, { minLength: 1, maxLength: 12 }), (actions) => {
        const { world, uninstall } = makeWorld();
        try {
          for (const a of actions) apply(world, a);
          written += world.fake.outbox.entries.length;
        } finally {
          uninstall();
        }
      }),
      { numRuns: 200 },
    );
    expect(written).toBeGreaterThan(0);
  });

  it('the trial’s sequence: renamed "Marketing", saved as shown, then a send', () => {
    const { world, uninstall } = makeWorld();
    uninstalls.push(uninstall);
    for (const a of [
      { kind: 'rename', to: 'Marketing' },
      { kind: 'resave', confirm: false },
      ...(['key', 'core', 'occasional'] as const).map(
        (tier) => ({ kind: 'run', mode: 'send', tier }) as const,
      ),
    ] as const)
      apply(world, a);
    expect(world.fake.outbox.entries).toEqual([]);
  });
});

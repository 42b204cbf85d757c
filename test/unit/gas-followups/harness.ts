// A fake spreadsheet with the sample tea-shop workbook (Customers, Purchases, Feedback), the follow-up
// server functions bound to the fake's clock, and helpers to read the Contact log back.
import { afterEach } from 'vitest';
import { builtInTextsFile } from '../../../src/core/followups/built-in-texts';
import { sampleGrids } from '../../../src/core/sample/sample-workbook';
import type { BatchRequest, BatchResult, PreviewResult } from '../../../src/gas/followups/api';
import type { ProtocolEnvironment } from '../../../src/gas/followups/send-protocol';
import * as server from '../../../src/gas/followups/server';
import { createGasFake, type GasFake, type GasFakeOptions } from '../../support/gas-fake';
import { projectManifest } from '../../support/manifest';

/** 10:00 in Shanghai on the sample's as-of date, 2026-06-30. */
const SAMPLE_NOW = '2026-06-30T02:00:00Z';

const uninstalls: (() => void)[] = [];
afterEach(() => {
  while (uninstalls.length > 0) uninstalls.pop()!();
});

export interface Harness {
  fake: GasFake;
  env: ProtocolEnvironment;
  options: () => ReturnType<typeof server.getFollowUpOptionsWith>;
  preview: (request: unknown) => PreviewResult;
  drafts: (request: unknown) => BatchResult;
  send: (request: unknown) => BatchResult;
  test: (request: unknown) => ReturnType<typeof server.sendFollowUpTestWith>;
  /** Ends the simulated execution (locks released), as Apps Script does between calls. */
  endExecution: () => void;
  /** The Contact log as objects (header row dropped). */
  logRows: () => Record<string, unknown>[];
  /** Sets a customer-sheet cell by customer name and header. */
  setCustomerCell: (customer: string, header: string, value: unknown) => void;
  /** Appends a purchase row. */
  addPurchase: (customer: string, isoDay: string, amount: number) => void;
}

export function createHarness(options: GasFakeOptions = {}): Harness {
  const fake = createGasFake({
    timeZone: 'Asia/Shanghai',
    now: SAMPLE_NOW,
    defaultSheet: null,
    htmlFiles: { Templates: builtInTextsFile() },
    manifest: projectManifest(),
    ...options,
  });
  for (const grid of sampleGrids()) fake.spreadsheet.addSheet(grid.name, grid.values);
  uninstalls.push(fake.install());
  const env: ProtocolEnvironment = { now: () => fake.clock.now() };
  const call =
    <T>(fn: () => T) =>
    () => {
      try {
        return fn();
      } finally {
        // The execution ends: its locks are released, and a simulated crash is over.
        fake.lock.endExecution();
        fake.faults.reset();
      }
    };
  const harness: Harness = {
    fake,
    env,
    options: () => call(() => server.getFollowUpOptionsWith(env))(),
    preview: (request) => call(() => server.previewFollowUpsWith(env, request))(),
    drafts: (request) => call(() => server.createFollowUpDraftsWith(env, request))(),
    send: (request) => call(() => server.sendFollowUpsWith(env, request))(),
    test: (request) => call(() => server.sendFollowUpTestWith(env, request))(),
    endExecution: () => fake.lock.endExecution(),
    logRows: () => {
      const sheet = fake.spreadsheet.sheets.find((s) => s.name === 'Contact log');
      if (!sheet) return [];
      const [header, ...rows] = fake.values('Contact log');
      return rows.map((r) => Object.fromEntries(header!.map((h, i) => [String(h), r[i]])));
    },
    setCustomerCell: (customer, header, value) => {
      const values = fake.values('Customers');
      const row = values.findIndex((r) => r[0] === customer);
      const column = values[0]!.indexOf(header);
      if (row < 0 || column < 0) throw new Error(`no cell ${customer}/${header}`);
      fake.spreadsheet
        .sheet('Customers')
        .api.getRange(row + 1, column + 1)
        .setValue(value);
    },
    addPurchase: (customer, isoDay, amount) => {
      const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
      // Midnight in Shanghai (UTC+8) of that day, as a Sheets date cell holds it.
      const date = new Date(Date.UTC(y, m - 1, d) - 8 * 3_600_000);
      fake.spreadsheet.sheet('Purchases').api.appendRow([customer, date, amount, 'Matcha 30g']);
    },
  };
  return harness;
}

/** The batch request confirming every recipient of a preview. */
export function confirmAll(preview: PreviewResult): BatchRequest {
  return {
    campaign: preview.spec,
    confirmed: preview.recipients.map((r) => ({
      key: r.key,
      lastPurchaseDay: r.lastPurchaseDay,
      email: r.email,
    })),
  };
}

export const AT_RISK = {
  audience: { kind: 'stage', stage: 'atRisk' },
  templateId: 'check-in',
  language: 'en',
};

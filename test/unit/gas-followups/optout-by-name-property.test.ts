// Property: whatever key a customer sheet names its customers by (name, email, both; any case and
// spacing), an opt-out row stops every customer of the log it identifies, by that customer's address
// or billing name — at preview and at send. The log is keyed by email with billing names, as a
// Shopify export is (trial g25: rows named by name alone were not joined to anyone).
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { builtInTextsFile } from '../../../src/core/followups/built-in-texts';
import { isOptedOut } from '../../../src/core/followups/contacts';
import type { ProtocolEnvironment } from '../../../src/gas/followups/send-protocol';
import * as server from '../../../src/gas/followups/server';
import { createGasFake } from '../../support/gas-fake';
import { projectManifest } from '../../support/manifest';
import { confirmAll } from './harness';

const uninstalls: (() => void)[] = [];
afterEach(() => {
  while (uninstalls.length > 0) uninstalls.pop()!();
});

const LAPSED: [email: string, name: string][] = [
  ['ann@x.com', 'Ann Ash'],
  ['bea@x.com', 'Bea Bo'],
  ['cal@x.com', 'Cal Cy'],
  ['dan@x.com', 'Dan Du'],
];

function orders(): unknown[][] {
  const rows: unknown[][] = [['Name', 'Email', 'Financial Status', 'Created at', 'Total', 'Billing Name']];
  let n = 1;
  const two = (email: string, name: string, first: string, second: string) =>
    rows.push(
      [`#${n++}`, email, 'paid', `${first} 10:00:00 +0000`, '40', name],
      [`#${n++}`, email, 'paid', `${second} 10:00:00 +0000`, '40', name],
    );
  for (const [email, name] of LAPSED) two(email, name, '2025-01-10', '2025-02-10');
  for (const name of ['Zed', 'Yan', 'Xi', 'Wu', 'Vi']) two(`${name}@y.com`, name, '2026-10-01', '2026-10-25');
  return rows;
}

const written = (text: string, style: number) =>
  style === 0
    ? text
    : style === 1
      ? text.toUpperCase()
      : style === 2
        ? ` ${text.toLowerCase()} `
        : text.replace(' ', '  ');

/** One row: whom it is about, how it names them, and its opt-out cell. */
const rowArb = fc.record({
  who: fc.nat({ max: LAPSED.length - 1 }),
  style: fc.nat({ max: 3 }),
  /** Whether the email cell holds the log's address, another one, or nothing. */
  address: fc.constantFrom('own', 'other', 'blank'),
  optOut: fc.constantFrom<unknown>('yes', '', 'no', true, false, 'x', '✓', 'unsubscribed', 'Y'),
});

const sheetArb = fc.record({
  columns: fc.constantFrom('name', 'email', 'both', 'emailFirst'),
  header: fc.constantFrom('Do not email', 'Opt-out', 'Unsubscribed'),
  rows: fc.array(rowArb, { minLength: 1, maxLength: 6 }),
});

type Sheet = typeof sheetArb extends fc.Arbitrary<infer T> ? T : never;

function customerSheet(sheet: Sheet): unknown[][] {
  const nameOf = (r: Sheet['rows'][number]) => written(LAPSED[r.who]![1], r.style);
  const emailOf = (r: Sheet['rows'][number]) =>
    r.address === 'own'
      ? written(LAPSED[r.who]![0], r.style)
      : r.address === 'other'
        ? `other${r.who}@z.com`
        : '';
  const shape = {
    name: [['Name', sheet.header], (r: Sheet['rows'][number]) => [nameOf(r), r.optOut]],
    email: [['Email', sheet.header], (r: Sheet['rows'][number]) => [emailOf(r), r.optOut]],
    both: [['Name', 'Email', sheet.header], (r: Sheet['rows'][number]) => [nameOf(r), emailOf(r), r.optOut]],
    emailFirst: [
      ['Email', 'Name', sheet.header],
      (r: Sheet['rows'][number]) => [emailOf(r), nameOf(r), r.optOut],
    ],
  } as const;
  const [header, row] = shape[sheet.columns];
  return [[...header], ...sheet.rows.map((r) => row(r))];
}

/** The log's addresses some opting-out row identifies: by the name, or by the address the row holds. */
function optedOut(sheet: Sheet): Set<string> {
  const out = new Set<string>();
  for (const r of sheet.rows) {
    if (!isOptedOut(r.optOut as never)) continue;
    const byName = sheet.columns !== 'email';
    const byEmail = sheet.columns !== 'name' && r.address === 'own';
    if (byName || byEmail) out.add(LAPSED[r.who]![0]);
  }
  return out;
}

describe('opt-outs by any key that identifies the customer (property)', () => {
  it('nobody whose row opts out is in a preview or a send', () => {
    fc.assert(
      fc.property(sheetArb, (sheet) => {
        const fake = createGasFake({
          timeZone: 'UTC',
          now: '2026-11-28T15:00:00Z',
          htmlFiles: { Templates: builtInTextsFile() },
          manifest: projectManifest(),
        });
        fake.spreadsheet.addSheet('Orders', orders());
        fake.spreadsheet.addSheet('Customers', customerSheet(sheet));
        const uninstall = fake.install();
        try {
          const env: ProtocolEnvironment = { now: () => fake.clock.now() };
          server.saveFollowUpSettingsWith({ shopName: 'Test Shop', postalAddress: '1 Main St' });
          const call = <T>(fn: () => T): T => {
            try {
              return fn();
            } finally {
              fake.lock.endExecution();
            }
          };
          const request = {
            audience: { kind: 'stage', stage: 'lapsed' },
            templateId: 'win-back',
            language: 'en',
          };
          const preview = call(() => server.previewFollowUpsWith(env, request));
          const stopped = optedOut(sheet);
          for (const r of preview.recipients) expect(stopped.has(r.email)).toBe(false);
          for (const email of stopped)
            expect(preview.skipped.find((s) => s.key === email)?.reason).toBe('optedOut');
          call(() => server.sendFollowUpsWith(env, confirmAll(preview)));
          for (const to of fake.outbox.sentTo()) expect(stopped.has(to)).toBe(false);
        } finally {
          uninstall();
        }
      }),
      { numRuns: 60 },
    );
  });
});

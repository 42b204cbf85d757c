// Trial 25: a log whose Customer column holds email addresses (no Email column, no customer sheet)
// sent to nobody: every Lapsed customer skipped as "no email address". The addresses are now the
// customers' emails, Column setup says so, and every send guard still applies. Through the fake.
import { afterEach, describe, expect, it } from 'vitest';
import * as main from '../../../src/gas/main';
import { confirmAll } from '../gas-followups/harness';
import { type Installed, installFake } from './fixture';

let env: Installed | undefined;
afterEach(() => env?.uninstall());

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const LAPSED = { audience: { kind: 'stage', stage: 'lapsed' }, templateId: 'win-back', language: 'en' };

function shop(log: unknown[][], more: Record<string, unknown[][]> = {}): Installed {
  const installed = installFake({ timeZone: 'UTC', locale: 'en_GB', now: '2023-06-30T12:00:00Z' });
  installed.fake.spreadsheet.addSheet('Sales', log);
  for (const [name, rows] of Object.entries(more)) installed.fake.spreadsheet.addSheet(name, rows);
  main.saveFollowUpSettings({ shopName: 'Shop', signature: 'Jo', postalAddress: '1 High St' });
  main.analyzeCustomers();
  return installed;
}

const BY_EMAIL = [
  ['Customer', 'Date', 'Amount'],
  ['zoe@example.com', day('2022-01-10'), 10],
  ['amy@example.com', day('2022-01-12'), 10],
  ['amy@example.com', day('2022-02-12'), 10],
];

describe('a log keyed by email', () => {
  it('writes to the addresses the Customer column holds, and Column setup says so', () => {
    env = shop(BY_EMAIL);
    expect(main.getColumnSetup().keyEmails).toEqual({ sheet: 'Sales', header: 'Customer' });
    const preview = main.previewFollowUps(LAPSED);
    expect(preview.skipped.filter((s) => s.reason === 'noEmail')).toEqual([]);
    expect(preview.recipients.map((r) => r.email).sort()).toEqual(['amy@example.com', 'zoe@example.com']);
    // No opt-out or consent column: the preview says so, and sending waits for the owner's word.
    expect(preview.noOptOutColumn).toBe(true);
    const batch = confirmAll(preview);
    expect(main.sendFollowUps(batch).stoppedBy).toBe('problems');
    expect(env.fake.outbox.entries).toEqual([]);
    expect(main.sendFollowUps({ ...batch, acknowledgeNoOptOut: true }).stoppedBy).toBe('done');
    expect(env.fake.outbox.sentTo().sort()).toEqual(['amy@example.com', 'zoe@example.com']);
  });

  it('a consent column still decides: a blank or "no" consent is not written to', () => {
    env = shop([
      ['Customer', 'Date', 'Amount', 'Accepts Marketing'],
      ['zoe@example.com', day('2022-01-10'), 10, 'no'],
      ['amy@example.com', day('2022-01-12'), 10, 'yes'],
      ['amy@example.com', day('2022-02-12'), 10, 'yes'],
      ['bea@example.com', day('2022-01-14'), 10, ''],
    ]);
    const preview = main.previewFollowUps(LAPSED);
    expect(preview.recipients.map((r) => r.email)).toEqual(['amy@example.com']);
    expect(
      preview.skipped
        .filter((s) => s.reason === 'optedOut')
        .map((s) => s.email)
        .sort(),
    ).toEqual(['bea@example.com', 'zoe@example.com']);
  });

  it('a column of names with an address or two is not read as addresses', () => {
    env = shop([
      ['Customer', 'Date', 'Amount'],
      ['Zoe', day('2022-01-10'), 10],
      ['Amy', day('2022-01-12'), 10],
      ['Bea', day('2022-01-14'), 10],
      ['cy@example.com', day('2022-01-16'), 10],
    ]);
    expect(main.getColumnSetup().keyEmails).toBeNull();
    const preview = main.previewFollowUps(LAPSED);
    expect(preview.recipients).toEqual([]);
  });

  // Leftovers 29: Zoe, missing from the sheet's Email column, was skipped as "no email address",
  // though the log names her by hers.
  it('a customer sheet with an email column keeps its own addresses; the log gives those it lacks', () => {
    env = shop(
      [
        ['Customer', 'Date', 'Amount'],
        ['zoe@example.com', day('2022-01-10'), 10],
        ['amy@example.com', day('2022-01-12'), 10],
        ['bea@example.com', day('2022-01-14'), 10],
      ],
      {
        Customers: [
          ['Customer', 'Name', 'Email'],
          ['amy@example.com', 'Amy', 'amy.b@example.com'],
          ['bea@example.com', 'Bea', ''],
        ],
      },
    );
    expect(main.getColumnSetup().keyEmails).toBeNull();
    const preview = main.previewFollowUps(LAPSED);
    expect(preview.recipients.map((r) => r.email).sort()).toEqual([
      'amy.b@example.com',
      'bea@example.com',
      'zoe@example.com',
    ]);
    expect(preview.skipped).toEqual([]);
  });

  it("a customer sheet's consent column: one it does not list has given no consent, and is not written to", () => {
    env = shop(
      [
        ['Customer', 'Date', 'Amount'],
        ['zoe@example.com', day('2022-01-10'), 10],
        ['amy@example.com', day('2022-01-12'), 10],
      ],
      {
        Customers: [
          ['Customer', 'Name', 'Email', 'Accepts Marketing'],
          ['amy@example.com', 'Amy', 'amy.b@example.com', 'yes'],
        ],
      },
    );
    const preview = main.previewFollowUps(LAPSED);
    expect(preview.recipients.map((r) => r.email)).toEqual(['amy.b@example.com']);
    expect(preview.skipped.map((s) => [s.email, s.reason])).toEqual([['zoe@example.com', 'optedOut']]);
  });
});

// A purchase log's consent column renamed to a header the customer-sheet detector knows as consent
// (new-owner trial F6: "Accepts Marketing" renamed "Newsletter"). Column setup did not offer it and
// asked to confirm "Accepts Marketing" was gone; the customer card then said Liv Hart had not opted
// out while follow-ups still skipped her as opted out. Setup, card and follow-ups now read the same
// column: the renamed one, offered in place of the missing one.
import { afterEach, describe, expect, it } from 'vitest';
import { builtInTextsFile } from '../../../src/core/followups/built-in-texts';
import type { ProtocolEnvironment } from '../../../src/gas/followups/send-protocol';
import * as server from '../../../src/gas/followups/server';
import * as main from '../../../src/gas/main';
import { createGasFake, type GasFake } from '../../support/gas-fake';

const uninstalls: (() => void)[] = [];
afterEach(() => {
  while (uninstalls.length > 0) uninstalls.pop()!();
});

const NO = new Set(['Liv Hart', 'Amy Cho']);
const NAMES = ['Liv Hart', 'Amy Cho', 'Meg Early', 'Dev Rao', 'Kim Lee'];

/** A café log (London, en_GB): five weekly buyers who stopped in March, two without consent. */
function cafe(): { fake: GasFake; env: ProtocolEnvironment } {
  const fake = createGasFake({
    timeZone: 'Europe/London',
    locale: 'en_GB',
    now: '2026-11-28T12:00:00Z',
    defaultSheet: null,
    htmlFiles: { Templates: builtInTextsFile() },
  });
  const rows: unknown[][] = [['Customer', 'Email', 'Date', 'Amount', 'Item', 'Accepts Marketing']];
  NAMES.forEach((name, i) => {
    for (let week = 0; week < 5; week++) {
      rows.push([
        name,
        `${name.toLowerCase().replace(' ', '.')}@mail.test`,
        new Date(Date.UTC(2026, 2, 2 + i + week * 7)),
        4 + i,
        'Latte',
        NO.has(name) ? 'no' : 'yes',
      ]);
    }
  });
  fake.spreadsheet.addSheet('Sales', rows as never);
  uninstalls.push(fake.install());
  main.saveFollowUpSettings({ shopName: 'Bean House', postalAddress: '1 Mill Lane' });
  const shown = main.getColumnSetup(null);
  main.saveColumnSetup({ purchases: shown.purchases, customers: shown.customers, feedback: null });
  return { fake, env: { now: () => fake.clock.now() } };
}

const LAPSED = { audience: { kind: 'stage', stage: 'lapsed' }, templateId: 'win-back', language: 'en' };

function skippedOptedOut(fake: GasFake, env: ProtocolEnvironment) {
  try {
    const preview = server.previewFollowUpsWith(env, LAPSED);
    return {
      noOptOutColumn: preview.noOptOutColumn,
      optedOut: preview.skipped.filter((s) => s.reason === 'optedOut').map((s) => s.label),
    };
  } finally {
    fake.lock.endExecution();
  }
}

const livOptedOut = () => main.getCustomerCard({ key: 'liv hart' }).card?.profile?.optedOut;

describe('a purchase log’s consent column renamed to a header known as consent', () => {
  it('is offered in Column setup in its place; setup, card and follow-ups read it', () => {
    const { fake, env } = cafe();
    expect(skippedOptedOut(fake, env)).toEqual({ noOptOutColumn: false, optedOut: ['Liv Hart', 'Amy Cho'] });
    expect(livOptedOut()).toBe(true);

    fake.spreadsheet.sheet('Sales').api.getRange(1, 6).setValue('Newsletter');
    const shown = main.getColumnSetup(null);
    expect(shown.purchases?.columns.consent).toBe(5);
    expect(shown.optOutBefore).toEqual([]);
    // Saved as shown, without confirming anything gone.
    const saved = main.saveColumnSetup({
      purchases: shown.purchases,
      customers: shown.customers,
      feedback: null,
    });
    expect(saved.purchases?.columns.consent).toBe(5);
    expect(saved.purchases?.headers?.consent).toBe('Newsletter');
    expect(livOptedOut()).toBe(true);
    expect(skippedOptedOut(fake, env)).toEqual({ noOptOutColumn: false, optedOut: ['Liv Hart', 'Amy Cho'] });
  });

  it('left out of Column setup by the owner: follow-ups still read it, and the card says what they do', () => {
    const { fake, env } = cafe();
    fake.spreadsheet.sheet('Sales').api.getRange(1, 6).setValue('Newsletter');
    const shown = main.getColumnSetup(null);
    const { consent: _consent, ...columns } = shown.purchases!.columns;
    main.saveColumnSetup(
      { purchases: { ...shown.purchases!, columns }, customers: null, feedback: null },
      { dropOptOut: true },
    );
    expect(main.getColumnSetup(null).purchases?.columns.consent).toBeUndefined();
    // An opt-out on any sheet is read by follow-ups, whatever the setup maps (fail closed).
    expect(skippedOptedOut(fake, env)).toEqual({ noOptOutColumn: false, optedOut: ['Liv Hart', 'Amy Cho'] });
    const followUp = (key: string) => {
      try {
        return server.getCustomerFollowUpWith(env, key);
      } finally {
        fake.lock.endExecution();
      }
    };
    expect(followUp('liv hart').optedOut).toBe(true);
    expect(followUp('meg early').optedOut).toBe(false);
  });
});

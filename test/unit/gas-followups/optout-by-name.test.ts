// A customer sheet keyed by name with opt-outs, a Shopify-like log keyed by email with billing names
// (trial g25): the owner marked all four "do not email", two rows without an address, one with the
// log's address in capitals, one with another address. Before, the win-back preview and the batch
// wrote to ann@, bea@ and dan@; only cal@ was skipped. Each must be stopped, and the reason given
// must be the true one, in every language.
import { afterEach, describe, expect, it } from 'vitest';
import { builtInTextsFile } from '../../../src/core/followups/built-in-texts';
import { dayFromCivil } from '../../../src/core/time/civil';
import type { ProtocolEnvironment } from '../../../src/gas/followups/send-protocol';
import * as server from '../../../src/gas/followups/server';
import { skipReasonText } from '../../../src/sidebar/followups/skip-reasons';
import { createGasFake } from '../../support/gas-fake';
import { projectManifest } from '../../support/manifest';
import { confirmAll } from './harness';

const uninstalls: (() => void)[] = [];
afterEach(() => {
  while (uninstalls.length > 0) uninstalls.pop()!();
});

const LAPSED: [string, string][] = [
  ['ann@x.com', 'Ann Ash'],
  ['bea@x.com', 'Bea Bo'],
  ['cal@x.com', 'Cal Cy'],
  ['dan@x.com', 'Dan Du'],
];

function workbook(customers: unknown[][], lapsed = LAPSED) {
  const fake = createGasFake({
    timeZone: 'UTC',
    now: '2026-11-28T15:00:00Z',
    htmlFiles: { Templates: builtInTextsFile() },
    manifest: projectManifest(),
  });
  const rows: unknown[][] = [['Name', 'Email', 'Financial Status', 'Created at', 'Total', 'Billing Name']];
  let n = 1;
  const two = (email: string, name: string, first: string, second: string) =>
    rows.push(
      [`#${n++}`, email, 'paid', `${first} 10:00:00 +0000`, '40', name],
      [`#${n++}`, email, 'paid', `${second} 10:00:00 +0000`, '40', name],
    );
  for (const [email, name] of lapsed) two(email, name, '2025-01-10', '2025-02-10');
  // Regulars who bought lately, so the four above are the lapsed ones.
  for (const name of ['Zed', 'Yan', 'Xi', 'Wu', 'Vi']) two(`${name}@y.com`, name, '2026-10-01', '2026-10-25');
  fake.spreadsheet.addSheet('Orders', rows);
  fake.spreadsheet.addSheet('Customers', customers);
  uninstalls.push(fake.install());
  const env: ProtocolEnvironment = { now: () => fake.clock.now() };
  server.saveFollowUpSettingsWith({ shopName: 'Test Shop', postalAddress: '1 Main St' });
  const call = <T>(fn: () => T): T => {
    try {
      return fn();
    } finally {
      fake.lock.endExecution();
    }
  };
  return { fake, env, call };
}

const BY_NAME = [
  ['Name', 'Email', 'Do not email'],
  ['Ann Ash', '', 'yes'],
  ['bea bo', '', 'yes'],
  ['Cal Cy', 'CAL@x.com', 'yes'],
  ['Dan Du', 'other@x.com', 'yes'],
];

describe('opt-outs on a customer sheet keyed by name, for a log keyed by email', () => {
  for (const [header, language] of [
    ['Do not email', 'en'],
    ['Opt-out', 'zh-CN'],
  ] as const) {
    it(`"${header}" (${language}): nobody of the four is written to, each skipped as opted out`, () => {
      const sheet = BY_NAME.map((r, i) => (i === 0 ? ['Name', 'Email', header] : r));
      const { fake, env, call } = workbook(sheet);
      const request = { audience: { kind: 'stage', stage: 'lapsed' }, templateId: 'win-back', language };
      const preview = call(() => server.previewFollowUpsWith(env, request));
      expect(preview.recipients.map((r) => r.email)).toEqual([]);
      expect(preview.skipped.map((s) => [s.key, s.reason]).sort()).toEqual(
        LAPSED.map(([email]) => [email, 'optedOut']),
      );
      // The sentence the owner reads is true of each of them: their row says do not email.
      const text = skipReasonText('optedOut', '', language, 'YMD');
      expect(text).toMatch(language === 'en' ? /^Opted out of emails/ : /^已退订邮件/);
      // The batch decides as the preview did, with the preview's own request and with every lapsed
      // customer confirmed at the log's address as a forged request would.
      const forged = {
        ...confirmAll(preview),
        confirmed: LAPSED.map(([email]) => ({
          key: email,
          lastPurchaseDay: dayFromCivil(2025, 2, 10),
          email,
        })),
      };
      call(() => server.sendFollowUpsWith(env, confirmAll(preview)));
      const batch = call(() => server.sendFollowUpsWith(env, forged));
      expect(batch.skipped.map((s) => [s.key, s.reason]).sort()).toEqual(
        LAPSED.map(([email]) => [email, 'optedOut']),
      );
      expect(fake.outbox.sentTo()).toEqual([]);
    });
  }

  for (const language of ['en', 'zh-CN'] as const) {
    it(`(${language}) a name two customers share: both skipped, and the reason says which one is meant is not certain`, () => {
      const { fake, env, call } = workbook(
        [
          ['Name', 'Email', 'Do not email'],
          ['Ann Ash', '', 'yes'],
        ],
        [
          ['ann@x.com', 'Ann Ash'],
          ['ann2@x.com', 'ANN ASH'],
          ['bea@x.com', 'Bea Bo'],
        ],
      );
      const request = { audience: { kind: 'stage', stage: 'lapsed' }, templateId: 'win-back', language };
      const preview = call(() => server.previewFollowUpsWith(env, request));
      expect(preview.recipients.map((r) => r.email)).toEqual(['bea@x.com']);
      expect(preview.skipped.map((s) => [s.key, s.reason]).sort()).toEqual([
        ['ann2@x.com', 'namesakeOptedOut'],
        ['ann@x.com', 'namesakeOptedOut'],
      ]);
      expect(skipReasonText('namesakeOptedOut', '', language, 'YMD')).toMatch(
        language === 'en' ? /another customer has the same name/ : /另有客户同名/,
      );
      call(() => server.sendFollowUpsWith(env, confirmAll(preview)));
      expect(fake.outbox.sentTo()).toEqual(['bea@x.com']);
    });
  }

  it('an "Accepts Marketing" sheet keyed by name: a yes by name is consent, a no or no row is not (trial g21)', () => {
    const { fake, env, call } = workbook([
      ['Name', 'Email', 'Accepts Marketing'],
      ['Ann Ash', 'ann@x.com', 'yes'],
      ['Bea Bo', '', 'no'],
      ['Cal Cy', '', 'yes'],
    ]);
    const request = { audience: { kind: 'stage', stage: 'lapsed' }, templateId: 'win-back', language: 'en' };
    const preview = call(() => server.previewFollowUpsWith(env, request));
    // Before, Cal (yes, named by the sheet) was skipped as "opted out".
    expect(preview.recipients.map((r) => r.email).sort()).toEqual(['ann@x.com', 'cal@x.com']);
    expect(preview.skipped.map((s) => [s.key, s.reason]).sort()).toEqual([
      ['bea@x.com', 'optedOut'],
      ['dan@x.com', 'optedOut'],
    ]);
    call(() => server.sendFollowUpsWith(env, confirmAll(preview)));
    expect(fake.outbox.sentTo().sort()).toEqual(['ann@x.com', 'cal@x.com']);
  });
});

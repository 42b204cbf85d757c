// Trial 29: on a Square item export the keyed-in "Custom Amount" line was Vic's most bought product, and
// the re-order email asked "Time for more Custom Amount, Vic Nguyen?". A charge line (charge-lines.ts)
// is never a favourite product: the email names what he did buy, or none.
import { afterEach, describe, expect, it } from 'vitest';
import { builtInTextsFile } from '../../../src/core/followups/built-in-texts';
import type { ProtocolEnvironment } from '../../../src/gas/followups/send-protocol';
import * as server from '../../../src/gas/followups/server';
import { skipReasonText } from '../../../src/sidebar/followups/skip-reasons';
import { createGasFake } from '../../support/gas-fake';

const uninstalls: (() => void)[] = [];
afterEach(() => {
  while (uninstalls.length > 0) uninstalls.pop()!();
});

const HEADER =
  'Date,Time,Time Zone,Category,Item,Qty,Price Point Name,SKU,Modifiers Applied,Gross Sales,Discounts,Net Sales,Tax,Transaction ID,Payment ID,Device Name,Notes,Details,Event Type,Location,Dining Option,Customer ID,Customer Name,Customer Reference ID'.split(
    ',',
  );
const line = (date: string, item: string, net: string, tx: string, id: string, name: string) => [
  date,
  '10:00:00',
  'Central Time (US & Canada)',
  '',
  item,
  '1',
  '',
  '',
  '',
  net,
  '$0.00',
  net,
  '$0.00',
  tx,
  `p${tx}`,
  'Counter',
  '',
  '',
  'Payment',
  'Main St',
  '',
  id,
  name,
  '',
];

function squareShop() {
  const rows: unknown[][] = [HEADER];
  let t = 0;
  // Vic: a keyed-in amount on every visit (five), a Latte on four: the Latte is what he buys.
  for (const day of ['2026-08-01', '2026-08-20', '2026-09-08', '2026-09-27']) {
    t++;
    rows.push(line(day, 'Custom Amount', '$12.00', `tx${t}`, 'CUST-1', 'Vic Nguyen'));
    rows.push(line(day, 'Latte', '$5.00', `tx${t}`, 'CUST-1', 'Vic Nguyen'));
  }
  rows.push(line('2026-09-28', 'Custom Amount', '$12.00', `tx${++t}`, 'CUST-1', 'Vic Nguyen'));
  // Wen: keyed-in amounts and tips only, no product at all.
  for (const day of ['2026-08-02', '2026-08-21', '2026-09-09', '2026-09-28']) {
    t++;
    rows.push(line(day, 'Custom Amount', '$9.00', `tx${t}`, 'CUST-2', 'Wen Li'));
    rows.push(line(day, 'Tip', '$1.00', `tx${t}`, 'CUST-2', 'Wen Li'));
  }
  for (const [i, n] of ['Ana', 'Ben', 'Cal', 'Dov', 'Eli'].entries())
    for (const day of ['2026-10-01', '2026-10-20', '2026-11-10'])
      rows.push(line(day, 'Latte', '$5.00', `t${i}${day}`, `C${i}`, n));
  const fake = createGasFake({
    timeZone: 'UTC',
    now: '2026-11-28T15:00:00Z',
    defaultSheet: null,
    htmlFiles: { Templates: builtInTextsFile() },
  });
  fake.spreadsheet.addSheet('items', rows);
  fake.spreadsheet.addSheet('Customers', [
    ['Customer ID', 'Name', 'Email', 'Opt-out'],
    ['CUST-1', 'Vic Nguyen', 'vic@x.com', ''],
    ['CUST-2', 'Wen Li', 'wen@x.com', ''],
  ]);
  uninstalls.push(fake.install());
  server.saveFollowUpSettingsWith({ shopName: 'Test Shop', postalAddress: '1 Main St' });
  const env: ProtocolEnvironment = { now: () => fake.clock.now() };
  return { fake, env };
}

describe('charge lines are no favourite product (trial 29)', () => {
  it('the re-order email names the Latte Vic buys, not "Custom Amount"; a customer of charges only gets the fallback', () => {
    const { fake, env } = squareShop();
    const preview = server.previewFollowUpsWith(env, {
      audience: { kind: 'stage', stage: 'lapsed' },
      templateId: 'reorder',
      language: 'en',
    });
    fake.lock.endExecution();
    const byEmail = new Map(preview.recipients.map((r) => [r.email, r]));
    expect(byEmail.get('vic@x.com')?.subject).toBe('Time for more Latte, Vic Nguyen?');
    expect(byEmail.get('wen@x.com')?.subject).toBe('Time for more of your favourites, Wen Li?');
    for (const r of preview.recipients)
      expect(`${r.subject} ${r.textBody}`).not.toMatch(/Custom Amount|Tip\b/);
  });

  it('a template that needs the product without a fallback skips a customer of charges only, saying why', () => {
    expect(skipReasonText('missingValue', 'favouriteProduct', 'en', 'YMD')).toBe(
      'No value for most bought product (no one product stands out; shipping, tips, fees and “Custom Amount” are not products)',
    );
    expect(skipReasonText('missingValue', 'favouriteProduct', 'zh-CN', 'YMD')).toContain('运费、小费');
    expect(skipReasonText('missingValue', 'favouriteProduct', 'zh-TW', 'YMD')).toContain('運費、小費');
    expect(skipReasonText('missingValue', 'name, usualGap', 'en', 'YMD')).toBe(
      'No value for customer name, usual days between purchases',
    );
  });
});

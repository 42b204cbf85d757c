// The add-on's Unsubscribed list, through the Apps Script fake on the sample tea-shop workbook (as of
// 2026-06-30; at risk: 14 customers, 10 can be written to; Mia Rossi opted out in the Customers sheet).
import { describe, expect, it } from 'vitest';
import * as server from '../../../src/gas/followups/server';
import { AT_RISK, confirmAll, createHarness, type Harness } from './harness';

const LIST = 'Unsubscribed (Regulars)';
const LEO = 'leo.schmidt@example.org';

function ready(): Harness {
  const h = createHarness();
  server.saveFollowUpSettingsWith({
    shopName: 'Lotus Leaf Tea House',
    signature: 'Mei',
    postalAddress: '12 Willow Lane\nHangzhou 310000',
  });
  return h;
}

const reasonOf = (result: { skipped: { label: string; reason: string }[] }, label: string) =>
  result.skipped.find((s) => s.label === label)?.reason;

/** The next export overwrites the customer sheet: every opt-out cell blank again. */
function reimportCustomers(h: Harness, change: (row: unknown[]) => unknown[] = (r) => r): void {
  const values = h.fake.values('Customers');
  const optOut = values[0]!.indexOf('Opt-out');
  const fresh = values.map((r, i) => change(i === 0 ? r : r.map((c, j) => (j === optOut ? '' : c))));
  const sheet = h.fake.spreadsheet.sheet('Customers').api;
  sheet.clearContents();
  sheet.getRange(1, 1, fresh.length, fresh[0]!.length).setValues(fresh as never);
}

const unsubscribe = (h: Harness, key: string) => {
  try {
    return server.unsubscribeCustomerWith(h.env, key);
  } finally {
    h.endExecution();
  }
};

describe('an unsubscribe that survives a re-import', () => {
  it('"Unsubscribe this person" lists the customer in a sheet the owner can read; a re-import does not undo it', () => {
    const h = ready();
    // Leo, and the four customers the Customers sheet marks as opted out.
    expect(unsubscribe(h, 'Leo Schmidt')).toEqual({ sheet: LIST, added: 5 });
    const rows = h.fake.values(LIST);
    expect(rows[0]).toEqual(['Email', 'Customer', 'Added on', 'Why']);
    expect(rows[1]).toEqual([LEO, 'Leo Schmidt', expect.any(Date), 'Unsubscribed by you in Regulars']);
    expect(rows.slice(2).map((r) => [r[0], r[1]])).toEqual([
      ['zhao.lei@example.com', '赵磊'],
      ['sam.green@example.com', 'Samuel Green'],
      ['mia.rossi@example.org', 'Mia Rossi'],
      ['song.ge@example.org', '宋歌'],
    ]);
    expect(rows[4]![3]).toMatch(/^Opted out in Customers, row \d+$/);
    expect(reasonOf(h.preview(AT_RISK), 'Leo Schmidt')).toBe('optedOut');
    reimportCustomers(h);
    const preview = h.preview(AT_RISK);
    expect(reasonOf(preview, 'Leo Schmidt')).toBe('optedOut');
    expect(reasonOf(preview, 'Mia Rossi')).toBe('optedOut');
    h.send(confirmAll(preview));
    expect(h.fake.outbox.sentTo()).not.toContain(LEO);
    expect(h.fake.outbox.sentTo().join(' ')).not.toMatch(/mia/);
  });

  it('an opt-out found in the customer sheet is added to the list when drafting or sending', () => {
    const h = ready();
    const preview = h.preview(AT_RISK);
    expect(h.fake.spreadsheet.sheetNames()).not.toContain(LIST);
    h.drafts(confirmAll(preview));
    expect(
      h.fake
        .values(LIST)
        .slice(1)
        .map((r) => r[0]),
    ).toContain('mia.rossi@example.org');
    reimportCustomers(h);
    // A second campaign (the survey fits every At-risk customer), after the re-import.
    expect(reasonOf(h.preview({ ...AT_RISK, templateId: 'survey' }), 'Mia Rossi')).toBe('optedOut');
  });

  it('opt-outs in any other sheet (an old list, an orders export with consent) are added too', () => {
    const h = ready();
    h.fake.spreadsheet.addSheet('Old list 2024', [
      ['Name', 'E-mail', 'Unsubscribe date'],
      ['Leo', 'Leo <LEO.SCHMIDT@example.org>', new Date('2024-03-01T00:00:00+08:00')],
      ['Someone', 'someone@example.org', ''],
    ]);
    h.fake.spreadsheet.addSheet('Shopify orders', [
      ['Email', 'Accepts Marketing', 'Total'],
      ['lily.chen@example.org', 'no', 30],
      ['nobody@example.org', '', 12],
    ]);
    const preview = h.preview(AT_RISK);
    const sent = h.send(confirmAll(preview));
    const listed = h.fake.values(LIST).slice(1);
    expect(listed.map((r) => r[0])).toEqual(expect.arrayContaining([LEO, 'lily.chen@example.org']));
    expect(listed.map((r) => r[0])).not.toContain('someone@example.org');
    expect(listed.map((r) => r[0])).not.toContain('nobody@example.org');
    expect(listed.find((r) => r[0] === LEO)![3]).toBe('Opted out in Old list 2024, row 2');
    expect(reasonOf(sent, 'Leo Schmidt')).toBe('optedOut');
    expect(h.fake.outbox.sentTo()).not.toContain(LEO);
  });

  it('a listed customer stays out under a new address; the list survives inserted columns', () => {
    const h = ready();
    unsubscribe(h, 'Leo Schmidt');
    h.fake.spreadsheet.sheet(LIST).api.insertColumnsAfter(1, 2);
    reimportCustomers(h, (r) => r.map((c) => (c === LEO ? 'leo.new@example.org' : c)));
    const preview = h.preview(AT_RISK);
    expect(reasonOf(preview, 'Leo Schmidt')).toBe('optedOut');
    expect(server.getCustomerFollowUpWith(h.env, 'Leo Schmidt').unsubscribed).toBe(true);
    expect(server.getCustomerFollowUpWith(h.env, 'Ava Thompson').unsubscribed).toBe(false);
  });

  it('an unsubscribe is permanent: deleting its row does not make the customer mailable again', () => {
    const h = ready();
    unsubscribe(h, 'Leo Schmidt');
    unsubscribe(h, 'Leo Schmidt');
    expect(h.fake.values(LIST)).toHaveLength(6);
    h.fake.spreadsheet.sheet(LIST).api.deleteRow(2);
    expect(reasonOf(h.preview(AT_RISK), 'Leo Schmidt')).toBe('optedOut');
  });

  it('refuses a request that is not a customer', () => {
    const h = ready();
    for (const bad of [undefined, 42, '', '   ', 'x'.repeat(501)]) {
      expect(() => unsubscribe(h, bad as string)).toThrow('Invalid unsubscribe request.');
    }
    expect(h.fake.spreadsheet.sheetNames()).not.toContain(LIST);
  });
});

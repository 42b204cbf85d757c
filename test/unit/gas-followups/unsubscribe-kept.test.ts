// An unsubscribe survives whatever the owner does to the visible Unsubscribed tab (trial 19, D1:
// "Unsubscribe this person", then the tab deleted — or duplicated, the original deleted and the copy
// renamed back — and the next Send mailed her). The send ledger records every unsubscribe; the tab
// and its copies stay a list the owner can add to. Through the Apps Script fake on the sample
// tea-shop workbook (at risk: Leo Schmidt among the 10 who can be written to; Mia Rossi opted out).
import { describe, expect, it } from 'vitest';
import { decodeEvent, encodeEvent, type LedgerEvent } from '../../../src/core/followups/ledger';
import { isSuppressionHeader, SUPPRESSION_TEXTS } from '../../../src/core/followups/suppression';
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

const call = <T>(h: Harness, fn: () => T): T => {
  try {
    return fn();
  } finally {
    h.endExecution();
  }
};
const unsubscribe = (h: Harness, key: string) => call(h, () => server.unsubscribeCustomerWith(h.env, key));
const card = (h: Harness, key: string) => call(h, () => server.getCustomerFollowUpWith(h.env, key));
const reasonOf = (result: { skipped: { label: string; reason: string }[] }, label: string) =>
  result.skipped.find((s) => s.label === label)?.reason;

function deleteSheet(h: Harness, name: string): void {
  const api = h.fake.spreadsheet.api;
  api.deleteSheet(api.getSheetByName(name)!);
}

/** Duplicate the tab, delete the original, rename the copy back: what a tidying owner does. */
function replaceByCopy(h: Harness, name: string): GoogleAppsScript.Spreadsheet.Sheet {
  const api = h.fake.spreadsheet.api;
  const original = api.getSheetByName(name)!;
  const copy = original.copyTo(api);
  api.deleteSheet(original);
  copy.setName(name);
  return copy;
}

describe('an unsubscribe outlives the visible tab', () => {
  it('the tab deleted: Leo stays skipped as opted out, is never mailed, and his card still says so', () => {
    const h = ready();
    unsubscribe(h, 'Leo Schmidt');
    deleteSheet(h, LIST);
    const preview = h.preview(AT_RISK);
    expect(reasonOf(preview, 'Leo Schmidt')).toBe('optedOut');
    const result = h.send(confirmAll(preview));
    expect(result.processed.length).toBeGreaterThan(0);
    expect(h.fake.outbox.sentTo()).not.toContain(LEO);
    expect(card(h, 'Leo Schmidt')).toMatchObject({ unsubscribed: true, optedOut: true });
  });

  it('the tab replaced by a renamed copy: Leo stays skipped; the next unsubscribe goes to the copy', () => {
    const h = ready();
    unsubscribe(h, 'Leo Schmidt');
    const copy = replaceByCopy(h, LIST);
    const preview = h.preview(AT_RISK);
    expect(reasonOf(preview, 'Leo Schmidt')).toBe('optedOut');
    const other = preview.recipients[0]!;
    expect(unsubscribe(h, other.label)).toMatchObject({ added: 1 });
    // No second list beside the owner's copy.
    expect(h.fake.spreadsheet.sheetNames().filter((n) => n.startsWith('Unsubscribed'))).toEqual([LIST]);
    expect(copy.getRange(copy.getLastRow(), 1, 1, 2).getValues()[0]).toEqual([other.email, other.label]);
    h.send(confirmAll(h.preview(AT_RISK)));
    expect(h.fake.outbox.sentTo()).not.toContain(LEO);
    expect(h.fake.outbox.sentTo()).not.toContain(other.email);
  });

  it('an address the owner types on a renamed copy counts, and once a send records it, deleting the copy frees nobody', () => {
    const h = ready();
    unsubscribe(h, 'Mia Rossi');
    const copy = replaceByCopy(h, LIST);
    copy.setName('Do not email');
    const preview = h.preview(AT_RISK);
    const typed = preview.recipients[0]!;
    copy.appendRow([typed.email.toUpperCase(), '', '', 'asked by phone']);
    expect(reasonOf(h.preview(AT_RISK), typed.label)).toBe('optedOut');
    // A send records the list in the ledger…
    const second = h.preview(AT_RISK);
    h.send(confirmAll({ ...second, recipients: second.recipients.slice(0, 1) }));
    h.fake.outbox.nextDay();
    // …so the tab can go without anyone on it becoming mailable.
    deleteSheet(h, 'Do not email');
    expect(reasonOf(h.preview(AT_RISK), typed.label)).toBe('optedOut');
  });

  it('removing a row from the tab does not re-enable mailing (permanent; see README)', () => {
    const h = ready();
    unsubscribe(h, 'Leo Schmidt');
    const sheet = h.fake.spreadsheet.sheet(LIST).api;
    sheet.deleteRows(2, sheet.getLastRow() - 1);
    expect(reasonOf(h.preview(AT_RISK), 'Leo Schmidt')).toBe('optedOut');
    h.send(confirmAll(h.preview(AT_RISK)));
    expect(h.fake.outbox.sentTo()).not.toContain(LEO);
  });

  it('an opt-out a batch copied from the customer sheet survives a re-export and the tab deleted', () => {
    const h = ready();
    h.send(confirmAll(h.preview(AT_RISK)));
    h.fake.outbox.nextDay();
    h.setCustomerCell('Mia Rossi', 'Opt-out', '');
    deleteSheet(h, LIST);
    expect(card(h, 'Mia Rossi')).toMatchObject({ unsubscribed: true });
  });

  it('an owner sheet headed Email, Customer is not read as the list', () => {
    const h = ready();
    h.fake.spreadsheet.addSheet('Mailing', [
      ['Email', 'Customer', 'Notes'],
      [LEO, 'Leo Schmidt', 'VIP'],
    ]);
    expect(reasonOf(h.preview(AT_RISK), 'Leo Schmidt')).toBeUndefined();
  });
});

describe('the ledger’s unsubscribe event', () => {
  it('round-trips, and ledgers without it read as before', () => {
    const u: LedgerEvent = { kind: 'unsubscribe', timeMs: 1, keys: ['leo schmidt'], emails: [LEO] };
    expect(decodeEvent(encodeEvent(u))).toEqual(u);
    // Rows an earlier version wrote.
    expect(decodeEvent('["o",3,1000,"sent",""]')).toEqual({
      kind: 'outcome',
      id: 3,
      timeMs: 1000,
      result: 'sent',
      detail: '',
    });
    expect(decodeEvent('["m",3,1000]')).toEqual({ kind: 'marked', id: 3, timeMs: 1000 });
    // A damaged one is not read as an event (the ledger then fails closed).
    for (const bad of ['["u",1,"leo",[]]', '["u",1,[],[2]]', '["u",1,[]]', '["u","x",[],[]]'])
      expect(decodeEvent(bad)).toBeUndefined();
  });

  it('the list header is recognised in every language, and only whole', () => {
    for (const t of Object.values(SUPPRESSION_TEXTS))
      expect(isSuppressionHeader(SUPPRESSION_TEXTS, t.header)).toBe(true);
    expect(isSuppressionHeader(SUPPRESSION_TEXTS, ['Email', 'Customer', 'Added on'])).toBe(false);
    expect(isSuppressionHeader(SUPPRESSION_TEXTS, [' EMAIL ', 'customer', 'Added on', 'Why'])).toBe(true);
  });
});

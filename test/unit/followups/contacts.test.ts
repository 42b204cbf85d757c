import { describe, expect, it } from 'vitest';
import {
  isOptedOut,
  normalizeEmail,
  readContacts,
  readOpenComplaints,
} from '../../../src/core/followups/contacts';

describe('normalizeEmail', () => {
  it('accepts one plain address, trimmed and lower-cased', () => {
    expect(normalizeEmail(' Tom.Baker@Example.com ')).toBe('tom.baker@example.com');
    expect(normalizeEmail("o'connor+tea@mail.example.co.uk")).toBe("o'connor+tea@mail.example.co.uk");
  });

  it('rejects anything that could add a recipient or a header', () => {
    for (const bad of [
      'a@example.com,b@example.com',
      'a@example.com; b@example.com',
      'a@example.com b@example.com',
      'Ava <a@example.com>',
      '"a"@example.com',
      'a@example.com\r\nBcc: b@example.com',
      'a@exa\nmple.com',
      'a@@example.com',
      'a@example',
      '.a@example.com',
      'a..b@example.com',
      'a@-example.com',
      'a@example.c0m',
      '',
      '@example.com',
    ]) {
      expect(normalizeEmail(bad), JSON.stringify(bad)).toBeUndefined();
    }
    expect(normalizeEmail(42)).toBeUndefined();
  });
});

describe('isOptedOut', () => {
  it('is conservative: anything but blank or an explicit no opts out', () => {
    for (const yes of [true, 'yes', 'Y', 'x', '✓', '退订', '是', 'unsubscribed 2026-03-01', 1, new Date(0)]) {
      expect(isOptedOut(yes), String(yes)).toBe(true);
    }
    for (const no of [false, '', '  ', 'no', 'N', 'FALSE', '0', 0, '否', '未退订', undefined]) {
      expect(isOptedOut(no), String(no)).toBe(false);
    }
  });
});

describe('readContacts', () => {
  it('reads key, name, email and opt-out by header, in any of the three languages', () => {
    const dir = readContacts([
      ['客户', '姓名', '邮箱', '退订'],
      ['C1', '吴敏', 'wu.family@example.com', ''],
      ['C2', '马琳', 'WU.family@example.com', 'TRUE'],
      [' c1 ', 'dup', 'x@example.com', ''],
      ['', 'no key', 'y@example.com', ''],
    ]);
    expect([...dir.byKey.keys()]).toEqual(['c1', 'c2']);
    expect(dir.byKey.get('c1')).toEqual({
      key: 'c1',
      name: '吴敏',
      email: 'wu.family@example.com',
      optedOut: false,
      row: 2,
    });
    expect(dir.byKey.get('c2')!.optedOut).toBe(true);
    expect([...dir.optedOutEmails]).toEqual(['wu.family@example.com']);
  });

  it('honours an opt-out on any row: a later row of the customer, or a row without a key', () => {
    const dir = readContacts([
      ['Customer', 'Email', 'Opt-out'],
      ['Alice', 'alice@example.com', ''],
      ['Carol', 'carol@example.com', ''],
      ['Bob', 'bob@example.com', ''],
      ['alice', '', 'unsubscribed'],
      ['carol', 'carol.new@example.com', 'yes'],
      ['', 'bob@example.com', 'yes'],
    ]);
    expect(dir.byKey.get('alice')!.optedOut).toBe(true);
    expect(dir.byKey.get('carol')!.optedOut).toBe(true);
    expect(dir.byKey.get('carol')!.email).toBe('carol@example.com');
    // Bob's own row is not marked, but his address is: the guardrail checks both.
    expect(dir.optedOutEmails.has('bob@example.com')).toBe(true);
  });

  it('greets by the key cell when there is no name column, and is empty without a header', () => {
    const dir = readContacts([
      ['Customer', 'Email', 'Opt-out'],
      ['Ryan Patel', 'ryan.patel@example.com', ''],
    ]);
    expect(dir.byKey.get('ryan patel')!.name).toBe('Ryan Patel');
    expect(readContacts([['a', 'b']]).byKey.size).toBe(0);
  });
});

describe('readOpenComplaints', () => {
  it('finds customers with a complaint not marked resolved (blank status is open)', () => {
    const open = readOpenComplaints([
      ['Date', 'Customer', 'Type', 'Status', 'Note'],
      [new Date(0), '吴敏', 'complaint', 'resolved', ''],
      [new Date(0), 'Ryan Patel', 'Complaint', 'open', ''],
      [new Date(0), 'Ava', '投诉', '', ''],
      [new Date(0), 'Bob', 'praise', 'open', ''],
      [new Date(0), 'Cy', '投訴', '已解決', ''],
    ]);
    expect([...open].sort()).toEqual(['ava', 'ryan patel']);
  });
});

describe('opt-out and consent columns fail closed', () => {
  it('recognises opt-out columns as owners and exports name them, in three languages', () => {
    for (const header of [
      'Email opt-out',
      'Marketing opt-out',
      'Email opt out',
      'Opt-out date',
      'Unsubscribe date',
      'Unsubscribed on',
      'DNC',
      '退订日期',
      '是否退订',
      '是否退訂',
      '退訂日期',
    ]) {
      const directory = readContacts([
        ['Customer', 'Email', header],
        ['Ava', 'ava@example.com', 'yes'],
        ['Ben', 'ben@example.com', ''],
      ]);
      expect(directory.hasOptOutColumn, header).toBe(true);
      expect(directory.byKey.get('ava')?.optedOut, header).toBe(true);
      expect(directory.byKey.get('ben')?.optedOut, header).toBe(false);
    }
  });

  it('reads a generous opt-out: yes, true, 1, ✓, 是, 已退订, Y, x or a date opt out', () => {
    for (const cell of ['yes', 'TRUE', '1', '✓', '是', '已退订', 'Y', 'x', new Date(2026, 0, 5), true, 1]) {
      const directory = readContacts([
        ['Customer', 'Email', 'Unsubscribed on'],
        ['Ava', 'ava@example.com', cell],
      ]);
      expect(directory.byKey.get('ava')?.optedOut, String(cell)).toBe(true);
    }
  });

  it('a consent column whose no, blank or unknown cell means do not email', () => {
    for (const header of [
      'Accepts Marketing',
      'Accepts Email Marketing',
      '同意营销',
      '同意行銷',
      '是否訂閱',
    ]) {
      const directory = readContacts([
        ['Customer', 'Email', header],
        ['Ava', 'ava@example.com', 'yes'],
        ['Ben', 'ben@example.com', 'no'],
        ['Cal', 'cal@example.com', ''],
        ['Dee', 'dee@example.com', 'maybe'],
        ['Eve', 'eve@example.com', '是'],
        ['Fay', 'fay@example.com', true],
      ]);
      expect(directory.hasOptOutColumn, header).toBe(true);
      const optedOut = (key: string) => directory.byKey.get(key)?.optedOut;
      expect([optedOut('ava'), optedOut('eve'), optedOut('fay')], header).toEqual([false, false, false]);
      expect([optedOut('ben'), optedOut('cal'), optedOut('dee')], header).toEqual([true, true, true]);
      expect(directory.optedOutEmails.has('cal@example.com'), header).toBe(true);
    }
  });

  it('says when the sheet has neither column', () => {
    const directory = readContacts([
      ['Customer', 'Email'],
      ['Ava', 'ava@example.com'],
    ]);
    expect(directory.hasOptOutColumn).toBe(false);
  });

  it('opts out every address of an opted-out cell that holds several', () => {
    const directory = readContacts([
      ['Customer', 'Email', 'Opt-out'],
      ['Ava', 'Ava <ava@example.com>; ava.work@example.org', 'yes'],
    ]);
    expect([...directory.optedOutEmails]).toEqual(['ava@example.com', 'ava.work@example.org']);
  });
});

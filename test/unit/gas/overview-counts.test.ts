// Trial 23: the overview said "Every row could be used" and left a customer whose every sale was
// refunded that day out of its counts, while Analyze's message said "Rows with problems: 2". The
// overview now gives the message's count and what it is made of.
import { afterEach, describe, expect, it } from 'vitest';
import * as main from '../../../src/gas/main';
import { type Installed, installFake } from './fixture';

let env: Installed | undefined;
afterEach(() => {
  env?.uninstall();
  env = undefined;
});

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe('the overview counts what Analyze counts', () => {
  it('a refunded-only customer and one with only returns', () => {
    env = installFake({ timeZone: 'UTC', locale: 'en_US', now: '2026-11-28T12:00:00Z' });
    env.fake.spreadsheet.addSheet('Orders', [
      ['Date', 'Customer', 'Amount'],
      [day('2026-10-01'), 'Dan', 60],
      [day('2026-07-04'), 'Rae', 40],
      [day('2026-07-04'), 'Rae', -40],
      [day('2026-08-04'), 'Kim', -20],
      ['someday', 'Ann', 30],
      // Leftovers 29: Kim's second return was in no line of Data issues, and not counted.
      [day('2026-08-05'), 'Kim', -5],
    ]);
    const before = main.getOverview();
    const analyzed = main.analyzeFromSidebar();
    if (!before.ok || !analyzed.ok) throw new Error('not analysed');
    // Rows, as the message says: Ann's unreadable one, Rae's sale and refund, Kim's two returns.
    expect(before.overview).toMatchObject({
      problemRows: 5,
      rowsSkipped: 1,
      returnsOnly: 1,
      refundedOnly: 1,
    });
    expect(analyzed.rowsWithIssues).toBe(before.overview.problemRows);
    expect(analyzed.message).toContain('Rows with problems: 5.');
    // Each of those rows is a line of Data issues, with its reason.
    const listed = env.fake.values('Data issues').filter((r) => typeof r[1] === 'number');
    expect(listed.map((r) => [r[1], r[3]])).toEqual([
      [6, 'someday'],
      [3, 'Rae'],
      [4, 'Rae'],
      [5, 'Kim'],
      [7, 'Kim'],
    ]);
  });
});

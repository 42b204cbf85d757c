// Trial 24: Olist's order statuses (created, approved, invoiced, processing, shipped, delivered,
// unavailable, canceled) were unknown to the status table: every order counted, cancelled and
// unavailable ones too, and Data issues called them all unknown.
import { describe, expect, it } from 'vitest';
import { readLog } from '../../../src/core/exports/read-log';
import { statusMeaning } from '../../../src/core/exports/statuses';

describe('statuses: Olist and other English order states', () => {
  it.each(['shipped', 'delivered', 'invoiced', 'processing', 'approved', 'completed', '已发货', '已收货'])(
    '%s is a sale',
    (s) => expect(statusMeaning(s)).toBe('purchase'),
  );
  it.each([
    ['unavailable', 'cancelled'],
    ['canceled', 'cancelled'],
    ['cancelled', 'cancelled'],
    ['refunded', 'refunded'],
    ['returned', 'refunded'],
    ['created', 'unpaid'],
  ])('%s is left out (%s)', (s, meaning) => expect(statusMeaning(s)).toBe(meaning));

  it('an Olist-shaped log: unavailable and canceled orders left out, no unknown statuses', () => {
    const { log } = readLog(
      [
        ['order_id', 'Customer', 'order_status', 'Date', 'Amount'],
        ['o1', 'ana', 'delivered', '2018-01-02', 38.71],
        ['o2', 'ana', 'canceled', '2018-02-02', 50],
        ['o3', 'ana', 'unavailable', '2018-03-02', 72.2],
        ['o4', 'bia', 'shipped', '2018-04-02', 141.46],
        ['o5', 'caio', 'invoiced', '2018-05-02', 179.12],
        ['o6', 'caio', 'approved', '2018-05-03', 10],
      ],
      { timeZone: 'UTC', dateOrder: 'YMD', asOfDay: 30_000 },
    );
    expect(log.purchases.length).toBe(4);
    expect(log.unknownStatuses).toBeUndefined();
    expect(log.excluded?.map((e) => [e.row, e.reason])).toEqual([
      [3, 'cancelled'],
      [4, 'cancelled'],
    ]);
  });
});

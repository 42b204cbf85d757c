import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { returnWindow } from '../../../src/core/customers/return-window';
import { dayColumns } from '../../support/histories';

/** Customers' purchase days as the columns the window reads. */
const columns = (lists: readonly number[][]) =>
  dayColumns(lists.map((purchaseDays, i) => ({ key: `c${i}`, purchaseDays })));

/** A customer first buying `ageDays` before day 1000, back `firstGapDays` later (or never). */
const customer = (ageDays: number, firstGapDays?: number) =>
  firstGapDays === undefined ? [1000 - ageDays] : [1000 - ageDays, 1000 - ageDays + firstGapDays];

describe("the store's return window for one-time buyers", () => {
  it('with every first purchase old enough to show any gap, is the plain 80th percentile of first gaps', () => {
    // Ten returners, gaps 1…10 days, all first purchases 500 days old: equal weights, 8 of 10 within 8.
    const days = Array.from({ length: 10 }, (_, i) => customer(500, i + 1));
    expect(returnWindow(columns(days), 1000, 30)).toEqual({
      days: 8,
      returners: 10,
      withinCount: 8,
      fromSetting: false,
      longDays: 10,
    });
  });

  it('counts one-time buyers as customers old enough, or not, to have shown each gap', () => {
    const returners = Array.from({ length: 10 }, (_, i) => customer(500, i + 1));
    // An old one-time buyer could have shown every gap: the weights stay equal.
    expect(returnWindow(columns([...returners, customer(400)]), 1000, 30).days).toBe(8);
    // One who bought 3 days ago could show gaps of 1–3 days only: gaps over 3 days weigh 12/11 as
    // much as those up to 3, and the weighed 80% is reached at 9 (3/12 + 6/11 < 0.8 × (3/12 + 7/11)).
    expect(returnWindow(columns([...returners, customer(400), customer(3)]), 1000, 30)).toEqual({
      days: 9,
      returners: 10,
      withinCount: 9,
      fromSetting: false,
      longDays: 10,
    });
  });

  it('corrects for the log’s end: a long first gap seen where few customers are old enough to show one weighs more', () => {
    // Eight returners back within 10 days, and two back after 100 days; 30 customers who first
    // bought 20 days ago cannot show a 100-day gap yet. Plain 80th percentile: 10 days; weighed,
    // each 100-day gap stands for the (30 + 10) / 10 customers it could have been seen in.
    const quick = Array.from({ length: 8 }, (_, i) => customer(300, i + 3));
    const slow = [customer(300, 100), customer(300, 100)];
    const young = Array.from({ length: 30 }, () => customer(20));
    const window = returnWindow(columns([...quick, ...slow, ...young]), 1000, 30);
    expect(window).toEqual({ days: 100, returners: 10, withinCount: 10, fromSetting: false, longDays: 100 });
    // Without the young customers nothing is censored: the plain quantile.
    expect(returnWindow(columns([...quick, ...slow]), 1000, 30).days).toBe(10);
  });

  it('one early customer does not speak for a growing shop: a gap only one or two are old enough to show is weighed as if 5% of the customers were', () => {
    // 500 customers who first bought in the last 60 days, 80 of them back after 5–30 days; one pilot
    // customer who first bought 400 days ago came back after 380. Untrimmed, the pilot's gap weighs
    // as much as the other 80 together and the window was 380 days.
    const young = Array.from({ length: 500 }, (_, i) =>
      i < 80 ? customer(31 + (i % 29), 5 + (i % 26)) : customer(1 + (i % 59)),
    );
    const window = returnWindow(columns([...young, customer(400, 380)]), 1000, 30);
    expect(window.days).toBeLessThanOrEqual(30);
    expect(window.returners).toBe(81);
  });

  it('with fewer than five returners, is the setting, and counts the returners within it; longDays is the longest first gap 3 of them took or longer', () => {
    const days = [customer(300, 10), customer(300, 50), customer(300, 20), customer(300, 40), customer(5)];
    expect(returnWindow(columns(days), 1000, 30)).toEqual({
      days: 30,
      returners: 4,
      withinCount: 2,
      fromSetting: true,
      longDays: 20,
      longCount: 3,
    });
    // One or two customers' waits are theirs, not the shop's (trial 24: one back after 689 days).
    expect(returnWindow(columns([customer(900, 689), customer(300, 40)]), 1000, 30)).toEqual({
      days: 30,
      returners: 2,
      withinCount: 0,
      fromSetting: true,
      longDays: 0,
    });
    expect(returnWindow(columns([customer(5), customer(9)]), 1000, 30)).toMatchObject({
      returners: 0,
      fromSetting: true,
      longDays: 0,
    });
  });

  it("the slow returners' gap (longDays): all but 1 in 20 came back within it; with fewer than 20 returners, the longest seen", () => {
    const forty = Array.from({ length: 40 }, (_, i) => customer(500, i + 1));
    expect(returnWindow(columns(forty), 1000, 30)).toMatchObject({ days: 32, longDays: 38 });
    const twelve = Array.from({ length: 12 }, (_, i) => customer(500, 5 * (i + 1)));
    expect(returnWindow(columns(twelve), 1000, 30)).toMatchObject({ days: 50, longDays: 60 });
  });

  it('on any log, at least 8 in 10 of the returners seen came back within it, and withinCount counts them', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 900 }), fc.option(fc.integer({ min: 1, max: 400 }))), {
          minLength: 1,
          maxLength: 200,
        }),
        (rows) => {
          const days = rows.map(([age, gap]) =>
            gap === null || gap > age ? customer(age) : customer(age, gap),
          );
          const window = returnWindow(columns(days), 1000, 30);
          const gaps = days.filter((d) => d.length > 1).map((d) => d[1]! - d[0]!);
          expect(window.returners).toBe(gaps.length);
          expect(window.withinCount).toBe(gaps.filter((g) => g <= window.days).length);
          if (!window.fromSetting) {
            expect(window.withinCount).toBeGreaterThanOrEqual(0.8 * window.returners);
            expect(gaps).toContain(window.days);
          }
        },
      ),
      { numRuns: 200, seed: 12 },
    );
  });

  it("one slow returner's wait is theirs: 7 back within 62 days and one after 367 do not make every one-time buyer New for 550 days (trial 29)", () => {
    // Trial 29's shop: the weights of the few customers old enough to show a year-long gap made the
    // yearly buyer's 367 days the window ("8 of the 8 … within 367 days").
    const quick = [32, 31, 19, 20, 61, 44, 26].map((gap, i) => customer(120 + 20 * i, gap));
    const yearly = customer(960, 367);
    const oneTime = [customer(272), customer(88), customer(27), customer(3), customer(0), customer(600)];
    const window = returnWindow(columns([...quick, yearly, ...oneTime]), 1000, 30);
    expect(window).toMatchObject({ days: 61, returners: 8, withinCount: 7, fromSetting: false });
  });

  it('property: no one returner moves the window past the others: it is never longer than the second-longest first gap, however long the longest', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 900 }), fc.option(fc.integer({ min: 1, max: 400 }))), {
          minLength: 5,
          maxLength: 120,
        }),
        fc.integer({ min: 0, max: 3000 }),
        (rows, slowGap) => {
          const days = rows.map(([age, gap]) =>
            gap === null || gap > age ? customer(age) : customer(age, gap),
          );
          // One more returner, first buying long ago, back after any wait.
          days.push(customer(slowGap + 1 + (slowGap % 7), slowGap + 1));
          const window = returnWindow(columns(days), 1000, 30);
          if (window.fromSetting) return;
          const gaps = days.filter((d) => d.length > 1).map((d) => d[1]! - d[0]!);
          gaps.sort((a, b) => a - b);
          expect(window.days).toBeLessThanOrEqual(gaps[gaps.length - 2]!);
        },
      ),
      { numRuns: 300, seed: 29 },
    );
  });
});

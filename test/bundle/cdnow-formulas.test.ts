// The CDNOW reference checks (../shared/data/cdnow/README.md), run through the custom functions of the
// built dist/Code.js the way Sheets calls them: 2-D ranges with Date cells made in the script's realm.

import type vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCdnowSample, readCdnowSummary } from '../support/cdnow';
import { contextDate, loadBundle } from '../support/load-bundle';

type Fn = (...args: unknown[]) => unknown;
let context: vm.Context;
let purchases: unknown[][];
let asOf: Date;
const DAY = 86_400_000;

beforeAll(() => {
  // A spreadsheet in UTC; the time-zone tests elsewhere cover other zones.
  context = loadBundle({
    SpreadsheetApp: {
      getActiveSpreadsheet: () => ({
        getSpreadsheetTimeZone: () => 'UTC',
        getSpreadsheetLocale: () => 'en_US',
      }),
    },
  });
  const CtxDate = contextDate(context);
  purchases = readCdnowSample().map((r) => [
    r.sampleId,
    new CtxDate(Date.UTC(r.year, r.month - 1, r.day)),
    r.dollars,
  ]);
  asOf = new CtxDate(Date.UTC(1997, 8, 30));
});

const call = (name: string, ...args: unknown[]) => (context[name] as Fn)(...args);
const within = (actual: number, expected: number, relative: number) =>
  expect(Math.abs(actual / expected - 1), `${actual} vs ${expected}`).toBeLessThan(relative);

describe('CDNOW sample through the formulas (as_of 1997-09-30)', () => {
  it('CUSTOMER_MODEL with bg-nbd chosen reproduces the published BG/NBD and Gamma-Gamma parameters within 1%', () => {
    const table = call('CUSTOMER_MODEL', purchases, asOf, '', 'bg-nbd') as [string, unknown][];
    const value = (label: string) => {
      const row = table.find(([name]) => name === label);
      expect(row, label).toBeDefined();
      return row![1] as number;
    };
    // Fader, Hardie & Lee (2005), Marketing Science 24(2): r 0.243, alpha 4.414 per week, a 0.793, b 2.426.
    within(value('r'), 0.243, 0.01);
    within(value('alpha (per day)') / 7, 4.414, 0.01);
    within(value('a'), 0.793, 0.01);
    within(value('b'), 2.426, 0.01);
    // Fader, Hardie & Lee (2005), JMR 42(4) / Fader & Hardie gamma-gamma note: p 6.25, q 3.74, gamma 15.44.
    within(value('p'), 6.25, 0.01);
    within(value('q'), 3.74, 0.01);
    within(value('gamma'), 15.44, 0.01);
    expect(value('customers')).toBe(2357);
    expect(value('repeat customers')).toBe(946);
    expect(String(value('method'))).toMatch(/BG\/NBD/);
  });

  it('EXPECTED_PURCHASES of customer 1 (x 2, t_x 213 d, T 272 d) over 273 days is 1.226 ± 0.005', () => {
    // Fader, Hardie & Lee (2005): x = 2, t_x = 30.43 weeks, T = 38.86 weeks, next 39 weeks → 1.226.
    const value = call('EXPECTED_PURCHASES', [['0001']], purchases, 273, asOf, '', 'bg-nbd') as number[][];
    expect(Math.abs(value[0]![0]! - 1.226)).toBeLessThan(0.005);
  });

  it('CUSTOMER_MODEL with mbg-nbd chosen matches lifetimes ModifiedBetaGeoFitter within 1% (test/fixtures/reference)', () => {
    const table = call('CUSTOMER_MODEL', purchases, asOf, '', 'MBG/NBD') as [string, unknown][];
    const value = (label: string) => table.find(([name]) => name === label)![1] as number;
    // bench/reference/lifetimes_reference.py: r 0.5248, alpha 43.28 days, a 0.8914, b 1.6140.
    within(value('r'), 0.5248, 0.01);
    within(value('alpha (per day)'), 43.28, 0.01);
    within(value('a'), 0.8914, 0.01);
    within(value('b'), 1.614, 0.01);
    expect(String(value('method'))).toMatch(/^MBG\/NBD/);
    expect(String(value('model choice'))).toBe('MBG/NBD, as asked');
  });

  it('CUSTOMER_MODEL with "MBG/CNBD-k" chosen picks k = 1 on CDNOW (irregular buying) and is then lifetimes ModifiedBetaGeoFitter within 1%', () => {
    const table = call('CUSTOMER_MODEL', purchases, asOf, '', 'MBG/CNBD-k') as [string, unknown][];
    const value = (label: string) => table.find(([name]) => name === label)![1] as number;
    expect(value('k')).toBe(1);
    within(value('r'), 0.5248, 0.01);
    within(value('alpha (per day)'), 43.28, 0.01);
    within(value('a'), 0.8914, 0.01);
    within(value('b'), 1.614, 0.01);
    expect(String(value('method'))).toMatch(/^MBG\/CNBD-k/);
    expect(String(value('model choice'))).toBe('MBG/CNBD-k, as asked');
  });

  it('under auto (68 days held out of 273), CUSTOMER_MODEL names the model the check chose and REPEAT_PROBABILITY uses that same model', () => {
    const table = call('CUSTOMER_MODEL', purchases, asOf) as [string, unknown][];
    const choice = String(table.find(([name]) => name === 'model choice')![1]);
    // "best" for the lowest score; "kept" for the model of regular buying within the noise.
    expect(choice).toMatch(
      /^auto: (BG|MBG)\/NBD( predicted the last 68 days best|; no other model predicted the last 68 days clearly better)$/,
    );
    const chosen = choice.includes('MBG') ? 'mbg-nbd' : 'bg-nbd';
    const other = chosen === 'mbg-nbd' ? 'bg-nbd' : 'mbg-nbd';
    const keys = [['0001'], ['0002'], ['0010'], ['2357']];
    const auto = call('REPEAT_PROBABILITY', keys, purchases, 90, asOf) as number[][];
    expect(auto).toEqual(call('REPEAT_PROBABILITY', keys, purchases, 90, asOf, '', chosen));
    expect(auto).not.toEqual(call('REPEAT_PROBABILITY', keys, purchases, 90, asOf, '', other));
    const sentence = String(table.find(([name]) => name === 'hold-out check')![1]);
    expect(sentence).toMatch(
      /^Checked on this log's last \d+ days: of the \d+ customers? given \d+% or more, \d+% bought within \d+ days/,
    );
  });

  it('the per-customer summary reproduces cdnow_sample_summary.csv for every customer', () => {
    const table = call('CUSTOMER_INSIGHTS', purchases, asOf, 'en') as unknown[][];
    const [header, ...rows] = table;
    const col = (name: string) => header!.indexOf(name);
    const byId = new Map(rows.map((r) => [String(r[col('Customer')]), r]));
    const summary = readCdnowSummary();
    expect(rows.length).toBe(summary.length);
    for (const s of summary) {
      const row = byId.get(s.id.padStart(4, '0'));
      expect(row, s.id).toBeDefined();
      const first = (row![col('First purchase')] as Date).getTime();
      const last = (row![col('Last purchase')] as Date).getTime();
      expect(row![col('Purchase days')], s.id).toBe(s.x + 1);
      expect(Math.round(((last - first) / DAY / 7) * 100) / 100, s.id).toBeCloseTo(s.txWeeks, 2);
      expect(Math.round(((asOf.getTime() - first) / DAY / 7) * 100) / 100, s.id).toBeCloseTo(s.TWeeks, 2);
    }
  });
});

// Trial 29 through the built dist/Code.js as Sheets calls it: on a sheet where everyone else bought
// months ago, RFM_SEGMENT named a Lapsed regular "Champions" and a Lapsed twice-buyer "New
// Customers"; where everyone else bought this week, a New one-time buyer was "Lost". Every name
// RFM_SEGMENT gives is now true beside LIFECYCLE_STAGE, in three languages, and CUSTOMER_INSIGHTS
// says the same.
import type vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { contextDate, loadBundle } from '../support/load-bundle';
import { OLD_SHEET, purchasesOf, RECENT_SHEET } from '../support/segment-trial-sheets';

type Fn = (...args: unknown[]) => unknown;
let context: vm.Context;
let asOf: Date;
const DAY = 86_400_000;
const AS_OF_MS = Date.UTC(2026, 10, 28);

beforeAll(() => {
  context = loadBundle({
    SpreadsheetApp: {
      getActiveSpreadsheet: () => ({
        getSpreadsheetTimeZone: () => 'UTC',
        getSpreadsheetLocale: () => 'en_US',
      }),
    },
  });
  asOf = new (contextDate(context))(AS_OF_MS);
});

const call = (name: string, ...args: unknown[]) => (context[name] as Fn)(...args);
function gridOf(sheet: typeof OLD_SHEET): unknown[][] {
  const CtxDate = contextDate(context);
  return [
    ['Customer', 'Date', 'Amount'],
    ...purchasesOf(sheet).map(([name, back, amount]) => [name, new CtxDate(AS_OF_MS - back * DAY), amount]),
  ];
}

/** Each name as an owner reads it, and the stages (in that language) beside which it is false. */
const FALSE_BESIDE: Record<string, string[]> = {
  Champions: ['Lapsed', 'New'],
  'Loyal Customers': ['Lapsed', 'New'],
  'Potential Loyalist': ['Lapsed', 'New'],
  Promising: ['Lapsed'],
  'New Customers': ['Developing', 'Loyal', 'At risk', 'Lapsed'],
  "Can't Lose Them": ['New', 'Developing', 'Loyal'],
  'At Risk': ['New', 'Developing', 'Loyal'],
  'About To Sleep': ['New', 'Developing', 'Loyal'],
  Lost: ['New', 'Developing', 'Loyal'],
  'Need Attention': ['New'],
};

describe('RFM_SEGMENT names only what is true beside the stage (trial 29)', () => {
  it('everyone else months ago: Kim and Ann (Lapsed) are Need Attention, Hal (Lapsed) About To Sleep, in three languages', () => {
    const grid = gridOf(OLD_SHEET);
    const keys = [['Kim'], ['Ann'], ['Hal'], ['Gus']];
    expect(call('RFM_SEGMENT', keys, grid, asOf, 'en')).toEqual([
      ['Need Attention'],
      ['Need Attention'],
      ['About To Sleep'],
      ['Champions'],
    ]);
    expect(call('LIFECYCLE_STAGE', keys, grid, asOf, 'en')).toEqual([
      ['Lapsed'],
      ['Lapsed'],
      ['Lapsed'],
      ['Developing'],
    ]);
    expect(call('RFM_SEGMENT', keys, grid, asOf, 'zh-CN')).toEqual([
      ['需要关注'],
      ['需要关注'],
      ['即将沉睡'],
      ['冠军客户'],
    ]);
    expect(call('RFM_SEGMENT', keys, grid, asOf, 'zh-TW')).toEqual([
      ['需要關注'],
      ['需要關注'],
      ['即將沉睡'],
      ['冠軍客戶'],
    ]);
  });

  it('everyone else this week: Cat, Eve and Flo (New, once) are New Customers or Promising, not About To Sleep or Lost', () => {
    const grid = gridOf(RECENT_SHEET);
    expect(call('RFM_SEGMENT', [['Cat'], ['Eve'], ['Flo']], grid, asOf, 'en')).toEqual([
      ['New Customers'],
      ['Promising'],
      ['Promising'],
    ]);
  });

  it('on both sheets, every name is true beside the stage, and CUSTOMER_INSIGHTS and RFM_SEGMENT agree', () => {
    for (const sheet of [OLD_SHEET, RECENT_SHEET]) {
      const grid = gridOf(sheet);
      const [header, ...rows] = call('CUSTOMER_INSIGHTS', grid, asOf, 'en') as unknown[][];
      const at = (name: string) => header!.indexOf(name);
      const keys = rows.map((r) => [r[at('Customer')]]);
      const segments = (call('RFM_SEGMENT', keys, grid, asOf, 'en') as unknown[][]).map((r) => r[0]);
      expect(segments).toEqual(rows.map((r) => r[at('RFM segment')]));
      for (const r of rows) {
        const segment = String(r[at('RFM segment')]);
        const stage = String(r[at('Lifecycle stage')]);
        expect(FALSE_BESIDE[segment], `${String(r[0])}: ${segment} beside ${stage}`).not.toContain(stage);
      }
    }
  });
});

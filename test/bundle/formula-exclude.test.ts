// Every formula that reads `purchases` takes the owner's rules as its `exclude` argument (before
// `model`, which stays last): Sheets recomputes a custom function only when its arguments change, so
// a rule must be in the formula to take effect. Checked through the built dist/Code.js on the POS
// ledger (test/fixtures/exports/pos/), whose ¥2,000 会员充值 top-up is not a purchase (left out
// by default; the rule on it is still honoured).
import type vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportFixtures } from '../support/export-fixtures';
import { contextDate, loadBundle } from '../support/load-bundle';

type Fn = (...args: unknown[]) => unknown;
const RULE = '类型=会员充值';

const ledger = exportFixtures().find((f) => f.file === '收银流水_2024Q1.csv')!;
let context: vm.Context;
let grid: unknown[][];
let asOf: Date;

beforeAll(() => {
  context = loadBundle({
    SpreadsheetApp: {
      getActiveSpreadsheet: () => ({
        getSpreadsheetTimeZone: () => ledger.timeZone,
        getSpreadsheetLocale: () => ledger.locale,
      }),
    },
  });
  const CtxDate = contextDate(context);
  // Asia/Shanghai has no daylight saving: a day's midnight is 16:00 UTC the day before.
  const midnight = (iso: string) => new CtxDate(Date.parse(`${iso}T00:00:00+08:00`));
  grid = ledger.rows.map((row) =>
    row.map((c) => (c === null ? '' : typeof c === 'object' ? midnight(c.date) : c)),
  );
  asOf = midnight(ledger.asOf);
});

const call = (name: string, ...args: unknown[]) => (context[name] as Fn)(...args);

/** CUSTOMER_INSIGHTS in English with the given rule, as { header → column of values }, and the keys. */
function insights(exclude: string) {
  const [header, ...rows] = call('CUSTOMER_INSIGHTS', grid, asOf, 'en', exclude) as unknown[][];
  const column = (name: string) => {
    const index = header!.indexOf(name);
    expect(index, name).toBeGreaterThanOrEqual(0);
    return rows.map((r) => r[index]);
  };
  return { column, keys: column('Customer').map((k) => [k]) };
}

/** Each per-customer formula, called the way Sheets would with `exclude` in its documented place. */
const formulas = (keys: unknown[][], exclude: string) => ({
  rfmScore: call('RFM_SCORE', keys, grid, asOf, exclude),
  segment: call('RFM_SEGMENT', keys, grid, asOf, 'en', exclude),
  tier: call('VALUE_TIER', keys, grid, asOf, 'en', exclude),
  stage: call('LIFECYCLE_STAGE', keys, grid, asOf, 'en', exclude),
  why: call('CUSTOMER_WHY', keys, grid, asOf, 'en', exclude),
  repeat: call('REPEAT_PROBABILITY', keys, grid, 90, asOf, exclude),
  expected: call('EXPECTED_PURCHASES', keys, grid, 365, asOf, exclude),
  nextDue: call('NEXT_PURCHASE_DATE', keys, grid, asOf, exclude),
  value: call('PREDICTED_VALUE', keys, grid, 365, asOf, exclude),
  loyalty: call('LOYALTY_SCORE', keys, grid, '', '', asOf, exclude),
});

const flat = (range: unknown) => (range as unknown[][]).map((row) => row[0]);
const time = (d: unknown) => (d as Date).getTime();
const cents = (v: unknown) => Math.round((v as number) * 100) / 100;

describe('exclude on every formula that reads purchases (POS ledger, rule 类型=会员充值)', () => {
  it('the per-customer formulas with the rule answer as the rows of CUSTOMER_INSIGHTS with the same rule', () => {
    const { column, keys } = insights(RULE);
    expect(keys).toEqual([['王芳'], ['刘强']]);
    const f = formulas(keys, RULE);
    const [r, fr, m] = [column('R'), column('F'), column('M')];
    expect(flat(f.rfmScore).map(String)).toEqual(r.map((_, i) => `${r[i]}${fr[i]}${m[i]}`));
    expect(flat(f.segment)).toEqual(column('RFM segment'));
    expect(flat(f.tier)).toEqual(column('Value tier'));
    expect(flat(f.stage)).toEqual(column('Lifecycle stage'));
    expect(flat(f.why)).toEqual(column('Why'));
    expect(flat(f.repeat)).toEqual(column('Repeat probability (90 days)'));
    expect(flat(f.nextDue).map(time)).toEqual(column('Next purchase due').map(time));
    expect(flat(f.value).map(cents)).toEqual(column('Predicted value (365 days)'));
    expect(flat(f.loyalty)).toEqual(column('Loyalty score'));
  });

  it('without the rule the ¥2,000 top-up is still left out (a top-up is not a sale)', () => {
    const withRule = insights(RULE);
    const without = insights('');
    // 王芳: two purchase days for ¥84 either way; the top-up is not a third.
    expect(without.column('Purchase days')).toEqual([2, 1]);
    expect(without.column('Total spent')).toEqual([84, 0]);
    expect(without.column('Why')).toEqual(withRule.column('Why'));
    expect(flat(formulas(withRule.keys, '').why)).toEqual(without.column('Why'));
  });

  it('a rule on another value still changes the answers that depend on it', () => {
    const other = '流水号=S0005'; // 王芳's April latte
    const without = insights('');
    const withOther = insights(other);
    expect(withOther.column('Purchase days')).toEqual([1, 1]);
    expect(withOther.column('Total spent')).toEqual([56, 0]);
    const a = formulas(without.keys, '');
    const b = formulas(without.keys, other);
    expect(flat(a.expected)[0]).not.toBe(flat(b.expected)[0]);
    expect(flat(a.value)[0]).not.toBe(flat(b.value)[0]);
    expect(flat(a.why)[0]).not.toBe(flat(b.why)[0]);
    // And each formula with that rule still agrees with CUSTOMER_INSIGHTS with it.
    expect(flat(b.why)).toEqual(withOther.column('Why'));
    expect(flat(b.value).map(cents)).toEqual(withOther.column('Predicted value (365 days)'));
    expect(flat(b.nextDue).map(time)).toEqual(withOther.column('Next purchase due').map(time));
  });

  it('CUSTOMER_MODEL takes the rule too: one row fewer is used', () => {
    const rowsUsed = (exclude: string) => {
      const table = call('CUSTOMER_MODEL', grid, asOf, exclude) as [string, unknown][];
      return table.find(([name]) => name === '使用的行数' || name === 'rows used')?.[1];
    };
    const withRule = rowsUsed(RULE);
    expect(typeof withRule).toBe('number');
    expect(rowsUsed('')).toBe(withRule);
    expect(rowsUsed('流水号=S0005')).toBe((withRule as number) - 1);
  });

  it('model stays the last argument, after exclude', () => {
    const { keys } = insights(RULE);
    const auto = call('REPEAT_PROBABILITY', keys, grid, 90, asOf, RULE, 'auto');
    expect(auto).toEqual(call('REPEAT_PROBABILITY', keys, grid, 90, asOf, RULE));
    expect(call('CUSTOMER_MODEL', grid, asOf, RULE, 'mbg-nbd')).toEqual(
      call('CUSTOMER_MODEL', grid, asOf, RULE, 'MBG/NBD'),
    );
  });

  it('a bad rule gives a readable error in the spreadsheet’s language, from every formula', () => {
    const keys = [['王芳']];
    const badForm = 'exclude 的写法应为 "类型=会员充值|储值"；收到的是“会员充值”。';
    expect(() => call('CUSTOMER_INSIGHTS', grid, asOf, 'en', '会员充值')).toThrow(badForm);
    expect(() => call('RFM_SCORE', keys, grid, asOf, '会员充值')).toThrow(badForm);
    expect(() => call('LOYALTY_SCORE', keys, grid, '', '', asOf, '会员充值')).toThrow(badForm);
    // A model name where the rule goes (its place before exclude came) is read as a rule, and said so.
    expect(() => call('PREDICTED_VALUE', keys, grid, 365, asOf, 'mbg-nbd')).toThrow(
      'exclude 的写法应为 "类型=会员充值|储值"；收到的是“mbg-nbd”。',
    );
    expect(() => call('LIFECYCLE_STAGE', keys, grid, asOf, 'en', '品类=会员充值')).toThrow(
      /^exclude 指定的列“品类”不在表头中（流水号、日期、.*）。$/,
    );
    expect(() => call('CUSTOMER_MODEL', grid, asOf, '品类=会员充值')).toThrow(/exclude 指定的列“品类”/);
  });
});

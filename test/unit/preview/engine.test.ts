import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  type CustomFunctionSpec,
  type EvaluatedSheet,
  FormulaEngine,
  type FunctionHost,
  instantOfSerial,
  type SourceSheet,
  serialOfInstant,
} from '../../../scripts/preview/engine';
import { customFunctionsOf, loadCode } from '../../../scripts/preview/gas-host';
import { dayFromCivil } from '../../../src/core/time/civil';
import { instantOfDay } from '../../../src/core/time/zone';

const TZ = 'Asia/Shanghai';
// Sheets serial of 2025-03-05: days since 1899-12-30 (DATE(2025,3,5) in Sheets is 45721).
const MAR_5 = 45721;

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

/** A host whose functions record their arguments. */
function recordingHost(functions: Record<string, { params: string[]; fn: (...args: unknown[]) => unknown }>) {
  const calls: { name: string; args: unknown[] }[] = [];
  const host: FunctionHost = {
    timeZone: TZ,
    functions: Object.entries(functions).map(([name, f]): CustomFunctionSpec => ({ name, params: f.params })),
    call(name, args) {
      calls.push({ name, args });
      return functions[name]!.fn(...args);
    },
  };
  return { host, calls };
}

const cell = (sheets: EvaluatedSheet[], sheet: string, a1: string) => {
  const [, col, row] = /^([A-Z])(\d+)$/.exec(a1)!;
  return sheets.find((s) => s.name === sheet)!.rows[Number(row) - 1]?.[col!.charCodeAt(0) - 65];
};

const workbook = (customers: SourceSheet['cells']): SourceSheet[] => [
  { name: 'Customers', cells: customers },
  {
    name: 'Purchases',
    cells: [
      ['Customer', 'Date', 'Amount'],
      ['ann', { serial: MAR_5 }, 10],
      ['bob', '2025/3/6', '¥20'],
      ['ann', { serial: MAR_5 + 7 }, null],
    ],
  },
];

describe('FormulaEngine with custom functions', () => {
  it('passes whole ranges as 2-D arrays: blanks as "", dates as midnight in the zone; spills one row per customer', () => {
    const { host, calls } = recordingHost({
      COUNT_OF: {
        params: ['customers', 'purchases'],
        fn: (customers, purchases) =>
          (customers as string[][]).map(([key]) => [
            key === '' ? '' : (purchases as unknown[][]).filter((row) => row[0] === key).length,
          ]),
      },
    });
    const sheets = new FormulaEngine(host).evaluate(
      workbook([
        ['Customer', 'Count'],
        ['ann', { formula: '=COUNT_OF(A2:A, Purchases!A2:C)' }],
        ['bob'],
        [''],
      ]),
    );
    const [customers, purchases] = calls[0]!.args as [unknown[][], unknown[][]];
    // A2:A was bounded to the sheet's last row with data (row 3; row 4 is blank).
    expect(customers).toEqual([['ann'], ['bob']]);
    expect(purchases).toHaveLength(3);
    expect(purchases[2]![2]).toBe('');
    expect(purchases[1]).toEqual(['bob', '2025/3/6', '¥20']);
    const date = purchases[0]![1];
    expect(isDate(date)).toBe(true);
    expect((date as Date).getTime()).toBe(instantOfDay(dayFromCivil(2025, 3, 5), TZ).getTime());
    expect(cell(sheets, 'Customers', 'B2')).toMatchObject({ display: { kind: 'number', value: 2 } });
    expect(cell(sheets, 'Customers', 'B3')).toMatchObject({
      display: { kind: 'number', value: 1 },
      spilled: true,
    });
  });

  it('sizes tables it cannot predict by evaluating again, and passes literals and DATE()', () => {
    const { host, calls } = recordingHost({
      TABLE: {
        params: ['purchases', 'as_of', 'language'],
        fn: () => [
          ['name', 'value'],
          ['r', 0.25],
          ['alpha', 3],
        ],
      },
    });
    const sheets = new FormulaEngine(host).evaluate([
      { name: 'Sheet1', cells: [[{ formula: '=TABLE(Purchases!A:C, DATE(2025,3,5), "zh-CN")' }]] },
      ...workbook([]).slice(1),
    ]);
    expect(cell(sheets, 'Sheet1', 'B3')).toMatchObject({
      display: { kind: 'number', value: 3 },
      spilled: true,
    });
    expect(cell(sheets, 'Sheet1', 'A1')).toMatchObject({ display: { kind: 'string', value: 'name' } });
    const [purchases, asOf, language] = calls.at(-1)!.args as [unknown[][], Date, string];
    expect(purchases[0]).toEqual(['Customer', 'Date', 'Amount']);
    expect(asOf.getTime()).toBe(instantOfDay(dayFromCivil(2025, 3, 5), TZ).getTime());
    expect(language).toBe('zh-CN');
  });

  it('shows returned Dates as dates of the spreadsheet zone and thrown errors as #ERROR! with the message', () => {
    const { host } = recordingHost({
      NEXT_DAY: { params: ['when'], fn: (when) => new Date((when as Date).getTime() + 86_400_000) },
      BOOM: {
        params: ['customers'],
        fn: () => {
          throw new Error('purchases must have three columns');
        },
      },
    });
    const sheets = new FormulaEngine(host).evaluate([
      {
        name: 'S',
        cells: [
          [
            { serial: MAR_5 },
            { formula: '=NEXT_DAY(A1)' },
            { formula: '=BOOM(A1)' },
            { formula: '=NOPE(1)' },
          ],
        ],
      },
    ]);
    expect(cell(sheets, 'S', 'B1')!.display).toEqual({ kind: 'date', serial: MAR_5 + 1 });
    expect(cell(sheets, 'S', 'C1')!.display).toEqual({
      kind: 'error',
      code: '#ERROR!',
      message: 'purchases must have three columns',
    });
    expect(cell(sheets, 'S', 'D1')!.display).toMatchObject({ kind: 'error', code: '#NAME?' });
  });

  it('reports a blocked spill the way Sheets does', () => {
    const { host } = recordingHost({
      TWO: { params: ['customers'], fn: () => [[1], [2]] },
    });
    const sheets = new FormulaEngine(host).evaluate([
      {
        name: 'S',
        cells: [
          ['a', { formula: '=TWO(A1:A2)' }],
          ['b', 'in the way'],
        ],
      },
    ]);
    expect(cell(sheets, 'S', 'B1')!.display).toMatchObject({ kind: 'error', code: '#REF!' });
  });

  it('reuses a result for identical arguments, like Sheets', () => {
    const { host, calls } = recordingHost({ ONE: { params: ['x'], fn: () => 1 } });
    const engine = new FormulaEngine(host);
    const sheets: SourceSheet[] = [{ name: 'S', cells: [[{ formula: '=ONE(5)' }, { formula: '=ONE(5)' }]] }];
    engine.evaluate(sheets);
    engine.evaluate(sheets);
    expect(calls).toHaveLength(1);
  });
});

describe('serials and instants', () => {
  it('round-trips midnight in the spreadsheet zone', () => {
    for (const tz of ['Asia/Shanghai', 'America/New_York', 'UTC']) {
      const instant = instantOfSerial(MAR_5, tz);
      expect(serialOfInstant(instant, tz)).toBe(MAR_5);
    }
    expect(instantOfSerial(MAR_5, 'Asia/Shanghai').toISOString()).toBe('2025-03-04T16:00:00.000Z');
  });
});

describe('dist/Code.js host', () => {
  const code = `
/**
 * Doubles.
 * @customfunction
 */
function DOUBLE(x) { return Regulars.DOUBLE(x); }
/** Not a custom function. */
function onOpen(e) {}
var Regulars = { DOUBLE: function (x) { return Array.isArray(x) ? x.map(function (r) { return [r[0] instanceof Date ? 'date' : r[0] * 2]; }) : x * 2; } };
function helper_() {}
`;
  it('finds custom functions by their @customfunction JSDoc', () => {
    expect(customFunctionsOf(code)).toEqual([{ name: 'DOUBLE', params: ['x'] }]);
  });

  it('calls them with values copied into the context realm', () => {
    const runtime = loadCode(code, vm.createContext({}), () => TZ);
    expect(runtime.call('DOUBLE', [[[2], [new Date(0)]]])).toEqual([[4], ['date']]);
    expect(runtime.hasFunction('onOpen')).toBe(true);
    expect(runtime.hasFunction('helper_')).toBe(false);
    expect(runtime.hasFunction('Regulars')).toBe(false);
  });
});

// Rows left out on purpose are never silent in the formulas: CUSTOMER_MODEL counts them by reason
// next to the rows used and skipped, and a per-customer formula asked about a customer whose every
// row was left out says so and why (a new-owner trial found Carol Wu's three ¥ rows in a $ sheet
// answered with a blank, as for a name not in the log).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells';
import { exclusionLabel } from '../../../src/core/exports/exclusion-labels';
import type { ExclusionReason } from '../../../src/core/exports/statuses';
import * as formulas from '../../../src/core/formulas/formulas';
import { LANGUAGES } from '../../../src/core/i18n/language';

const env = (locale = 'en_US') => ({ timeZone: 'UTC', locale, now: new Date('2024-06-30T12:00:00Z') });

const LOG: CellValue[][] = [
  ['Customer', 'Date', 'Amount'],
  ['Alice', '2024-01-05', '$60'],
  ['Alice', '2024-03-05', '$40'],
  ['Bob', '2024-02-01', '$25'],
  ['Carol Wu', '2024-01-10', '¥120'],
  ['Bob', '2024-05-01', '$30'],
  ['Carol Wu', '2024-02-10', '¥80'],
  ['Walk-in', '2024-03-01', '$12'],
  ['Carol Wu', '2024-04-10', '¥95'],
  ['Walk-in', '2024-03-02', '$8'],
  ['Frank  Ng', '2024-04-01', '$50'],
  ['Dana', 'not a date', '$10'],
  ['', '', ''],
  ['Total', '', '$225'],
];

// CUSTOMER_MODEL's row of the rows skipped as problems, which says so beside the rows left out on purpose.
const SKIPPED = 'rows skipped (unreadable or after the analysis date)';

const modelRows = (locale = 'en_US', log = LOG) =>
  new Map(
    (formulas.customerModelFormula(log, undefined, env(locale)) as [string, unknown][]).map(([k, v]) => [
      k,
      v,
    ]),
  );

describe('CUSTOMER_MODEL counts the rows left out, by reason', () => {
  it('rows used, skipped (unreadable) and left out (per reason) account for every row that is not blank or a header', () => {
    const m = modelRows();
    expect(m.get('rows used')).toBe(5);
    expect(m.get(SKIPPED)).toBe(1);
    expect(m.get('rows left out on purpose')).toBe(6);
    expect(m.get('left out: another currency')).toBe(3);
    expect(m.get('left out: walk-in or anonymous')).toBe(2);
    expect(m.get('left out: total or subtotal row')).toBe(1);
  });

  it('appends its rows after the existing ones, whose labels stay as they were', () => {
    const table = formulas.customerModelFormula(LOG, undefined, env()) as [string, unknown][];
    const labels = table.map((r) => r[0]);
    expect(labels.slice(0, 5)).toEqual(['method', 'r', 'alpha (per day)', 'a', 'b']);
    expect(labels.indexOf('rows left out on purpose')).toBeGreaterThan(labels.indexOf('hold-out check'));
    expect(labels.slice(-4)).toEqual([
      'rows left out on purpose',
      'left out: another currency',
      'left out: walk-in or anonymous',
      'left out: total or subtotal row',
    ]);
  });

  it('in the sheet’s language: zh-CN and zh-TW', () => {
    const cn = modelRows('zh_CN');
    expect(cn.get('有意排除的行数')).toBe(6);
    expect(cn.get('排除：其他币种')).toBe(3);
    expect(cn.get('排除：散客或匿名')).toBe(2);
    expect(cn.get('排除：合计或小计行')).toBe(1);
    const tw = modelRows('zh_TW');
    expect(tw.get('刻意排除的列數')).toBe(6);
    expect(tw.get('排除：其他幣別')).toBe(3);
    expect(tw.get('排除：合計或小計列')).toBe(1);
  });

  it('says 0 and lists no reason when nothing was left out', () => {
    const m = modelRows(
      'en_US',
      LOG.filter((r) => r[0] !== 'Carol Wu' && r[0] !== 'Walk-in' && r[0] !== 'Total'),
    );
    expect(m.get('rows left out on purpose')).toBe(0);
    expect([...m.keys()].filter((k) => k.startsWith('left out:'))).toEqual([]);
  });

  it('property: for any log with random rows left out, skipped + left out by reason + used = rows that are not blank or a header', () => {
    const marked = (currency: string): fc.Arbitrary<CellValue[]> =>
      fc.tuple(
        fc.constantFrom('Ann', 'Bo', 'Cy', 'Walk-in', '散客', 'Guest'),
        fc.date({ min: new Date('2023-01-01'), max: new Date('2024-06-29'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 900 }).map((n) => `${currency}${n}`),
      );
    const row: fc.Arbitrary<CellValue[]> = fc.oneof(
      { weight: 4, arbitrary: marked('$') },
      { weight: 2, arbitrary: marked('€') },
      { weight: 1, arbitrary: fc.constant<CellValue[]>(['Total', '', '$100']) },
      { weight: 1, arbitrary: fc.constant<CellValue[]>(['合计', '', 300]) },
      { weight: 1, arbitrary: fc.constant<CellValue[]>(['Ann', 'someday', '$5']) },
      { weight: 1, arbitrary: fc.constant<CellValue[]>(['', '', '']) },
    );
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 40 }), (rows) => {
        const log: CellValue[][] = [['Customer', 'Date', 'Amount'], ...rows];
        const m = modelRows('en_US', log);
        const byReason = [...m]
          .filter(([k]) => k.startsWith('left out:'))
          .reduce((sum, [, v]) => sum + (v as number), 0);
        const dataRows = rows.filter((r) => r.some((c) => c !== '')).length;
        expect(m.get('rows left out on purpose')).toBe(byReason);
        expect((m.get('rows used') as number) + (m.get(SKIPPED) as number) + byReason).toBe(dataRows);
      }),
      { numRuns: 150 },
    );
  });
});

describe('CUSTOMER_MODEL on an export (one line per order): the same accounting', () => {
  it('an example: each reason counted on its own row', () => {
    const log: CellValue[][] = [
      ['Order', 'Customer', 'Date', 'Status', 'Product', 'Total'],
      ['#1', 'Ann', '2024-01-05', 'paid', 'Tea', 20],
      ['#2', 'Ann', '2024-02-05', 'cancelled', 'Tea', 20],
      ['#3', 'Guest', '2024-02-06', 'paid', 'Tea', 20],
      ['#4', 'Bo', '2024-02-07', 'paid', 'Gift card', 50],
      ['#5', 'Bo', 'someday', 'paid', 'Tea', 20],
      ['Total', '', '', '', '', 130],
    ];
    const table = formulas.customerModelFormula(log, undefined, env(), 'Product=Gift card');
    expect((table as [string, unknown][]).slice(-5)).toEqual([
      ['rows left out on purpose', 4],
      ['left out: cancelled', 1],
      ['left out: walk-in or anonymous', 1],
      ['left out: your ignore rule', 1],
      ['left out: total or subtotal row', 1],
    ]);
    expect(formulas.valueTierFormula('Bo', log, undefined, 'en', env(), 'Product=Gift card')).toBe(
      // Bo's other order (#5) has a date that cannot be read: one sentence says both.
      'Bo was not analysed; 1 row left out: your ignore rule (Gift card); 1 row skipped (row 6 of the range): date not readable (someday)',
    );
  });

  it('property: random statuses, walk-ins, owner rules and totals: skipped + left out by reason + used = rows that are not blank or a header', () => {
    const row: fc.Arbitrary<CellValue[]> = fc.oneof(
      {
        weight: 6,
        arbitrary: fc.tuple(
          fc.constantFrom('Ann', 'Bo', 'Cy', 'Guest', ''),
          fc.date({ min: new Date('2023-01-01'), max: new Date('2024-06-29'), noInvalidDate: true }),
          fc.constantFrom('paid', 'paid', 'cancelled', 'pending', 'refunded', 'voided', 'failed', 'mystery'),
          fc.constantFrom('Tea', 'Gift card'),
          fc.integer({ min: 1, max: 900 }),
        ),
      },
      { weight: 1, arbitrary: fc.constant<CellValue[]>(['Total', '', '', '', 1000]) },
      { weight: 1, arbitrary: fc.constant<CellValue[]>(['Ann', 'someday', 'paid', 'Tea', 5]) },
      { weight: 1, arbitrary: fc.constant<CellValue[]>(['', '', '', '', '']) },
    );
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), fc.boolean(), (rows, rule) => {
        // An order id per row: every order is one line, so a skipped order is one row.
        const log: CellValue[][] = [
          ['Order', 'Customer', 'Date', 'Status', 'Product', 'Total'],
          ...rows.map((r, i) => (r.every((c) => c === '') ? ['', ...r] : [`#${1000 + i}`, ...r])),
        ];
        const table = formulas.customerModelFormula(
          log,
          undefined,
          env(),
          rule ? 'Product=Gift card' : undefined,
        );
        const m = new Map((table as [string, unknown][]).map(([k, v]) => [k, v]));
        const byReason = [...m]
          .filter(([k]) => k.startsWith('left out:'))
          .reduce((sum, [, v]) => sum + (v as number), 0);
        const dataRows = rows.filter((r) => r.some((c) => c !== '')).length;
        expect(m.get('rows left out on purpose')).toBe(byReason);
        expect((m.get('rows used') as number) + (m.get(SKIPPED) as number) + byReason).toBe(dataRows);
      }),
      { numRuns: 100 },
    );
  });
});

describe('a customer whose every row was left out', () => {
  const carol = 'Carol Wu was not analysed; 3 rows left out: another currency (¥)';

  it('every worded per-customer formula says so and why; the numeric ones leave the cell empty, as text there would pass a FILTER(… > 0.7) and top a sort', () => {
    const keys = [['Alice'], ['carol  wu'], ['Nobody'], ['']];
    const e = env();
    const answers = {
      rfm: formulas.rfmScoreFormula(keys, LOG, undefined, e),
      segment: formulas.rfmSegmentFormula(keys, LOG, undefined, 'en', e),
      tier: formulas.valueTierFormula(keys, LOG, undefined, 'en', e),
      stage: formulas.lifecycleStageFormula(keys, LOG, undefined, 'en', e),
      why: formulas.customerWhyFormula(keys, LOG, undefined, 'en', e),
      repeat: formulas.repeatProbabilityFormula(keys, LOG, undefined, undefined, e),
      expected: formulas.expectedPurchasesFormula(keys, LOG, undefined, undefined, e),
      next: formulas.nextPurchaseDateFormula(keys, LOG, undefined, e),
      value: formulas.predictedValueFormula(keys, LOG, undefined, undefined, e),
      loyalty: formulas.loyaltyScoreFormula(keys, LOG, undefined, undefined, undefined, e),
    };
    const worded = new Set(['segment', 'tier', 'stage', 'why']);
    for (const [name, answer] of Object.entries(answers)) {
      const [alice, c, nobody, blank] = (answer as unknown[][]).map((r) => r[0]);
      expect(alice, name).not.toBe('');
      expect(alice, name).not.toBe(carol);
      expect(c, name).toBe(worded.has(name) ? carol : '');
      expect(nobody, name).toBe('');
      expect(blank, name).toBe('');
    }
  });

  it('in the language asked for', () => {
    expect(formulas.customerWhyFormula('Carol Wu', LOG, undefined, 'zh-CN', env())).toBe(
      'Carol Wu 未纳入分析；排除了 3 行：其他币种（¥）',
    );
    expect(formulas.customerWhyFormula('Carol Wu', LOG, undefined, 'zh-TW', env())).toBe(
      'Carol Wu 未納入分析；排除了 3 列：其他幣別（¥）',
    );
    expect(formulas.lifecycleStageFormula('Carol Wu', LOG, undefined, 'zh-TW', env())).toBe(
      'Carol Wu 未納入分析；排除了 3 列：其他幣別（¥）',
    );
  });

  it('in Chinese a Chinese name is not set off by a space, a Latin one is', () => {
    const log: CellValue[][] = [
      ['客户', '日期', '金额'],
      ['王芳', '2024-02-01', '€20'],
      ['李雷', '2024-02-02', '¥30'],
      ['李雷', '2024-03-02', '¥30'],
    ];
    expect(formulas.customerWhyFormula('王芳', log, undefined, 'zh-CN', env('zh_CN'))).toBe(
      '王芳未纳入分析；排除了 1 行：其他币种（€）',
    );
  });

  it('a guest is named by the key cell, not by the name column of one of the guests’ orders', () => {
    const log: CellValue[][] = [
      ['Order', 'Customer', 'Billing Name', 'Date', 'Status', 'Total'],
      ['#1', 'Guest', 'Jane Doe', '2024-02-01', 'paid', 20],
      ['#2', 'Guest', 'Bob Ray', '2024-02-02', 'paid', 30],
      ['#3', 'Guest', 'Kim Wu', '2024-02-03', 'paid', 40],
      ['#4', 'Ann Lee', 'Ann Lee', '2024-02-04', 'paid', 50],
    ];
    expect(formulas.valueTierFormula([['Guest'], ['Jane Doe']], log, undefined, 'en', env())).toEqual([
      ['Guest was not analysed; 3 rows left out: walk-in or anonymous'],
      [''],
    ]);
  });

  it('a walk-in asked about by name: its rows were left out as not one customer', () => {
    expect(formulas.valueTierFormula('walk-in', LOG, undefined, 'en', env())).toBe(
      'Walk-in was not analysed; 2 rows left out: walk-in or anonymous',
    );
  });

  it('one row, several reasons with their counts, and no value that repeats the label', () => {
    const log: CellValue[][] = [
      ['Order', 'Customer', 'Date', 'Status', 'Total'],
      ['A1', 'Ann', '2024-03-01', 'paid', 20],
      ['B1', 'Bo', '2024-03-02', 'cancelled', 20],
      ['B2', 'Bo', '2024-03-03', 'voided', 20],
      ['B3', 'Bo', '2024-03-04', 'Refunded', 20],
      ['B4', 'Bo', '2024-03-05', 'trash', 20],
      ['C1', 'Cy', '2024-03-06', 'pending', 20],
    ];
    expect(formulas.customerWhyFormula([['Bo'], ['Cy']], log, undefined, 'en', env())).toEqual([
      [
        'Bo was not analysed; 4 rows left out: cancelled (trash): 2; voided: 1; refunded in full (Refunded): 1',
      ],
      ['Cy was not analysed; 1 row left out: not paid yet (pending)'],
    ]);
  });
});

describe('CUSTOMER_INSIGHTS', () => {
  it('has no row for a customer whose every row was left out, and shows a name as its key reads it', () => {
    const table = formulas.customerInsights(LOG, undefined, 'en', env());
    expect(table.slice(1).map((r) => r[0])).toEqual(['Alice', 'Bob', 'Frank Ng']);
  });
});

const REASONS: ExclusionReason[] = [
  'unpaid',
  'cancelled',
  'voided',
  'refunded',
  'failed',
  'not_a_sale',
  'top_up',
  'duplicate',
  'anonymous',
  'other_currency',
  'owner_rule',
  'total_row',
  'section_header',
];

describe('the short labels', () => {
  it('one per reason in each language, none empty or shared by two reasons', () => {
    for (const language of LANGUAGES) {
      const labels = REASONS.map((r) => exclusionLabel(r, language));
      expect(
        labels.every((l) => l !== undefined && l.length > 1),
        language,
      ).toBe(true);
      expect(new Set(labels).size, language).toBe(REASONS.length);
    }
    expect(exclusionLabel('section_header', 'en')).toBe('section heading');
    expect(exclusionLabel('unpaid', 'zh-TW')).toBe('尚未付款');
  });
});

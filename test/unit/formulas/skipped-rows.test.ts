// A customer none of whose rows was analysed because every one was skipped as a problem (a date or
// amount that could not be read, a date after the analysis date) is never a blank in the worded
// formulas: a new-owner trial saw Carol Wu (dates 2024-13-01 and 31/12/2023 under en_US) and Frank
// (the date "yesterday") answered as for a name not in the log. The sentence names the rows and
// what was wrong; with rows left out on purpose as well, one sentence says both. Called as Sheets
// calls them: 2-D ranges, Date objects for date cells, blank strings for empty cells; the same from
// the direct path and from a shared analysis read back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells';
import type { SharedFitStore } from '../../../src/core/formulas/formula-environment';
import * as formulas from '../../../src/core/formulas/formulas';
import { LANGUAGES, type Language } from '../../../src/core/i18n/language';
import { skippedLabel } from '../../../src/core/i18n/skipped-labels';
import { normalizeCustomerKey } from '../../../src/core/input/customer-key';
import type { IssueProblem } from '../../../src/core/input/purchase';

const env = (locale = 'en_US', sharedFits?: SharedFitStore) => ({
  timeZone: 'America/New_York',
  locale,
  now: new Date('2024-06-30T16:00:00Z'),
  ...(sharedFits ? { sharedFits } : {}),
});
// A date cell reaches the script as midnight in the spreadsheet's zone (EST in winter, EDT after March).
const day = (iso: string) => new Date(Date.parse(`${iso}T05:00:00Z`));

function memoryStore(): SharedFitStore & { readonly saved: Map<string, string> } {
  const saved = new Map<string, string>();
  return { version: 'test', saved, get: (k) => saved.get(k), put: (k, v) => void saved.set(k, v) };
}

const LOG: CellValue[][] = [
  ['Customer', 'Date', 'Amount'],
  ['Alice', day('2024-01-05'), '$60.00'],
  ['Carol Wu', '2024-13-01', '$45.00'],
  ['Carol Wu', '31/12/2023', '$30.00'],
  ['Frank', 'yesterday', '$12.00'],
  ['Gus', day('2024-02-01'), 'abc'],
  ['Bob', day('2024-02-01'), '$25.00'],
  ['Bob', day('2024-05-01'), 'n/a'],
  ['Hal', day('2024-03-01'), '¥50'],
  ['Hal', 'someday', '$20.00'],
  ['Ivy', day('2024-08-01'), '$15.00'],
  ['', '', ''],
  ['Alice', day('2024-03-05'), '$40.00'],
  // Only month first ('1/13/2024') beside only day first ('31/12/2023'): the column contradicts
  // itself, so the sheet's order (en_US, month first) stays and Carol's '31/12/2023' does not fit it.
  // Alone, '31/12/2023' would prove day first and be read (column-date-order.ts, trial 23).
  ['Zoe', '1/13/2024', '$10.00'],
];
const KEYS: CellValue[][] = [['Alice'], ['carol wu'], ['Frank'], ['Gus'], ['Hal'], ['Ivy'], ['Zed'], ['']];

const EXPECTED: Record<Language, string[]> = {
  en: [
    'carol wu was not analysed; 2 rows skipped (rows 3, 4 of the range): not a real date (2024-13-01): 1; date not in the day/month order used (31/12/2023): 1',
    'Frank was not analysed; 1 row skipped (row 5 of the range): date not readable (yesterday)',
    'Gus was not analysed; 1 row skipped (row 6 of the range): amount not readable (abc)',
    'Hal was not analysed; 1 row left out: another currency (¥); 1 row skipped (row 10 of the range): date not readable (someday)',
    'Ivy was not analysed; 1 row skipped (row 11 of the range): date after the analysis date (2024-08-01)',
  ],
  'zh-CN': [
    'carol wu 未纳入分析；跳过了 2 行（所选范围的第 3、4 行）：不是真实存在的日期（2024-13-01）：1；日期不符合所用的日/月顺序（31/12/2023）：1',
    'Frank 未纳入分析；跳过了 1 行（所选范围的第 5 行）：日期无法识别（yesterday）',
    'Gus 未纳入分析；跳过了 1 行（所选范围的第 6 行）：金额无法识别（abc）',
    'Hal 未纳入分析；排除了 1 行：其他币种（¥）；跳过了 1 行（所选范围的第 10 行）：日期无法识别（someday）',
    'Ivy 未纳入分析；跳过了 1 行（所选范围的第 11 行）：日期晚于分析日期（2024-08-01）',
  ],
  'zh-TW': [
    'carol wu 未納入分析；略過了 2 列（所選範圍的第 3、4 列）：不是實際存在的日期（2024-13-01）：1；日期不符合所用的日/月順序（31/12/2023）：1',
    'Frank 未納入分析；略過了 1 列（所選範圍的第 5 列）：日期無法辨識（yesterday）',
    'Gus 未納入分析；略過了 1 列（所選範圍的第 6 列）：金額無法辨識（abc）',
    'Hal 未納入分析；排除了 1 列：其他幣別（¥）；略過了 1 列（所選範圍的第 10 列）：日期無法辨識（someday）',
    'Ivy 未納入分析；略過了 1 列（所選範圍的第 11 列）：日期晚於分析日期（2024-08-01）',
  ],
};

const column = (range: unknown) => (range as unknown[][]).map((r) => r[0]);

describe('a customer whose every row was skipped as a problem', () => {
  it('every worded formula names the rows and what was wrong, in en, zh-CN and zh-TW; the numeric ones leave the cell empty', () => {
    for (const language of LANGUAGES) {
      const e = env();
      const worded = {
        RFM_SEGMENT: formulas.rfmSegmentFormula(KEYS, LOG, undefined, language, e),
        VALUE_TIER: formulas.valueTierFormula(KEYS, LOG, undefined, language, e),
        LIFECYCLE_STAGE: formulas.lifecycleStageFormula(KEYS, LOG, undefined, language, e),
        CUSTOMER_WHY: formulas.customerWhyFormula(KEYS, LOG, undefined, language, e),
      };
      for (const [name, range] of Object.entries(worded)) {
        const [alice, ...rest] = column(range);
        expect(alice, name).not.toBe('');
        expect(alice, name).not.toMatch(/not analysed|未纳入|未納入/);
        // Zed is not in the log; the last cell is blank.
        expect(rest, `${name} ${language}`).toEqual([...EXPECTED[language], '', '']);
      }
    }
    const numeric = [
      formulas.rfmScoreFormula(KEYS, LOG, undefined, env()),
      formulas.repeatProbabilityFormula(KEYS, LOG, undefined, undefined, env()),
      formulas.predictedValueFormula(KEYS, LOG, undefined, undefined, env()),
      formulas.nextPurchaseDateFormula(KEYS, LOG, undefined, env()),
      formulas.loyaltyScoreFormula(KEYS, LOG, undefined, undefined, undefined, env()),
    ];
    for (const range of numeric) {
      const [alice, ...rest] = column(range);
      expect(alice).not.toBe('');
      expect(rest).toEqual(['', '', '', '', '', '', '']);
    }
  });

  it('a single cell gives a single sentence; a customer with one row analysed is analysed on it', () => {
    expect(formulas.customerWhyFormula('Frank', LOG, undefined, 'en', env())).toBe(EXPECTED.en[1]);
    // Bob's May row has no readable amount: he is analysed on February's, and his why says one is not counted.
    expect(formulas.customerWhyFormula('Bob', LOG, undefined, 'en', env())).toMatch(
      /^Bought once, .*One more row of theirs in the log is not counted here/,
    );
  });

  it('more than three values of one problem end with "…"; more than five rows too', () => {
    const log: CellValue[][] = [
      ['Customer', 'Date', 'Amount'],
      ['Alice', day('2024-01-05'), 60],
      ...['soon', 'later', 'someday', 'never', 'soon', 'tbd'].map((d): CellValue[] => ['Dee', d, 10]),
    ];
    expect(formulas.valueTierFormula('Dee', log, undefined, 'en', env())).toBe(
      'Dee was not analysed; 6 rows skipped (rows 3, 4, 5, 6, 7, … of the range): date not readable (soon, later, someday, …)',
    );
    expect(formulas.valueTierFormula('Dee', log, undefined, 'zh-CN', env())).toBe(
      'Dee 未纳入分析；跳过了 6 行（所选范围的第 3、4、5、6、7… 行）：日期无法识别（soon、later、someday…）',
    );
  });

  it('a blank date or amount is named without a value; both cells of one row are each named', () => {
    const log: CellValue[][] = [
      ['Customer', 'Date', 'Amount'],
      ['Alice', day('2024-01-05'), 60],
      ['Eve', '', 10],
      ['Eve', 'soon', 'abc'],
    ];
    expect(formulas.customerWhyFormula('Eve', log, undefined, 'en', env())).toBe(
      'Eve was not analysed; 2 rows skipped (rows 3, 4 of the range): date blank: 1; date not readable (soon): 1; amount not readable (abc): 1',
    );
  });
});

describe('the short labels of problems', () => {
  const PROBLEMS: IssueProblem[] = [
    'blank',
    'unreadable',
    'impossible',
    'out_of_range',
    'order_mismatch',
    'formula_error',
    'percentage',
    'ambiguous_separator',
    'after_as_of',
  ];

  it('one per problem of a date and of an amount in each language, none empty or shared by two', () => {
    for (const language of LANGUAGES) {
      for (const column of ['date', 'amount'] as const) {
        const labels = PROBLEMS.map((p) => skippedLabel(column, p, language));
        expect(
          labels.every((l) => l.length > 1 && !l.includes('{')),
          language,
        ).toBe(true);
        expect(new Set(labels).size, language).toBe(PROBLEMS.length);
      }
    }
    expect(skippedLabel('amount', 'percentage', 'zh-TW')).toBe('金額是百分比');
    expect(skippedLabel(undefined, 'formula_error', 'en')).toBe('cell shows an error');
    expect(skippedLabel('date', 'formula_error', 'zh-CN')).toBe('日期显示错误');
  });
});

describe('CUSTOMER_MODEL says which rows were skipped and which left out on purpose', () => {
  it('in en, zh-CN and zh-TW', () => {
    const labels: Record<string, [string, string]> = {
      en_US: ['rows skipped (unreadable or after the analysis date)', 'rows left out on purpose'],
      zh_CN: ['跳过的行数（无法读取或晚于分析日期）', '有意排除的行数'],
      zh_TW: ['略過的列數（無法讀取或晚於分析日期）', '刻意排除的列數'],
    };
    for (const [locale, [skipped, leftOut]] of Object.entries(labels)) {
      const rows = new Map(formulas.customerModelFormula(LOG, undefined, env(locale)) as [string, unknown][]);
      // Carol's two, Frank's, Gus's, Bob's May row, Hal's "someday" and Ivy's later row.
      expect(rows.get(skipped), locale).toBe(7);
      expect(rows.get(leftOut), locale).toBe(1);
    }
  });
});

describe('an export (one line per order) whose order date cannot be read', () => {
  it('names the order’s row and its date, alone or beside an order left out', () => {
    const log: CellValue[][] = [
      ['Order', 'Customer', 'Date', 'Status', 'Total'],
      ['#1', 'ann@example.com', day('2024-01-05'), 'paid', 20],
      ['#2', 'bo@example.com', 'soon', 'paid', 30],
      ['#3', 'cy@example.com', day('2024-02-05'), 'cancelled', 25],
      ['#4', 'cy@example.com', '2024-02-31', 'paid', 25],
    ];
    expect(
      formulas.lifecycleStageFormula([['bo@example.com'], ['cy@example.com']], log, undefined, 'en', env()),
    ).toEqual([
      ['bo@example.com was not analysed; 1 row skipped (row 3 of the range): date not readable (soon)'],
      [
        'cy@example.com was not analysed; 1 row left out: cancelled; 1 row skipped (row 5 of the range): not a real date (2024-02-31)',
      ],
    ]);
    expect(formulas.lifecycleStageFormula('bo@example.com', log, undefined, 'zh-TW', env())).toBe(
      'bo@example.com 未納入分析；略過了 1 列（所選範圍的第 3 列）：日期無法辨識（soon）',
    );
  });
});

describe('two customers, one asked by key and the other by name', () => {
  it('rows skipped under the key asked are not joined to another customer’s rows left out under that name', () => {
    const log: CellValue[][] = [
      ['Order', 'Customer', 'Billing Name', 'Date', 'Status', 'Total'],
      ['#1', 'cy@example.com', 'Cy Ho', day('2024-02-01'), 'paid', 20],
      ['#2', 'ann@example.com', 'Ann Lee', day('2024-02-04'), 'cancelled', 50],
      ['#3', 'Ann Lee', '', 'soon', 'paid', 20],
    ];
    expect(
      formulas.customerWhyFormula([['Ann Lee'], ['ann@example.com']], log, undefined, 'en', env()),
    ).toEqual([
      ['Ann Lee was not analysed; 1 row skipped (row 4 of the range): date not readable (soon)'],
      ['Ann Lee was not analysed; 1 row left out: cancelled'],
    ]);
  });
});

describe('from a shared analysis (one analysis per sheet, through the document cache)', () => {
  it('a hit answers as the direct path, and the saved text keeps the problems of customers not analysed only', () => {
    for (const language of LANGUAGES) {
      const store = memoryStore();
      const direct = formulas.customerWhyFormula(KEYS, LOG, undefined, language, env());
      const miss = formulas.customerWhyFormula(KEYS, LOG, undefined, language, env('en_US', store));
      const saved = [...store.saved.entries()].filter(([k]) => k.includes('analysis'));
      expect(saved).toHaveLength(1);
      const hit = formulas.customerWhyFormula(KEYS, LOG, undefined, language, env('en_US', store));
      const stage = formulas.lifecycleStageFormula(KEYS, LOG, undefined, language, env('en_US', store));
      expect(miss).toEqual(direct);
      expect(hit).toEqual(direct);
      expect(column(stage).slice(1)).toEqual([...EXPECTED[language], '', '']);
      // Bob is analysed: of what was wrong with his skipped rows only the first one's value is kept
      // (his why's note shows it, trial 21), as a fourth item, not an object's `values`; Gus's all are.
      const text = saved[0]![1];
      expect(text).toContain('"abc"');
      expect(text).toContain('"n/a"]');
      expect(text).not.toContain('"values":["n/a"');
    }
  });
});

describe('property: every customer in the purchases gets an answer from CUSTOMER_WHY', () => {
  const NAMES = ['Ann', 'ann ', 'ANN', 'Bo Li', 'bo  li', '王芳', 'C4'];
  const goodDate = fc
    .date({
      min: new Date('2023-01-01T00:00:00Z'),
      max: new Date('2024-06-29T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d): CellValue => day(d.toISOString().slice(0, 10)));
  const badDate = fc.constantFrom<CellValue>(
    'yesterday',
    '2024-13-01',
    // Not a date either way round ('31/12/2023' is read when no text in the column is only month first).
    '32/12/2023',
    '',
    '2024-02-30',
    '#REF!',
    day('2024-09-01'),
  );
  const goodAmount = fc.oneof(
    fc.integer({ min: 1, max: 900 }),
    fc.integer({ min: 1, max: 900 }).map((n): CellValue => `$${n}.00`),
  );
  const badAmount = fc.constantFrom<CellValue>('abc', '', '12%', '#N/A', 'n/a');
  const row = fc.tuple(
    fc.constantFrom(...NAMES),
    fc.oneof({ weight: 2, arbitrary: goodDate }, { weight: 1, arbitrary: badDate }),
    fc.oneof({ weight: 2, arbitrary: goodAmount }, { weight: 1, arbitrary: badAmount }),
  );
  // A row is analysed when its date is a day up to the analysis date and its amount one of the good ones.
  const usable = (r: CellValue[]) =>
    r[1] instanceof Date &&
    r[1].getTime() < Date.parse('2024-07-01') &&
    (typeof r[2] === 'number' || /^\$\d+\.00$/.test(String(r[2])));
  const ROWS_SKIPPED: Record<Language, (n: number) => RegExp> = {
    en: (n) => new RegExp(`was not analysed; ${n} rows? skipped \\(rows? [^)]+ of the range\\): .`),
    'zh-CN': (n) => new RegExp(`未纳入分析；跳过了 ${n} 行（所选范围的第 [^）]+ 行）：.`),
    'zh-TW': (n) => new RegExp(`未納入分析；略過了 ${n} 列（所選範圍的第 [^）]+ 列）：.`),
  };

  it('analysed: its why; none of its rows analysed: a sentence with the number of its rows; the direct and shared paths agree', () => {
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 25 }),
        fc.constantFrom(...LANGUAGES),
        (rows, language) => {
          const log: CellValue[][] = [['Customer', 'Date', 'Amount'], ...rows];
          const asked = rows.map((r) => [r[0]]);
          const direct = column(formulas.customerWhyFormula(asked, log, undefined, language, env()));
          const store = memoryStore();
          const miss = formulas.customerWhyFormula(asked, log, undefined, language, env('en_US', store));
          const hit = formulas.customerWhyFormula(asked, log, undefined, language, env('en_US', store));
          expect(column(miss)).toEqual(direct);
          expect(column(hit)).toEqual(direct);
          rows.forEach((r, i) => {
            const key = normalizeCustomerKey(r[0]);
            const own = rows.filter((o) => normalizeCustomerKey(o[0]) === key);
            const answer = String(direct[i]);
            expect(answer, key).not.toBe('');
            if (own.some(usable)) expect(answer).not.toMatch(/not analysed|未纳入分析|未納入分析/);
            else {
              expect(answer.startsWith(String(r[0]).trim())).toBe(true);
              expect(answer).toMatch(ROWS_SKIPPED[language](own.length));
            }
          });
        },
      ),
      { numRuns: 120 },
    );
  });
});

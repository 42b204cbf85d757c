// A customer asked about by a formula gets an answer or a reason (trial 20, defect 7): a customer with
// only returns was blank in every worded formula though Analyze says "Only returns, no purchase", and
// a customer's email typed as the key was blank though the log has an Email column (the log keys by
// name). Called as Sheets calls them (2-D ranges, Date cells), directly and from a shared analysis
// read back (share/analysis-text.ts), whose answers must be the same.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells';
import type { SharedFitStore } from '../../../src/core/formulas/formula-environment';
import * as formulas from '../../../src/core/formulas/formulas';
import { LANGUAGES, type Language } from '../../../src/core/i18n/language';

const env = (sharedFits?: SharedFitStore) => ({
  timeZone: 'UTC',
  locale: 'en_US',
  now: new Date('2026-11-28T12:00:00Z'),
  ...(sharedFits ? { sharedFits } : {}),
});
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const AS_OF = day('2026-11-28');

function memoryStore(): SharedFitStore & { readonly saved: Map<string, string> } {
  const saved = new Map<string, string>();
  return { version: 'test', saved, get: (k) => saved.get(k), put: (k, v) => void saved.set(k, v) };
}

const column = (range: unknown) => (range as unknown[][]).map((r) => r[0]);

type Worded = 'RFM_SEGMENT' | 'VALUE_TIER' | 'LIFECYCLE_STAGE' | 'CUSTOMER_WHY';
const WORDED: Record<Worded, typeof formulas.customerWhyFormula> = {
  RFM_SEGMENT: formulas.rfmSegmentFormula,
  VALUE_TIER: formulas.valueTierFormula,
  LIFECYCLE_STAGE: formulas.lifecycleStageFormula,
  CUSTOMER_WHY: formulas.customerWhyFormula,
};

const RETURNS_LOG: CellValue[][] = [
  ['Customer', 'Date', 'Amount'],
  ['Ann', day('2026-11-01'), 50],
  ['Ann', day('2026-11-03'), 50],
  ['Cy', day('2026-07-01'), -30],
  ['Ben', day('2026-06-01'), 20],
  ['Cy', day('2026-08-01'), -5],
];

const CY: Record<Language, string> = {
  en: 'Cy was not analysed; only returns, no purchase (rows 4, 6 of the range)',
  'zh-CN': 'Cy 未纳入分析；只有退货，没有购买（所选范围的第 4、6 行）',
  'zh-TW': 'Cy 未納入分析；只有退貨，沒有購買（所選範圍的第 4、6 列）',
};

describe('a customer with only returns', () => {
  it('every worded formula says so with the rows, in en, zh-CN and zh-TW; the numeric ones leave the cell empty', () => {
    const keys = [['Ann'], ['cy'], ['Zed']];
    for (const language of LANGUAGES) {
      for (const [name, f] of Object.entries(WORDED)) {
        const [ann, cy, zed] = column(f(keys, RETURNS_LOG, AS_OF, language, env()));
        expect(ann, name).not.toMatch(/not analysed|未纳入|未納入/);
        expect(cy, `${name} ${language}`).toBe(CY[language]);
        expect(zed, name).toBe('');
      }
    }
    const numeric = [
      formulas.rfmScoreFormula(keys, RETURNS_LOG, AS_OF, env()),
      formulas.repeatProbabilityFormula(keys, RETURNS_LOG, undefined, AS_OF, env()),
      formulas.predictedValueFormula(keys, RETURNS_LOG, undefined, AS_OF, env()),
      formulas.loyaltyScoreFormula(keys, RETURNS_LOG, undefined, undefined, AS_OF, env()),
    ];
    for (const range of numeric) expect(column(range).slice(1)).toEqual(['', '']);
  });

  it('the same from a shared analysis read back', () => {
    const store = memoryStore();
    const first = formulas.customerWhyFormula('Cy', RETURNS_LOG, AS_OF, 'en', env(store));
    expect(store.saved.size).toBeGreaterThan(0);
    const again = formulas.lifecycleStageFormula([['Cy'], ['Ann']], RETURNS_LOG, AS_OF, 'zh-TW', env(store));
    expect(first).toBe(CY.en);
    expect(column(again)[0]).toBe(CY['zh-TW']);
  });
});

const EMAIL_LOG: CellValue[][] = [
  ['Customer', 'Email', 'Phone', 'Date', 'Amount'],
  ['Alice Wong', 'alice@x.com', '', day('2026-10-01'), 40],
  ['Alice Wong', 'alice@x.com', '+1 415 555 0101', day('2026-11-01'), 40],
  ['Bob', 'BOB@x.com ', '', day('2026-11-10'), 40],
  ['Alice W.', 'Alice@X.com', '', day('2026-11-12'), 10],
  ['Dee', 'dee@x.com', '', day('2026-11-20'), -10],
];

describe('a key that is a customer’s email or phone in the log', () => {
  it('answers as that customer in every per-customer formula, however the address is written', () => {
    const byName = [['Bob'], ['Alice Wong'], ['Dee']];
    const byContact = [['bob@x.com'], ['+1 (415) 555-0101'], ['DEE@x.com ']];
    for (const [name, f] of Object.entries(WORDED)) {
      const named = f(byName, EMAIL_LOG, AS_OF, 'en', env());
      expect(f(byContact, EMAIL_LOG, AS_OF, 'en', env()), name).toEqual(named);
      expect(
        column(named).every((v) => v !== ''),
        name,
      ).toBe(true);
    }
    expect(formulas.rfmScoreFormula(byContact, EMAIL_LOG, AS_OF, env())).toEqual(
      formulas.rfmScoreFormula(byName, EMAIL_LOG, AS_OF, env()),
    );
    expect(formulas.customerWhyFormula('14155550101', EMAIL_LOG, AS_OF, 'en', env())).toBe(
      formulas.customerWhyFormula('Alice Wong', EMAIL_LOG, AS_OF, 'en', env()),
    );
    expect(formulas.customerWhyFormula('dee@x.com', EMAIL_LOG, AS_OF, 'en', env())).toBe(
      'Dee was not analysed; only returns, no purchase (row 6 of the range)',
    );
  });

  it('an address under two customers names them in the worded formulas, en, zh-CN, zh-TW; the numeric ones stay empty', () => {
    const expected: Record<Language, string> = {
      en: 'alice@x.com is under 2 customers: Alice Wong, Alice W.',
      'zh-CN': 'alice@x.com 对应 2 位客户：Alice Wong、Alice W.',
      'zh-TW': 'alice@x.com 對應 2 位客戶：Alice Wong、Alice W.',
    };
    for (const language of LANGUAGES) {
      for (const [name, f] of Object.entries(WORDED)) {
        expect(f('alice@x.com', EMAIL_LOG, AS_OF, language, env()), name).toBe(expected[language]);
      }
    }
    expect(formulas.rfmScoreFormula('alice@x.com', EMAIL_LOG, AS_OF, env())).toBe('');
    expect(formulas.repeatProbabilityFormula('alice@x.com', EMAIL_LOG, undefined, AS_OF, env())).toBe('');
  });

  it('the same from a shared analysis read back', () => {
    const store = memoryStore();
    const keys = [['bob@x.com'], ['alice@x.com'], ['14155550101'], ['dee@x.com'], ['nobody@x.com']];
    const direct = formulas.customerWhyFormula(keys, EMAIL_LOG, AS_OF, 'en', env());
    formulas.valueTierFormula('Bob', EMAIL_LOG, AS_OF, 'en', env(store));
    expect(store.saved.size).toBeGreaterThan(0);
    const shared = formulas.customerWhyFormula(keys, EMAIL_LOG, AS_OF, 'en', env(store));
    expect(shared).toEqual(direct);
    expect(column(direct).map((v) => v !== '')).toEqual([true, true, true, true, false]);
  });
});

describe('property: every customer of a log answers CUSTOMER_WHY by name and by email', () => {
  const NAMES = ['Ann', 'Bo', 'Cy', 'Di', 'Ed', '王芳', 'ＡＬＩ'];
  const row = fc.record({
    who: fc.integer({ min: 0, max: NAMES.length - 1 }),
    email: fc.boolean(),
    day: fc.integer({ min: 1, max: 300 }),
    amount: fc.oneof(fc.integer({ min: -50, max: 200 }), fc.constant(0)),
  });

  it('holds for random small logs, directly and from a shared analysis', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 14 }), fc.boolean(), (rows, shared) => {
        const log: CellValue[][] = [['Customer', 'Email', 'Date', 'Amount']];
        for (const r of rows) {
          const name = NAMES[r.who]!;
          const email = r.email ? `c${r.who}@shop.example` : '';
          log.push([name, email, new Date(Date.UTC(2026, 0, r.day)), r.amount]);
        }
        const keys: CellValue[][] = [];
        for (const r of rows) {
          keys.push([NAMES[r.who]!]);
          if (r.email) keys.push([`C${r.who}@Shop.example`]);
        }
        const store = shared ? memoryStore() : undefined;
        if (store) formulas.rfmSegmentFormula(keys, log, AS_OF, 'en', env(store));
        const why = column(formulas.customerWhyFormula(keys, log, AS_OF, 'zh-CN', env(store)));
        return why.every((v) => typeof v === 'string' && v !== '');
      }),
      { numRuns: 60 },
    );
  });
});

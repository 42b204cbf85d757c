import { describe, expect, it } from 'vitest';
import { boundOpenRanges } from '../../../scripts/preview/ranges';

// Last rows: the formula's own sheet (undefined) has 61 rows, Purchases 739, 'My sheet' 12.
const lastRowOf = (sheet: string | undefined) =>
  sheet === undefined
    ? 61
    : (({ Purchases: 739, 'My sheet': 12, 客户: 5 } as Record<string, number>)[sheet] ?? 1);
const bound = (formula: string) => boundOpenRanges(formula, lastRowOf);

describe('boundOpenRanges', () => {
  it('bounds open-ended ranges on the own sheet and on other sheets', () => {
    expect(bound('=LIFECYCLE_STAGE(A2:A, Purchases!A2:D, $M$2)')).toBe(
      '=LIFECYCLE_STAGE(A2:A61, Purchases!A2:D739, $M$2)',
    );
  });

  it('keeps $ signs and quoted sheet names', () => {
    expect(bound("=F($A$2:$A, 'My sheet'!$B3:C)")).toBe("=F($A$2:$A61, 'My sheet'!$B3:C12)");
    // An unknown sheet has one row: the range still covers its start row.
    expect(bound("=F('It''s'!A2:A)")).toBe("=F('It''s'!A2:A2)");
    expect(bound('=F(客户!A2:B)')).toBe('=F(客户!A2:B5)');
  });

  it('turns whole columns into bounded ranges from row 1', () => {
    expect(bound('=SUM(C:C)')).toBe('=SUM(C1:C61)');
    expect(bound('=F(Purchases!A:D)')).toBe('=F(Purchases!A1:D739)');
  });

  it('leaves bounded ranges, single cells, names and strings alone', () => {
    expect(bound('=SUM(A2:B10)')).toBe('=SUM(A2:B10)');
    expect(bound('=A2+Purchases!B3')).toBe('=A2+Purchases!B3');
    expect(bound('=CUSTOMER_MODEL(Purchases!A2:D739)')).toBe('=CUSTOMER_MODEL(Purchases!A2:D739)');
    expect(bound('="A2:A" & "x""A:A"')).toBe('="A2:A" & "x""A:A"');
    expect(bound('=LOG10(A2)')).toBe('=LOG10(A2)');
  });

  it('never ends a range above its start', () => {
    expect(bound('=F(A100:A)')).toBe('=F(A100:A100)');
  });
});

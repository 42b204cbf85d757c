// LOYALTY_SCORE's survey columns: a score it cannot read (7 on the 1–5 scale, "N/A") stops the column
// with a message saying the scale, in the sheet's language, instead of counting as no answer (trial 20:
// a satisfaction of 7 gave the same score as a blank, so a 1–10 survey was half used, half ignored).
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells';
import * as formulas from '../../../src/core/formulas/formulas';

const LOG: CellValue[][] = [
  ['Customer', 'Date', 'Amount'],
  ['Ann', new Date(Date.UTC(2024, 0, 5)), 60],
  ['Ann', new Date(Date.UTC(2024, 2, 5)), 40],
  ['Bob', new Date(Date.UTC(2024, 1, 1)), 25],
  ['Cy', new Date(Date.UTC(2024, 3, 1)), 35],
];
const CUSTOMERS: CellValue[][] = [['Ann'], ['Bob'], ['Cy']];
const env = (locale = 'en_US') => ({ timeZone: 'UTC', locale, now: new Date('2024-06-30T12:00:00Z') });
const score = (satisfaction: CellValue[][], recommend: CellValue[][] = [[''], [''], ['']], locale?: string) =>
  formulas.loyaltyScoreFormula(CUSTOMERS, LOG, satisfaction, recommend, undefined, env(locale));

describe('LOYALTY_SCORE reads its survey columns or says why not', () => {
  it('takes blanks, numbers in the scale and the written forms', () => {
    const plain = score([[''], [null as unknown as CellValue], ['  ']]);
    expect(score([[5], ['4/5'], ['★★★']])).not.toEqual(plain);
    expect(score([[''], [''], ['']], [[10], ['very likely'], ['']])).not.toEqual(plain);
  });

  it('stops on a satisfaction outside 1–5 or text it cannot read, naming the value and the scale', () => {
    expect(() => score([[5], [7], ['']])).toThrow(
      /^satisfaction must be a score from 1 to 5 .*got "7" in row 2 of the satisfaction range\.$/,
    );
    // "N/A" is no answer since trial 21 (survey-no-answer.test.ts); other text still stops it.
    expect(() => score([['great'], [4], ['']])).toThrow(/got "great"/);
    expect(() => score([[7], [''], ['']], undefined, 'zh_CN')).toThrow(
      /^satisfaction 必须是 1 到 5 的评分.*收到的是"7"。$/,
    );
    expect(() => score([[7], [''], ['']], undefined, 'zh_TW')).toThrow(
      /^satisfaction 必須是 1 到 5 的評分.*收到的是「7」。$/,
    );
  });

  it('a date Sheets could not make (an invalid Date) in a survey column is named, not a crash', () => {
    // Found by formulas-property.test.ts on a random run: toISOString of an invalid Date threw a RangeError.
    expect(() => score([[5], [new Date(Number.NaN)], ['']])).toThrow(
      /^satisfaction must be .*got "Invalid Date"/,
    );
  });

  it('stops on a recommend outside 0–10', () => {
    expect(() => score([[''], [''], ['']], [[11], [''], ['']])).toThrow(
      /^recommend must be a score from 0 to 10/,
    );
  });
});

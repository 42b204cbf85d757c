// CUSTOMER_MODEL's "why a fallback" row names the model that fell back: a new-owner trial read it as
// the purchase model's when only the spend model had fallen back.
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells';
import * as formulas from '../../../src/core/formulas/formulas';

const env = (locale: string) => ({ timeZone: 'UTC', locale, now: new Date('2024-06-30T12:00:00Z') });

// Three customers, one of them back once: too few for either model.
const SMALL: CellValue[][] = [
  ['Ann', '2024-01-05', 60],
  ['Ann', '2024-03-05', 40],
  ['Bo', '2024-02-01', 25],
  ['Cy', '2024-04-01', 30],
];

// 30 customers, 7 of them back (enough for the MBG/NBD, fewer than the 10 the spend model needs).
const SPEND_SHORT: CellValue[][] = Array.from({ length: 30 }, (_, i) => [
  `c${i}`,
  `2024-01-${String((i % 28) + 1).padStart(2, '0')}`,
  20 + i,
]);
for (let i = 0; i < 7; i++) SPEND_SHORT.push([`c${i}`, `2024-0${3 + (i % 3)}-1${i}`, 35 + 3 * i]);

const fallbackRow = (locale: string, label: string, log = SMALL, model?: string) =>
  (formulas.customerModelFormula(log, undefined, env(locale), undefined, model) as [string, unknown][]).find(
    (r) => r[0] === label,
  )?.[1];

describe('why a fallback', () => {
  it('says which model fell back, each with its reason, in the three languages', () => {
    expect(fallbackRow('en_US', 'why a fallback')).toBe(
      'purchase model: too few customers to fit a model; spend model: too few repeat customers to fit a model',
    );
    expect(fallbackRow('zh_CN', '使用备用方法的原因')).toBe(
      '购买模型：客户太少，无法拟合模型；消费模型：回头客太少，无法拟合模型',
    );
    expect(fallbackRow('zh_TW', '使用備用方法的原因')).toBe(
      '購買模型：客戶太少，無法擬合模型；消費模型：回頭客太少，無法擬合模型',
    );
  });

  it('only the spend model fell back: the row says so, and the purchase method is a fitted one', () => {
    const table = formulas.customerModelFormula(SPEND_SHORT, undefined, env('en_US'), undefined, 'mbg-nbd');
    const row = (label: string) => (table as [string, unknown][]).find((r) => r[0] === label)?.[1];
    expect(row('method')).toBe('MBG/NBD (one-time buyers can leave; weak prior)');
    expect(row('spend method')).toBe('shrunk mean spend (fallback)');
    expect(row('why a fallback')).toBe('spend model: too few repeat customers to fit a model');
    expect(fallbackRow('zh_TW', '使用備用方法的原因', SPEND_SHORT, 'mbg-nbd')).toBe(
      '消費模型：回頭客太少，無法擬合模型',
    );
  });
});

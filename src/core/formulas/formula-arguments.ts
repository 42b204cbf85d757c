import type { CellValue, Grid } from '../cells';
import type { DayNumber } from '../days';
import { type Language, languageOfLocale, parseLanguage } from '../i18n/language';
import { normalizeCustomerKey } from '../input/customer-key';
import { type DateOrder, dateOrderOfLocale, parseDateCell } from '../input/parse-date';
import { type PurchaseModelChoice, parsePurchaseModelChoice } from '../models/model-choice';
import { dayOfInstant } from '../time/zone';
import type { FormulaEnvironment } from './formula-environment';
import { formulaError } from './formula-error';

/** A custom-function argument as Sheets passes it: a single value, or a 2-D array for a range. */
export type FormulaArgument = CellValue | CellValue[][] | null | undefined;

const isGrid = (v: FormulaArgument): v is CellValue[][] => Array.isArray(v);

/** A single-cell argument, whether passed as a value or as a 1×1 range. */
function single(v: FormulaArgument): CellValue | undefined {
  if (isGrid(v)) return v[0]?.[0];
  return v ?? undefined;
}

const isBlank = (v: CellValue | undefined) => v === undefined || v === null || v === '';

export function languageArgument(v: FormulaArgument, env: FormulaEnvironment): Language {
  const fallback = languageOfLocale(env.locale);
  const value = single(v);
  if (isBlank(value)) return fallback;
  const language = parseLanguage(String(value));
  if (!language) throw formulaError('language', fallback, value);
  return language;
}

export function dateOrderArgument(env: FormulaEnvironment): DateOrder {
  return dateOrderOfLocale(env.locale);
}

/** The analysis date: today in the spreadsheet's time zone when blank. */
export function asOfArgument(v: FormulaArgument, env: FormulaEnvironment): DayNumber {
  const value = single(v);
  if (isBlank(value)) return dayOfInstant(env.now, env.timeZone);
  const parsed = parseDateCell(value!, { timeZone: env.timeZone, dateOrder: dateOrderArgument(env) });
  if (!parsed.ok) throw formulaError('asOf', languageOfLocale(env.locale), value);
  return parsed.day;
}

export function daysArgument(v: FormulaArgument, fallback: number, env: FormulaEnvironment): number {
  const value = single(v);
  if (isBlank(value)) return fallback;
  const days =
    typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : Number.NaN;
  if (!Number.isFinite(days) || days <= 0) throw formulaError('days', languageOfLocale(env.locale), value);
  return days;
}

/** The optional last argument of the model formulas: undefined (the setting, `auto` by default) when blank. */
export function modelArgument(v: FormulaArgument, env: FormulaEnvironment): PurchaseModelChoice | undefined {
  const value = single(v);
  if (isBlank(value)) return undefined;
  const choice = parsePurchaseModelChoice(String(value));
  if (!choice) throw formulaError('model', languageOfLocale(env.locale), value);
  return choice;
}

export function purchasesArgument(v: FormulaArgument, env: FormulaEnvironment): Grid {
  if (!isGrid(v) || v.length === 0 || (v[0]?.length ?? 0) < 3) {
    throw formulaError('purchasesShape', languageOfLocale(env.locale));
  }
  return v;
}

/**
 * The customers a per-customer formula answers for. A single cell gives a single value back; a
 * range gives one value per row (its first column holds the key), so one formula fills a column.
 */
export interface CustomerKeys {
  keys: string[];
  single: boolean;
}

export function customersArgument(v: FormulaArgument, env: FormulaEnvironment): CustomerKeys {
  if (!isGrid(v)) return { keys: [isBlank(v ?? undefined) ? '' : normalizeCustomerKey(v!)], single: true };
  // One value per row means one column: a wider range would silently answer for its first column.
  if (v.some((row) => row.length > 1)) throw formulaError('customersShape', languageOfLocale(env.locale));
  if (v.length === 0) return { keys: [''], single: false };
  return { keys: v.map((row) => (isBlank(row[0]) ? '' : normalizeCustomerKey(row[0]!))), single: false };
}

/** Shapes per-customer answers the way Sheets expects: a value for a cell, a column for a range. */
export function shapeOutput<T>(keys: CustomerKeys, values: T[]): T | T[][] {
  return keys.single ? values[0]! : values.map((value) => [value]);
}

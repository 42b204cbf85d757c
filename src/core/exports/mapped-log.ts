// The stored column setup (mapping/column-setup.ts) and the export reader's columns, both ways, and
// reading a mapped sheet: what Analyze, the sidebar and follow-ups share.
//
// Decisions (tests in test/unit/exports/mapped-log.test.ts):
// - The setup always names customer, date and amount (the owner sees and can change those three).
//   From an export: customer is the first of customer id, email, phone, name; amount the first of
//   order total, adjusted total, line total, unit price. A payment app's statement (Venmo) names
//   its From column: the reader takes the other side of each payment from From and To.
// - Back to reader columns, an amount that is the line-total or unit-price column is not an order
//   total: the reader sums lines for it.
import type { Grid } from '../cells';
import type { DayNumber } from '../days';
import type { DecimalMark } from '../input/parse-amount';
import type { DateOrder } from '../input/parse-date';
import type { PurchaseLog } from '../input/purchase';
import type { PurchasesMapping } from '../mapping/column-setup';
import type { ExportDetection } from './detect-export';
import type { ExportColumns } from './fields';
import { profileById } from './profiles';
import { readColumns } from './read-log';

export type MappingColumns = PurchasesMapping['columns'];

/** Reader columns as setup columns; undefined when the three required ones cannot be named. */
export function toMappingColumns(columns: ExportColumns): MappingColumns | undefined {
  const customer = columns.customer ?? columns.email ?? columns.phone ?? columns.name ?? columns.payer;
  const amount = columns.amount ?? columns.adjustedTotal ?? columns.lineAmount ?? columns.unitPrice;
  const date = columns.date;
  if (customer === undefined || amount === undefined || date === undefined) return undefined;
  if (customer === date || customer === amount || date === amount) return undefined;
  return { ...columns, customer, date, amount };
}

/** Setup columns as reader columns (see the rules at the top). */
export function toExportColumns(columns: MappingColumns): ExportColumns {
  const out: ExportColumns = { ...columns };
  if (out.amount === out.lineAmount || out.amount === out.unitPrice || out.amount === out.adjustedTotal) {
    delete out.amount;
  }
  return out;
}

/** The mapping detection gives a sheet: header row (1-based), columns and profile. */
export function mappingOfDetection(
  sheet: string,
  headerRow: number,
  detection: ExportDetection,
): PurchasesMapping | undefined {
  const columns = toMappingColumns(detection.columns);
  if (columns === undefined) return undefined;
  return { sheet, headerRow, columns, ...(detection.profile ? { profile: detection.profile.id } : {}) };
}

export interface MappedReadOptions {
  timeZone: string;
  dateOrder: DateOrder;
  decimalMark?: DecimalMark | undefined;
  asOfDay: DayNumber;
}

/** Reads a mapped sheet (`grid` from row 1) into a purchase log. */
export function readMappedLog(
  grid: Grid,
  mapping: PurchasesMapping,
  options: MappedReadOptions,
): PurchaseLog {
  const profile = profileById(mapping.profile);
  return readColumns(grid.slice(mapping.headerRow), toExportColumns(mapping.columns), {
    ...options,
    firstRowNumber: mapping.headerRow + 1,
    ...(grid[mapping.headerRow - 1] ? { headerRow: grid[mapping.headerRow - 1]! } : {}),
    ...(mapping.exclude ? { exclude: mapping.exclude } : {}),
    ...(profile?.utcTimes ? { utcTimes: true } : {}),
    ...(profile?.currency ? { platformCurrency: profile.currency } : {}),
    ...(profile?.moneyBothWays ? { moneyBothWays: true } : {}),
  });
}

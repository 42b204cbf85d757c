// An export fixture as an owner edits it before analysing: columns kept, deleted or renamed, then
// read by the core reader into per-customer net spend (rounded to cents).
import { buildHistories } from '../../src/core/customers/customer-history';
import { type LogReading, readLog } from '../../src/core/exports/read-log';
import { dateOrderOfLocale } from '../../src/core/input/parse-date';
import { dayOfIsoDate, sampleCellValue } from '../../src/core/sample/sample-workbook';
import { exportFixtures, type Fixture } from './export-fixtures';
import { historyList } from './histories';

export function fixture(platform: string, file: string): Fixture {
  const f = exportFixtures().find((x) => x.platform === platform && x.file === file);
  if (f === undefined) throw new Error(`no fixture ${platform}/${file}`);
  return f;
}

export interface Edit {
  /** Header → new header. */
  rename?: Record<string, string>;
  /** Headers deleted. */
  drop?: readonly string[];
  /** Headers kept, in this order (all when absent). */
  keep?: readonly string[];
}

/** The fixture's grid with the header row `header` (0-based) edited. */
export function editedGrid(f: Fixture, edit: Edit = {}, headerRow = 0) {
  const header = f.rows[headerRow] as unknown[];
  const names = header.map((h) => String(h ?? ''));
  const columns = (edit.keep ?? names)
    .map((h) => names.indexOf(h))
    .filter((i) => i >= 0 && !(edit.drop ?? []).includes(names[i]!));
  return f.rows.map((row, r) =>
    columns.map((i) => {
      const cell = sampleCellValue(row[i], f.timeZone);
      return r === headerRow && typeof cell === 'string' ? (edit.rename?.[cell] ?? cell) : cell;
    }),
  );
}

export function readEdited(f: Fixture, edit: Edit = {}): LogReading {
  return readLog(editedGrid(f, edit), {
    timeZone: f.timeZone,
    dateOrder: dateOrderOfLocale(f.locale),
    asOfDay: dayOfIsoDate(f.asOf),
    ...(f.expected.exclude ? { exclude: f.expected.exclude } : {}),
  });
}

/** Customer key → net spend in cents-rounded units. */
export function totalsOf(reading: LogReading): Record<string, number> {
  const { histories } = buildHistories(reading.log.purchases);
  return Object.fromEntries(historyList(histories).map((h) => [h.key, Math.round(h.netSpend * 100) / 100]));
}

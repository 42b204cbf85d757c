import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The CDNOW reference data, kept in the repository with its source and licence (see its README). */
export const CDNOW_DIR = join(import.meta.dirname, '..', 'fixtures', 'cdnow');

export interface CdnowRow {
  customerId: string;
  sampleId: string;
  year: number;
  month: number;
  day: number;
  dollars: number;
}

/** CDNOW_sample.txt: customer_id, sample_id, YYYYMMDD, number_of_cds, dollar_value; no header. */
export function readCdnowSample(): CdnowRow[] {
  const text = readFileSync(join(CDNOW_DIR, 'CDNOW_sample.txt'), 'utf8');
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [customerId, sampleId, ymd, , dollars] = line.split(/\s+/);
      return {
        customerId: customerId!,
        sampleId: sampleId!,
        year: Number(ymd!.slice(0, 4)),
        month: Number(ymd!.slice(4, 6)),
        day: Number(ymd!.slice(6, 8)),
        dollars: Number(dollars),
      };
    });
}

/** cdnow_sample_summary.csv: ID, frequency (x), recency (t_x, weeks), T (weeks). */
export function readCdnowSummary(): { id: string; x: number; txWeeks: number; TWeeks: number }[] {
  const [, ...lines] = readFileSync(join(CDNOW_DIR, 'cdnow_sample_summary.csv'), 'utf8').trim().split('\n');
  return lines.map((line) => {
    const [id, x, tx, T] = line.split(',');
    return { id: id!, x: Number(x), txWeeks: Number(tx), TWeeks: Number(T) };
  });
}

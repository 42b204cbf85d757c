/**
 * Reads the CDNOW purchase logs in shared/data/cdnow (see its README) into per-customer
 * summaries in days, the way the published summaries are defined: purchases on one calendar day
 * form one purchase day (amounts added), x = purchase days − 1, tx = days from the first to the
 * last purchase day, T = days from the first purchase day to the calibration end (inclusive),
 * zbar = mean amount of the repeat purchase days.
 */
import { readFileSync } from 'node:fs';
import { logGapSum } from '../../../src/core/models/mbg-cnbd-k';
import { CDNOW_DIR } from '../../support/cdnow';

export interface CdnowCustomer {
  readonly id: string;
  readonly x: number;
  readonly tx: number;
  readonly T: number;
  /** Mean amount of the repeat purchase days (0 when x = 0), "zbar". */
  readonly meanRepeatSpend: number;
  /** Mean amount over all purchase days. */
  readonly meanSpend: number;
  /** Σ ln(gap in days) between consecutive purchase days: the MBG/CNBD-k's litt. */
  readonly logGapSum: number;
}

const DAY_MS = 86_400_000;

/** Day number (days since 1970-01-01) of a YYYYMMDD string. */
function dayOf(yyyymmdd: string): number {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

interface Purchase {
  readonly customer: string;
  readonly day: number;
  readonly amount: number;
}

function summarize(purchases: readonly Purchase[], endDay: number): CdnowCustomer[] {
  const byCustomer = new Map<string, Map<number, number>>();
  for (const p of purchases) {
    if (p.day > endDay) continue;
    let days = byCustomer.get(p.customer);
    if (days === undefined) {
      days = new Map();
      byCustomer.set(p.customer, days);
    }
    days.set(p.day, (days.get(p.day) ?? 0) + p.amount);
  }
  const out: CdnowCustomer[] = [];
  for (const [id, days] of byCustomer) {
    const sorted = [...days.entries()].sort((u, v) => u[0] - v[0]);
    const first = sorted[0]![0];
    const last = sorted[sorted.length - 1]![0];
    const x = sorted.length - 1;
    let total = 0;
    for (const [, amount] of sorted) total += amount;
    const repeatTotal = total - sorted[0]![1];
    out.push({
      id,
      x,
      tx: last - first,
      T: endDay - first,
      meanRepeatSpend: x > 0 ? repeatTotal / x : 0,
      meanSpend: total / sorted.length,
      logGapSum: logGapSum(sorted.map((d) => d[0])),
    });
  }
  return out;
}

/** CDNOW_sample.txt (no header: customer_id sample_id YYYYMMDD cds dollars), calibration end 1997-09-30. */
export function readCdnowSample(endDay = dayOf('19970930')): CdnowCustomer[] {
  const purchases: Purchase[] = [];
  for (const line of readFileSync(`${CDNOW_DIR}/CDNOW_sample.txt`, 'utf8').split('\n')) {
    const f = line.trim().split(/\s+/);
    if (f.length < 5) continue;
    purchases.push({ customer: f[1]!, day: dayOf(f[2]!), amount: Number(f[4]) });
  }
  return summarize(purchases, endDay);
}

/** CDNOW_master.txt (header line, then customer_id YYYYMMDD cds dollars); default end = last date. */
export function readCdnowMaster(endDay?: number): CdnowCustomer[] {
  const purchases: Purchase[] = [];
  let lastDay = Number.NEGATIVE_INFINITY;
  const lines = readFileSync(`${CDNOW_DIR}/CDNOW_master.txt`, 'utf8').split('\n');
  for (const line of lines.slice(1)) {
    const f = line.trim().split(/\s+/);
    if (f.length < 4) continue;
    const day = dayOf(f[1]!);
    if (day > lastDay) lastDay = day;
    purchases.push({ customer: f[0]!, day, amount: Number(f[3]) });
  }
  return summarize(purchases, endDay ?? lastDay);
}

/** The published weekly summary with zbar (ID, x, t_x, T in weeks, zbar), rounded to 2 decimals. */
export function readPublishedSummary(): {
  id: string;
  x: number;
  txWeeks: number;
  TWeeks: number;
  zbar: number;
}[] {
  const lines = readFileSync(`${CDNOW_DIR}/cdnow_sample_summary_with_monetary.csv`, 'utf8')
    .trim()
    .split('\n');
  return lines.slice(1).map((line) => {
    const [id, x, tx, T, zbar] = line.split(',');
    return { id: id!, x: Number(x), txWeeks: Number(tx), TWeeks: Number(T), zbar: Number(zbar) };
  });
}

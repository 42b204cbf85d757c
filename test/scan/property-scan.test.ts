/**
 * The wide scan of issue 12's properties (test/support/generated-logs.ts): many generated sheets per
 * gap family and size band, on seeds other than the property tests', every property checked on
 * each, every failing sheet printed with what reproduces it. Too slow for every run of the suite, so
 * it runs only when asked:
 *
 *   npm run scan:properties                          # 250 sheets per family and size band
 *   SCAN_SHEETS=40 SCAN_FAMILIES=irregular npm run scan:properties
 *
 * It fails when a family whose properties the suite asserts (rhythm, irregular) has a failing sheet;
 * the exponential family is measured and printed only (there a silence of three gaps is ordinary for
 * a customer still buying, so the rules' "Lapsed" is not the truth's: see the property tests).
 */
import { describe, expect, it } from 'vitest';
import {
  ALL_PROPERTIES,
  analyzeGenerated,
  type GapFamily,
  type PropertyKind,
  random,
  type Truth,
  violations,
} from '../support/generated-logs';

const SIZE_BANDS = [
  [5, 40],
  [40, 100],
  [100, 400],
  [400, 1200],
] as const;
const ASSERTED: readonly GapFamily[] = ['rhythm', 'irregular'];
const sheets = Number(process.env.SCAN_SHEETS ?? 250);
const families = (process.env.SCAN_FAMILIES ?? 'rhythm,irregular,exponential').split(',') as GapFamily[];

/** The sheet `index` of a band: its seed (far from the fast-check runs' and the fixed logs') and size. */
function sheetOf(gaps: GapFamily, band: number, index: number): Truth {
  const seed = 7_000_000 + band * 100_000 + index;
  const u = random(seed ^ 0x5bd1e995);
  const [low, high] = SIZE_BANDS[band]!;
  const customers = low + Math.floor(u() * (high - low + 1));
  const spanDays = 120 + Math.floor(u() * 781);
  return { customers, seed, spanDays, gaps };
}

describe.skipIf(!process.env.PROPERTY_SCAN)('wide scan of the properties (PROPERTY_SCAN=1)', () => {
  for (const gaps of families) {
    it(`${gaps} gaps: ${sheets} sheets per size band`, () => {
      const failing: string[] = [];
      const lines: string[] = [];
      for (let band = 0; band < SIZE_BANDS.length; band++) {
        const byKind = new Map<PropertyKind, number>(ALL_PROPERTIES.map((k) => [k, 0]));
        let failed = 0;
        for (let i = 0; i < sheets; i++) {
          const truth = sheetOf(gaps, band, i);
          const analysis = analyzeGenerated(truth);
          let any = false;
          for (const kind of ALL_PROPERTIES) {
            const v = violations(analysis, [kind]);
            if (v.length === 0) continue;
            any = true;
            byKind.set(kind, byKind.get(kind)! + 1);
            const k = analysis.model.mbgCnbdK?.k;
            failing.push(
              `${JSON.stringify(truth)} ${analysis.model.method.purchases}${k ? ` k=${k}` : ''} ${kind}: ${v.length} (${v[0]})`,
            );
          }
          if (any) failed++;
        }
        const [low, high] = SIZE_BANDS[band]!;
        const kinds = [...byKind].map(([k, n]) => `${k} ${n}`).join(', ');
        lines.push(`${gaps} ${low}–${high} customers: ${failed} of ${sheets} sheets fail (${kinds})`);
      }
      console.log([...lines, ...failing].join('\n'));
      if (ASSERTED.includes(gaps)) expect(failing).toEqual([]);
    }, 3_600_000);
  }
});

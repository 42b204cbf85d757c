/**
 * The wide scan of issue 12's properties (test/support/generated-logs.ts): many generated sheets per
 * gap family and size band, on seeds other than the property tests', every property checked on
 * each, every failing sheet printed with what reproduces it. Too slow for every run of the suite, so
 * it runs only when asked:
 *
 *   npm run scan:properties                          # 250 sheets per family and size band
 *   SCAN_SHEETS=40 SCAN_FAMILIES=irregular npm run scan:properties
 *
 * Every property is counted for every family; the scan fails when a property the suite asserts for
 * that family (ASSERTED, as test/unit/properties/ asserts it on a few sheets) fails on any sheet.
 * For the exponential family only the one-time buyers' property is asserted (there a silence of
 * three gaps is ordinary for a customer still buying, so the rules' "Lapsed" is not the truth's).
 * At 2,000 sheets per band it fails today on 2 rhythm sheets (19 before the spend spreads, the
 * one-time hold and the shop's comeback multiple of README's "Small sheets…" and "Lapsed past the
 * breaks…"), none irregular on an asserted property.
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
const COUNTED: readonly PropertyKind[] = [...ALL_PROPERTIES, 'lapsedHabitValue'];
const ASSERTED: Record<GapFamily, readonly PropertyKind[]> = {
  rhythm: ALL_PROPERTIES,
  irregular: ['oneTime', 'lapsedProbability', 'lapsedHabitValue'],
  exponential: ['oneTime'],
};
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
      const asserted: string[] = [];
      const lines: string[] = [];
      for (let band = 0; band < SIZE_BANDS.length; band++) {
        const byKind = new Map<PropertyKind, number>(COUNTED.map((k) => [k, 0]));
        let failed = 0;
        for (let i = 0; i < sheets; i++) {
          const truth = sheetOf(gaps, band, i);
          const analysis = analyzeGenerated(truth);
          let any = false;
          for (const kind of COUNTED) {
            const v = violations(analysis, [kind]);
            if (v.length === 0) continue;
            byKind.set(kind, byKind.get(kind)! + 1);
            // lapsedHabitValue is part of lapsedValue: counted, not printed twice.
            if (kind === 'lapsedHabitValue' && !ASSERTED[gaps].includes(kind)) continue;
            if (kind !== 'lapsedHabitValue') any = true;
            const k = analysis.model.mbgCnbdK?.k;
            const line = `${JSON.stringify(truth)} ${analysis.model.method.purchases}${k ? ` k=${k}` : ''} ${kind}: ${v.length} (${v[0]})`;
            failing.push(line);
            if (ASSERTED[gaps].includes(kind)) asserted.push(line);
          }
          if (any) failed++;
        }
        const [low, high] = SIZE_BANDS[band]!;
        const kinds = [...byKind].map(([k, n]) => `${k} ${n}`).join(', ');
        lines.push(`${gaps} ${low}–${high} customers: ${failed} of ${sheets} sheets fail (${kinds})`);
      }
      console.log([...lines, ...failing].join('\n'));
      expect(asserted).toEqual([]);
    }, 3_600_000);
  }
});

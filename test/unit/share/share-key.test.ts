// The key under which formulas share a fit (share/share-key.ts) must change whenever anything the
// fit depends on changes: any one cell (its value, its type, its place), the as-of day, a setting,
// the time zone, the locale or date order, the exclude rules, the model choice, the add-on's build.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { Hash64 } from '../../../src/core/share/hash64';
import { type ShareInputs, shareKey } from '../../../src/core/share/share-key';

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('', '1', '0', 'true', '1.5'),
  fc.integer(),
  fc.constantFrom(0, -0, 1, 1.5, -1, 2 ** 31, 2 ** 53, Number.MAX_VALUE),
  fc.double(),
  fc.boolean(),
  fc.date({ noInvalidDate: true }),
);

/** The same value of the same type, as the hash must see it (Dates by instant, -0 apart from 0). */
const sameCell = (a: CellValue, b: CellValue) =>
  a instanceof Date || b instanceof Date
    ? a instanceof Date && b instanceof Date && a.getTime() === b.getTime()
    : typeof a === typeof b && Object.is(a, b);

const grid = fc
  .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 3, max: 5 }))
  .chain(([rows, cols]) =>
    fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
  );

const base = (g: CellValue[][]): ShareInputs => ({
  grid: g,
  asOfDay: 20_000,
  settings: DEFAULT_SETTINGS,
  timeZone: 'Asia/Shanghai',
  locale: 'zh_CN',
  dateOrder: 'YMD',
  exclude: '',
  purchaseModel: 'auto',
  version: 'regulars-build:0123456789abcdef',
});

describe('shareKey', () => {
  it('is 29 characters, far under the cache key limit of 250, and the same for the same inputs', () => {
    const g = [['a', new Date(0), 12.5]];
    expect(shareKey(base(g))).toMatch(/^regulars-fit-[0-9a-f]{16}$/);
    expect(shareKey(base(g))).toBe(shareKey(base([['a', new Date(0), 12.5]])));
  });

  it('changes when any one cell changes value or type (property)', () => {
    fc.assert(
      fc.property(grid, fc.nat(), fc.nat(), cell, (g, r, c, value) => {
        const row = r % g.length;
        const col = c % g[row]!.length;
        fc.pre(!sameCell(g[row]![col]!, value));
        const changed = g.map((cells) => [...cells]);
        changed[row]![col] = value;
        expect(shareKey(base(changed))).not.toBe(shareKey(base(g)));
      }),
      { numRuns: 500 },
    );
  });

  it('changes when two different cells swap places, or a row moves (property)', () => {
    fc.assert(
      fc.property(grid, fc.nat(), fc.nat(), fc.nat(), fc.nat(), (g, r1, c1, r2, c2) => {
        const a = [r1 % g.length, c1 % g[0]!.length] as const;
        const b = [r2 % g.length, c2 % g[0]!.length] as const;
        fc.pre(!sameCell(g[a[0]]![a[1]]!, g[b[0]]![b[1]]!));
        const swapped = g.map((cells) => [...cells]);
        swapped[a[0]]![a[1]] = g[b[0]]![b[1]]!;
        swapped[b[0]]![b[1]] = g[a[0]]![a[1]]!;
        expect(shareKey(base(swapped))).not.toBe(shareKey(base(g)));
      }),
      { numRuns: 300 },
    );
  });

  it('changes with the as-of day, any setting, time zone, locale, date order, exclude rules, model choice and build (property)', () => {
    const numericSettings = Object.entries(DEFAULT_SETTINGS).filter(([, v]) => typeof v === 'number');
    const change = fc.oneof(
      fc
        .integer({ min: -3000, max: 3000 })
        .filter((d) => d !== 0)
        .map((d) => (i: ShareInputs) => ({ ...i, asOfDay: i.asOfDay + d })),
      fc
        .tuple(fc.constantFrom(...numericSettings.map(([k]) => k)), fc.double({ noNaN: true }))
        .map(([name, v]) => (i: ShareInputs) => ({ ...i, settings: { ...i.settings, [name]: v } })),
      fc
        .constantFrom('bg-nbd', 'mbg-nbd')
        .map((m) => (i: ShareInputs) => ({ ...i, settings: { ...i.settings, purchaseModel: m } })),
      fc
        .constantFrom('UTC', 'Asia/Taipei', 'America/New_York')
        .map((z) => (i: ShareInputs) => ({ ...i, timeZone: z })),
      fc.constantFrom('zh_TW', 'en_US', 'en_GB').map((l) => (i: ShareInputs) => ({ ...i, locale: l })),
      fc.constantFrom('DMY', 'MDY').map((o) => (i: ShareInputs) => ({ ...i, dateOrder: o })),
      fc.string({ minLength: 1 }).map((x) => (i: ShareInputs) => ({ ...i, exclude: x })),
      fc.constantFrom('bg-nbd', 'mbg-nbd').map((m) => (i: ShareInputs) => ({ ...i, purchaseModel: m })),
      fc.constant((i: ShareInputs) => ({ ...i, version: 'regulars-build:fedcba9876543210' })),
    );
    fc.assert(
      fc.property(grid, change, (g, f) => {
        const before = base(g);
        const after = f(before) as ShareInputs;
        fc.pre(
          JSON.stringify(after.settings) !== JSON.stringify(before.settings) ||
            after.settings === before.settings,
        );
        expect(shareKey(after)).not.toBe(shareKey(before));
      }),
      { numRuns: 400 },
    );
  });
});

describe('Hash64 tells apart what a cell-by-cell comparison would', () => {
  const digest = (rows: unknown[][]) => {
    const h = new Hash64();
    h.grid(rows);
    return h.digest();
  };
  it('a Date, a number, the text "1", true and a blank', () => {
    const one = [[new Date(1)], [1], ['1'], [true], [''], [null], [undefined], [-0], [0]];
    const digests = one.map((row) => digest([row]));
    // null and undefined are both "blank"; every other pair differs.
    expect(new Set(digests).size).toBe(one.length - 1);
    expect(digest([[null]])).toBe(digest([[undefined]]));
  });
  it('where values sit: ["a","b"] vs ["ab"], one row of two vs two rows of one, trailing blanks', () => {
    const shapes = [[['a', 'b']], [['ab']], [['a'], ['b']], [['a', 'b', '']], [['a', 'b'], ['']]];
    expect(new Set(shapes.map(digest)).size).toBe(shapes.length);
  });
});

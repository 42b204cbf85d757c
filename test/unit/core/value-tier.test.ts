import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customerList } from '../../../src/core/customers/customer-list';
import { rfmCutsOf } from '../../../src/core/segments/rfm';
import { assignValueTiers, valueTierCuts } from '../../../src/core/segments/value-tier';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';

describe('80/20 value tiers', () => {
  it('puts the customer whose spend crosses 80% in Key, and the next up to 95% in Core', () => {
    // Revenue 100: A 50 (0→50%), B 25 (50→75%), C 10 (75→85%: crosses 80%), D 6 (85→91%), E 5 (91→96%), F 4.
    const tiers = assignValueTiers([50, 25, 10, 6, 5, 4], DEFAULT_SETTINGS);
    expect(tiers).toEqual(['key', 'key', 'key', 'core', 'core', 'occasional']);
  });

  it('does not depend on the order of the sheet', () => {
    expect(assignValueTiers([4, 10, 50, 5, 25, 6], DEFAULT_SETTINGS)).toEqual([
      'occasional',
      'key',
      'key',
      'core',
      'key',
      'core',
    ]);
  });

  it('keeps customers with equal spend in one tier', () => {
    // 40+40 = 80% exactly; the third 10 would start at 80%, but ties with nobody; the two 10s tie.
    const tiers = assignValueTiers([40, 40, 10, 10], DEFAULT_SETTINGS);
    expect(tiers[2]).toBe(tiers[3]);
    expect(tiers.slice(0, 2)).toEqual(['key', 'key']);
  });

  it('makes customers with nothing or less spent net Occasional, and handles no revenue at all', () => {
    expect(assignValueTiers([100, 0, -20], DEFAULT_SETTINGS)).toEqual(['key', 'occasional', 'occasional']);
    expect(assignValueTiers([0, -5], DEFAULT_SETTINGS)).toEqual(['occasional', 'occasional']);
    expect(assignValueTiers([], DEFAULT_SETTINGS)).toEqual([]);
  });

  it('gives the same cuts from net spends sorted once for the RFM cuts as from its own sort', () => {
    const spend = fc.oneof(
      fc.constantFrom(0, -0, 5, 12.5, -20),
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    );
    fc.assert(
      fc.property(fc.array(spend, { maxLength: 60 }), (spends) => {
        const netSpends = Float64Array.from(spends);
        const ascending = netSpends.slice().sort();
        expect(valueTierCuts(netSpends, DEFAULT_SETTINGS, ascending)).toEqual(
          valueTierCuts(netSpends, DEFAULT_SETTINGS),
        );
        const customers = spends.map((netSpend, i) => ({
          netSpend,
          daysSinceLast: i % 7,
          purchaseDayCount: 1 + (i % 3),
        }));
        expect(rfmCutsOf(customerList(customers), ascending)).toEqual(rfmCutsOf(customerList(customers)));
      }),
    );
  });
});

// The order of CUSTOMER_INSIGHTS columns is a contract owners build INDEX/VLOOKUP on (issue 12): set
// once, in reading order, and only ever appended to. This test pins it, in every language, against
// the numbered table in README.md.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INSIGHT_COLUMNS, insightHeaders } from '../../../src/core/i18n/labels';
import { LANGUAGES } from '../../../src/core/i18n/language';

const PINNED = [
  'customer',
  'stage',
  'why',
  'nextStep',
  'segment',
  'valueTier',
  'nextPurchaseDue',
  'dueStatus',
  'daysSinceLast',
  'usualGapDays',
  'purchaseDays',
  'totalSpent',
  'averagePurchase',
  'firstPurchase',
  'lastPurchase',
  'r',
  'f',
  'm',
  'repeatProbability',
  'predictedValue',
  'loyaltyScore',
];

describe('CUSTOMER_INSIGHTS column order (a contract)', () => {
  it('starts with the pinned columns, in order; later ones may only be appended', () => {
    expect(INSIGHT_COLUMNS.slice(0, PINNED.length)).toEqual(PINNED);
  });

  it('reads customer, stage, why, next step, then the numbers', () => {
    expect(INSIGHT_COLUMNS.slice(0, 4)).toEqual(['customer', 'stage', 'why', 'nextStep']);
  });

  it('has one header per column in every language, none empty', () => {
    for (const language of LANGUAGES) {
      const headers = insightHeaders(language, 90, 365);
      expect(headers).toHaveLength(INSIGHT_COLUMNS.length);
      for (const h of headers) expect(h.trim()).not.toBe('');
      expect(new Set(headers).size).toBe(headers.length);
    }
  });

  it('matches the numbered table in README.md', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('### CUSTOMER_INSIGHTS columns'));
    const rows = [...section.matchAll(/^\| (\d+) \| ([^|]+?) \|/gm)].map((m) => [Number(m[1]), m[2]]);
    const headers = insightHeaders('en', 90, 365);
    expect(rows.slice(0, headers.length)).toEqual(headers.map((h, i) => [i + 1, h]));
  });
});

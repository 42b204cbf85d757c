// The status table the README and Help show says what the reader does (statuses.ts).
import { describe, expect, it } from 'vitest';
import { EXPORT_PROFILES } from '../../../src/core/exports/profiles';
import { STATUS_DOCS } from '../../../src/core/exports/status-docs';
import { statusMeaning } from '../../../src/core/exports/statuses';

const COLUMN_RULES = /Cancelled at|Canceled at|Adjusted Order Total|Refund = Total Collected/;

describe('status table', () => {
  it('has one entry per export profile', () => {
    expect(STATUS_DOCS.map((d) => d.profile).sort()).toEqual(EXPORT_PROFILES.map((p) => p.id).sort());
  });
  for (const doc of STATUS_DOCS) {
    it(`${doc.profile}: every "counted" status is a purchase, every "left out" one is excluded`, () => {
      for (const s of doc.purchase) expect(statusMeaning(s), s).toBe('purchase');
      for (const s of doc.excluded) {
        if (COLUMN_RULES.test(s)) continue;
        const meaning = statusMeaning(s);
        expect(meaning, s).toBeDefined();
        expect(['purchase', 'refund_row'], s).not.toContain(meaning);
      }
    });
  }
});

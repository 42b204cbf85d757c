// The status table the README and Help show says what the reader does (statuses.ts).
import { describe, expect, it } from 'vitest';
import { EXPORT_PROFILES } from '../../../src/core/exports/profiles';
import { STATUS_DOCS, STATUS_NOTES } from '../../../src/core/exports/status-docs';
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

describe('Help on gift cards', () => {
  const twice = {
    en: /counts twice: once when the card is sold and again when it is spent/,
    'zh-CN': /计入两次：售卡时一次，用卡消费时又一次/,
    'zh-TW': /計入兩次：售卡時一次，用卡消費時又一次/,
  } as const;
  for (const language of ['en', 'zh-CN', 'zh-TW'] as const) {
    it(`${language}: warns that a sold gift card and the order paid with it count the money twice`, () => {
      const note = STATUS_NOTES[language].notes.find((n) => /Gift card|礼品卡|禮品卡/.test(n));
      expect(note).toMatch(twice[language]);
      expect(note).toContain('Lineitem name = Gift Card');
    });
  }

  it('the POS status list names 会员充值 as left out (a top-up, not a sale)', () => {
    const pos = STATUS_DOCS.find((d) => d.profile === 'pos')!;
    expect(pos.excluded).toContain('会员充值');
    expect(statusMeaning('会员充值')).toBe('top_up');
  });
});

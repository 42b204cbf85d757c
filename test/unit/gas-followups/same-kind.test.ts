// The same win-back twice (new-owner trial): campaign ids are per day and the cool-down is 14 days, so
// the same "win-back" went again to a customer still away 40 days later, while Insights' next step
// said "One personal win-back". A customer sent (or drafted) a kind of template, who has not bought
// since, is not sent that kind again; a purchase after the contact lifts it. The cool-down stays.
// Sample tea-shop workbook (as of 2026-06-30, Asia/Shanghai).
import { describe, expect, it } from 'vitest';
import * as server from '../../../src/gas/followups/server';
import { skipReasonText } from '../../../src/sidebar/followups/skip-reasons';
import { AT_RISK, confirmAll, createHarness, type Harness } from './harness';

const LAPSED = { audience: { kind: 'stage', stage: 'lapsed' }, templateId: 'win-back', language: 'en' };
const SURVEY = { ...AT_RISK, templateId: 'survey' };

function ready(locale = 'en_US'): Harness {
  const h = createHarness({ locale });
  server.saveFollowUpSettingsWith({ shopName: 'Tea House', postalAddress: '1 Tea Road' });
  return h;
}

/** The owner's edits of the Contact log: a column of their own in front, two columns swapped. */
function editContactLog(h: Harness): void {
  const log = h.fake.spreadsheet.sheet('Contact log').api;
  log.insertColumnBefore(1);
  log.getRange(1, 1).setValue('My notes');
  log.getRange(2, 1).setValue('called her too');
  log.moveColumns(log.getRange(1, 2, log.getMaxRows(), 1), 6);
}

type Skip = { key: string; label: string; reason: string; detail: string };
/** The skip's text as the panel writes it, with the date order the server gives it. */
const text = (h: Harness, s: Skip, language: 'en' | 'zh-CN' | 'zh-TW') =>
  skipReasonText(s.reason as Parameters<typeof skipReasonText>[0], s.detail, language, h.options().dateOrder);

describe('the same kind of follow-up is not sent twice without a purchase between', () => {
  it('the win-back 40 days later: skipped, with when it went, in three languages; the Contact log edited', () => {
    const h = ready();
    const first = h.preview(LAPSED);
    expect(first.recipients.length).toBeGreaterThan(0);
    h.send(confirmAll(first));
    const sentTo = new Set(first.recipients.map((r) => r.key));
    editContactLog(h);
    h.fake.clock.advanceDays(40);
    const again = h.preview(LAPSED);
    expect(again.recipients.filter((r) => sentTo.has(r.key))).toEqual([]);
    const held = again.skipped.filter((s) => sentTo.has(s.key));
    expect(held.length).toBe(sentTo.size);
    for (const s of held) {
      expect(s.reason).toBe('sameKindSent');
      expect(s.detail).toBe('send\tWin-back (Lapsed)\t2026-06-30');
    }
    // The date as the en_US sheet writes dates (the panel's dates follow the spreadsheet's locale).
    expect(text(h, held[0]!, 'en')).toBe('Sent “Win-back (Lapsed)” on 6/30/2026; no purchase since');
    expect(text(h, held[0]!, 'zh-CN')).toBe('已于 6/30/2026 发送“Win-back (Lapsed)”，之后没有再购买');
    expect(text(h, held[0]!, 'zh-TW')).toBe('已於 6/30/2026 寄送「Win-back (Lapsed)」，之後沒有再購買');
    // Sent again: the newly lapsed get it, nobody gets it twice.
    h.send(confirmAll(again));
    const to = h.fake.outbox.sent().map((m) => m.to);
    expect(new Set(to).size).toBe(to.length);
  });

  it('the date is written as the spreadsheet’s locale writes dates, not ISO (trial F7: en_GB said 2026-11-28)', () => {
    const expected = { en_GB: '30/06/2026', en_US: '6/30/2026', zh_CN: '2026/6/30', zh_TW: '2026/6/30' };
    for (const [locale, date] of Object.entries(expected)) {
      const h = ready(locale);
      h.send(confirmAll(h.preview(LAPSED)));
      h.fake.clock.advanceDays(40);
      const held = h.preview(LAPSED).skipped.find((s) => s.reason === 'sameKindSent')!;
      expect(text(h, held, 'en')).toBe(`Sent “Win-back (Lapsed)” on ${date}; no purchase since`);
    }
  });

  it('a purchase after the contact lifts it; a draft holds like a send; another kind is not held', () => {
    const h = ready();
    const first = h.preview(SURVEY);
    h.drafts(confirmAll(first));
    editContactLog(h);
    const [buyer, stayer] = first.recipients;
    h.fake.clock.advanceDays(20);
    h.addPurchase(buyer!.label, '2026-07-10', 25);
    const again = h.preview(SURVEY);
    expect(again.skipped.find((s) => s.key === stayer!.key)).toMatchObject({
      reason: 'sameKindSent',
      detail: 'draft\tSatisfaction survey\t2026-06-30',
    });
    const stayed = again.skipped.find((s) => s.key === stayer!.key)!;
    expect(text(h, stayed, 'en')).toBe('Drafted “Satisfaction survey” on 6/30/2026; no purchase since');
    expect(again.skipped.find((s) => s.key === buyer!.key)?.reason).not.toBe('sameKindSent');
    // Another kind (the check-in) is held only by the cool-down, long over.
    const checkIn = h.preview(AT_RISK);
    expect(checkIn.skipped.filter((s) => s.reason === 'sameKindSent')).toEqual([]);
    expect(checkIn.recipients.map((r) => r.key)).toContain(stayer!.key);
  });

  it('the cool-down is kept: within it, the reason is still the cool-down', () => {
    const h = ready();
    h.send(confirmAll(h.preview(SURVEY)));
    h.fake.clock.advanceDays(3);
    const again = h.preview(SURVEY);
    expect(again.skipped.filter((s) => s.reason === 'coolDown').length).toBeGreaterThan(0);
    expect(again.skipped.filter((s) => s.reason === 'sameKindSent')).toEqual([]);
  });
});

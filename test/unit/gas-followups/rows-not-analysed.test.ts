// A customer with a row of the purchase log that could not be read (a date typed as text without a
// year, "7/25") is analysed without it, so a follow-up could tell them something false ("we have not
// seen you since May" to a customer who came in July: new-owner trial). They are held back, with the
// rows named; everyone else is written to as before.
import { describe, expect, it } from 'vitest';
import * as main from '../../../src/gas/main';
import { confirmAll, createHarness } from './harness';

const SURVEY_KEY = { audience: { kind: 'tier', tier: 'key' }, templateId: 'survey', language: 'en' };

describe('follow-ups hold back customers with rows that could not be read', () => {
  it('skips them with the sheet rows named, and sends to nobody else less', () => {
    const h = createHarness();
    main.saveFollowUpSettings({ shopName: 'Tea House', postalAddress: '1 Tea Road' });
    const before = h.preview(SURVEY_KEY);
    const [held, ...rest] = before.recipients;
    const purchases = h.fake.spreadsheet.sheet('Purchases').api;
    purchases.appendRow([held!.label, '7/25 afternoon', 40, 'Matcha 30g']);
    const row = purchases.getLastRow();
    const after = h.preview(SURVEY_KEY);
    expect(after.recipients.map((r) => r.key)).toEqual(rest.map((r) => r.key));
    expect(after.skipped.find((s) => s.key === held!.key)).toMatchObject({
      reason: 'rowsNotAnalysed',
      detail: String(row),
    });
    h.send(confirmAll(after));
    expect(h.fake.outbox.sent().map((m) => m.to)).not.toContain(held!.email);
    // Fixed, they are written to again.
    purchases.getRange(row, 2).setValue(new Date(Date.UTC(2026, 5, 25) - 8 * 3_600_000));
    expect(h.preview(SURVEY_KEY).skipped.find((s) => s.key === held!.key)?.reason).not.toBe(
      'rowsNotAnalysed',
    );
  });
});

describe('follow-ups hold back a paying customer who also came in and paid nothing (a free sample)', () => {
  it('from an email whose words that visit denies ("we have not seen you since…"), with the free day’s row named; not from a survey', () => {
    const h = createHarness();
    main.saveFollowUpSettings({ shopName: 'Tea House', postalAddress: '1 Tea Road' });
    const WIN_BACK = { audience: { kind: 'stage', stage: 'lapsed' }, templateId: 'win-back', language: 'en' };
    const [held] = h.preview(WIN_BACK).recipients;
    expect(held).toBeDefined();
    const purchases = h.fake.spreadsheet.sheet('Purchases').api;
    // A $0 line alone on a day within the log (a free tasting): not a purchase day.
    purchases.appendRow([held!.label, new Date(Date.UTC(2026, 5, 20) - 8 * 3_600_000), 0, 'Free tasting']);
    const row = purchases.getLastRow();
    const after = h.preview(WIN_BACK);
    expect(after.recipients.map((r) => r.key)).not.toContain(held!.key);
    expect(after.skipped.find((s) => s.key === held!.key)).toMatchObject({
      reason: 'rowsNotAnalysed',
      detail: String(row),
    });
    // A survey says nothing a free visit denies: they are asked as before.
    const survey = h.preview({
      audience: { kind: 'stage', stage: 'lapsed' },
      templateId: 'survey',
      language: 'en',
    });
    expect(survey.recipients.map((r) => r.key)).toContain(held!.key);
  });
});

describe('follow-ups hold back a customer whose sale on some day was rung up and refunded that day (trial 20)', () => {
  it('from an email whose words that visit denies, with both rows named; not from a survey', () => {
    const h = createHarness();
    main.saveFollowUpSettings({ shopName: 'Tea House', postalAddress: '1 Tea Road' });
    const WIN_BACK = { audience: { kind: 'stage', stage: 'lapsed' }, templateId: 'win-back', language: 'en' };
    const [held] = h.preview(WIN_BACK).recipients;
    expect(held).toBeDefined();
    const purchases = h.fake.spreadsheet.sheet('Purchases').api;
    // A sale and its full refund on one day: no purchase day, but a visit "we have not seen you since…" denies.
    const day = new Date(Date.UTC(2026, 5, 20) - 8 * 3_600_000);
    purchases.appendRow([held!.label, day, 30, 'Matcha 30g']);
    purchases.appendRow([held!.label, day, -30, 'Matcha 30g']);
    const last = purchases.getLastRow();
    const after = h.preview(WIN_BACK);
    expect(after.recipients.map((r) => r.key)).not.toContain(held!.key);
    expect(after.skipped.find((s) => s.key === held!.key)).toMatchObject({
      reason: 'rowsNotAnalysed',
      detail: `${last - 1}, ${last}`,
    });
    const survey = h.preview({
      audience: { kind: 'stage', stage: 'lapsed' },
      templateId: 'survey',
      language: 'en',
    });
    expect(survey.recipients.map((r) => r.key)).toContain(held!.key);
  });
});

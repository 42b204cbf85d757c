// Errors an owner can meet when sending are in their language and say what to do (trial 19, D6: a
// zh-CN owner read "The daily email quota is used up; try again tomorrow." and, after the
// spreadsheet's time zone changed between preview and Send, "Invalid request — the campaign is dated
// after today."). Through the Apps Script fake on the sample tea-shop workbook.
import { describe, expect, it } from 'vitest';
import * as server from '../../../src/gas/followups/server';
import type { GasFakeOptions } from '../../support/gas-fake';
import { AT_RISK, confirmAll, createHarness, type Harness } from './harness';

const CHINESE = /[\u4e00-\u9fff]/;
const LOCALES = [
  ['en', 'en_US'],
  ['zh-CN', 'zh_CN'],
  ['zh-TW', 'zh_TW'],
] as const;

function ready(options: GasFakeOptions = {}): Harness {
  const h = createHarness(options);
  server.saveFollowUpSettingsWith({
    shopName: 'Lotus Leaf Tea House',
    signature: 'Mei',
    postalAddress: '12 Willow Lane\nHangzhou 310000',
  });
  return h;
}

const messageOf = (fn: () => unknown): string => {
  try {
    fn();
    return '(no error)';
  } catch (error) {
    return (error as Error).message;
  }
};

describe('"Send test to me" says why it cannot, in the owner’s language', () => {
  for (const [language, locale] of LOCALES) {
    it(`${language}: quota used up, nobody to test`, () => {
      const h = ready({ locale });
      expect(h.options().language).toBe(language);
      const preview = h.preview(AT_RISK);
      h.fake.outbox.setRemainingQuota(0);
      const quota = messageOf(() => h.test({ campaign: preview.spec }));
      expect(quota).toMatch(language === 'en' ? /no emails left to send today.*Try again tomorrow/ : CHINESE);
      expect(quota).toMatch(language === 'en' ? /./ : /明天/);
      h.fake.outbox.setRemainingQuota(100);
      // Everyone at risk unsubscribed: nobody to write to.
      for (const r of preview.recipients) {
        server.unsubscribeCustomerWith(h.env, r.key);
        h.endExecution();
      }
      const nobody = messageOf(() => h.test({ campaign: preview.spec }));
      expect(nobody).toMatch(language === 'en' ? /^Nobody in this campaign can be written to/ : CHINESE);
      expect(h.fake.outbox.entries).toEqual([]);
    });
  }

  it('zh-CN: no address for the owner', () => {
    const h = ready({ locale: 'zh_CN', userEmail: '' });
    const preview = h.preview(AT_RISK);
    expect(messageOf(() => h.test({ campaign: preview.spec }))).toMatch(/无法读取您的邮箱地址/);
  });
});

describe('the time zone changed between the preview and Send', () => {
  for (const [language, locale] of LOCALES) {
    it(`${language}: a clear message to preview again; nothing sent; the new preview sends once`, () => {
      const h = ready({ locale });
      const preview = h.preview(AT_RISK);
      // 10:00 in Shanghai on 30 June is 16:00 on 29 June in Honolulu.
      h.fake.spreadsheet.api.setSpreadsheetTimeZone('Pacific/Honolulu');
      const message = messageOf(() => h.send(confirmAll(preview)));
      expect(message).not.toMatch(/Invalid request/);
      expect(message).toMatch(
        language === 'en'
          ? /^This preview is dated 30 June 2026, which is after today .*Nothing was sent: preview again\.$/
          : language === 'zh-CN'
            ? /2026年6月30日.*请重新预览/
            : /2026年6月30日.*請重新預覽/,
      );
      expect(messageOf(() => h.test({ campaign: preview.spec }))).toBe(message);
      expect(h.fake.outbox.entries).toEqual([]);
      const again = h.preview(AT_RISK);
      expect(again.recipients.map((r) => r.key)).toEqual(preview.recipients.map((r) => r.key));
      h.send(confirmAll(again));
      h.send(confirmAll(again));
      const sent = h.fake.outbox.sentTo();
      expect(sent).toHaveLength(preview.recipients.length);
      expect(new Set(sent).size).toBe(sent.length);
    });
  }
});

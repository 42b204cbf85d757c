// Skip reasons in the owner's words (new-owner trial), through the Apps Script fake on the sample
// tea-shop workbook (as of 2026-06-30; at risk: 14 customers, Oliver Brown without an email).
import { describe, expect, it } from 'vitest';
import * as server from '../../../src/gas/followups/server';
import { skipReasonText } from '../../../src/sidebar/followups/skip-reasons';
import { AT_RISK, confirmAll, createHarness, type Harness } from './harness';

function ready(): Harness {
  const h = createHarness();
  server.saveFollowUpSettingsWith({
    shopName: 'Lotus Leaf Tea House',
    signature: 'Mei',
    postalAddress: '12 Willow Lane\nHangzhou 310000',
  });
  return h;
}

const skipOf = (result: { skipped: { label: string; reason: string; detail: string }[] }, label: string) =>
  result.skipped.find((s) => s.label === label);

const text = (s: { reason: string; detail: string } | undefined, language: 'en' | 'zh-CN' | 'zh-TW') =>
  skipReasonText(s!.reason as Parameters<typeof skipReasonText>[0], s!.detail, language, 'YMD');

describe('skip reasons say what is really wrong', () => {
  it('no email: says the customer has none, not that the customer sheet lacks one', () => {
    const h = ready();
    const oliver = skipOf(h.preview(AT_RISK), 'Oliver Brown');
    expect(oliver?.reason).toBe('noEmail');
    expect(text(oliver, 'en')).toBe('No email address for this customer');
    expect(text(oliver, 'zh-CN')).toBe('没有这位客户的邮箱');
    expect(text(oliver, 'zh-TW')).toBe('沒有這位客戶的郵箱');
  });

  it('an invalid address is quoted', () => {
    const h = ready();
    h.setCustomerCell('高明', 'Email', 'kim@example');
    const gao = skipOf(h.preview(AT_RISK), '高明');
    expect(gao).toMatchObject({ reason: 'invalidEmail', detail: 'kim@example' });
    expect(text(gao, 'en')).toBe('“kim@example” is not a valid email address');
    expect(text(gao, 'zh-CN')).toBe('“kim@example”不是有效的邮箱地址');
    expect(text(gao, 'zh-TW')).toBe('「kim@example」不是有效的郵箱地址');
  });

  it('blocked because another customer sharing the address was contacted: says who, and when', () => {
    const h = ready();
    h.setCustomerCell('谢婉', 'Email', 'family@example.com');
    h.setCustomerCell('高明', 'Email', 'family@example.com');
    h.drafts(confirmAll(h.preview(AT_RISK)));
    const again = h.preview({ ...AT_RISK, templateId: 'survey' });
    expect(skipOf(again, '谢婉')?.reason).toBe('coolDown');
    const gao = skipOf(again, '高明');
    expect(gao?.reason).toBe('sameEmailContacted');
    expect(text(gao, 'en')).toBe('Same address as 谢婉, contacted today (cool-down)');
    expect(text(gao, 'zh-CN')).toBe('与 谢婉 邮箱相同，今天刚联系过对方（冷却期内）');
    expect(text(gao, 'zh-TW')).toBe('與 谢婉 郵箱相同，今天剛聯繫過對方（冷卻期內）');
  });

  it('a contact today says "today", a day ago "1 day ago", never "0 days ago" (trial)', () => {
    const days = (d: string, language: 'en' | 'zh-CN' | 'zh-TW') =>
      text({ reason: 'coolDown', detail: d }, language);
    expect(days('0', 'en')).toBe('Contacted today (cool-down)');
    expect(days('1', 'en')).toBe('Contacted 1 day ago (cool-down)');
    expect(days('3', 'en')).toBe('Contacted 3 days ago (cool-down)');
    expect(days('0', 'zh-CN')).toBe('今天刚联系过（冷却期内）');
    expect(days('1', 'zh-CN')).toBe('1 天前刚联系过（冷却期内）');
    expect(days('0', 'zh-TW')).toBe('今天剛聯繫過（冷卻期內）');
    expect(text({ reason: 'sameEmailContacted', detail: 'Ann\t1' }, 'en')).toBe(
      'Same address as Ann, contacted 1 day ago (cool-down)',
    );
  });
});

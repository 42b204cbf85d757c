// Chinese punctuation from the new-owner trial: a full-width colon after a Chinese label ("主题：",
// Help's "计入：/扣除：/排除："), and no space between a Chinese date and Chinese text — a space only
// where Latin text meets Chinese.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInTemplates } from '../../../src/core/followups/built-in-texts';
import { formatEmailDate, optOutLine } from '../../../src/core/followups/followup-texts';
import {
  fitTextToValues,
  type MergeValues,
  parseTemplateText,
  renderTextBody,
} from '../../../src/core/followups/merge-fields';
import { FOLLOW_UP_SERVER_TEXTS } from '../../../src/core/followups/server-texts';
import { labelled } from '../../../src/core/i18n/language';

const values = (language: 'zh-CN' | 'zh-TW'): MergeValues => ({
  name: '梁宇',
  lastPurchaseDate: formatEmailDate(20_611, language),
  daysSince: '40',
  usualGap: '14',
  favouriteProduct: '龙井',
  totalSpent: '¥1,234.50',
  shopName: 'Lotus Leaf Tea House',
  signature: '莲叶茶馆',
});
const render = (text: string, v: MergeValues) =>
  renderTextBody(fitTextToValues(parseTemplateText(text, 'body').tokens, v), v);

describe('Chinese punctuation', () => {
  it('a label and its value: full-width colon in Chinese, ": " in English', () => {
    expect(labelled('Subject', 'Hello', 'en')).toBe('Subject: Hello');
    expect(labelled('主题', '好久不见', 'zh-CN')).toBe('主题：好久不见');
    expect(labelled('主旨', '好久不見', 'zh-TW')).toBe('主旨：好久不見');
  });

  it('no sidebar text joins a label and a value with a half-width ": "', () => {
    const dir = join(import.meta.dirname, '..', '..', '..', 'src', 'sidebar');
    const files = (d: string): string[] =>
      readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? files(join(d, f)) : [join(d, f)]));
    for (const file of files(dir).filter((f) => f.endsWith('.ts')))
      expect(readFileSync(file, 'utf8'), file).not.toMatch(
        /`\$\{(?:t|LEDGER_PANEL_TEXTS\[language\])\.\w+\}: \$\{/,
      );
  });

  it('a Chinese date inside Chinese text has no spaces around it; Latin text beside Chinese keeps one', () => {
    const v = values('zh-CN');
    expect(v.lastPurchaseDate).toBe('2026年6月7日');
    const thanks = builtInTemplates().find((t) => t.language === 'zh-CN' && t.body.includes('感谢您在'))!;
    const body = render(thanks.body, v);
    expect(body).toContain('感谢您在2026年6月7日选择 Lotus Leaf Tea House。');
    // An owner's copy of the older template, with the spaces written in, reads the same.
    expect(render('感谢您在 {{lastPurchaseDate}} 选择{{shopName}}。', v)).toBe(
      '感谢您在2026年6月7日选择 Lotus Leaf Tea House。',
    );
    expect(render('自 {{lastPurchaseDate}} 之后', values('zh-TW'))).toBe('自2026年6月7日之后');
    for (const t of builtInTemplates().filter((x) => x.language !== 'en')) {
      const text = render(t.body, values(t.language as 'zh-CN' | 'zh-TW'));
      expect(text, t.id).not.toMatch(/[\p{Script=Han}] \d{4}年|\d+日 [\p{Script=Han}]/u);
    }
  });

  it('the opt-out line names the shop, with a space only where a Latin name meets Chinese', () => {
    expect(optOutLine(FOLLOW_UP_SERVER_TEXTS, 'en', ' Lotus Leaf ')).toBe(
      'You are receiving this because you are a customer of Lotus Leaf. If you would rather not get emails like this, reply "unsubscribe" and we will not email you again.',
    );
    expect(optOutLine(FOLLOW_UP_SERVER_TEXTS, 'en', '')).toBe(
      'You are receiving this because you are one of our customers. If you would rather not get emails like this, reply "unsubscribe" and we will not email you again.',
    );
    expect(optOutLine(FOLLOW_UP_SERVER_TEXTS, 'zh-CN', 'Lotus Leaf')).toBe(
      '您收到这封邮件，是因为您是 Lotus Leaf 的顾客。如不想再收到此类邮件，请直接回复“退订”，我们将不再给您发邮件。',
    );
    expect(optOutLine(FOLLOW_UP_SERVER_TEXTS, 'zh-CN', '莲叶茶馆')).toBe(
      '您收到这封邮件，是因为您是莲叶茶馆的顾客。如不想再收到此类邮件，请直接回复“退订”，我们将不再给您发邮件。',
    );
    expect(optOutLine(FOLLOW_UP_SERVER_TEXTS, 'zh-TW', '')).toBe(
      '您收到這封郵件，是因為您是我們的顧客。如不想再收到此類郵件，請直接回覆「退訂」，我們將不再寄郵件給您。',
    );
  });
});

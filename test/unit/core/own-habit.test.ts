// The new-owner trial: sentences about how often a customer buys state the customer's own habit
// (the median of their own gaps, with two gaps or more), never the gap shrunk toward the shop's;
// between 1× and the At-risk multiple a customer is "a little later than usual", not "on rhythm".
import { describe, expect, it } from 'vitest';
import { analyzeLog } from '../../../src/core/analysis';
import { builtInTemplates } from '../../../src/core/followups/built-in-texts';
import { mergeValuesOf, renderEmail } from '../../../src/core/followups/campaign';
import { FOLLOW_UP_SERVER_TEXTS } from '../../../src/core/followups/server-texts';
import { templateFits } from '../../../src/core/followups/template-fit';
import { compileTemplate } from '../../../src/core/followups/templates';
import { LANGUAGES } from '../../../src/core/i18n/language';
import { whyText } from '../../../src/core/i18n/why';
import type { Purchase } from '../../../src/core/input/purchase';
import { tableOfPurchases } from '../../../src/core/input/purchase-table';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { SETTINGS } from '../followups/fixtures';

const AS_OF = 1000;
let row = 1;
const buy = (key: string, day: number): Purchase => ({
  row: ++row,
  customerKey: key,
  customerLabel: key,
  day,
  amount: 30,
});

/** A shop whose regulars come back every 30 days, with Dan Evans, Carla Diaz and 马琳. */
function shop() {
  const purchases = [
    ...['r1', 'r2', 'r3', 'r4'].flatMap((c) => [0, 30, 60, 90, 120].map((d) => buy(c, AS_OF - 150 + d))),
    // Dan Evans: six purchases exactly every 14 days, the last 10 days ago.
    ...[0, 1, 2, 3, 4, 5].map((i) => buy('Dan Evans', AS_OF - 10 - (5 - i) * 14)),
    // Carla Diaz: one 95-day interval, the last 20 days ago.
    buy('Carla Diaz', AS_OF - 115),
    buy('Carla Diaz', AS_OF - 20),
    // 马琳: every 30 days, the last 39 days ago (1.3×).
    ...[0, 1, 2, 3, 4].map((i) => buy('马琳', AS_OF - 39 - (4 - i) * 30)),
  ];
  const log = {
    purchases: tableOfPurchases(purchases),
    issues: [],
    rowsRead: purchases.length,
    rowsSkipped: 0,
    blankRows: 0,
    headerRows: 0,
  };
  return analyzeLog(log, AS_OF, DEFAULT_SETTINGS);
}

const analysis = shop();
const reorder = builtInTemplates().filter((t) => t.purpose === 'reorder');

describe("a customer's usual gap is their own", () => {
  it('Dan Evans, every 14 days: "usually every 14 days" in the reason and "about every 14 days" in the email', () => {
    const dan = analysis.byKey.get('Dan Evans')!;
    // The stage is judged on his gap shrunk toward the shop's 30; the due date and the words on his own 14.
    expect(dan.summary.stageGapDays).not.toBe(14);
    expect(dan.summary.usualGapDays).toBe(14);
    expect(dan.summary.nextDueDay).toBe(dan.summary.lastDay + 14);
    expect(whyText(dan, 'en')).toContain('usually every 14 days');
    expect(whyText(dan, 'zh-CN')).toContain('通常每 14 天购买一次');
    expect(whyText(dan, 'zh-TW')).toContain('通常每 14 天購買一次');
    for (const t of reorder) {
      expect(templateFits('reorder', dan)).toBe(true);
      const email = renderEmail(
        compileTemplate(t),
        mergeValuesOf(dan, undefined, SETTINGS, t.language),
        t.language,
        SETTINGS,
        FOLLOW_UP_SERVER_TEXTS,
      );
      expect(email.textBody).toMatch(/about every 14 days|大约每 14 天|大約每 14 天/);
    }
  });

  it('Carla Diaz, one 95-day interval: the gap she had, no habit claimed, and the gap she is due by', () => {
    const carla = analysis.byKey.get('Carla Diaz')!;
    const texts = LANGUAGES.map((l) => whyText(carla, l));
    // (1 × 95 + 2 × 30) / 3 = 51.7 days: the due date's gap, said to be weighed with the shop's.
    expect(carla.summary.nextDueDay).toBe(carla.summary.lastDay + 52);
    expect(texts[0]).toBe(
      "2 purchase days, 95 days apart; expected back within 51.7 days (that gap weighed with the shop's usual 30 days); last purchase 20 days ago.",
    );
    expect(texts[1]).toBe(
      '共 2 个购买日，相隔 95 天；预计 51.7 天内回购（该间隔与本店通常的 30 天综合）；上次购买在 20 天前。',
    );
    expect(texts[2]).toBe(
      '共 2 個購買日，相隔 95 天；預計 51.7 天內回購（該間隔與本店通常的 30 天綜合）；上次購買在 20 天前。',
    );
    for (const t of texts) expect(t).not.toMatch(/usually|通常每|×|倍/);
    // The re-order email says "you usually come back about every M days": not for her.
    expect(templateFits('reorder', carla)).toBe(false);
  });

  it('马琳, 1.3× her gap: a little later than usual, not yet at risk — never "on rhythm" while overdue', () => {
    const lin = analysis.byKey.get('马琳')!;
    expect(lin.lifecycle.stage).toBe('loyal');
    expect(lin.summary.nextDueDay).toBeLessThan(AS_OF);
    expect(whyText(lin, 'en')).toBe(
      '5 purchase days, usually every 30 days; last purchase 39 days ago, a little later than usual (1.3× the usual gap), not yet at risk.',
    );
    expect(whyText(lin, 'zh-CN')).toBe(
      '共 5 个购买日，通常每 30 天购买一次；上次购买在 39 天前，比平时稍晚（通常间隔的 1.3 倍），尚未有流失风险。',
    );
    expect(whyText(lin, 'zh-TW')).toBe(
      '共 5 個購買日，通常每 30 天購買一次；上次購買在 39 天前，比平時稍晚（通常間隔的 1.3 倍），尚未有流失風險。',
    );
  });
});

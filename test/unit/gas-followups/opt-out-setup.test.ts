// An opt-out column is never dropped without a word (new-owner trial): the customer sheet's opt-out
// header renamed to one detection does not know ("Marketing"), Analyze stopped and asked for the setup
// to be saved; saved as shown, the opt-out column was gone, follow-ups said the sheet had none and
// offered the acknowledgement that let Mia Rossi (opted out) be written to.
// Sample tea-shop workbook: its Customers sheet has an "Opt-out" column, and Mia Rossi opted out.
import { describe, expect, it } from 'vitest';
import { FOLLOW_UP_SERVER_TEXTS } from '../../../src/core/followups/server-texts';
import * as server from '../../../src/gas/followups/server';
import * as main from '../../../src/gas/main';
import { PANEL_TEXTS } from '../../../src/sidebar/followups/texts';
import { fmt, TEXTS } from '../../../src/sidebar/i18n';
import { AT_RISK, confirmAll, createHarness, type Harness } from './harness';

function ready(locale = 'en_US'): Harness {
  const h = createHarness({ locale });
  server.saveFollowUpSettingsWith({ shopName: 'Tea House', postalAddress: '1 Tea Road' });
  return h;
}

function renameHeader(h: Harness, from: string, to: string): number {
  const column = h.fake.values('Customers')[0]!.indexOf(from);
  h.fake.spreadsheet
    .sheet('Customers')
    .api.getRange(1, column + 1)
    .setValue(to);
  return column;
}

/** Saves the column setup exactly as the panel shows it, with the confirmation given (if any). */
function saveAsShown(confirmation?: unknown) {
  const view = main.getColumnSetup(null);
  return main.saveColumnSetup(
    { purchases: view.purchases, customers: view.customers, feedback: view.feedback },
    confirmation,
  );
}

const mia = 'Mia Rossi';
const miaSkipped = (h: Harness) => h.preview(AT_RISK).skipped.find((s) => s.label === mia)?.reason;

describe('a save that drops the opt-out column', () => {
  it('is refused, naming the column it was, and follow-ups stay stopped (no acknowledgement offered)', () => {
    const h = ready();
    saveAsShown();
    const column = renameHeader(h, 'Opt-out', 'Marketing');
    const shown = main.getColumnSetup(null);
    expect(shown.customers?.columns.optOut).toBeUndefined();
    // The column now standing where "Opt-out" stood is offered, not picked.
    expect(shown.optOutBefore).toEqual([
      {
        kind: 'customers',
        field: 'optOut',
        sheet: 'Customers',
        header: 'Opt-out',
        nowThere: { column, header: 'Marketing' },
      },
    ]);
    expect(() => saveAsShown()).toThrow(
      'Not saved: the column “Opt-out” of “Customers” held opt-outs or consent and this setup leaves it out (missing or renamed?). Choose the column that holds them now, or confirm that it is gone.',
    );
    // The panel names it before the owner saves.
    const before = { header: shown.optOutBefore[0]!.header, sheet: shown.optOutBefore[0]!.sheet };
    expect(fmt(TEXTS.en.optOutWas, before)).toBe(
      'Opt-out was column “Opt-out” of “Customers” (now missing or renamed).',
    );
    expect(fmt(TEXTS['zh-CN'].optOutWas, before)).toBe(
      '退订原为“Customers”的“Opt-out”列（现已不在或已改名）。',
    );
    expect(fmt(TEXTS['zh-TW'].optOutWas, before)).toBe(
      '退訂原為「Customers」的「Opt-out」欄（現已不在或已改名）。',
    );
    // Not a confirmation: anything but the explicit flag is rejected.
    expect(() => saveAsShown({ dropOptOut: 'yes' })).toThrow(/Invalid save confirmation/);
    expect(() => saveAsShown({ dropOptOut: false })).toThrow(/Not saved: the column “Opt-out”/);
    expect(() => saveAsShown(true)).toThrow(/Invalid save confirmation/);
    // Follow-ups refuse while the saved header is gone, even with the acknowledgement sent.
    expect(() => h.preview(AT_RISK)).toThrow(/its column “Opt-out” is not found/);
    const request = { campaign: { ...AT_RISK, preparedDay: 0 }, confirmed: [], acknowledgeNoOptOut: true };
    expect(() => h.drafts(request)).toThrow(/its column “Opt-out” is not found/);
    expect(() => h.send(request)).toThrow(/its column “Opt-out” is not found/);
    expect(h.fake.outbox.entries).toEqual([]);
    // The owner's fix: the column that now holds the opt-outs.
    main.saveColumnSetup({
      purchases: shown.purchases,
      customers: { ...shown.customers!, columns: { ...shown.customers!.columns, optOut: column } },
      feedback: shown.feedback,
    });
    expect(main.getColumnSetup(null).optOutBefore).toEqual([]);
    expect(miaSkipped(h)).toBe('optedOut');
  });

  it('is saved when the owner confirms the column is gone; then follow-ups say none is set', () => {
    const h = ready();
    saveAsShown();
    const customers = h.fake.spreadsheet.sheet('Customers').api;
    customers.deleteColumn(h.fake.values('Customers')[0]!.indexOf('Opt-out') + 1);
    const saved = saveAsShown({ dropOptOut: true });
    expect(saved.customers?.columns.optOut).toBeUndefined();
    expect(saved.optOutBefore).toEqual([]);
    const preview = h.preview(AT_RISK);
    expect(preview.noOptOutColumn).toBe(true);
    expect(h.send(confirmAll(preview)).stoppedBy).toBe('problems');
    expect(h.fake.outbox.entries).toEqual([]);
  });

  it('the refusal is in the owner’s language', () => {
    const zh = ready('zh_CN');
    saveAsShown();
    renameHeader(zh, 'Opt-out', 'Marketing');
    expect(() => saveAsShown()).toThrow(
      '未保存：“Customers”的“Opt-out”列记录退订或营销同意，此设置却不含它（已删除或改名？）。请选择现在记录它的列，或确认该列已不存在。',
    );
  });

  it('a setup that keeps the opt-out column, or had none, saves as before', () => {
    const h = ready();
    saveAsShown();
    expect(() => saveAsShown()).not.toThrow();
    main.resetColumnSetup(null);
    renameHeader(h, 'Opt-out', 'Marketing');
    expect(() => saveAsShown()).not.toThrow();
    expect(h.preview(AT_RISK).noOptOutColumn).toBe(true);
  });
});

describe('without an opt-out column set, the follow-ups say none is set, not that the sheet has none', () => {
  it('in en, zh-CN and zh-TW, in the panel and in the refusal', () => {
    const panel = (l: 'en' | 'zh-CN' | 'zh-TW') => PANEL_TEXTS[l].noOptOutColumn;
    const refusal = (l: 'en' | 'zh-CN' | 'zh-TW') =>
      FOLLOW_UP_SERVER_TEXTS.planProblems[l].optOutNotAcknowledged;
    expect(panel('en')).toMatch(/^No opt-out or consent column is set for your customer sheet/);
    expect(refusal('en')).toMatch(/^No opt-out or consent column is set for the customer sheet/);
    for (const text of [panel('en'), refusal('en')]) expect(text).not.toMatch(/has no opt-out/);
    expect(panel('zh-CN')).toMatch(/^您的客户表没有设定退订或营销同意列/);
    expect(refusal('zh-CN')).toMatch(/^客户表没有设定退订或营销同意列/);
    expect(panel('zh-TW')).toMatch(/^您的客戶表沒有設定退訂或行銷同意欄/);
    expect(refusal('zh-TW')).toMatch(/^客戶表沒有設定退訂或行銷同意欄/);
  });
});

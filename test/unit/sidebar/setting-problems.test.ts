// The server's refusal of a setting, said per field by the label the owner sees, in the owner's
// language (trial 22: "出错了：Invalid follow-up settings — coolDownDays: must be at most 365"). Each
// error comes from the real server-side check, so a change of its wording that the sidebar could no
// longer read fails here, not in front of an owner.

import { describe, expect, it } from 'vitest';
import { AudienceSchema } from '../../../src/core/followups/audiences';
import { parseFollowUpSettings } from '../../../src/core/followups/followup-settings';
import { LANGUAGES } from '../../../src/core/i18n/language';
import { parseColumnSetup } from '../../../src/core/mapping/column-setup';
import * as LIMITS from '../../../src/core/setting-limits';
import { LEDGER_PANEL_TEXTS } from '../../../src/sidebar/followups/ledger-texts';
import { PANEL_TEXTS } from '../../../src/sidebar/followups/texts';
import { TEXTS } from '../../../src/sidebar/i18n';
import {
  type SettingField,
  serverSettingProblem,
  settingProblemText,
  typedDay,
  wholeDays,
} from '../../../src/sidebar/setting-problems';

const errorOf = (f: () => unknown): unknown => {
  try {
    f();
  } catch (error) {
    return error;
  }
  throw new Error('expected a refusal');
};

const BAD_SETTINGS: [Record<string, unknown>, SettingField][] = [
  [{ coolDownDays: 1000 }, 'coolDownDays'],
  [{ coolDownDays: -3 }, 'coolDownDays'],
  [{ coolDownDays: 7.5 }, 'coolDownDays'],
  [{ coolDownDays: '十四' }, 'coolDownDays'],
  [{ shopName: 'x'.repeat(101) }, 'shopName'],
  [{ signature: 'x'.repeat(501) }, 'signature'],
  [{ postalAddress: 'x'.repeat(301) }, 'postalAddress'],
  [{ replyTo: 'not an email' }, 'replyTo'],
];

describe('the server refusing follow-up settings, as the owner reads it', () => {
  for (const language of LANGUAGES) {
    const t = PANEL_TEXTS[language];
    const labels: Partial<Record<SettingField, string>> = {
      coolDownDays: t.coolDown,
      shopName: t.shopName,
      signature: t.signature,
      postalAddress: LEDGER_PANEL_TEXTS[language].postalAddress,
      replyTo: t.replyTo,
    };
    it(`names the field by its label, in ${language}, without English or internal names`, () => {
      for (const [input, field] of BAD_SETTINGS) {
        const said = serverSettingProblem(
          errorOf(() => parseFollowUpSettings(input)),
          language,
          (f) => labels[f],
        );
        expect(said, JSON.stringify(input)).toMatch(
          new RegExp(`^${labels[field]!.replace(/[()（）]/g, '.')}[:：]`),
        );
        expect(said).not.toMatch(/Invalid|coolDownDays|shopName|replyTo|postalAddress|must be/);
        if (language !== 'en') expect(said).not.toMatch(/[a-z]{4,}/);
      }
    });
  }

  it('says each field once when several are wrong', () => {
    const error = errorOf(() => parseFollowUpSettings({ coolDownDays: 1000, replyTo: 'x' }));
    expect(
      serverSettingProblem(
        error,
        'en',
        (f) => ({ coolDownDays: 'Cool-down', replyTo: 'Replies to' })[f as string],
      ),
    ).toBe(
      'Cool-down: type a whole number of days from 0 to 365 (0: no cool-down). Nothing was saved. Replies to: type one email address, or leave it blank for your own. Nothing was saved.',
    );
  });
});

describe('the server refusing a column setup, as the owner reads it', () => {
  it('the analysis date by its label; any other part as a choice that could not be read', () => {
    for (const language of LANGUAGES) {
      const label = TEXTS[language].asOfLabel;
      const labelOf = (f: SettingField) => (f === 'asOf' ? label : undefined);
      const said = serverSettingProblem(
        errorOf(() => parseColumnSetup({ asOf: '2026-13-45' })),
        language,
        labelOf,
      );
      expect(said).toMatch(new RegExp(`^${label}[:：]`));
      expect(said).not.toMatch(/Invalid|asOf|YYYY/);
      const other = serverSettingProblem(
        errorOf(() => parseColumnSetup({ purchases: { sheet: '', headerRow: 0, columns: {} } })),
        language,
        labelOf,
      );
      expect(other).not.toMatch(/Invalid|purchases|headerRow/);
    }
  });

  it('leaves other errors to be shown as they are', () => {
    expect(serverSettingProblem(new Error('Another send is running'), 'en', () => 'x')).toBeUndefined();
  });
});

describe('the numbers and dates the sidebar reads from its fields', () => {
  const field = (value: string, badInput = false) => ({ value, validity: { badInput } }) as HTMLInputElement;
  it('days: a whole number from 0 to 365, nothing else (blank is not 0)', () => {
    expect(['0', '14', '365', ' 30 '].map((v) => wholeDays(field(v), 365))).toEqual([0, 14, 365, 30]);
    for (const v of ['', '366', '1000', '-3', '7.5', '1e2', 'abc'])
      expect(wholeDays(field(v), 365), v).toBeUndefined();
    expect(wholeDays(field('', true), 365)).toBeUndefined();
  });
  it('a date: YYYY-MM-DD, null when empty, undefined when half typed', () => {
    expect(typedDay(field('2026-06-30'))).toBe('2026-06-30');
    expect(typedDay(field(''))).toBeNull();
    expect(typedDay(field('', true))).toBeUndefined();
    expect(typedDay(field('2026-02-30'))).toBeUndefined();
  });
});

describe('the server refusing the rows-to-ignore rules', () => {
  it('names the rules by their title, not "purchases.exclude.0.values"', () => {
    const purchases = {
      sheet: 'Orders',
      headerRow: 1,
      columns: { customer: 0, date: 1, amount: 2 },
      exclude: [{ column: 3, values: Array.from({ length: 51 }, (_, i) => `v${i}`) }],
    };
    const error = errorOf(() => parseColumnSetup({ purchases }));
    expect(String((error as Error).message)).toMatch(/purchases\.exclude\.0/);
    const labelOf = (f: SettingField) => (f === 'exclude' ? '忽略以下情况的行' : undefined);
    expect(serverSettingProblem(error, 'zh-CN', labelOf)).toBe(
      '忽略以下情况的行：最多 20 条规则，每条 1 到 50 个值，每个值最多 200 个字符。未保存任何更改。',
    );
  });
});

// Helper r10: the sidebar's checks and sentences repeated the server's bounds as literals; both now
// read core/setting-limits.ts (no zod), so a bound changed on one side is changed on the other.
describe('the sidebar names the bounds the server checks', () => {
  const field = (value: string) => ({ value, validity: { badInput: false } }) as HTMLInputElement;
  it('follow-up settings: each text’s length and the cool-down', () => {
    const texts = [
      ['shopName', LIMITS.MAX_SHOP_NAME],
      ['signature', LIMITS.MAX_SIGNATURE],
      ['postalAddress', LIMITS.MAX_POSTAL_ADDRESS],
    ] as const;
    for (const [name, max] of texts) {
      expect(() => parseFollowUpSettings({ [name]: 'x'.repeat(max) })).not.toThrow();
      expect(() => parseFollowUpSettings({ [name]: 'x'.repeat(max + 1) })).toThrow();
      for (const language of LANGUAGES) expect(settingProblemText(name, 'L', language)).toContain(` ${max} `);
    }
    const days = LIMITS.MAX_COOL_DOWN_DAYS;
    expect(() => parseFollowUpSettings({ coolDownDays: days })).not.toThrow();
    expect(() => parseFollowUpSettings({ coolDownDays: days + 1 })).toThrow();
    expect(wholeDays(field(String(days)), days)).toBe(days);
    expect(wholeDays(field(String(days + 1)), days)).toBeUndefined();
    for (const language of LANGUAGES)
      expect(settingProblemText('coolDownDays', 'L', language)).toMatch(new RegExp(`0 (to|到) ${days}\\b`));
  });

  it('the due-within window and the ignore rules', () => {
    const days = LIMITS.MAX_DUE_WITHIN_DAYS;
    expect(AudienceSchema['~standard'].validate({ kind: 'dueWithin', days })).not.toHaveProperty('issues');
    expect(AudienceSchema['~standard'].validate({ kind: 'dueWithin', days: days + 1 })).toHaveProperty(
      'issues',
    );
    expect(settingProblemText('dueDays', 'L', 'en')).toBe(
      `L: type a whole number of days from 0 to ${days}.`,
    );
    expect(settingProblemText('exclude', 'L', 'en')).toBe(
      `L: at most ${LIMITS.MAX_EXCLUDE_RULES} rules, each with 1 to ${LIMITS.MAX_EXCLUDE_VALUES} values of at most ${LIMITS.MAX_EXCLUDE_VALUE_LENGTH} characters. Nothing was saved.`,
    );
  });
});

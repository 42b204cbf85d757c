import { describe, expect, it } from 'vitest';
import { builtInTemplates } from '../../../src/core/followups/built-in-texts';
import { MERGE_FIELDS } from '../../../src/core/followups/merge-fields';
import { FOLLOW_UP_SERVER_TEXTS } from '../../../src/core/followups/server-texts';
import {
  BUILT_IN_TEMPLATE_IDS,
  combineTemplates,
  compileTemplate,
  findTemplate,
  readTemplateRows,
  templateSheetRows,
} from '../../../src/core/followups/templates';
import { LANGUAGES } from '../../../src/core/i18n/language';

describe('built-in templates', () => {
  const all = builtInTemplates();

  it('cover every purpose in every language', () => {
    expect(all).toHaveLength(Object.keys(BUILT_IN_TEMPLATE_IDS).length * LANGUAGES.length);
    for (const language of LANGUAGES) {
      for (const id of Object.values(BUILT_IN_TEMPLATE_IDS))
        expect(findTemplate(all, id, language)).toBeDefined();
    }
  });

  it('parse without a single merge-field problem', () => {
    for (const t of all) expect(compileTemplate(t).problems, `${t.id} ${t.language}`).toEqual([]);
  });

  it('use every merge field but total spent (left to the owner)', () => {
    const used = new Set<string>();
    for (const t of all) {
      const c = compileTemplate(t);
      for (const tok of [...c.subject, ...c.body]) if (tok.kind === 'field') used.add(tok.field);
    }
    expect([...used].sort()).toEqual(MERGE_FIELDS.filter((f) => f !== 'totalSpent').sort());
  });

  it('Loyal appreciation offers no discount (SPEC §1: non-price care)', () => {
    for (const language of LANGUAGES) {
      const t = findTemplate(all, 'appreciation', language)!;
      expect(`${t.subject} ${t.body}`).not.toMatch(/discount|% off|coupon|折扣|优惠|優惠|打折/i);
    }
  });

  it('survive a round trip through the Templates sheet rows', () => {
    const rows = templateSheetRows(all, 'zh-CN', FOLLOW_UP_SERVER_TEXTS);
    const back = readTemplateRows(rows, 2, FOLLOW_UP_SERVER_TEXTS);
    expect(back.problems).toEqual([]);
    expect(back.templates.map(({ source: _s, ...t }) => t)).toEqual(all.map(({ source: _s, ...t }) => t));
  });
});

describe('the Templates sheet', () => {
  it('reports unusable rows with their row number and skips blank rows', () => {
    const { templates, problems } = readTemplateRows(
      [
        ['ok', 'en', 'At risk', 'Mine', 'Hi {{name}}', 'Body'],
        ['', '', '', '', '', ''],
        ['bad id!', 'en', '', '', 's', 'b'],
        ['x', 'fr', '', '', 's', 'b'],
        ['y', 'en', 'party', '', 's', 'b'],
        ['z', 'en', '', '', '', 'b'],
        ['w', 'en', '', '', 's', ' '],
        ['OK', 'en', '', '', 's', 'b'],
      ],
      2,
      FOLLOW_UP_SERVER_TEXTS,
    );
    expect(templates.map((t) => [t.id, t.purpose, t.source])).toEqual([['ok', 'atRisk', { row: 2 }]]);
    expect(problems.map((p) => [p.row, p.problem])).toEqual([
      [4, 'badId'],
      [5, 'badLanguage'],
      [6, 'badPurpose'],
      [7, 'noSubject'],
      [8, 'noBody'],
      [9, 'duplicate'],
    ]);
  });

  it('reads a purpose as its id, a word typed by hand or its label in any language', () => {
    const labels = FOLLOW_UP_SERVER_TEXTS.purposeLabels;
    const purposes = [
      'spendingLess',
      'REORDER',
      'at-risk',
      'due',
      'custom',
      labels['zh-CN'].lapsed,
      ` ${labels['zh-TW'].boughtOnce} `,
      labels.en.complaint.toUpperCase(),
      'constructor',
    ];
    const { templates, problems } = readTemplateRows(
      purposes.map((purpose, i) => [`t${i}`, 'en', purpose, '', 's', 'b']),
      2,
      FOLLOW_UP_SERVER_TEXTS,
    );
    expect(templates.map((t) => t.purpose)).toEqual([
      'spendingLess',
      'reorder',
      'atRisk',
      'reorder',
      'other',
      'lapsed',
      'boughtOnce',
      'complaint',
    ]);
    expect(problems).toEqual([{ row: 10, problem: 'badPurpose', value: 'constructor' }]);
  });

  it('an owner row replaces the built-in template of the same id and language, and new ids are added', () => {
    const owned = readTemplateRows(
      [
        ['check-in', 'en', 'At risk', 'My check-in', 'Hello {{name}}', 'Hi'],
        ['birthday', 'zh-TW', '', '生日', '生日快樂', '祝您生日快樂'],
      ],
      2,
      FOLLOW_UP_SERVER_TEXTS,
    ).templates;
    const all = combineTemplates(builtInTemplates(), owned);
    expect(findTemplate(all, 'check-in', 'en')!.subject).toBe('Hello {{name}}');
    expect(findTemplate(all, 'check-in', 'zh-CN')!.source).toBe('builtIn');
    expect(findTemplate(all, 'Birthday', 'zh-TW')!.purpose).toBe('other');
    expect(all).toHaveLength(builtInTemplates().length + 1);
  });
});

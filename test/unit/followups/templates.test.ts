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
  readTemplateSheet,
  templateSheetRows,
} from '../../../src/core/followups/templates';
import { LANGUAGES } from '../../../src/core/i18n/language';
import { templateRowProblemText } from '../../../src/sidebar/followups/template-problems';

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

describe('the Templates sheet: its header row', () => {
  const header = (language: 'en' | 'zh-CN' | 'zh-TW') =>
    (['id', 'language', 'purpose', 'name', 'subject', 'body'] as const).map(
      (c) => FOLLOW_UP_SERVER_TEXTS.templateHeaders[language][c],
    );
  const edited = ['check-in', 'en', 'At risk', 'Mine', 'Hello {{name}}', 'OWNER EDITED TEXT'];
  const other = ['thanks', 'en', '', '', 'Thanks', 'Body'];

  it('header row deleted (trial 19 D8): nothing of the sheet is used and one problem says so', () => {
    const { templates, problems } = readTemplateSheet([edited, other], FOLLOW_UP_SERVER_TEXTS);
    expect(templates).toEqual([]);
    expect(problems).toEqual([{ row: 1, problem: 'noHeader', value: '' }]);
    // The sidebar says which header to put back, in the owner's language.
    for (const language of LANGUAGES) {
      const said = templateRowProblemText(problems[0]!, language);
      for (const name of header(language)) expect(said).toContain(name);
    }
  });

  it('a blank sheet has no problem', () => {
    expect(readTemplateSheet([['', ''], []], FOLLOW_UP_SERVER_TEXTS)).toEqual({
      templates: [],
      problems: [],
    });
    expect(readTemplateSheet([], FOLLOW_UP_SERVER_TEXTS)).toEqual({ templates: [], problems: [] });
  });

  it('a title row typed above the header: the header is found below it, rows keep their numbers', () => {
    const { templates, problems } = readTemplateSheet(
      [['My shop email templates'], [], header('en'), edited, other],
      FOLLOW_UP_SERVER_TEXTS,
    );
    expect(problems).toEqual([]);
    expect(templates.map((t) => [t.id, t.body, t.source])).toEqual([
      ['check-in', 'OWNER EDITED TEXT', { row: 4 }],
      ['thanks', 'Body', { row: 5 }],
    ]);
  });

  it('a header sorted into the middle, in Chinese and columns reordered: rows above and below are read', () => {
    const h = header('zh-TW');
    const order = [5, 4, 3, 2, 1, 0];
    const cols = (r: readonly string[]) => order.map((i) => r[i]);
    const { templates, problems } = readTemplateSheet(
      [cols(other), cols(h), cols(edited)],
      FOLLOW_UP_SERVER_TEXTS,
    );
    expect(problems).toEqual([]);
    expect(templates.map((t) => [t.id, t.subject, t.source])).toEqual([
      ['thanks', 'Thanks', { row: 1 }],
      ['check-in', 'Hello {{name}}', { row: 3 }],
    ]);
  });

  it('a template row is never taken for the header, even one naming a column or two', () => {
    const looksLikeHeader = ['name-1', 'en', '', 'Name', 'Subject', 'x'];
    const { problems } = readTemplateSheet([looksLikeHeader, edited], FOLLOW_UP_SERVER_TEXTS);
    expect(problems.map((p) => p.problem)).toEqual(['noHeader']);
  });
});

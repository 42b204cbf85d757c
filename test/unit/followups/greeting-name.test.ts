// Trial 24: a log without names greeted customers by their key ("How are we doing, C225330?",
// "Dear 07700 900123,", "C225330 您好："). A {{name}} that is an id, a phone or an address is no name.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInTemplates } from '../../../src/core/followups/built-in-texts';
import { planCampaign } from '../../../src/core/followups/campaign';
import { readContacts } from '../../../src/core/followups/contacts';
import { isPersonName } from '../../../src/core/followups/greeting-name';
import type { FollowUpTemplate } from '../../../src/core/followups/templates';
import type { Language } from '../../../src/core/i18n/language';
import { AT_RISK_SPEC, customer, inputs } from './fixtures';

const OLIST_KEY = '7c396fd4830fd04220f754e42b4e5bff';

describe('isPersonName', () => {
  it('takes names as typed, in any script', () => {
    for (const name of [
      'Ava',
      '林秀英',
      'Mr. Lee',
      "O'Donnell",
      'Anne-Marie',
      'Ng',
      'José Álvarez',
      '陳 大文',
    ])
      expect(isPersonName(name), name).toBe(true);
  });

  // Leftovers 29: any digit made a name no name, and "Mary 2" was greeted as "Dear friend,".
  it('takes a name with a small number beside it, as owners tell two customers apart', () => {
    for (const name of [
      'Mary 2',
      'Li 3rd',
      'Table 4 Anna',
      'Anna #4',
      'Tom (2)',
      '张伟2',
      '王芳 3',
      'John Smith 2nd',
    ])
      expect(isPersonName(name), name).toBe(true);
  });

  it('takes ids, hex keys, uuids, phones and addresses for no name', () => {
    for (const id of [
      'C225330',
      OLIST_KEY,
      '123e4567-e89b-12d3-a456-426614174000',
      '07700 900123',
      '+44 7700 900123',
      '7700900123',
      '138-0013-8000',
      'amy@example.com',
      // Addresses beside a name or spaced (review 25): 'Dear Leo <leo@x.com>,' is no greeting.
      'Leo <leo@x.com>',
      'Ann (ann@example.com)',
      'ann @ example.com',
      'ann@example.com; bob@example.com',
      'Customer 12',
      // A number beside a word that names no one, or too long for a number told apart from a name.
      'Guest 3',
      'Table 4',
      '顾客12',
      '会员 5',
      'Anna 07700 900123',
      'Anna 2024',
      'Mary C225330',
      'Anna 12 34',
      '',
      '  ',
      '—',
    ])
      expect(isPersonName(id), id).toBe(false);
  });

  it('property: random ids, phones and addresses are never names; names of letters always are', () => {
    const letters = fc.string({
      unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'),
      minLength: 1,
      maxLength: 8,
    });
    const digits = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 10 });
    const id = fc
      .tuple(letters, digits, fc.boolean())
      .map(([l, d, upper]) => (upper ? l.toUpperCase() : l) + d);
    const hex = fc
      .uint8Array({ minLength: 16, maxLength: 16 })
      .map((b) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join(''));
    const uuid = fc.uuid();
    const phone = fc
      .tuple(fc.constantFrom('', '+44 ', '+86 ', '0', '(0'), digits, fc.constantFrom(' ', '-', ''), digits)
      .map(([p, a, sep, b]) => `${p}${a}${sep}${b}`);
    const email = fc.oneof(
      fc.emailAddress(),
      fc.tuple(letters, fc.emailAddress()).map(([n, e]) => `${n} <${e}>`),
      fc.tuple(letters, letters).map(([a, b]) => `${a} @ ${b}.com`),
    );
    const name = fc.tuple(letters, letters).map(([a, b]) => `${a[0]!.toUpperCase()}${a.slice(1)} ${b}`);
    const longNumber = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 4, maxLength: 12 });
    const rowWord = fc.constantFrom('Customer', 'guest', 'MEMBER', 'Order', 'Table', 'No.', '顾客', '會員');
    const notName = fc.oneof(
      id,
      // A name beside an id, a phone or a long number is no greeting either: it would print them.
      fc
        .tuple(
          name,
          fc.oneof(
            id,
            phone.filter((p) => p.replace(/\D/g, '').length > 3),
            longNumber,
          ),
        )
        .map(([n, x]) => `${n} ${x}`),
      fc.tuple(rowWord, fc.integer({ min: 0, max: 999 })).map(([w, n]) => `${w} ${n}`),
      hex.filter((h) => /\d/.test(h)),
      uuid,
      phone,
      email,
    );
    fc.assert(fc.property(notName, (text) => !isPersonName(text)));
    const han = fc.string({ unit: fc.constantFrom(...'王李张林秀英陳大文美玲'), minLength: 1, maxLength: 4 });
    const numbered = fc
      .tuple(name, fc.integer({ min: 0, max: 999 }), fc.constantFrom('', '#', 'st', 'nd', 'rd', 'th'))
      .map(([n, k, mark]) => (mark === '#' ? `${n} #${k}` : `${n} ${k}${mark}`));
    const names = fc.oneof(
      han,
      name,
      numbered,
      fc.tuple(han, fc.integer({ min: 0, max: 999 })).map(([h, k]) => `${h}${k}`),
      fc.tuple(fc.constantFrom('Mr. ', 'Ms. ', "O'", ''), letters).map(([p, l]) => p + l),
    );
    fc.assert(fc.property(names, (text) => isPersonName(text)));
  });
});

/** A customer sheet without a name column, as readContacts reads it (its name is the key cell). */
function idKeyed(keys: readonly string[]) {
  const grid = [['Customer ID', 'Email'], ...keys.map((k, i) => [k, `c${i}@example.com`])];
  const directory = readContacts(grid);
  const customers = keys.map((k) => customer({ key: k.toLowerCase(), label: k }));
  return { ...inputs({ customers }), directory };
}

const spec = (language: Language) => ({ ...AT_RISK_SPEC, language });

describe('planCampaign: a customer without a name', () => {
  it('is not greeted by their id, in any language, and the preview says who', () => {
    const keys = ['C225330', OLIST_KEY, '07700 900123'];
    const expected: Record<Language, { subject: string; body: string }> = {
      en: { subject: 'How are we doing, friend?', body: 'Dear friend,' },
      'zh-CN': { subject: '顾客朋友，我们做得怎么样？', body: '顾客朋友您好：' },
      'zh-TW': { subject: '顧客朋友，我們做得怎麼樣？', body: '顧客朋友您好：' },
    };
    for (const language of ['en', 'zh-CN', 'zh-TW'] as const) {
      const plan = planCampaign(spec(language), idKeyed(keys));
      expect(plan.recipients).toHaveLength(3);
      for (const r of plan.recipients) {
        expect(r.subject).toBe(expected[language].subject);
        expect(r.textBody.startsWith(expected[language].body)).toBe(true);
        for (const k of keys) {
          expect(r.textBody).not.toContain(k);
          expect(r.htmlBody).not.toContain(k);
        }
        expect(r.unnamed).toBe(true);
      }
    }
  });

  it("keeps a real name as typed, from the sheet's Name column or the log", () => {
    const grid = [
      ['Customer ID', 'Name', 'Email'],
      ['C1', 'Anne-Marie', 'a@example.com'],
      ['C2', '林秀英', 'b@example.com'],
      ['C3', '', 'c@example.com'],
      ['C4', 'd@example.com', 'd@example.com'],
    ];
    const customers = [
      customer({ key: 'c1', label: 'C1' }),
      customer({ key: 'c2', label: 'C2' }),
      customer({ key: 'c3', label: "O'Donnell" }),
      customer({ key: 'c4', label: 'C4' }),
    ];
    const plan = planCampaign(AT_RISK_SPEC, { ...inputs({ customers }), directory: readContacts(grid) });
    expect(plan.recipients.map((r) => [r.key, r.subject, r.unnamed])).toEqual([
      ['c1', 'How are we doing, Anne-Marie?', undefined],
      ['c2', 'How are we doing, 林秀英?', undefined],
      ['c3', "How are we doing, O'Donnell?", undefined],
      ['c4', 'How are we doing, friend?', true],
    ]);
  });

  it("uses the template's own fallback when it gives one", () => {
    const own: FollowUpTemplate = {
      id: 'hello',
      language: 'en',
      purpose: 'other',
      name: 'Hello',
      subject: 'Hello {{name|there}}',
      body: 'Hi {{name|there}},\n\nSee you soon.',
      source: { row: 2 },
    };
    const base = idKeyed(['C225330']);
    const plan = planCampaign(
      { ...AT_RISK_SPEC, templateId: 'hello' },
      { ...base, templates: [...builtInTemplates(), own] },
    );
    expect(plan.recipients.map((r) => [r.subject, r.textBody.split('\n')[0], r.unnamed])).toEqual([
      ['Hello there', 'Hi there,', true],
    ]);
  });

  it('marks nobody when the template does not greet by name', () => {
    const own: FollowUpTemplate = {
      id: 'news',
      language: 'en',
      purpose: 'other',
      name: 'News',
      subject: 'News from {{shopName}}',
      body: 'Hello,\n\nWe have new teas.',
      source: { row: 2 },
    };
    const base = idKeyed(['C225330']);
    const plan = planCampaign(
      { ...AT_RISK_SPEC, templateId: 'news' },
      { ...base, templates: [...builtInTemplates(), own] },
    );
    expect(plan.recipients.map((r) => r.unnamed)).toEqual([undefined]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cleanSubject,
  escapeHtml,
  MAX_SUBJECT_LENGTH,
  type MergeValues,
  mergeFieldOf,
  missingValues,
  parseTemplateText,
  renderHtmlBody,
  renderSubject,
  renderTextBody,
  singleLine,
} from '../../../src/core/followups/merge-fields';

const VALUES: MergeValues = {
  name: 'Ava',
  lastPurchaseDate: '5 March 2026',
  daysSince: '40',
  usualGap: '20',
  favouriteProduct: undefined,
  totalSpent: '1,234.50',
  shopName: 'Lotus Leaf',
  signature: 'Mei\nLotus Leaf Tea House',
};

describe('merge fields: parsing', () => {
  it('recognises fields case-, space- and underscore-insensitively, in English and Chinese', () => {
    expect(mergeFieldOf('Last_Purchase_Date')).toBe('lastPurchaseDate');
    expect(mergeFieldOf(' last purchase date ')).toBe('lastPurchaseDate');
    expect(mergeFieldOf('favoriteProduct')).toBe('favouriteProduct');
    expect(mergeFieldOf('最近购买日期')).toBe('lastPurchaseDate');
    expect(mergeFieldOf('簽名')).toBe('signature');
    expect(mergeFieldOf('discount')).toBeUndefined();
  });

  it('reports an unknown field, an unclosed field and an empty field, with where they are', () => {
    expect(parseTemplateText('Hi {{nmae}}', 'subject').problems).toEqual([
      { kind: 'unknownField', part: 'subject', raw: '{{nmae}}' },
    ]);
    expect(parseTemplateText('Hi {{name', 'body').problems).toEqual([
      { kind: 'unclosedField', part: 'body', raw: '{{name' },
    ]);
    expect(parseTemplateText('Hi {{name {{shop}}', 'body').problems.map((p) => p.kind)).toEqual([
      'unclosedField',
    ]);
    expect(parseTemplateText('Hi {{ }}', 'body').problems).toEqual([{ kind: 'emptyField', part: 'body' }]);
  });

  it('leaves single braces and a lone }} as text', () => {
    const { tokens, problems } = parseTemplateText('a {b} c }} d', 'body');
    expect(problems).toEqual([]);
    expect(renderTextBody(tokens, VALUES)).toBe('a {b} c }} d');
  });

  it('reports look-alike fields instead of sending them as typed (trial 19 D5)', () => {
    const raws = (text: string) =>
      parseTemplateText(text, 'body').problems.map((p) => (p.kind === 'lookAlikeField' ? p.raw : p.kind));
    expect(raws('Hello {first_name}, thanks!')).toEqual(['{first_name}']);
    // `${` typed by the owner, as in other tools' templates (a $ and a brace).
    const d = '$';
    expect(raws(`Hello ${d}{name}`)).toEqual([`${d}{name}`]);
    expect(raws(`Hi ${d}{anything at all} and {Name} and {姓名} and {orderId}`)).toEqual([
      `${d}{anything at all}`,
      '{Name}',
      '{姓名}',
      '{orderId}',
    ]);
    // A single full-width pair is checked like an ASCII one and quoted as typed.
    expect(raws('｛姓名｝您好')).toEqual(['｛姓名｝']);
    expect(parseTemplateText('Hi {first_name}', 'subject').problems).toEqual([
      { kind: 'lookAlikeField', part: 'subject', raw: '{first_name}' },
    ]);
  });

  it('leaves prose braces that are not field-like as text, with no problem', () => {
    for (const text of [
      'a {b} c',
      'Our {new} blend {see below}',
      'Prices {in HK$}: $5',
      'Set: {tea, cup}',
      'JSON {"a": 1}',
      '{{name}} {b}',
      '{',
      '}',
      '$5 {x}',
    ]) {
      expect(parseTemplateText(text, 'body').problems, text).toEqual([]);
    }
  });

  it('reads full-width double braces (a Chinese input method types them) as the field they name', () => {
    const { tokens, problems } = parseTemplateText('｛｛姓名｝｝您好，｛｛ 店名 ｝｝', 'subject');
    expect(problems).toEqual([]);
    expect(renderSubject(tokens, VALUES)).toBe('Ava您好，Lotus Leaf');
    // Half full-width, half ASCII: still the field.
    expect(renderSubject(parseTemplateText('{{姓名｝｝', 'subject').tokens, VALUES)).toBe('Ava');
    expect(parseTemplateText('｛｛nmae｝｝', 'body').problems).toEqual([
      { kind: 'unknownField', part: 'body', raw: '｛｛nmae｝｝' },
    ]);
  });

  it('uses the fallback after | when the customer has no value', () => {
    const { tokens } = parseTemplateText('More {{favouriteProduct|tea}}?', 'subject');
    expect(renderSubject(tokens, VALUES)).toBe('More tea?');
    expect(renderSubject(tokens, { ...VALUES, favouriteProduct: 'Matcha' })).toBe('More Matcha?');
    expect(missingValues(parseTemplateText('{{favouriteProduct}}', 'body').tokens, VALUES)).toEqual([
      'favouriteProduct',
    ]);
  });
});

describe('merge fields: rendering safely', () => {
  it('escapes merge values and template text in the HTML body', () => {
    const { tokens } = parseTemplateText('Dear {{name}} <b>&</b>', 'body');
    const html = renderHtmlBody(tokens, { ...VALUES, name: '<script>alert("x")</script>' });
    expect(html).toBe(
      '<p>Dear &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &lt;b&gt;&amp;&lt;/b&gt;</p>',
    );
  });

  it('lays out paragraphs and line breaks; a signature keeps its lines', () => {
    const { tokens } = parseTemplateText('Dear {{name}},\n\nThanks.\r\nSee you.\n\n{{signature}}', 'body');
    expect(renderHtmlBody(tokens, VALUES)).toBe(
      '<p>Dear Ava,</p>\n<p>Thanks.<br>See you.</p>\n<p>Mei<br>Lotus Leaf Tea House</p>',
    );
    expect(renderTextBody(tokens, VALUES)).toBe(
      'Dear Ava,\n\nThanks.\nSee you.\n\nMei\nLotus Leaf Tea House',
    );
  });

  it('makes any other merge value one line, so a value cannot add paragraphs or headers', () => {
    const { tokens } = parseTemplateText('Dear {{name}},', 'body');
    expect(renderTextBody(tokens, { ...VALUES, name: 'Ava\r\nBcc: evil@example.com' })).toBe(
      'Dear Ava Bcc: evil@example.com,',
    );
  });

  it('makes subjects one line whatever the template or values hold, and caps their length', () => {
    const { tokens } = parseTemplateText('Hello\r\n{{name}}\u2028!', 'subject');
    expect(renderSubject(tokens, { ...VALUES, name: 'A\nB\u0000C' })).toBe('Hello A B C !');
    expect(Array.from(cleanSubject('x'.repeat(500))).length).toBe(MAX_SUBJECT_LENGTH);
    expect(cleanSubject('😀'.repeat(300)).endsWith('…')).toBe(true);
    expect(cleanSubject('😀'.repeat(300))).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it('escapes the five HTML-special characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});

describe('merge fields: properties', () => {
  const anyValue = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.constantFrom('<', '>', '&', '"', "'", '\r\n'),
  );
  const anyValues = fc.record({
    name: anyValue,
    lastPurchaseDate: anyValue,
    daysSince: anyValue,
    usualGap: anyValue,
    favouriteProduct: fc.option(anyValue, { nil: undefined }),
    totalSpent: anyValue,
    shopName: anyValue,
    signature: anyValue,
  });
  const FIELDS = ['{{name}}', '{{shopName}}', '{{signature}}', '{{favouriteProduct|x<y}}', '{{totalSpent}}'];
  const anyTemplate = fc
    .array(fc.oneof(fc.string(), fc.constantFrom(...FIELDS)), { maxLength: 8 })
    .map((parts) => parts.join(''));

  it('merge values never produce an unescaped < in the HTML body', () => {
    fc.assert(
      fc.property(anyTemplate, anyValues, (template, values) => {
        const html = renderHtmlBody(parseTemplateText(template, 'body').tokens, values);
        // The only tags are the ones the renderer makes.
        const withoutOwnTags = html.replace(/<\/?p>|<br>/g, '');
        expect(withoutOwnTags).not.toContain('<');
        expect(withoutOwnTags).not.toContain('>');
        expect(withoutOwnTags).not.toContain('"');
      }),
      { numRuns: 500 },
    );
  });

  it('subjects never contain a line break or a control character', () => {
    fc.assert(
      fc.property(anyTemplate, anyValues, (template, values) => {
        const subject = renderSubject(parseTemplateText(template, 'subject').tokens, values);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: checking for control characters
        expect(subject).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
        expect(subject).toBe(subject.trim());
        expect(Array.from(subject).length).toBeLessThanOrEqual(MAX_SUBJECT_LENGTH);
      }),
      { numRuns: 500 },
    );
  });

  it('singleLine is idempotent', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => singleLine(singleLine(s)) === singleLine(s)));
  });
});

// The text helpers' shortcuts (an ASCII check by character codes, a blank check by the first
// character) against what they shortcut: cleaning the text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, isBlankCell } from '../../../src/core/input/text';

/** Strings with spaces, invisible and full-width characters, CJK and plain ASCII mixed. */
const textArb = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc
    .array(
      fc.constantFrom(
        ' ',
        '\t',
        '\n',
        '\u3000',
        '\u00a0',
        '\u200b',
        '\ufeff',
        'a',
        'Z',
        '0',
        '客',
        '５',
        '\u0301',
        '\u007f',
        '\u0000',
      ),
      { maxLength: 6 },
    )
    .map((parts) => parts.join('')),
);

describe('isBlankCell', () => {
  it('is true exactly when the cleaned text is empty (property)', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        expect(isBlankCell(text)).toBe(cleanText(text) === '');
      }),
      { numRuns: 5000 },
    );
  });

  it('counts invisible and ideographic spaces as blank, a visible first character as not', () => {
    expect(isBlankCell('\u200b \u3000')).toBe(true);
    expect(isBlankCell('\ufeff')).toBe(true);
    expect(isBlankCell('客')).toBe(false);
    expect(isBlankCell('x ')).toBe(false);
    expect(isBlankCell(null)).toBe(true);
    expect(isBlankCell(0)).toBe(false);
  });
});

describe('cleanText', () => {
  it('only trims text of printable ASCII, tabs and line breaks (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.integer({ min: 32, max: 126 }).map((c) => String.fromCharCode(c)) }),
        (s) => {
          expect(cleanText(`\t${s}\n`)).toBe(s.trim());
        },
      ),
    );
  });

  it('folds full-width text and drops invisible characters once any character is outside ASCII', () => {
    expect(cleanText('\u200bＴＯＴＡＬ ')).toBe('TOTAL');
    expect(cleanText('a\u007f')).toBe('a\u007f');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractAddresses, recipientOf } from '../../../src/core/followups/addresses';
import { readContacts } from '../../../src/core/followups/contacts';

describe('extractAddresses', () => {
  it('reads the disguised forms owners and exports write', () => {
    const leo = ['leo@example.com'];
    expect(extractAddresses('leo@example.com')).toEqual(leo);
    expect(extractAddresses('le\u200Bo@exa\u200Cmple.com')).toEqual(leo);
    expect(extractAddresses('\uFEFFleo\u00AD@example.com')).toEqual(leo);
    expect(extractAddresses('leo＠example.com')).toEqual(leo);
    expect(extractAddresses('ｌｅｏ＠ｅｘａｍｐｌｅ．ｃｏｍ')).toEqual(leo);
    expect(extractAddresses('Leo <leo@example.com>')).toEqual(leo);
    expect(extractAddresses('"Leo Schmidt" <LEO@Example.COM>')).toEqual(leo);
    expect(extractAddresses('mailto:leo@example.com')).toEqual(leo);
    expect(extractAddresses('<MAILTO:leo@example.com?subject=Hi>')).toEqual(leo);
    expect(extractAddresses('leo@example.com.')).toEqual(leo);
    expect(extractAddresses('(leo@example.com)')).toEqual(leo);
  });

  it('reads every address of a cell that holds several, once each', () => {
    expect(extractAddresses('leo@example.com, mia@example.org')).toEqual([
      'leo@example.com',
      'mia@example.org',
    ]);
    expect(extractAddresses('leo@example.com；mia@example.org')).toEqual([
      'leo@example.com',
      'mia@example.org',
    ]);
    expect(extractAddresses('leo@example.com、mia@example.org\nLEO@example.com')).toEqual([
      'leo@example.com',
      'mia@example.org',
    ]);
  });

  it('finds nothing in text without an address', () => {
    for (const value of ['', '  ', 'n/a', 'Leo', 'leo@', '@example.com', 'leo@example', 42, true, null]) {
      expect(extractAddresses(value)).toEqual([]);
    }
  });
});

describe('recipientOf', () => {
  it('writes to a cell with exactly one address, and to no cell with several', () => {
    expect(recipientOf('Leo <leo@example.com>')).toEqual({ kind: 'one', email: 'leo@example.com' });
    expect(recipientOf('leo@example.com\r\nBcc: all@example.org')).toEqual({
      kind: 'several',
      emails: ['leo@example.com', 'all@example.org'],
    });
    expect(recipientOf('\u200B')).toEqual({ kind: 'none' });
    expect(recipientOf('not an email')).toEqual({ kind: 'invalid' });
  });
});

// Disguises an address as the owner's sheet or an export might: each generated form must still be
// matched, so an opt-out written in any of them stops mail to the plain address.
const FULL_WIDTH_OFFSET = 0xfee0; // '!'..'~' → U+FF01..U+FF5E
const INVISIBLES = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD'];

const localPart = fc
  .stringMatching(/^[a-z0-9](?:[a-z0-9._+-]{0,14}[a-z0-9])?$/)
  .filter((s) => !s.includes('..'));
const domain = fc
  .tuple(
    fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?$/),
    fc.constantFrom('com', 'org', 'cn', 'co.uk'),
  )
  .map(([name, tld]) => `${name}.${tld}`);
const address = fc.tuple(localPart, domain).map(([l, d]) => `${l}@${d}`);

const disguise = (plain: string) =>
  fc
    .record({
      fullWidth: fc.array(fc.boolean(), { minLength: plain.length, maxLength: plain.length }),
      upper: fc.array(fc.boolean(), { minLength: plain.length, maxLength: plain.length }),
      invisible: fc.array(fc.option(fc.constantFrom(...INVISIBLES), { nil: undefined }), {
        minLength: plain.length,
        maxLength: plain.length,
      }),
      wrap: fc.constantFrom('plain', 'name', 'quotedName', 'mailto', 'angleMailto', 'trailingDot', 'parens'),
      other: fc.option(fc.tuple(address, fc.constantFrom(', ', '; ', '\n', ' ', '、', '，')), {
        nil: undefined,
      }),
      otherFirst: fc.boolean(),
      pad: fc.constantFrom('', ' ', '\u3000', '\t'),
    })
    .map((d) => {
      let text = '';
      for (let i = 0; i < plain.length; i++) {
        let ch = plain[i]!;
        if (d.upper[i]) ch = ch.toUpperCase();
        if (d.fullWidth[i]) ch = String.fromCharCode(ch.charCodeAt(0) + FULL_WIDTH_OFFSET);
        text += (d.invisible[i] ?? '') + ch;
      }
      const wrapped = {
        plain: text,
        name: `Leo Schmidt <${text}>`,
        quotedName: `"Schmidt, Leo" <${text}>`,
        mailto: `mailto:${text}`,
        angleMailto: `<mailto:${text}?subject=Hello>`,
        trailingDot: `${text}.`,
        parens: `(${text})`,
      }[d.wrap];
      const cell =
        d.other === undefined
          ? wrapped
          : d.otherFirst
            ? `${d.other[0]}${d.other[1]}${wrapped}`
            : `${wrapped}${d.other[1]}${d.other[0]}`;
      return `${d.pad}${cell}${d.pad}`;
    });

describe('property: a disguised opted-out address is still matched', () => {
  it('extractAddresses finds the plain address in any disguise (2,000 runs)', () => {
    fc.assert(
      fc.property(
        address.chain((plain) => fc.tuple(fc.constant(plain), disguise(plain))),
        ([plain, cell]) => {
          expect(extractAddresses(cell)).toContain(plain);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('an opt-out written in any disguise opts the plain address out of the customer sheet', () => {
    fc.assert(
      fc.property(
        address.chain((plain) => fc.tuple(fc.constant(plain), disguise(plain))),
        ([plain, cell]) => {
          const directory = readContacts([
            ['Customer', 'Email', 'Email opt-out'],
            ['Leo', plain, ''],
            ['', cell, 'yes'],
          ]);
          expect(directory.optedOutEmails.has(plain)).toBe(true);
          expect(directory.byKey.get('leo')?.optedOut).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });
});

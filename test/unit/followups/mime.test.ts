import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  base64,
  encodeHeaderText,
  mimeMessage,
  rawMessage,
  utf8Bytes,
} from '../../../src/core/followups/mime';

describe('the RFC 2822 message for Gmail drafts', () => {
  it('UTF-8 and base64 agree with Node’s Buffer (reference implementation), for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        const bytes = utf8Bytes(s);
        expect(Buffer.from(bytes).toString('utf8')).toBe(s);
        expect(base64(bytes)).toBe(Buffer.from(s, 'utf8').toString('base64'));
        expect(base64(bytes, true)).toBe(Buffer.from(s, 'utf8').toString('base64url'));
      }),
      { numRuns: 300 },
    );
  });

  it('encodes non-ASCII headers as RFC 2047 words of at most 75 characters, and keeps ASCII as it is', () => {
    expect(encodeHeaderText('How are we doing, Leo?')).toBe('How are we doing, Leo?');
    const subject = '好久不见，梁宇！我们很想念您。这是一封很长的主题，用来检查折行是否正确。';
    const encoded = encodeHeaderText(subject);
    const words = encoded.split('\r\n ');
    expect(words.length).toBeGreaterThan(1);
    for (const w of words) {
      expect(w).toMatch(/^=\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=$/);
      expect(w.length).toBeLessThanOrEqual(75);
    }
    const decoded = words.map((w) => Buffer.from(w.slice(10, -2), 'base64').toString('utf8')).join('');
    expect(decoded).toBe(subject);
  });

  it('is multipart/alternative with CRLF lines, no line over 998, and base64url for raw', () => {
    const m = {
      from: { name: '荷叶茶馆', email: 'owner@example.com' },
      to: 'leo@example.org',
      replyTo: 'shop@example.com',
      subject: 'Hi\r\nBcc: evil@example.com',
      textBody: 'Dear Leo,\nsee you',
      htmlBody: '<p>Dear Leo,</p>',
    };
    const text = mimeMessage(m);
    expect(text).toContain('Content-Type: multipart/alternative; boundary="regulars-');
    expect(text).toContain('\r\nSubject: Hi Bcc: evil@example.com\r\n');
    expect(text).not.toMatch(/\r\nBcc:/);
    expect(text).toMatch(/\r\nFrom: =\?UTF-8\?B\?[^?]+\?= <owner@example\.com>\r\n/);
    expect(text.split('\r\n').every((l) => l.length <= 998)).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(Buffer.from(rawMessage(m), 'base64url').toString('utf8')).toBe(text);
    expect(rawMessage(m)).toMatch(/^[A-Za-z0-9_-]+$/);
  });
});

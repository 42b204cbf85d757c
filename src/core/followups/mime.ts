// A follow-up as an RFC 2822 / MIME message, base64url-encoded: what the Gmail API's drafts.create
// takes in `message.raw` (https://developers.google.com/workspace/gmail/api/guides/drafts: "Create a
// MIME message that complies with RFC 2822 … convert the message to a base64URL encoded string").
// Pure: UTF-8 and base64 are done here (Apps Script's V8 has no TextEncoder), so it is tested alone.
import { chainDigest } from './ledger';

/** The UTF-8 bytes of a string (lone surrogates become U+FFFD). */
export function utf8Bytes(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) {
    let cp = ch.codePointAt(0)!;
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return out;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** RFC 4648 base64 (§4), or base64url without padding (§5) when `url`. */
export function base64(bytes: readonly number[], url = false): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    out += B64[a >> 2]! + B64[((a & 3) << 4) | ((b ?? 0) >> 4)]!;
    out += b === undefined ? '=' : B64[((b & 15) << 2) | ((c ?? 0) >> 6)]!;
    out += c === undefined ? '=' : B64[c & 63]!;
  }
  return url ? out.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '') : out;
}

const PLAIN_HEADER = /^[\x20-\x7e]*$/;

/**
 * A header value as RFC 2047 encoded words (UTF-8, B encoding) when it is not plain ASCII, each word
 * at most 75 characters, folded onto continuation lines; plain ASCII is kept as it is.
 */
export function encodeHeaderText(text: string): string {
  if (PLAIN_HEADER.test(text) && text.length <= 900) return text;
  const words: string[] = [];
  let chunk: number[] = [];
  for (const ch of text) {
    const bytes = utf8Bytes(ch);
    // 45 bytes → 60 base64 characters + 12 of "=?UTF-8?B?" and "?=" = 72 ≤ 75.
    if (chunk.length + bytes.length > 45) {
      words.push(`=?UTF-8?B?${base64(chunk)}?=`);
      chunk = [];
    }
    chunk.push(...bytes);
  }
  if (chunk.length > 0) words.push(`=?UTF-8?B?${base64(chunk)}?=`);
  return words.join('\r\n ');
}

/** A body part: base64 of its UTF-8, in lines of 76 (RFC 2045 §6.8). */
function bodyPart(type: 'plain' | 'html', text: string): string {
  const encoded = base64(utf8Bytes(text.replace(/\r?\n/g, '\r\n')));
  const lines = encoded.match(/.{1,76}/g) ?? [''];
  return [
    `Content-Type: text/${type}; charset=UTF-8`,
    'Content-Transfer-Encoding: base64',
    '',
    ...lines,
  ].join('\r\n');
}

export interface DraftMessage {
  /** The sender's display name and address (Gmail uses the account's address when omitted). */
  from?: { name: string | undefined; email: string } | undefined;
  to: string;
  replyTo?: string | undefined;
  subject: string;
  textBody: string;
  htmlBody: string;
}

/** The message as RFC 2822 text with CRLF line ends: multipart/alternative, text then HTML. */
export function mimeMessage(m: DraftMessage): string {
  const boundary = `regulars-${chainDigest(m.to, m.subject + m.textBody)}`;
  const headers = ['MIME-Version: 1.0'];
  if (m.from !== undefined) {
    const name = m.from.name?.replace(/["\\\r\n]/g, '').trim();
    headers.push(
      name === undefined || name === ''
        ? `From: ${m.from.email}`
        : PLAIN_HEADER.test(name)
          ? `From: "${name}" <${m.from.email}>`
          : `From: ${encodeHeaderText(name)} <${m.from.email}>`,
    );
  }
  headers.push(`To: ${m.to}`);
  if (m.replyTo !== undefined) headers.push(`Reply-To: ${m.replyTo}`);
  headers.push(`Subject: ${encodeHeaderText(m.subject.replace(/[\r\n]+/g, ' '))}`);
  headers.push(`Content-Type: multipart/alternative; boundary="${boundary}"`);
  return [
    ...headers,
    '',
    `--${boundary}`,
    bodyPart('plain', m.textBody),
    `--${boundary}`,
    bodyPart('html', m.htmlBody),
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

/** `message.raw` for drafts.create. */
export function rawMessage(m: DraftMessage): string {
  return base64(utf8Bytes(mimeMessage(m)), true);
}

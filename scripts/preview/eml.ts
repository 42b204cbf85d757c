// Mail and drafts from the Apps Script fake as RFC 5322 messages (.eml), so they open in any mail
// client. Non-ASCII headers use RFC 2047 encoded words; bodies are UTF-8, base64-encoded.
import type { OutboxEntry } from '../../test/support/gas-fake/index';

const encodeWord = (text: string) =>
  /^[\x20-\x7e]*$/.test(text) ? text : `=?UTF-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`;

/** Base64 in lines of 76 characters (RFC 2045). */
const base64Lines = (text: string) =>
  (
    Buffer.from(text, 'utf8')
      .toString('base64')
      .match(/.{1,76}/g) ?? ['']
  ).join('\r\n');

/** Headers may not carry line breaks: a subject with one would start a new header. */
const oneLine = (text: string) => text.replace(/[\r\n]+/g, ' ');

export function toEml(entry: OutboxEntry, from: string): string {
  const boundary = `regulars-${entry.id}`;
  const date = Number.isFinite(entry.date.getTime()) ? entry.date : new Date(0);
  const headers = [
    `From: ${entry.name ? `${encodeWord(oneLine(entry.name))} ` : ''}<${oneLine(entry.from ?? from)}>`,
    `To: ${oneLine(entry.to)}`,
    ...(entry.cc ? [`Cc: ${oneLine(entry.cc)}`] : []),
    ...(entry.bcc ? [`Bcc: ${oneLine(entry.bcc)}`] : []),
    ...(entry.replyTo ? [`Reply-To: ${oneLine(entry.replyTo)}`] : []),
    `Subject: ${encodeWord(oneLine(entry.subject))}`,
    `Date: ${date.toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: <${entry.id}@regulars-preview.invalid>`,
    `X-Regulars-Preview: ${entry.kind === 'draft' ? 'draft' : 'sent'} via ${entry.service}`,
    ...(entry.kind === 'draft' ? ['X-Unsent: 1'] : []),
    'MIME-Version: 1.0',
  ];
  const textPart = [
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(entry.body),
  ];
  if (!entry.htmlBody) return [...headers, ...textPart, ''].join('\r\n');
  return [
    ...headers,
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    ...textPart,
    `--${boundary}`,
    'Content-Type: text/html; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(entry.htmlBody),
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

/** A file name for the message: time, kind and id, safe on every file system. */
export function emlFileName(entry: OutboxEntry, sequence: number): string {
  const kind = entry.kind === 'draft' ? 'draft' : 'sent';
  return `regulars-${String(sequence).padStart(3, '0')}-${kind}-${entry.id.replace(/[^\w-]/g, '')}.eml`;
}

// Fake Gmail advanced service (the `Gmail` global once appsscript.json enables it): only
// Users.Drafts.create, which takes an RFC 2822 message in `message.raw`, base64url-encoded
// (https://developers.google.com/workspace/gmail/api/reference/rest/v1/users.drafts/create). The
// fake decodes it (headers, RFC 2047 encoded words, a multipart/alternative body in base64 or plain)
// and records the draft in the shared outbox with service 'Gmail'. Malformed input fails as the API
// does with a 400 ("Invalid value for ByteString" / "Invalid To header"); approximated messages.
import type { FakeEnv } from './env';
import type { FakeOutbox } from './mail';

function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?B\?([A-Za-z0-9+/=]*)\?=/gi, (_, b64: string) =>
      Buffer.from(b64, 'base64').toString('utf8'),
    );
}

function splitHead(text: string): { headers: Map<string, string>; body: string } {
  const end = text.indexOf('\r\n\r\n');
  const head = end < 0 ? text : text.slice(0, end);
  const body = end < 0 ? '' : text.slice(end + 4);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r\n[ \t]/g, ' ').split('\r\n')) {
    const i = line.indexOf(':');
    if (i > 0) headers.set(line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim());
  }
  return { headers, body };
}

function partText(part: string): { type: string; text: string } {
  const { headers, body } = splitHead(part);
  const type = (headers.get('content-type') ?? 'text/plain').split(';')[0]!.trim().toLowerCase();
  const base64 = (headers.get('content-transfer-encoding') ?? '').toLowerCase() === 'base64';
  const text = base64 ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8') : body;
  return { type, text: text.replace(/\r\n/g, '\n').replace(/\n$/, '') };
}

export class FakeGmailAdvanced {
  readonly Users: {
    Drafts: { create: (resource: unknown, userId: string) => { id: string; message: { id: string } } };
  };

  constructor(
    private readonly env: FakeEnv,
    private readonly outbox: FakeOutbox,
  ) {
    this.Users = { Drafts: { create: (resource, userId) => this.createDraft(resource, userId) } };
  }

  private createDraft(resource: unknown, userId: string) {
    // An advanced service fails as its REST API does when the token lacks the scope.
    this.env.requireScopes('Gmail.Users.Drafts.create', 'gmail.users.drafts.create');
    this.env.requireAuth('Gmail.Users.Drafts.create', false);
    const raw = (resource as { message?: { raw?: unknown } } | null)?.message?.raw;
    if (userId !== 'me' || typeof raw !== 'string' || !/^[A-Za-z0-9_-]*$/.test(raw)) {
      throw this.env.error(
        'GoogleJsonResponseException: API call to gmail.users.drafts.create failed with error: Invalid value for ByteString',
      );
    }
    const text = Buffer.from(raw, 'base64url').toString('utf8');
    const { headers, body } = splitHead(text);
    const to = headers.get('to') ?? '';
    const from = decodeWords(headers.get('from') ?? '');
    const named = /^(?:"([^"]*)"|(.*?))\s*<([^>]+)>$/.exec(from);
    const boundary = /boundary="([^"]+)"/.exec(headers.get('content-type') ?? '')?.[1];
    const parts =
      boundary === undefined
        ? [partText(text)]
        : body
            .split(`--${boundary}`)
            .slice(1, -1)
            .map((p) => partText(p.replace(/^\r\n/, '')));
    const plain = parts.find((p) => p.type === 'text/plain')?.text ?? '';
    const html = parts.find((p) => p.type === 'text/html')?.text;
    const recipients = to === '' ? [] : to.split(',').map((a) => a.trim());
    this.outbox.checkAddresses(recipients);
    const entry = this.outbox.record(
      'draft',
      'Gmail',
      {
        to,
        subject: decodeWords(headers.get('subject') ?? ''),
        body: plain,
        htmlBody: html,
        name: named ? (named[1] ?? named[2])?.trim() || undefined : undefined,
        replyTo: headers.get('reply-to'),
        from: named ? named[3] : from || undefined,
      },
      recipients,
    );
    this.env.checkpoint('mail');
    return { id: entry.id, message: { id: `m${entry.id}` } };
  }
}

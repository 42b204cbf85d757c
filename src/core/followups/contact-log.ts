// The *Contact log* sheet: one row per draft, send, test and error, appended by the add-on and
// read back to decide who was already contacted. The log is the single source of truth for "never
// twice": see the send protocol in src/gas/followups/send-protocol.ts.
//
// Decisions (tests in test/unit/followups/contact-log.test.ts):
// - Mode and result are written in the owner's language (`LOG_WORDS`, English: the codes
//   draft/send/test; pending/sent/drafted/failed/unknown) and, like the headers, recognised in all
//   three when read back. Only a log from before the send ledger is read back (ledger-store.ts), and
//   a mode that reads as none of them there counts as a send.
// - A row counts as a contact unless it is a test or it failed. `pending` counts: it means the add-on
//   was about to send and cannot know whether it did (a crash between the two writes), and a
//   follow-up must be sent at most once. A result the add-on did not write (owner-edited) counts too.
// - A row whose time cannot be read counts as contacted today (for the cool-down): erring towards not
//   writing again.
import type { CustomerInsight } from '../analysis';
import type { CellValue, Grid } from '../cells';
import { insightLookup } from '../customers/customer-lookup';
import type { DayNumber } from '../days';
import type { Language, Localized } from '../i18n/language';
import { normalizeCustomerKey } from '../input/customer-key';
import { cleanText } from '../input/text';
import { dayOfInstant } from '../time/zone';
import { keysOfTexts } from './text-keys';

export const LOG_COLUMNS = [
  'time',
  'campaign',
  'customer',
  'email',
  'template',
  'subject',
  'mode',
  'result',
  'detail',
] as const;
export type LogColumn = (typeof LOG_COLUMNS)[number];
export type LogHeaders = Localized<Record<LogColumn, string>>;

/**
 * The Contact log's headers. Read from dist/Templates.html (server-texts.ts `logHeaders`), not
 * bundled: the functions below take them as an argument.
 */
export const LOG_HEADERS: LogHeaders = {
  en: {
    time: 'Time',
    campaign: 'Campaign',
    customer: 'Customer',
    email: 'Email',
    template: 'Template',
    subject: 'Subject',
    mode: 'Mode',
    result: 'Result',
    detail: 'Detail',
  },
  'zh-CN': {
    time: '时间',
    campaign: '活动',
    customer: '客户',
    email: '邮箱',
    template: '模板',
    subject: '主题',
    mode: '方式',
    result: '结果',
    detail: '说明',
  },
  'zh-TW': {
    time: '時間',
    campaign: '活動',
    customer: '客戶',
    email: '郵箱',
    template: '範本',
    subject: '主旨',
    mode: '方式',
    result: '結果',
    detail: '說明',
  },
};

/**
 * What the Contact log's Mode and Result cells say, per language: the modes and results below, and
 * the two reported events of a draft (the owner discarded it; the owner said it went). Read from
 * dist/Templates.html (server-texts.ts `logWords`), like the headers.
 */
export type LogWord = ContactMode | ContactResult | 'released' | 'marked';
export type LogWords = Localized<Record<LogWord, string>>;

export const LOG_WORDS: LogWords = {
  en: {
    draft: 'draft',
    send: 'send',
    test: 'test',
    pending: 'pending',
    sent: 'sent',
    drafted: 'drafted',
    failed: 'failed',
    unknown: 'unknown',
    released: 'released',
    marked: 'marked sent',
  },
  'zh-CN': {
    draft: '草稿',
    send: '发送',
    test: '测试',
    pending: '发送中',
    sent: '已发送',
    drafted: '已存为草稿',
    failed: '失败',
    unknown: '不确定是否已发出',
    released: '草稿已放弃',
    marked: '已标记为已发送',
  },
  'zh-TW': {
    draft: '草稿',
    send: '寄送',
    test: '測試',
    pending: '寄送中',
    sent: '已寄出',
    drafted: '已存為草稿',
    failed: '失敗',
    unknown: '不確定是否已寄出',
    released: '草稿已放棄',
    marked: '已標記為已寄出',
  },
};

const CONTACT_MODES = ['draft', 'send', 'test'] as const;
export type ContactMode = (typeof CONTACT_MODES)[number];

/**
 * `unknown`: the mail service threw something other than a clear refusal before sending, so nobody
 * knows whether the email went; it counts as a contact and is never retried automatically.
 */
const CONTACT_RESULTS = ['pending', 'sent', 'drafted', 'failed', 'unknown'] as const;
export type ContactResult = (typeof CONTACT_RESULTS)[number];

export interface ContactLogEntry {
  /** Sheet row number (1-based). */
  row: number;
  /** The instant written, undefined when the cell cannot be read as one. */
  timeMs: number | undefined;
  /** Calendar day of `timeMs` in the spreadsheet's zone. */
  day: DayNumber | undefined;
  campaignId: string;
  customer: string;
  customerKey: string;
  /** Lower-cased and trimmed. */
  email: string;
  templateId: string;
  subject: string;
  /** undefined when the cell holds something else (then the row counts as a send). */
  mode: ContactMode | undefined;
  /** undefined when the cell holds something the add-on does not write. */
  result: ContactResult | undefined;
  detail: string;
  /** Ledger only: a draft the owner released (discarded), which no longer holds the customer. */
  released?: boolean;
  /** Ledger only: a draft the owner said they sent. */
  markedSent?: boolean;
}

/** Whether a logged row means the customer was (or may have been) written to. */
export function countsAsContact(entry: ContactLogEntry): boolean {
  return entry.mode !== 'test' && entry.result !== 'failed' && entry.released !== true;
}

/** The header row of a new Contact log. */
export function logHeaderRow(headers: LogHeaders, language: Language): string[] {
  return LOG_COLUMNS.map((c) => headers[language][c]);
}

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

function timeOf(value: CellValue | undefined): number | undefined {
  if (isDate(value)) {
    const ms = value.getTime();
    return Number.isFinite(ms) ? ms : undefined;
  }
  if (typeof value === 'string' && value.trim() !== '') {
    const ms = Date.parse(value.trim());
    return Number.isFinite(ms) ? ms : undefined;
  }
  return undefined;
}

function codeOf<T extends string>(
  value: CellValue | undefined,
  words: LogWords,
  codes: readonly T[],
): T | undefined {
  if (typeof value !== 'string') return undefined;
  const word = keysOfTexts(words).get(cleanText(text(value)).toLowerCase());
  return (codes as readonly string[]).includes(word ?? '') ? (word as T) : undefined;
}

/**
 * A cell as text. A leading apostrophe is dropped: in a column the owner formatted as plain text (`@`)
 * Sheets keeps the apostrophe the add-on once wrote as part of the value.
 */
const text = (value: CellValue | undefined): string => {
  const t =
    typeof value === 'string' ? value.trim() : value === undefined ? '' : isDate(value) ? '' : String(value);
  return t.startsWith("'") ? t.slice(1).trim() : t;
};

/** Columns the log's header row names: at least the customer or email, and the campaign. */
export function logHeaderIndex(
  headers: LogHeaders,
  row: readonly CellValue[],
): Map<LogColumn, number> | undefined {
  const index = new Map<LogColumn, number>();
  row.forEach((cell, i) => {
    if (typeof cell !== 'string') return;
    const column = keysOfTexts(headers).get(cleanText(text(cell)).toLowerCase());
    if (column !== undefined && !index.has(column)) index.set(column, i);
  });
  return index.has('campaign') && (index.has('customer') || index.has('email')) ? index : undefined;
}

/**
 * The Contact log's rows. The first row is the header: columns are found by their names (in any of
 * the three languages, as `logHeaderIndex` finds them), in the standard order when it does not name
 * the campaign and the customer or email. Blank rows are skipped.
 */
export function readContactLog(
  headers: LogHeaders,
  words: LogWords,
  grid: Grid,
  timeZone: string,
): ContactLogEntry[] {
  if (grid.length === 0) return [];
  const index = logHeaderIndex(headers, grid[0]!) ?? new Map(LOG_COLUMNS.map((c, i) => [c, i]));
  const cell = (cells: readonly CellValue[], c: LogColumn) => {
    const i = index.get(c);
    return i === undefined ? undefined : cells[i];
  };
  const entries: ContactLogEntry[] = [];
  for (let r = 1; r < grid.length; r++) {
    const cells = grid[r]!;
    if (cells.every((v) => v === '' || v === undefined || v === null)) continue;
    const timeMs = timeOf(cell(cells, 'time'));
    const customer = text(cell(cells, 'customer'));
    entries.push({
      row: r + 1,
      timeMs,
      day: timeMs === undefined ? undefined : dayOfInstant(new Date(timeMs), timeZone),
      campaignId: text(cell(cells, 'campaign')),
      customer,
      customerKey: normalizeCustomerKey(customer),
      email: text(cell(cells, 'email')).toLowerCase(),
      templateId: text(cell(cells, 'template')),
      subject: text(cell(cells, 'subject')),
      mode: codeOf(cell(cells, 'mode'), words, CONTACT_MODES),
      result: codeOf(cell(cells, 'result'), words, CONTACT_RESULTS),
      detail: text(cell(cells, 'detail')),
    });
  }
  return entries;
}

/**
 * What the log says about contacts, indexed for the guardrails: every contact per email and per
 * customer key (tests and failures left out).
 */
export interface ContactHistory {
  byEmail: ReadonlyMap<string, ContactLogEntry[]>;
  byKey: ReadonlyMap<string, ContactLogEntry[]>;
}

/**
 * The entries with each customer found as the analysis keys them: the log names a customer as the
 * email showed them (their name), while an export keys them by email or customer id (trial: every
 * export customer's last contact was blank on Insights, and a cool-down was told as "Same address as
 * Ed Yu" beside Ed Yu himself). A name finds its customer when no other customer carries it.
 */
export function keyedToCustomers<E extends ContactLogEntry>(
  entries: readonly E[],
  byKey: ReadonlyMap<string, CustomerInsight> | undefined,
  /** Each customer's email (from the customer sheet or the log), lower-cased: the surest link. */
  emails: Iterable<{ readonly key: string; readonly email: string }> = [],
): E[] {
  if (byKey === undefined) return [...entries];
  const find = insightLookup(byKey);
  // An email two customers share says neither (null).
  const keyOfEmail = new Map<string, string | null>();
  for (const { key, email } of emails) {
    const e = email.trim().toLowerCase();
    if (e === '' || !byKey.has(key)) continue;
    const known = keyOfEmail.get(e);
    keyOfEmail.set(e, known === undefined || known === key ? key : null);
  }
  return entries.map((e) => {
    // The email the contact went to names its customer first: a name-keyed customer of the same
    // name (a POS order without email) is another person (review).
    const byEmail = keyOfEmail.get(e.email) ?? (byKey.has(e.email) ? e.email : undefined);
    if (byEmail) return byEmail === e.customerKey ? e : { ...e, customerKey: byEmail };
    if (e.customerKey === '' || byKey.has(e.customerKey)) return e;
    const customer = find(e.customerKey);
    return customer === undefined ? e : { ...e, customerKey: customer.summary.key };
  });
}

export function contactHistory(entries: readonly ContactLogEntry[]): ContactHistory {
  const byEmail = new Map<string, ContactLogEntry[]>();
  const byKey = new Map<string, ContactLogEntry[]>();
  const add = (map: Map<string, ContactLogEntry[]>, k: string, e: ContactLogEntry) => {
    if (k === '') return;
    const list = map.get(k);
    if (list) list.push(e);
    else map.set(k, [e]);
  };
  for (const e of entries) {
    if (!countsAsContact(e)) continue;
    add(byEmail, e.email, e);
    add(byKey, e.customerKey, e);
  }
  return { byEmail, byKey };
}

// The send ledger: the add-on's own, append-only record of every draft, send and test, and the only
// thing "never twice" is decided from. The visible *Contact log* is a report written from it, which
// the owner may edit, sort or delete without changing who Regulars thinks was emailed.
//
// Why a separate ledger (and not the visible log read by header name): an owner who deletes a log
// row, its header, or a column would make the add-on forget a contact, however carefully the sheet is
// read. The ledger is one JSON text per row in one column of a hidden sheet, and a digest of the rows
// (a hash chain) is kept in document properties. A ledger whose rows no longer match the digest was
// changed by someone else: the add-on then cannot know who was emailed, so it sends nothing and says
// why (fail closed). Document properties alone cannot hold it: they are limited to 500 KB per
// document (https://developers.google.com/apps-script/guides/services/quotas), about 5,000 contacts.
//
// Events, each one row, never rewritten:
//   attempt  — written and saved BEFORE the email goes; alone it means "may have gone" (counts)
//   outcome  — sent / drafted / failed (refused before anything went) / unknown
//   release  — the owner says a draft was discarded: the customer is free again
//   marked   — the owner says a draft was sent: outcomes count from it
//   unsubscribe — addresses and customers the add-on put on the Unsubscribed list (the owner's
//              "Unsubscribe this person", opt-outs copied from the sheets, addresses the owner typed
//              on the list): never written to again, whatever happens to the visible list (trial 19:
//              the owner deleted the tab, or replaced it by a copy, and Ann was emailed). Permanent:
//              there is no event that takes one back. Ledgers written before this kind read as before.
import type { DayNumber } from '../days';
import { normalizeCustomerKey } from '../input/customer-key';
import { dayOfInstant } from '../time/zone';
import type { ContactLogEntry, ContactMode, ContactResult } from './contact-log';

export type LedgerEvent =
  | {
      kind: 'attempt';
      id: number;
      timeMs: number;
      campaignId: string;
      customer: string;
      email: string;
      templateId: string;
      subject: string;
      mode: ContactMode;
    }
  | { kind: 'outcome'; id: number; timeMs: number; result: Exclude<ContactResult, 'pending'>; detail: string }
  | { kind: 'release'; id: number; timeMs: number }
  | { kind: 'marked'; id: number; timeMs: number }
  | { kind: 'unsubscribe'; timeMs: number; keys: string[]; emails: string[] };

const MODES: readonly string[] = ['draft', 'send', 'test'];
const RESULTS: readonly string[] = ['sent', 'drafted', 'failed', 'unknown'];

/** One event as the text of its ledger row (a JSON array, which Sheets never reads as a number or formula). */
export function encodeEvent(e: LedgerEvent): string {
  switch (e.kind) {
    case 'attempt':
      return JSON.stringify([
        'a',
        e.id,
        e.timeMs,
        e.campaignId,
        e.customer,
        e.email,
        e.templateId,
        e.subject,
        e.mode,
      ]);
    case 'outcome':
      return JSON.stringify(['o', e.id, e.timeMs, e.result, e.detail]);
    case 'release':
      return JSON.stringify(['r', e.id, e.timeMs]);
    case 'marked':
      return JSON.stringify(['m', e.id, e.timeMs]);
    case 'unsubscribe':
      return JSON.stringify(['u', e.timeMs, e.keys, e.emails]);
  }
}

const isId = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v > 0;
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isText = (v: unknown): v is string => typeof v === 'string';
const isTexts = (v: unknown): v is string[] => Array.isArray(v) && v.every(isText);

/** The event a ledger row holds, or undefined when it is not one the add-on writes. */
export function decodeEvent(text: unknown): LedgerEvent | undefined {
  if (typeof text !== 'string' || !text.startsWith('[')) return undefined;
  let a: unknown;
  try {
    a = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (Array.isArray(a) && a[0] === 'u') {
    return a.length === 4 && isTime(a[1]) && isTexts(a[2]) && isTexts(a[3])
      ? { kind: 'unsubscribe', timeMs: a[1], keys: a[2], emails: a[3] }
      : undefined;
  }
  if (!Array.isArray(a) || !isId(a[1]) || !isTime(a[2])) return undefined;
  const [tag, id, timeMs] = a as [unknown, number, number];
  if (tag === 'a' && a.length === 9 && a.slice(3, 8).every(isText) && MODES.includes(a[8])) {
    const [, , , campaignId, customer, email, templateId, subject, mode] = a as string[];
    return {
      kind: 'attempt',
      id,
      timeMs,
      campaignId: campaignId!,
      customer: customer!,
      email: email!,
      templateId: templateId!,
      subject: subject!,
      mode: mode as ContactMode,
    };
  }
  if (tag === 'o' && a.length === 5 && RESULTS.includes(a[3]) && isText(a[4])) {
    return { kind: 'outcome', id, timeMs, result: a[3] as 'sent', detail: a[4] };
  }
  if ((tag === 'r' || tag === 'm') && a.length === 3) {
    return { kind: tag === 'r' ? 'release' : 'marked', id, timeMs };
  }
  return undefined;
}

/** FNV-1a over UTF-16 code units, from a given basis. */
function fnv1a(text: string, basis: number): number {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The digest of the ledger rows before, then this row: two 32-bit FNV-1a runs, 16 hex digits. */
export function chainDigest(previous: string, row: string): string {
  const text = `${previous}\n${row}`;
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  return hex(fnv1a(text, 0x811c9dc5)) + hex(fnv1a(text, 0x01234567));
}

/** The digest of an empty ledger. */
export const EMPTY_DIGEST = '0000000000000000';

export function digestOf(rows: readonly string[], from = EMPTY_DIGEST): string {
  let d = from;
  for (const r of rows) d = chainDigest(d, r);
  return d;
}

/** A ledger entry: the attempt with what is known of it since. */
export interface LedgerEntry extends ContactLogEntry {
  id: number;
  /** The owner said the draft was discarded (never sent). */
  released: boolean;
  /** The owner said the draft was sent. */
  markedSent: boolean;
}

/**
 * Folds the events into one entry per attempt, in attempt order. An attempt with no outcome stays
 * `pending`; events about unknown ids are ignored (they cannot make anyone contactable).
 */
export function entriesOf(events: readonly LedgerEvent[], timeZone: string): LedgerEntry[] {
  const byId = new Map<number, LedgerEntry>();
  const entries: LedgerEntry[] = [];
  for (const e of events) {
    if (e.kind === 'attempt') {
      if (byId.has(e.id)) continue;
      const entry: LedgerEntry = {
        id: e.id,
        row: e.id,
        timeMs: e.timeMs,
        day: dayOfInstant(new Date(e.timeMs), timeZone),
        campaignId: e.campaignId,
        customer: e.customer,
        customerKey: normalizeCustomerKey(e.customer),
        email: e.email.trim().toLowerCase(),
        templateId: e.templateId,
        subject: e.subject,
        mode: e.mode,
        result: 'pending',
        detail: '',
        released: false,
        markedSent: false,
      };
      byId.set(e.id, entry);
      entries.push(entry);
      continue;
    }
    if (e.kind === 'unsubscribe') continue;
    const entry = byId.get(e.id);
    if (entry === undefined) continue;
    if (e.kind === 'outcome') {
      // The first outcome stands: a later one cannot turn "may have gone" into "failed".
      if (entry.result === 'pending') {
        entry.result = e.result;
        entry.detail = e.detail;
      }
    } else if (e.kind === 'release') {
      if (entry.mode === 'draft' && !entry.markedSent) entry.released = true;
    } else if (entry.mode === 'draft' && !entry.released) {
      entry.markedSent = true;
    }
  }
  return entries;
}

/** Every address and customer key the ledger records as unsubscribed. */
export function unsubscribedIn(events: readonly LedgerEvent[]): {
  emails: Set<string>;
  keys: Set<string>;
} {
  const emails = new Set<string>();
  const keys = new Set<string>();
  for (const e of events) {
    if (e.kind !== 'unsubscribe') continue;
    for (const email of e.emails) emails.add(email);
    for (const key of e.keys) keys.add(key);
  }
  return { emails, keys };
}

/** The next free event id. */
export function nextId(events: readonly LedgerEvent[]): number {
  let max = 0;
  for (const e of events) if (e.kind === 'attempt' && e.id > max) max = e.id;
  return max + 1;
}

/** Drafts that still hold their customer and that the owner has neither released nor marked sent. */
export function openDrafts(entries: readonly LedgerEntry[]): LedgerEntry[] {
  return entries.filter((e) => e.mode === 'draft' && e.result === 'drafted' && !e.released && !e.markedSent);
}

/** The day an entry's outcome window opens, when it counts for outcomes at all. */
export function outcomeStartDay(entry: ContactLogEntry & Partial<LedgerEntry>): DayNumber | undefined {
  if (entry.day === undefined) return undefined;
  if (entry.mode === 'send' && entry.result === 'sent') return entry.day;
  // A draft the owner marked as sent counts from the day it was drafted: the earliest it can have gone.
  if (entry.mode === 'draft' && entry.markedSent === true) return entry.day;
  return undefined;
}

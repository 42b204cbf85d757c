// Who can be written to: the customer sheet (key, name, email, opt-out) and the feedback sheet (open
// complaints), read from grids as `getValues()` returns them, with the header detection of
// input/headers.ts.
//
// Decisions (tests in test/unit/followups/contacts.test.ts):
// - An email is used only when it is one plain address: no display name, no spaces, commas,
//   semicolons, angle brackets, quotes or line breaks. MailApp takes a comma-separated recipient
//   list, so this is also what makes "one cell, one recipient" hold. Compared in lower case.
// - Opt-out is conservative: any non-blank opt-out cell except an explicit "no" (no, n, false, 0,
//   否, 不, 未退订…) means opted out — a date of opting out, "yes", "✓", "x", TRUE all do. An email
//   is opted out when any customer row with that email is.
// - A complaint is open unless its status says resolved/closed/done (or 已解决/已解決/已处理/关闭…);
//   a blank status is open. Types: complaint, 投诉, 投訴, 抱怨, 客诉, 客訴.
import type { CellValue, Grid } from '../cells';
import { normalizeCustomerKey } from '../input/customer-key';
import { findHeaderRow } from '../input/headers';
import { cleanText } from '../input/text';

export interface CustomerContact {
  key: string;
  /** The name to greet the customer by: the name column, else the key cell as written. */
  name: string;
  /** As written, trimmed; '' when there is none. */
  email: string;
  optedOut: boolean;
  /** Sheet row number (1-based). */
  row: number;
}

export interface ContactDirectory {
  /** First row wins when a key repeats. */
  byKey: ReadonlyMap<string, CustomerContact>;
  /** Lower-cased valid emails that any row marks as opted out. */
  optedOutEmails: ReadonlySet<string>;
  /** Whether the sheet had an email column at all. */
  hasEmailColumn: boolean;
}

export const EMPTY_DIRECTORY: ContactDirectory = {
  byKey: new Map(),
  optedOutEmails: new Set(),
  hasEmailColumn: false,
};

const MAX_EMAIL_LENGTH = 254;
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/**
 * An address as MailApp and GmailApp get it: lower-cased, or undefined unless it is exactly one plain
 * address `local@domain.tld` (ASCII, a dot-separated local part without quotes, a domain of at least
 * two labels with a letter-only top-level label). Surrounding spaces are trimmed first.
 */
export function normalizeEmail(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const email = value.trim();
  if (email === '' || email.length > MAX_EMAIL_LENGTH) return undefined;
  const at = email.indexOf('@');
  if (at <= 0 || at !== email.lastIndexOf('@')) return undefined;
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (local.length > 64 || !LOCAL_PART.test(local)) return undefined;
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((l) => DOMAIN_LABEL.test(l))) return undefined;
  if (!/^[A-Za-z]{2,63}$/.test(labels[labels.length - 1]!)) return undefined;
  return email.toLowerCase();
}

const NOT_OPTED_OUT = new Set([
  'no',
  'n',
  'false',
  '0',
  'none',
  'subscribed',
  'ok',
  '否',
  '不',
  '无',
  '無',
  '未退订',
  '未退訂',
  '没有',
  '沒有',
]);

/** Whether an opt-out cell opts the customer out (see the rules at the top). */
export function isOptedOut(value: CellValue | null | undefined): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') return true;
  const text = cleanText(String(value)).toLowerCase();
  if (text === '') return false;
  return !NOT_OPTED_OUT.has(text);
}

const cellText = (value: CellValue | undefined): string =>
  typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';

/** Where the customer sheet's columns are (mapping/column-setup.ts `CustomersMapping` fits). */
export interface ContactColumns {
  /** 1-based row of the header; data starts below it. */
  headerRow: number;
  columns: {
    key: number;
    name?: number | undefined;
    email?: number | undefined;
    optOut?: number | undefined;
  };
}

/** The header and columns of a customer sheet, by its headers (input/headers.ts). */
function detectContactColumns(grid: Grid): ContactColumns | undefined {
  const header = findHeaderRow(grid, 'customers');
  const m = header?.mapping;
  if (header === undefined || m?.key === undefined) return undefined;
  return {
    headerRow: header.rowIndex + 1,
    columns: { key: m.key, name: m.name, email: m.email, optOut: m.optOut },
  };
}

/**
 * The customer sheet as contacts, read with the owner's column setup (or the detected one). `grid`
 * is the whole sheet from row 1. Every row counts for opt-outs, even a row whose key repeats.
 */
export function readContacts(
  grid: Grid,
  setup: ContactColumns | undefined = detectContactColumns(grid),
): ContactDirectory {
  if (setup === undefined) return EMPTY_DIRECTORY;
  const { key: keyCol, name: nameCol, email: emailCol, optOut: optOutCol } = setup.columns;
  const byKey = new Map<string, CustomerContact>();
  const optedOutEmails = new Set<string>();
  for (let i = setup.headerRow; i < grid.length; i++) {
    const cells = grid[i]!;
    const key = normalizeCustomerKey(cells[keyCol]);
    const email = emailCol === undefined ? '' : cellText(cells[emailCol]);
    const optedOut = optOutCol === undefined ? false : isOptedOut(cells[optOutCol]);
    const normalized = normalizeEmail(email);
    // An opt-out counts wherever it is written: on a row without a key (for its email), and on any
    // later row of the same customer (for the customer, whatever address that row gives).
    if (optedOut && normalized !== undefined) optedOutEmails.add(normalized);
    if (key === '') continue;
    const known = byKey.get(key);
    if (known !== undefined) {
      if (optedOut && !known.optedOut) byKey.set(key, { ...known, optedOut: true });
      continue;
    }
    const name = nameCol === undefined ? '' : cellText(cells[nameCol]);
    byKey.set(key, { key, name: name || cellText(cells[keyCol]), email, optedOut, row: i + 1 });
  }
  return { byKey, optedOutEmails, hasEmailColumn: emailCol !== undefined };
}

const COMPLAINT_TYPES = new Set([
  'complaint',
  'complaints',
  'complain',
  '投诉',
  '投訴',
  '抱怨',
  '客诉',
  '客訴',
]);
const RESOLVED_STATUSES = new Set([
  'resolved',
  'closed',
  'done',
  'fixed',
  'solved',
  'complete',
  'completed',
  'handled',
  '已解决',
  '已解決',
  '解决',
  '解決',
  '已处理',
  '已處理',
  '处理完毕',
  '處理完畢',
  '已关闭',
  '已關閉',
  '关闭',
  '關閉',
  '完成',
  '已完成',
  '结案',
  '結案',
]);

/** Whether a feedback row's type is a complaint. */
export function isComplaintType(value: CellValue | undefined): boolean {
  return typeof value === 'string' && COMPLAINT_TYPES.has(cleanText(value).toLowerCase());
}

/** Whether a feedback row's status closes it; blank is open. */
export function isResolvedStatus(value: CellValue | undefined): boolean {
  if (typeof value === 'boolean') return value;
  return typeof value === 'string' && RESOLVED_STATUSES.has(cleanText(value).toLowerCase());
}

/** Where the feedback sheet's columns are (mapping/column-setup.ts `FeedbackMapping` fits). */
export interface ComplaintColumns {
  headerRow: number;
  columns: { customer: number; type: number; status?: number | undefined };
}

/** The header and columns of a feedback sheet, by its headers. */
function detectComplaintColumns(grid: Grid): ComplaintColumns | undefined {
  const header = findHeaderRow(grid, 'feedback');
  const m = header?.mapping;
  if (header === undefined || m?.customer === undefined || m.type === undefined) return undefined;
  return {
    headerRow: header.rowIndex + 1,
    columns: { customer: m.customer, type: m.type, status: m.status },
  };
}

/** Customer keys with at least one open complaint in the feedback sheet. */
export function readOpenComplaints(
  grid: Grid,
  setup: ComplaintColumns | undefined = detectComplaintColumns(grid),
): Set<string> {
  const open = new Set<string>();
  if (setup === undefined) return open;
  const { customer, type, status } = setup.columns;
  for (let i = setup.headerRow; i < grid.length; i++) {
    const cells = grid[i]!;
    const key = normalizeCustomerKey(cells[customer]);
    if (key === '' || !isComplaintType(cells[type])) continue;
    if (status !== undefined && isResolvedStatus(cells[status])) continue;
    open.add(key);
  }
  return open;
}

// Who can be written to: the customer sheet (key, name, email, opt-out) and the feedback sheet (open
// complaints), read from grids as `getValues()` returns them, with the header detection of
// input/headers.ts.
//
// Decisions (tests in test/unit/followups/contacts.test.ts):
// - Addresses are read by addresses.ts: invisible characters dropped, full-width forms folded,
//   display names and `mailto:` stripped, several per cell. A customer is written to only when the
//   email cell holds exactly one address; only that plain, lower-cased address reaches MailApp.
// - Opt-out is conservative: any non-blank opt-out cell except an explicit "no" (no, n, false, 0,
//   否, 不, 未退订…) means opted out — a date of opting out, "yes", "✓", "x", TRUE all do. Every
//   address in an opted-out row's email cell is opted out, on whatever row it appears again.
// - Rows are also read by their name cell (`byName`): a sheet keyed by name opts out, or gives
//   consent to, the log's customer of that name when the log keys them by address
//   (exports/log-contacts.ts; trial g25: "Ann Ash, (no email), Do not email: yes" joined nobody).
// - A consent column ("Accepts Marketing", "同意营销"…) is read by exports/consent.ts, as a purchase
//   log's is: only a clear yes is consent; "no", anything unrecognised and a BLANK cell mean do not
//   email. An export that leaves consent blank has not recorded consent.
// - A complaint is open unless its status says resolved/closed/done (or 已解决/已解決/已处理/关闭…);
//   a blank status is open. Types: complaint, 投诉, 投訴, 抱怨, 客诉, 客訴.
import type { CellValue, Grid } from '../cells';
import { readConsent } from '../exports/consent';
import { normalizeCustomerKey } from '../input/customer-key';
import { findHeaderRow } from '../input/headers';
import { cleanText } from '../input/text';
import { extractAddresses } from './addresses';

export { normalizeEmail } from './addresses';

export interface CustomerContact {
  key: string;
  /**
   * The name column, else the key cell as written; campaign.ts greets by it only when it is a person's
   * name (greeting-name.ts), not an id, a phone or an address.
   */
  name: string;
  /** As written, trimmed; '' when there is none. */
  email: string;
  optedOut: boolean;
  /** Sheet row number (1-based). */
  row: number;
  /** From the log: another of the log's customers has the same name (exports/log-contacts.ts). */
  sharedName?: true;
  /**
   * Opted out only by a row naming them by a name another customer has too: which one the row
   * means is not certain (suppression.ts applySuppression), and the reason says so.
   */
  namesakeOptedOut?: true;
}

export interface ContactDirectory {
  /** First row wins when a key repeats. */
  byKey: ReadonlyMap<string, CustomerContact>;
  /**
   * The rows by their name cell (normalised as keys are), for a log that keys customers otherwise
   * (by address) and names them in a name column: first row wins, opted out when any row of that
   * name is. Absent: none.
   */
  byName?: ReadonlyMap<string, CustomerContact>;
  /** Lower-cased valid emails that any row marks as opted out (or gives no consent for). */
  optedOutEmails: ReadonlySet<string>;
  /** Whether the sheet had an email column at all. */
  hasEmailColumn: boolean;
  /** Whether the sheet says who may not be emailed: an opt-out or a consent column. */
  hasOptOutColumn: boolean;
  /**
   * Whether that is a consent column: then a customer the sheet does not list has given no consent
   * (an address the log gives them is not written to: exports/log-contacts.ts). Absent: none.
   */
  hasConsentColumn?: boolean;
  /**
   * Rows that opt out explicitly (an opt-out cell, or a consent cell saying anything but yes — not a
   * blank one), for the suppression list.
   */
  optOutRows: readonly OptOutRow[];
}

export interface OptOutRow {
  key: string;
  label: string;
  emails: string[];
  /** Sheet row number (1-based). */
  row: number;
}

export const EMPTY_DIRECTORY: ContactDirectory = {
  byKey: new Map(),
  optedOutEmails: new Set(),
  hasEmailColumn: false,
  hasOptOutColumn: false,
  optOutRows: [],
};

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

/** Whether a row may not be emailed, by its opt-out and consent cells (either column may be absent). */
export function rowOptedOut(
  optOutCell: CellValue | undefined,
  consentCell: CellValue | undefined,
  hasConsentColumn: boolean,
): boolean {
  return isOptedOut(optOutCell) || (hasConsentColumn && readConsent(consentCell) !== true);
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
    consent?: number | undefined;
  };
}

/** The header and columns of a customer sheet, by its headers (input/headers.ts). */
export function detectContactColumns(grid: Grid): ContactColumns | undefined {
  const header = findHeaderRow(grid, 'customers');
  const m = header?.mapping;
  if (header === undefined || m?.key === undefined) return undefined;
  return {
    headerRow: header.rowIndex + 1,
    columns: { key: m.key, name: m.name, email: m.email, optOut: m.optOut, consent: m.consent },
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
  const {
    key: keyCol,
    name: nameCol,
    email: emailCol,
    optOut: optOutCol,
    consent: consentCol,
  } = setup.columns;
  const byKey = new Map<string, CustomerContact>();
  const byName = new Map<string, CustomerContact>();
  const optedOutEmails = new Set<string>();
  const optOutRows: OptOutRow[] = [];
  for (let i = setup.headerRow; i < grid.length; i++) {
    const cells = grid[i]!;
    const key = normalizeCustomerKey(cells[keyCol]);
    const email = emailCol === undefined ? '' : cellText(cells[emailCol]);
    const optedOut = rowOptedOut(
      optOutCol === undefined ? undefined : cells[optOutCol],
      consentCol === undefined ? undefined : cells[consentCol],
      consentCol !== undefined,
    );
    // An opt-out counts wherever it is written: on a row without a key (for its addresses), and on
    // any later row of the same customer (for the customer, whatever address that row gives).
    const emails = emailCol === undefined ? [] : extractAddresses(cells[emailCol]);
    if (optedOut) for (const address of emails) optedOutEmails.add(address);
    const consentCell = consentCol === undefined ? undefined : cells[consentCol];
    const explicit =
      (optOutCol !== undefined && isOptedOut(cells[optOutCol])) ||
      (consentCol !== undefined && readConsent(consentCell) === false);
    if (explicit) {
      const label = (nameCol === undefined ? '' : cellText(cells[nameCol])) || cellText(cells[keyCol]);
      optOutRows.push({ key: normalizeCustomerKey(cells[keyCol]), label, emails, row: i + 1 });
    }
    const name = nameCol === undefined ? '' : cellText(cells[nameCol]);
    // A row without a key still names its customer: keyed by address, "Ann Ash" with a blank email.
    const nameKey = nameCol === undefined ? '' : normalizeCustomerKey(name);
    if (nameKey !== '') {
      const named = byName.get(nameKey);
      if (named === undefined) byName.set(nameKey, { key, name, email, optedOut, row: i + 1 });
      else if (optedOut && !named.optedOut) byName.set(nameKey, { ...named, optedOut: true });
    }
    if (key === '') continue;
    const known = byKey.get(key);
    if (known !== undefined) {
      if (optedOut && !known.optedOut) byKey.set(key, { ...known, optedOut: true });
      continue;
    }
    byKey.set(key, { key, name: name || cellText(cells[keyCol]), email, optedOut, row: i + 1 });
  }
  return {
    byKey,
    byName,
    optedOutEmails,
    hasEmailColumn: emailCol !== undefined,
    hasOptOutColumn: optOutCol !== undefined || consentCol !== undefined,
    hasConsentColumn: consentCol !== undefined,
    optOutRows,
  };
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

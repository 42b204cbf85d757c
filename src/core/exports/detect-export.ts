// Which export a header row comes from, and where each field is: the platform profiles first
// (profiles.ts), else the generic header aliases (input/headers.ts plus GENERIC_HEADERS below), with
// a confidence the detection report shows.
//
// Decisions (tests in test/unit/exports/detect-export.test.ts):
// - A profile matches when at least 3/4 of the headers of one of its signatures are in the row; the
//   best share wins, then the earlier profile. All of a signature: confidence 'high'; most: 'medium'.
//   Generic aliases only: 'low'.
// - With a profile, the profile's headers come first: Shopify's "Name" is the order number, and the
//   generic table, where "name" is a customer, must not see it. A field they do not find (an owner
//   renamed Date 日期, Amount 金额), or find only under a lesser name (the POS ledger's 时间; any amount
//   but the first, as Etsy's Order Value beside a renamed Order Total), is read from a generic header
//   in a column that is none of the platform's own names (new-owner trial 20).
// - An edited export is still its platform's when a third of a signature is there with one header
//   no generic table has, or four such headers ('near'): read as above, confidence 'low'. Without
//   its order id column, its repeated lines are one order's (`orderless`, read-export.ts).
// - A subtotal or unit price is never the amount beside a column with the whole (金额), and a time
//   of day never the date beside a date column. A "Paid" column of yes/no is never the amount
//   (paid-flag-column.ts): the money column beside it is.
// - A log is usable when it has a date, a key (customer id, email, phone or name) and money (an
//   amount, line totals or unit prices); `missing` names what is not there.
import type { CellValue, Grid } from '../cells';
import { fieldOfWords } from '../input/header-words';
import { detectColumns, fieldOfHeader, HEADER_ALIASES, normalizeHeader } from '../input/headers';
import { EXPORT_FIELDS, type ExportColumns, type ExportField, KEY_FIELDS, MONEY_FIELDS } from './fields';
import { withLineMoney } from './line-amounts';
import { holdsOrderReferences } from './order-reference-column';
import { holdsBits, holdsPaidFlags, isPaidHeader } from './paid-flag-column';
import { EXPORT_PROFILES, type ExportProfile } from './profiles';

export type Confidence = 'high' | 'medium' | 'low';

export interface ExportDetection {
  /** The platform; undefined when only generic headers were recognised. */
  profile: ExportProfile | undefined;
  /** The platform whose names were read, the profile's or a near match's (an edited export). */
  platform?: ExportProfile;
  confidence: Confidence;
  columns: ExportColumns;
  /** What the log lacks to be read: 'customer', 'date', 'amount'. */
  missing: ('customer' | 'date' | 'amount')[];
  /** A column of yes/no or checkboxes under an amount's header ("Paid"): not the amount (paid-flag-column.ts). */
  paidFlag?: number;
  /**
   * A platform's export (its orders span rows, a line each) kept without its order id column: a row
   * repeated right below itself is another line of one order, whose total each line repeats.
   */
  orderless?: true;
}

/** Headers for the extra fields in any log, as owners and smaller tools write them. */
const GENERIC_HEADERS: Readonly<Partial<Record<ExportField, string>>> = {
  date: 'created at|created|created date|paid at|order created|创建时间|創建時間|订单创建时间|訂單建立時間',
  email:
    'email|e-mail|email address|customer email|buyer email|billing email|邮箱|郵箱|电子邮件|電子郵件|电子邮箱|買家郵箱|买家邮箱',
  name: 'customer name|client name|full name|billing name|buyer name|客户名称|客戶名稱|客户姓名|客戶姓名|顾客姓名|顧客姓名|收货人|收貨人|收货人姓名|收件人|联系人|聯絡人',
  phone:
    'phone|phone number|mobile|telephone|手机|手機|手机号|手機號|电话|電話|联系电话|聯絡電話|会员手机号|會員手機號',
  status:
    'status|order status|payment status|financial status|transaction status|状态|狀態|订单状态|訂單狀態|交易状态|交易狀態|支付状态|付款狀態',
  refunded:
    'refunded|refunded amount|amount refunded|refund amount|refunds|refund|total refunded|order refund amount|' +
    '退款金额|退款金額|已退款金额|已退款金額',
  currency: 'currency|currency code|币种|幣別|币别|货币|貨幣',
  consent:
    'accepts marketing|accepts email marketing|marketing consent|email consent|同意营销|接受营销|同意行銷',
  type: 'type|transaction type|kind|类型|類型|交易类型|交易類型|业务类型|業務類型|收支类型',
  cancelledAt: 'cancelled at|canceled at|cancelled|canceled|取消时间|取消時間',
  note: 'notes|note|remarks|remark|comment|comments|memo|备注|備註|備注|说明|說明|附注|附註',
};

/**
 * The customer sheet's consent headers ("Newsletter", "Subscribed"…), read after the log's own: a
 * log's consent column renamed to one of them is still its consent column (new-owner trial: "Accepts
 * Marketing" renamed "Newsletter" dropped out of Column setup and the customer card while follow-ups,
 * which look for opt-outs on every sheet, still read it).
 */
const CUSTOMER_CONSENT = HEADER_ALIASES.customers.consent.join('|');

const LOOKUPS = new Map<string, Map<string, number>>();

/** normalised header → rank, per alias list (cached: alias lists are constants). */
function lookup(aliases: string): Map<string, number> {
  let map = LOOKUPS.get(aliases);
  if (map === undefined) {
    map = new Map();
    aliases.split('|').forEach((alias, rank) => {
      const key = normalizeHeader(alias);
      if (!map!.has(key)) map!.set(key, rank);
    });
    LOOKUPS.set(aliases, map);
  }
  return map;
}

/** The column whose header is the most preferred of `aliases`, then the leftmost. */
function columnOf(normalized: readonly string[], aliases: string | undefined): number | undefined {
  if (aliases === undefined) return undefined;
  const ranks = lookup(aliases);
  let best: { column: number; rank: number } | undefined;
  normalized.forEach((header, column) => {
    const rank = ranks.get(header);
    if (rank !== undefined && (best === undefined || rank < best.rank)) best = { column, rank };
  });
  return best?.column;
}

/** The share of `headers` in the row. */
function shareIn(present: ReadonlySet<string>, headers: readonly string[]): number {
  if (headers.length === 0) return 0;
  let n = 0;
  for (const h of headers) if (present.has(h)) n++;
  return n / headers.length;
}

/** The largest share of one of `signatures` in the row. */
function bestShare(present: ReadonlySet<string>, signatures: readonly string[][]): number {
  let best = 0;
  for (const s of signatures) best = Math.max(best, shareIn(present, s));
  return best;
}

/** A profile's headers, normalised once (detection runs on up to 10 rows per read). */
interface KnownHeaders {
  signatures: string[][];
  /** Of each signature, the headers no generic log has. */
  ownSignatures: string[][];
  /** Every header the platform writes: its fields', its signatures', its others'. */
  all: Set<string>;
  /** Those of `all` no generic log has. */
  specific: string[];
}

const KNOWN = new Map<ExportProfile, KnownHeaders>();

function knownHeaders(profile: ExportProfile): KnownHeaders {
  let known = KNOWN.get(profile);
  if (known === undefined) {
    const generic = genericHeaders();
    const signatures = profile.signatures.map((s) => s.split('|').map(normalizeHeader));
    const all = new Set(
      [...Object.values(profile.headers), ...profile.signatures, profile.others ?? '']
        .join('|')
        .split('|')
        .map(normalizeHeader),
    );
    known = {
      signatures,
      ownSignatures: signatures.map((s) => s.filter((h) => !generic.has(h))),
      all,
      specific: [...all].filter((h) => !generic.has(h)),
    };
    KNOWN.set(profile, known);
  }
  return known;
}

const MIN_SHARE = 0.75;

const NEAR_SHARE = 1 / 3;
const NEAR_OWN = 4;

/**
 * The platform an edited export still comes from: a third of one of its signatures there with one of
 * its own headers that is no generic header (a log of Amount, Status, Currency is no Stripe export),
 * or four such headers.
 * Of those, the one with most of a signature's own headers (those no generic header has: headers
 * renamed 订单号, 日期 match a Chinese platform's signature too), then most of a signature, then the
 * earlier.
 */
function nearProfile(present: ReadonlySet<string>): ExportProfile | undefined {
  let best: { profile: ExportProfile; share: number; ownShare: number } | undefined;
  for (const profile of EXPORT_PROFILES) {
    const known = knownHeaders(profile);
    const share = bestShare(present, known.signatures);
    let specific = 0;
    for (const h of known.specific) if (present.has(h)) specific++;
    if ((share < NEAR_SHARE || specific === 0) && specific < NEAR_OWN) continue;
    const ownShare = bestShare(present, known.ownSignatures);
    if (
      best === undefined ||
      ownShare > best.ownShare ||
      (ownShare === best.ownShare && share > best.share)
    ) {
      best = { profile, share, ownShare };
    }
  }
  return best?.profile;
}

let GENERIC_SET: Set<string> | undefined;

/** Every generic header, normalised (made on the first near match looked for). */
function genericHeaders(): Set<string> {
  GENERIC_SET ??= new Set(
    [
      ...Object.values(HEADER_ALIASES.purchases).flat(),
      ...Object.values(GENERIC_HEADERS).join('|').split('|'),
    ].map(normalizeHeader),
  );
  return GENERIC_SET;
}

/**
 * Amount headers that are a part of the order (a subtotal, a unit price), never taken for the order's
 * amount in an export: its line columns say those better.
 */
const PART_AMOUNTS = new Set(
  'subtotal|小计|小計|合计|合計|price|unit price|单价|單價|价格|價格|售价|售價'
    .split('|')
    .map(normalizeHeader),
);

/** Headers of a time of day: a date column only when no other column is one (Square's Time beside 交易时间). */
const TIME_ONLY = new Set(['time', '时间', '時間'].map(normalizeHeader));

const DAY_DATES = HEADER_ALIASES.purchases.date
  .concat(GENERIC_HEADERS.date!.split('|'))
  .filter((a) => !TIME_ONLY.has(normalizeHeader(a)))
  .join('|');

const PURCHASE_DATES = HEADER_ALIASES.purchases.date.join('|');

const WHOLE_AMOUNTS = HEADER_ALIASES.purchases.amount
  .filter((a) => !PART_AMOUNTS.has(normalizeHeader(a)))
  .join('|');

/**
 * Fields found under a lesser name of the platform's (neither its first name nor one of its signature
 * headers: the POS ledger's 时间 with 日期 renamed), which a generic header in the row says better.
 */
function lesserFields(
  profile: ExportProfile,
  columns: ExportColumns,
  normalized: readonly string[],
): Set<ExportField> {
  const signed = new Set(profile.signatures.join('|').split('|').map(normalizeHeader));
  const lesser = new Set<ExportField>();
  for (const field of EXPORT_FIELDS) {
    const column = columns[field];
    if (column === undefined) continue;
    const header = normalized[column]!;
    const first = normalizeHeader(profile.headers[field]!.split('|')[0]!);
    // An amount under another name is another amount (Etsy's Order Value is before shipping).
    if (header !== first && (field === 'amount' || !signed.has(header))) lesser.add(field);
  }
  return lesser;
}

/**
 * Fields missing (or found under a lesser platform name), from the generic headers, in columns no
 * field and no platform name holds.
 */
function fillGeneric(
  columns: ExportColumns,
  headers: readonly string[],
  normalized: readonly string[],
  own: ReadonlySet<string>,
  lesser: ReadonlySet<ExportField> = new Set(),
): void {
  const free = normalized.map((h, column) =>
    h === '' || own.has(h) || Object.values(columns).includes(column) ? '' : h,
  );
  for (const field of EXPORT_FIELDS) {
    // A platform's notes are its customers' words, not the owner's record of a return.
    if (field === 'note') continue;
    if (columns[field] !== undefined && !lesser.has(field)) continue;
    const base = (HEADER_ALIASES.purchases as Partial<Record<ExportField, readonly string[]>>)[field];
    let aliases = [base?.join('|'), GENERIC_HEADERS[field]].filter(Boolean).join('|');
    if (aliases === '') continue;
    if (field === 'amount') aliases = WHOLE_AMOUNTS;
    else if (field === 'date') aliases = DAY_DATES;
    const column = columnOf(free, aliases);
    if (column === undefined) continue;
    columns[field] = column;
    free[column] = '';
  }
  // Still missing, a compound header's words (header-words.ts) name it: a sheet 'buyer |
  // order_datetime | order_value' is near Etsy by two of its names and had no date.
  for (const field of ['customer', 'date', 'amount'] as const) {
    const found = field === 'amount' ? MONEY_FIELDS : field === 'customer' ? KEY_FIELDS : [field];
    if (found.some((f) => columns[f] !== undefined)) continue;
    const column = free.findIndex((h, c) => h !== '' && fieldOfWords(headers[c]!) === field);
    if (column < 0) continue;
    columns[field] = column;
    free[column] = '';
  }
}

/**
 * The platform whose order number sits under a header plain logs give the customer (Shopify's Name),
 * when the rows below show order numbers there (order-reference-column.ts).
 */
function orderNumbersPlatform(
  normalized: readonly string[],
  rowsBelow: Grid | undefined,
): ExportProfile | undefined {
  if (rowsBelow === undefined || rowsBelow.length === 0) return undefined;
  for (const profile of EXPORT_PROFILES) {
    const column = columnOf(normalized, profile.headers.orderId);
    if (column === undefined || fieldOfHeader(normalized[column]!, 'purchases') !== 'customer') continue;
    if (holdsOrderReferences(rowsBelow, column)) return profile;
  }
  return undefined;
}

const ANY_AMOUNT = HEADER_ALIASES.purchases.amount.join('|');

/**
 * The amount column when the rows show it to be a paid flag (paid-flag-column.ts): the money column
 * beside it, whole amounts first, else none. Returns the flag's column.
 */
function withoutPaidFlag(
  columns: ExportColumns,
  normalized: readonly string[],
  rowsBelow: Grid | undefined,
): number | undefined {
  const flag = columns.amount;
  if (flag === undefined || rowsBelow === undefined || !isPaidHeader(normalized[flag]!)) return undefined;
  const words = holdsPaidFlags(rowsBelow, flag);
  if (!words && !holdsBits(rowsBelow, flag)) return undefined;
  columns.amount = undefined;
  const taken = Object.values(columns);
  const free = normalized.map((h, c) => (c === flag || taken.includes(c) ? '' : h));
  const money = columnOf(free, WHOLE_AMOUNTS) ?? columnOf(free, ANY_AMOUNT);
  // 1/0 with no money beside them may be the money paid (paid-flag-column.ts).
  if (!words && money === undefined) {
    columns.amount = flag;
    return undefined;
  }
  if (money !== undefined) columns.amount = money;
  else delete columns.amount;
  return flag;
}

/**
 * The export a header row belongs to and its columns; undefined when no field is recognised. With the
 * rows below the header, a platform's order numbers under a customer's header are told apart.
 */
export function detectExport(headerRow: readonly CellValue[], rowsBelow?: Grid): ExportDetection | undefined {
  const normalized = headerRow.map((cell) => (typeof cell === 'string' ? normalizeHeader(cell) : ''));
  const present = new Set(normalized.filter((h) => h !== ''));
  if (present.size === 0) return undefined;

  let best: { profile: ExportProfile; share: number } | undefined;
  for (const profile of EXPORT_PROFILES) {
    const share = bestShare(present, knownHeaders(profile).signatures);
    if (share >= MIN_SHARE && (best === undefined || share > best.share)) best = { profile, share };
  }

  const columns: ExportColumns = {};
  let paidFlag: number | undefined;
  // A near match (half of a signature: the owner kept some of the export's columns) reads the
  // platform's own names first too, so Shopify's "Name" stays the order number, not a customer.
  const platform = best?.profile ?? nearProfile(present) ?? orderNumbersPlatform(normalized, rowsBelow);
  if (platform !== undefined) {
    for (const field of EXPORT_FIELDS) {
      const column = columnOf(normalized, platform.headers[field]);
      if (column !== undefined) columns[field] = column;
    }
    // An owner's edited export: a field the platform's names do not find is looked for under the
    // generic headers (Date renamed 日期), in columns that are not the platform's own.
    const texts = headerRow.map((cell) => (typeof cell === 'string' ? cell : ''));
    fillGeneric(
      columns,
      texts,
      normalized,
      knownHeaders(platform).all,
      lesserFields(platform, columns, normalized),
    );
  } else {
    const generic = detectColumns(headerRow, 'purchases').mapping;
    Object.assign(columns, generic);
    // A subtotal or unit price is the amount only when no column gives the whole (金额 beside Subtotal).
    if (columns.amount !== undefined && PART_AMOUNTS.has(normalized[columns.amount]!)) {
      const whole = columnOf(normalized, WHOLE_AMOUNTS);
      if (whole !== undefined && !Object.values(columns).includes(whole)) columns.amount = whole;
    }
    paidFlag = withoutPaidFlag(columns, normalized, rowsBelow);
    if (columns.date !== undefined && TIME_ONLY.has(normalized[columns.date]!)) {
      const day = columnOf(normalized, DAY_DATES);
      if (day !== undefined && !Object.values(columns).includes(day)) columns.date = day;
    }
    // A date read from a header's words (header-words.ts) gives way to one the generic table names.
    if (columns.date !== undefined && !lookup(PURCHASE_DATES).has(normalized[columns.date]!)) {
      const named = columnOf(normalized, GENERIC_HEADERS.date);
      if (named !== undefined && !Object.values(columns).includes(named)) columns.date = named;
    }
    for (const field of EXPORT_FIELDS) {
      if (columns[field] !== undefined) continue;
      const column = columnOf(normalized, GENERIC_HEADERS[field]);
      if (column !== undefined) columns[field] = column;
    }
    if (Object.keys(columns).length === 0) return undefined;
  }
  if (columns.consent === undefined) {
    const column = columnOf(normalized, CUSTOMER_CONSENT);
    if (column !== undefined && !Object.values(columns).includes(column)) columns.consent = column;
  }
  const missing: ExportDetection['missing'] = [];
  const bothSides = columns.payer !== undefined && columns.payee !== undefined;
  if (!bothSides && !KEY_FIELDS.some((f) => columns[f] !== undefined)) missing.push('customer');
  if (columns.date === undefined) missing.push('date');
  if (!MONEY_FIELDS.some((f) => columns[f] !== undefined) && columns.adjustedTotal === undefined) {
    missing.push('amount');
  }
  return {
    profile: best?.profile,
    confidence: best === undefined ? 'low' : best.share === 1 ? 'high' : 'medium',
    // A log of no platform: its amount may be a line's (line-amounts.ts).
    columns: platform === undefined ? withLineMoney(columns, headerRow) : columns,
    missing,
    ...(platform !== undefined ? { platform } : {}),
    ...(paidFlag !== undefined ? { paidFlag } : {}),
    ...(platform !== undefined && columns.orderId === undefined ? { orderless: true as const } : {}),
  };
}

/**
 * The column an export's amounts are read from when it is none of the platform's amount columns (an
 * owner renamed Total 实付金额, or deleted it and line prices are added up), with the platform's
 * usual header: Data issues says so, for the owner to check.
 */
export function unusualAmount(
  detection: ExportDetection | undefined,
  headerRow: readonly CellValue[],
  columns: ExportColumns,
): { header: string; usual: string } | undefined {
  const usual = detection?.platform?.headers.amount;
  const column = columns.amount ?? columns.lineAmount ?? columns.unitPrice;
  if (usual === undefined || column === undefined) return undefined;
  const header = headerRow[column];
  if (typeof header !== 'string') return undefined;
  const name = normalizeHeader(header);
  if (columns.amount !== undefined && lookup(usual).has(name)) return undefined;
  // An export that has no order total (Etsy's Sold Order Items) is read from its own line column.
  const amounts = lookup(usual);
  const own = knownHeaders(detection!.platform!).signatures.some(
    (s) => s.includes(name) && !s.some((h) => amounts.has(h)),
  );
  if (own && detection!.profile !== undefined) return undefined;
  return { header: header.trim(), usual: usual.split('|')[0]! };
}

/** Whether reading needs the export reader: orders, statuses, contacts — more than customer, date, amount. */
export function needsExportReader(columns: ExportColumns): boolean {
  return Object.keys(columns).some(
    (f) =>
      !['customer', 'date', 'amount', 'product', 'quantity', 'note'].includes(f) &&
      columns[f as ExportField] !== undefined,
  );
}

// Data issues' line for one phone number written several ways, each a customer of its own: a café
// keyed by phone had "07700 900123", 7700900123 (a number cell: Sheets drops the leading 0) and
// "+44 7700 900123" as three customers, and "+86 138 0013 8000" beside "13800138000", without a
// word (trial 24). Only the same digits were said before (shared-contacts.ts).
//
// Decisions (tests in test/unit/report/phone-variants.test.ts):
// - A phone is a customer cell (or the log's phone cell) with at least 7 digits and no letter or
//   `@` (customers/contact-keys.ts). Its national number: written with `+`, the country calling code
//   is dropped (E.164 codes are prefix-free: 1 and 7 are one digit, 44 or 86 two, the rest three);
//   then one leading 0 (a trunk prefix, or "+44 (0)7700") is dropped; written without `+`, its leading
//   zeros are dropped.
// - Customers whose phones have one national number and differ in digits get one line, when one of
//   them is written as a phone (with `+`, a space, `-` or a bracket, or in the log's phone column):
//   plain numeric ids that differ only in leading zeros are not called phone numbers.
// - Never merged: a number without its country code may be another country's, and two people may
//   share a phone. The owner writes them the same way if they are one person.
import type { CellOutput } from '../cells';
import { phoneDigits } from '../customers/contact-keys';
import type { Language } from '../i18n/language';
import type { PurchaseLog } from '../input/purchase';
import { fill, type ReportTexts } from './report-texts';

/** How a phone may begin: a digit, `+` or a bracket, after spaces. */
const PHONE_START = /^\s*[\d+(]/;
const INTERNATIONAL = /^\s*\+/;

/** The country calling codes of one and two digits; every other code has three (ITU-T E.164). */
const SHORT_CODE = /^(?:[17]|2[07]|3[0-469]|4[013-9]|5[1-8]|6[0-6]|8[1246]|9[0-58])/;

/** A phone's national significant number ('' when it is not a phone): see the rules at the top. */
export function nationalNumber(text: string): string {
  // Most customer cells are names or ids: one look at the first character sets them aside.
  if (!PHONE_START.test(text)) return '';
  const digits = phoneDigits(text);
  if (digits === '') return '';
  if (!INTERNATIONAL.test(text)) return digits.replace(/^0+/, '');
  const code = SHORT_CODE.exec(digits)?.[0].length ?? 3;
  return digits.slice(code).replace(/^0/, '');
}

/** Written as a phone, not as a plain number: with `+`, a space, `-` or a bracket. */
const PHONE_MARKS = /[+\s\-()]/;

interface Written {
  customer: number;
  text: string;
  asPhone: boolean;
}

/**
 * One Data issues row per national number written as two or more customers' phones in different
 * digits, in order of first customer, at the first row of that customer.
 */
export function phoneVariantRows(
  log: Pick<PurchaseLog, 'purchases' | 'contacts'>,
  sheetName: string,
  language: Language,
  t: ReportTexts,
): CellOutput[][] {
  const { keys, labels } = log.purchases;
  // Most numbers are written once: the first writing is kept as its customer's index (× 2, + 1 when
  // from the phone column) and a list is made only for a number met again.
  const first = new Map<string, number>();
  const again = new Map<string, Written[]>();
  const written = (customer: number, fromPhoneColumn: boolean): Written => {
    const text = (
      fromPhoneColumn ? (log.contacts?.get(keys[customer]!)?.phone ?? '') : labels[customer]!
    ).trim();
    return { customer, text, asPhone: fromPhoneColumn || PHONE_MARKS.test(text) };
  };
  const add = (customer: number, text: string, fromPhoneColumn: boolean) => {
    const national = nationalNumber(text);
    if (national === '') return;
    const code = customer * 2 + (fromPhoneColumn ? 1 : 0);
    const seen = first.get(national);
    if (seen === undefined) first.set(national, code);
    else {
      const list = again.get(national);
      if (list === undefined) {
        again.set(national, [written(seen >> 1, (seen & 1) === 1), written(customer, fromPhoneColumn)]);
      } else list.push(written(customer, fromPhoneColumn));
    }
  };
  for (let i = 0; i < keys.length; i++) {
    add(i, labels[i]!, false);
    const phone = log.contacts?.get(keys[i]!)?.phone ?? '';
    if (phone !== '') add(i, phone, true);
  }
  const rows: CellOutput[][] = [];
  let firstRows: Int32Array | undefined;
  for (const list of again.values()) {
    const customers = [...new Set(list.map((w) => w.customer))];
    if (customers.length < 2 || new Set(list.map((w) => phoneDigits(w.text))).size < 2) continue;
    if (!list.some((w) => w.asPhone)) continue;
    firstRows ??= firstRowOfEach(log.purchases);
    const texts = [...new Set(list.map((w) => w.text))];
    const sep = language === 'en' ? ', ' : '、';
    // The customers named only when they are not the numbers themselves (a log keyed by name).
    const named = customers.some((c) => !texts.includes(labels[c]!));
    rows.push([
      sheetName,
      firstRows[customers[0]!]!,
      t.phone,
      texts[0]!,
      fill(named ? t.phoneVariantsNamed : t.phoneVariants, {
        numbers: texts.join(sep),
        count: texts.length,
        names: customers.map((c) => labels[c]!).join(sep),
      }),
      t.keptApart,
    ]);
  }
  return rows;
}

/** The sheet row of each customer's first purchase. */
function firstRowOfEach(purchases: PurchaseLog['purchases']): Int32Array {
  const out = new Int32Array(purchases.keys.length);
  for (let p = 0; p < purchases.length; p++) {
    const c = purchases.customer[p]!;
    if (out[c] === 0) out[c] = purchases.row[p]!;
  }
  return out;
}

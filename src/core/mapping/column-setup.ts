// The column setup: which sheet is the purchase log, the customer sheet and the feedback sheet, where
// their header row is and which column holds which field. Detected from headers (detect.ts), confirmed
// or changed by the owner in the sidebar, stored per document. It crosses a trust boundary twice
// (document properties, the sidebar), so it is validated here with zod/mini.
//
// Decisions (tests in test/unit/mapping/column-setup.test.ts):
// - Columns are 0-based indexes; the header row is the 1-based sheet row (1–10, where detection looks).
// - Per kind, `undefined` means "detect it" and `null` means "the owner says there is none".
// - The purchase log's customer, date and amount must be three different columns.
// - `asOf` fixes the analysis date (YYYY-MM-DD); absent or null means today.
import * as z from 'zod/mini';
import { type FieldOf, REQUIRED_FIELDS, SHEET_FIELDS, type SheetKind } from '../input/headers';
import { MAX_EXCLUDE_RULES, MAX_EXCLUDE_VALUE_LENGTH, MAX_EXCLUDE_VALUES } from '../setting-limits';
import { isRealDate } from '../time/civil';
import { parseOrThrow } from '../validation';
import { flag, itemCount, text, textThat, wholeNumber } from './leaf-schemas';
import type { RememberedHeader } from './saved-headers';

export const SHEET_KINDS = ['purchases', 'customers', 'feedback'] as const satisfies readonly SheetKind[];

/** Sheets has at most 18,278 columns (A…ZZZ). */
const MAX_COLUMNS = 18_278;
/** Header rows are looked for in the first rows only. */
export const MAX_HEADER_ROW = 10;

const column = wholeNumber(0, MAX_COLUMNS - 1, 'must be a column number');
const optionalColumn = z.optional(column);

const isHeaderText = (v: unknown) => typeof v === 'string' && v.length <= 300;

/**
 * Field → header text, or [text, its place among columns of that text] (saved-headers.ts); a hand
 * check: zod's record schema would add ~7 KB to the bundle.
 */
function isHeaderMap(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return (
    entries.length <= 64 &&
    entries.every(
      ([k, v]) =>
        k.length <= 40 &&
        (isHeaderText(v) ||
          (Array.isArray(v) &&
            v.length === 2 &&
            isHeaderText(v[0]) &&
            Number.isInteger(v[1]) &&
            v[1] >= 2 &&
            v[1] <= MAX_COLUMNS)),
    )
  );
}

/** Where a sheet's table is: every sheet kind's mapping starts with these. */
const sheetFields = {
  sheet: text(1, 200, 'needs a sheet name'),
  headerRow: wholeNumber(1, MAX_HEADER_ROW),
  /**
   * The header text of each mapped column when saved (by field, `exclude.<i>` for ignore rules), set
   * by the shell, so the setup follows columns the owner moves (saved-headers.ts).
   */
  headers: z.optional(
    z.custom<Record<string, RememberedHeader>>(isHeaderMap, 'must map fields to header texts'),
  ),
};

const sheetSchema = <S extends z.ZodMiniType>(columns: S) => z.strictObject({ ...sheetFields, columns });

/** "Ignore rows where <column> is <values>" (exports/read-export.ts `ExcludeRule`). */
const ExcludeRuleSchema = z.strictObject({
  column,
  values: z
    .array(text(0, MAX_EXCLUDE_VALUE_LENGTH))
    .check(itemCount(1, MAX_EXCLUDE_VALUES, 'needs at least one value')),
});

const PurchasesSchema = z.strictObject({
  ...sheetFields,
  columns: z
    .strictObject({
      customer: column,
      date: column,
      amount: column,
      product: optionalColumn,
      quantity: optionalColumn,
      orderId: optionalColumn,
      // An export's further columns (exports/fields.ts), found by detection and kept when saved.
      email: optionalColumn,
      name: optionalColumn,
      lastName: optionalColumn,
      phone: optionalColumn,
      status: optionalColumn,
      cancelledAt: optionalColumn,
      refunded: optionalColumn,
      currency: optionalColumn,
      consent: optionalColumn,
      type: optionalColumn,
      lineAmount: optionalColumn,
      unitPrice: optionalColumn,
      adjustedTotal: optionalColumn,
      note: optionalColumn,
      referenceId: optionalColumn,
      payer: optionalColumn,
      payee: optionalColumn,
    })
    .check(
      z.refine(
        (c) => c.customer !== c.date && c.customer !== c.amount && c.date !== c.amount,
        'customer, date and amount must be three different columns',
      ),
    ),
  /** The owner's exclusions, applied by Analyze and the sidebar. */
  exclude: z.optional(z.array(ExcludeRuleSchema).check(itemCount(0, MAX_EXCLUDE_RULES))),
  /** The export profile detected (exports/profiles.ts), for the detection report. */
  profile: z.optional(text(0, 40)),
});

const CustomersSchema = sheetSchema(
  z.strictObject({
    key: column,
    name: optionalColumn,
    email: optionalColumn,
    phone: optionalColumn,
    optOut: optionalColumn,
    consent: optionalColumn,
    satisfaction: optionalColumn,
    recommend: optionalColumn,
    notes: optionalColumn,
  }),
);

const FeedbackSchema = sheetSchema(
  z.strictObject({
    customer: column,
    type: column,
    date: optionalColumn,
    status: optionalColumn,
    note: optionalColumn,
  }),
);

/** Whether `s` is a real calendar date written YYYY-MM-DD. */
export function isIsoDay(s: unknown): s is string {
  return (
    typeof s === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(s) &&
    isRealDate(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10)))
  );
}

const isoDay = textThat(isIsoDay, 'must be a real date written YYYY-MM-DD');

export const ColumnSetupSchema = z.strictObject({
  purchases: z.nullish(PurchasesSchema),
  customers: z.nullish(CustomersSchema),
  feedback: z.nullish(FeedbackSchema),
  asOf: z.nullish(isoDay),
});

export type ColumnSetup = z.infer<typeof ColumnSetupSchema>;
export type PurchasesMapping = z.infer<typeof PurchasesSchema>;
export type CustomersMapping = z.infer<typeof CustomersSchema>;
export type FeedbackMapping = z.infer<typeof FeedbackSchema>;

/** The mapping of one sheet kind. */
export interface SheetMappingOf {
  purchases: PurchasesMapping;
  customers: CustomersMapping;
  feedback: FeedbackMapping;
}
export type SheetMapping = SheetMappingOf[SheetKind];

/** Parses a setup from an untrusted source; throws a readable error naming the bad field. */
export function parseColumnSetup(input: unknown): ColumnSetup {
  return parseOrThrow(ColumnSetupSchema, input, 'column setup');
}

/**
 * The owner's explicit confirmation, sent beside the setup (never inside it), that a save may drop an
 * opt-out or consent column the saved setup had (opt-out-columns.ts). Only `true` confirms.
 */
const SaveConfirmationSchema = z.nullish(z.strictObject({ dropOptOut: flag() }));

/** Whether the owner confirmed dropping opt-out columns in this save; throws on a malformed value. */
export function confirmsOptOutDrop(input: unknown): boolean {
  return parseOrThrow(SaveConfirmationSchema, input, 'save confirmation')?.dropOptOut === true;
}

/** Required fields of a kind that a column map lacks. */
export function missingFields<K extends SheetKind>(
  kind: K,
  columns: Partial<Record<FieldOf<K>, number>>,
): FieldOf<K>[] {
  return REQUIRED_FIELDS[kind].filter((f) => columns[f] === undefined) as FieldOf<K>[];
}

/** The fields of a kind, required first, in the order the sidebar lists them. */
export function fieldsOf<K extends SheetKind>(kind: K): readonly FieldOf<K>[] {
  const required: readonly string[] = REQUIRED_FIELDS[kind];
  const all: readonly string[] = SHEET_FIELDS[kind];
  return [...required, ...all.filter((f) => !required.includes(f))] as FieldOf<K>[];
}

// Finds the purchase log, the customer sheet and the feedback sheet among a spreadsheet's sheets by
// their header rows (SPEC §2), and merges what was found with what the owner saved.
//
// Decisions (tests in test/unit/mapping/detect.test.ts):
// - A sheet qualifies for a kind when one of its first 10 rows names every required field of that
//   kind (input/headers.ts). Its score is the number of fields recognised in that row, plus one when
//   the sheet's name says the kind ("Purchases", "订单", "客戶"…).
// - One sheet serves one kind. The purchase log is chosen first (best score, then leftmost); the
//   customer and feedback sheets then together, as the pair with the best total score, so a feedback
//   sheet (customer, type, status…) is not taken for a customer list because it has a customer column.
//   A tab read together with the log (same header row, exports/tabs.ts: "Sales Feb" beside "Sales
//   Jan") is part of the log, never the customer or feedback sheet (trial 25).
// - A sheet holding a CUSTOMER_INSIGHTS table (its header in any language, in any of the rows read) is
//   formula output, never a purchase log, customer sheet or feedback sheet.
// - A row holding data values (numbers, dates, true/false) is data, never a header row.
// - A saved mapping wins while its sheet exists and its columns are inside the sheet, each found by
//   the header it had when saved (saved-headers.ts); otherwise the detected one is used and a note
//   says why. A kind saved as `null` stays off.
import type { Grid } from '../cells';
import { detectExport } from '../exports/detect-export';
import { mappingOfDetection } from '../exports/mapped-log';
import { rowsBelowHeader } from '../exports/order-reference-column';
import { sameExportTabs } from '../exports/tabs';
import { insightHeaders } from '../i18n/labels';
import {
  detectColumns,
  type FieldOf,
  normalizeHeader,
  REQUIRED_FIELDS,
  type SheetKind,
} from '../input/headers';
import {
  type ColumnSetup,
  MAX_HEADER_ROW,
  missingFields,
  SHEET_KINDS,
  type SheetMapping,
  type SheetMappingOf,
} from './column-setup';
import { followHeaders } from './saved-headers';

/** What detection reads of a sheet: its name, width and first rows. */
export interface SheetHead {
  name: string;
  /** Columns with content (Sheet.getLastColumn()). */
  width: number;
  /** The first rows (at most 10), as getValues() returns them. */
  rows: Grid;
}

/** The best partial match of a sheet for a kind, to say which columns are missing. */
export interface PartialMatch<K extends SheetKind = SheetKind> {
  sheet: string;
  headerRow: number;
  found: FieldOf<K>[];
  missing: FieldOf<K>[];
}

export type Detected = { [K in SheetKind]?: SheetMappingOf[K] };

const NAME_HINTS: Readonly<Record<SheetKind, RegExp>> = {
  purchases: /purchase|order|sale|transaction|invoice|购买|購買|订单|訂單|销售|銷售|交易|流水/,
  customers: /customer|client|member|contact|客户|客戶|顾客|顧客|会员|會員|联系人|聯絡人/,
  feedback: /feedback|complaint|review|反馈|反饋|回饋|投诉|投訴|意见|意見|评价|評價/,
};

interface Candidate {
  mapping: SheetMapping;
  score: number;
}

/** Export profiles outrank generic headers: a Shopify export's "Name" is not a customer. */
const PROFILE_BONUS: Readonly<Record<string, number>> = { high: 20, medium: 10, low: 0 };

/** Whether a row holds data values (numbers, dates, true/false) rather than names. */
function holdsData(row: readonly unknown[]): boolean {
  return row.some((c) => typeof c === 'number' || typeof c === 'boolean' || c instanceof Date);
}

function purchaseCandidateOf(head: SheetHead): Candidate | undefined {
  const rows = Math.min(head.rows.length, MAX_HEADER_ROW);
  let best: Candidate | undefined;
  for (let i = 0; i < rows; i++) {
    if (holdsData(head.rows[i] ?? [])) continue;
    const detection = detectExport(head.rows[i] ?? [], rowsBelowHeader(head.rows, i));
    if (detection === undefined || detection.missing.length > 0) continue;
    const mapping = mappingOfDetection(head.name, i + 1, detection);
    if (mapping === undefined) continue;
    const score =
      Object.keys(detection.columns).length +
      PROFILE_BONUS[detection.confidence]! +
      (NAME_HINTS.purchases.test(normalizeHeader(head.name)) ? 1 : 0);
    if (!best || score > best.score) best = { mapping, score };
  }
  return best;
}

/** The first cells of a CUSTOMER_INSIGHTS table in each language: formula output, not a customer list. */
let insightHeads: Set<string> | undefined;
function isInsightsTable(row: readonly unknown[]): boolean {
  insightHeads ??= new Set(
    (['en', 'zh-CN', 'zh-TW'] as const).map((l) =>
      insightHeaders(l, 90, 365).slice(0, 4).map(normalizeHeader).join('|'),
    ),
  );
  const cells = row.slice(0, 4).map((c) => (typeof c === 'string' ? normalizeHeader(c) : ''));
  return insightHeads.has(cells.join('|'));
}

function candidateOf(head: SheetHead, kind: SheetKind): Candidate | undefined {
  if (head.rows.slice(0, MAX_HEADER_ROW).some(isInsightsTable)) return undefined;
  if (kind === 'purchases') return purchaseCandidateOf(head);
  const rows = Math.min(head.rows.length, MAX_HEADER_ROW);
  let best: Candidate | undefined;
  for (let i = 0; i < rows; i++) {
    if (holdsData(head.rows[i] ?? [])) continue;
    const { mapping, missing } = detectColumns(head.rows[i] ?? [], kind);
    if (missing.length > 0) continue;
    const score = Object.keys(mapping).length + (NAME_HINTS[kind].test(normalizeHeader(head.name)) ? 1 : 0);
    if (!best || score > best.score) {
      best = { mapping: { sheet: head.name, headerRow: i + 1, columns: mapping } as SheetMapping, score };
    }
  }
  return best;
}

/** The purchase log, customer sheet and feedback sheet among `heads` (see the rules at the top). */
export function detectSetup(heads: readonly SheetHead[]): Detected {
  const scored = heads.map((head) => ({
    purchases: candidateOf(head, 'purchases'),
    customers: candidateOf(head, 'customers'),
    feedback: candidateOf(head, 'feedback'),
  }));
  const detected: Detected = {};
  let purchasesAt = -1;
  scored.forEach((s, i) => {
    if (s.purchases && (purchasesAt < 0 || s.purchases.score > scored[purchasesAt]!.purchases!.score)) {
      purchasesAt = i;
    }
  });
  if (purchasesAt >= 0)
    detected.purchases = scored[purchasesAt]!.purchases!.mapping as SheetMappingOf['purchases'];

  // Customer and feedback sheets: the best pair of different sheets (either may be absent), none of
  // them a tab read as part of the log (its same header: "Sales Feb" beside "Sales Jan").
  const log = detected.purchases;
  const logTabs = new Set(log ? sameExportTabs(heads, log.sheet, log.headerRow) : []);
  const ofLog = (i: number) => i >= 0 && logTabs.has(heads[i]!.name);
  let best = { total: 0, customers: -1, feedback: -1 };
  for (let c = -1; c < scored.length; c++) {
    const cs = c < 0 ? 0 : (scored[c]!.customers?.score ?? -1);
    if (cs < 0 || c === purchasesAt || ofLog(c)) continue;
    for (let f = -1; f < scored.length; f++) {
      const fs = f < 0 ? 0 : (scored[f]!.feedback?.score ?? -1);
      if (fs < 0 || f === purchasesAt || ofLog(f) || (f >= 0 && f === c)) continue;
      if (cs + fs > best.total) best = { total: cs + fs, customers: c, feedback: f };
    }
  }
  if (best.customers >= 0) {
    detected.customers = scored[best.customers]!.customers!.mapping as SheetMappingOf['customers'];
  }
  if (best.feedback >= 0) {
    detected.feedback = scored[best.feedback]!.feedback!.mapping as SheetMappingOf['feedback'];
  }
  return detected;
}

/**
 * The sheet that comes closest to being a `kind` sheet without naming every required field: the one
 * recognising the most of its fields (at least one required field). For the "which columns are
 * needed" message.
 */
export function closestPartialMatch<K extends SheetKind>(
  heads: readonly SheetHead[],
  kind: K,
): PartialMatch<K> | undefined {
  let best: (PartialMatch<K> & { count: number }) | undefined;
  for (const head of heads) {
    if (head.rows.slice(0, MAX_HEADER_ROW).some(isInsightsTable)) continue;
    const rows = Math.min(head.rows.length, MAX_HEADER_ROW);
    for (let i = 0; i < rows; i++) {
      if (holdsData(head.rows[i] ?? [])) continue;
      const { mapping } = detectColumns(head.rows[i] ?? [], kind);
      const found = Object.keys(mapping) as FieldOf<K>[];
      const required = found.filter((f) => (REQUIRED_FIELDS[kind] as readonly string[]).includes(f));
      if (required.length === 0) continue;
      if (!best || required.length > best.count) {
        best = {
          sheet: head.name,
          headerRow: i + 1,
          found,
          missing: missingFields(kind, mapping),
          count: required.length,
        };
      }
    }
  }
  if (!best) return undefined;
  const { count: _count, ...match } = best;
  return match;
}

/** Where a kind's mapping came from. */
export type MappingSource = 'saved' | 'detected' | 'off' | 'none';

/** Why a saved mapping was not used, or (`columnsMoved`) was used with its columns found again by header. */
export type SetupNote =
  | { kind: SheetKind; problem: 'sheetMissing' | 'columnOutside' | 'columnsMoved'; sheet: string }
  | { kind: SheetKind; problem: 'headerGone'; sheet: string; header: string; headers: string[] };

export interface ResolvedSetup {
  purchases: SheetMappingOf['purchases'] | undefined;
  customers: SheetMappingOf['customers'] | undefined;
  feedback: SheetMappingOf['feedback'] | undefined;
  source: Record<SheetKind, MappingSource>;
  asOf: string | undefined;
  notes: SetupNote[];
}

/** The setup in force: the owner's saved choices where still valid, detection elsewhere. */
export function resolveSetup(saved: ColumnSetup | undefined, heads: readonly SheetHead[]): ResolvedSetup {
  const detected = detectSetup(heads);
  const headOf = new Map(heads.map((h) => [h.name, h]));
  const resolved: ResolvedSetup = {
    purchases: undefined,
    customers: undefined,
    feedback: undefined,
    source: { purchases: 'none', customers: 'none', feedback: 'none' },
    asOf: saved?.asOf ?? undefined,
    notes: [],
  };
  const chosen = resolved as unknown as Record<SheetKind, SheetMapping | undefined>;
  // The ignore rules of a saved log set aside, for the setup the owner is asked to save again.
  let keptRules: { sheet: string; rules: { column: number; values: string[] }[] } | undefined;
  for (const kind of SHEET_KINDS) {
    const mine = saved?.[kind];
    if (mine === null) resolved.source[kind] = 'off';
    if (!mine) continue;
    const head = headOf.get(mine.sheet);
    if (head === undefined) {
      resolved.notes.push({ kind, problem: 'sheetMissing', sheet: mine.sheet });
      continue;
    }
    const followed = followHeaders(mine, head.rows);
    if ('lost' in followed) {
      resolved.notes.push({
        kind,
        problem: 'headerGone',
        sheet: mine.sheet,
        header: followed.header,
        headers: followed.headers,
      });
      if (kind === 'purchases' && followed.rules.length > 0)
        keptRules = { sheet: mine.sheet, rules: followed.rules };
      continue;
    }
    const columns = Object.values(followed.mapping.columns).filter((c): c is number => c !== undefined);
    if (columns.some((c) => c >= Math.max(head.width, 1)))
      resolved.notes.push({ kind, problem: 'columnOutside', sheet: mine.sheet });
    else {
      chosen[kind] = followed.mapping;
      resolved.source[kind] = 'saved';
      if (followed.moved) resolved.notes.push({ kind, problem: 'columnsMoved', sheet: mine.sheet });
    }
  }
  // Detection fills the rest, never with a sheet the owner assigned to another kind.
  const taken = new Set(SHEET_KINDS.map((k) => chosen[k]?.sheet));
  for (const kind of SHEET_KINDS) {
    const found = detected[kind];
    if (resolved.source[kind] !== 'none' || !found || taken.has(found.sheet)) continue;
    chosen[kind] = found;
    resolved.source[kind] = 'detected';
  }
  // Saving the setup as shown must not drop the owner's rules (review: gift cards were counted again).
  if (keptRules !== undefined && resolved.purchases?.sheet === keptRules.sheet) {
    resolved.purchases = { ...resolved.purchases, exclude: keptRules.rules };
  }
  return resolved;
}

// The customer sheet and the feedback sheet read with the owner's column setup: who each customer is
// (for the Insights join and the customer card) and what they told us (for the card's complaints).
//
// Decisions (tests in test/unit/report/customer-sheets.test.ts):
// - Rows after the header row; a row whose key cell is blank or unusable is ignored (these sheets are
//   lists the owner keeps, not the log analysed, so they are not reported as data issues).
// - A key that repeats: the first row wins, as in followups/contacts.ts.
// - Opt-out, complaint type and resolved status are read as followups/contacts.ts reads them.
import type { CustomerInsight } from '../analysis';
import type { CellValue, Grid } from '../cells';
import type { DayNumber } from '../days';
import { isComplaintType, isResolvedStatus, rowOptedOut } from '../followups/contacts';
import { normalizeCustomerKey } from '../input/customer-key';
import { type DateContext, readDay } from '../input/parse-date';
import { loyaltyScore, readRecommend, readSatisfaction } from '../loyalty/loyalty-score';
import { isNoAnswer } from '../loyalty/no-answer';
import type { CustomersMapping, FeedbackMapping } from '../mapping/column-setup';

export interface CustomerProfile {
  /** Sheet row number (1-based). */
  row: number;
  name: string;
  email: string;
  phone: string;
  notes: string;
  optedOut: boolean;
  satisfaction: number | undefined;
  recommend: number | undefined;
}

export interface FeedbackEntry {
  row: number;
  day: DayNumber | undefined;
  type: string;
  status: string;
  note: string;
  complaint: boolean;
  /** A complaint not marked resolved. */
  open: boolean;
}

/** A cell as short text: strings trimmed, numbers as written; anything else blank. */
export function cellText(value: CellValue | undefined): string {
  if (typeof value === 'string') return value.trim();
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
}

const at = (row: readonly CellValue[], column: number | undefined): CellValue | undefined =>
  column === undefined ? undefined : row[column];

/**
 * A survey cell of the customer sheet that is neither no answer (loyalty/no-answer.ts) nor a score:
 * read as no answer, and listed in Data issues with its row, the owner's header and its value
 * (trial 21: LOYALTY_SCORE stops on such a cell, Analyze ignored it without a word).
 */
export interface UnreadSurveyCell {
  /** The customer of the row: one not analysed has no loyalty score to work out without it. */
  key: string;
  row: number;
  header: string;
  value: string;
  scale: 'satisfaction' | 'recommend';
}

/** `unread`, when given, receives the survey cells of the profiles read that are not scores. */
export function readProfiles(
  grid: Grid,
  mapping: CustomersMapping,
  unread?: UnreadSurveyCell[],
): Map<string, CustomerProfile> {
  const c = mapping.columns;
  const profiles = new Map<string, CustomerProfile>();
  const check = (
    key: string,
    i: number,
    column: number | undefined,
    scale: UnreadSurveyCell['scale'],
    score: unknown,
  ) => {
    const value = at(grid[i]!, column);
    if (unread === undefined || score !== undefined || isNoAnswer(value)) return;
    const header = cellText(at(grid[mapping.headerRow - 1] ?? [], column));
    unread.push({
      key,
      row: i + 1,
      header,
      value: value instanceof Date ? value.toISOString() : String(value),
      scale,
    });
  };
  for (let i = mapping.headerRow; i < grid.length; i++) {
    const row = grid[i]!;
    const key = normalizeCustomerKey(row[c.key]);
    if (key === '' || profiles.has(key)) continue;
    const satisfaction = at(row, c.satisfaction);
    const recommend = at(row, c.recommend);
    profiles.set(key, {
      row: i + 1,
      name: cellText(at(row, c.name)),
      email: cellText(at(row, c.email)),
      phone: cellText(at(row, c.phone)),
      notes: cellText(at(row, c.notes)),
      optedOut: rowOptedOut(at(row, c.optOut), at(row, c.consent), c.consent !== undefined),
      satisfaction: satisfaction === undefined ? undefined : readSatisfaction(satisfaction),
      recommend: recommend === undefined ? undefined : readRecommend(recommend),
    });
    const read = profiles.get(key)!;
    check(key, i, c.satisfaction, 'satisfaction', read.satisfaction);
    check(key, i, c.recommend, 'recommend', read.recommend);
  }
  return profiles;
}

/** Feedback rows per customer key, in sheet order. */
export function readFeedback(
  grid: Grid,
  mapping: FeedbackMapping,
  dates: DateContext,
): Map<string, FeedbackEntry[]> {
  const c = mapping.columns;
  const byKey = new Map<string, FeedbackEntry[]>();
  for (let i = mapping.headerRow; i < grid.length; i++) {
    const row = grid[i]!;
    const key = normalizeCustomerKey(row[c.customer]);
    if (key === '') continue;
    const type = row[c.type];
    const status = at(row, c.status);
    const day = c.date === undefined ? undefined : readDay(row[c.date], dates);
    const complaint = isComplaintType(type);
    const entry: FeedbackEntry = {
      row: i + 1,
      day: typeof day === 'number' ? day : undefined,
      type: cellText(type),
      status: cellText(status),
      note: cellText(at(row, c.note)),
      complaint,
      open: complaint && !isResolvedStatus(status),
    };
    const list = byKey.get(key);
    if (list) list.push(entry);
    else byKey.set(key, [entry]);
  }
  return byKey;
}

/**
 * The loyalty score with the customer sheet's survey answers where given (SPEC §3: satisfaction and
 * recommend "when given"); without them, the analysis' score from repeat probability alone.
 */
export function loyaltyWithSurvey(c: CustomerInsight, profile: CustomerProfile | undefined): number {
  if (!profile || (profile.satisfaction === undefined && profile.recommend === undefined))
    return c.loyaltyScore;
  return loyaltyScore({
    repeatProbability: c.repeatProbability,
    satisfaction: profile.satisfaction,
    recommend: profile.recommend,
  });
}

// The opt-out and consent columns of a column setup, and the ones a new setup would lose.
//
// New-owner trial: the customer sheet's "Unsubscribed" header was renamed "Marketing", which detection
// does not recognise. Analyze stopped (the saved header was gone) and asked for the setup to be saved
// again; saved as shown, the setup had no opt-out column, follow-ups said the sheet had none and
// offered the acknowledgement that let opted-out customers be written to. So a save that loses an
// opt-out or consent column the saved setup had is refused unless the owner confirms it in that save
// (src/gas/column-setup.ts), and the setup panel names the column it was.
//
// Decisions (tests in test/unit/mapping/opt-out-columns.test.ts, test/unit/gas/opt-out-setup.test.ts):
// - Counted: the customer sheet's opt-out and consent columns and the purchase log's consent column.
// - Kept means the same kind still maps the same field, whichever column or sheet: choosing the
//   column that now holds the opt-outs is the owner's fix.
// - Named by the header remembered when saved, else by the column's letter.
// - A column renamed to a header detection does not know ("Opt-out" → "Marketing") is offered, never
//   picked: the column with a header that now stands where the lost one stood, between the same
//   neighbours (each found by its remembered header). A column deleted moves its right-hand
//   neighbours but not its left-hand ones, so nothing is offered then; a column another field of the
//   setup shown uses is not offered either. The panel says where it is, not that it holds opt-outs:
//   old values are not kept, so that cannot be known (trial F5).
import type { Grid } from '../cells';
import type { Language, Localized } from '../i18n/language';
import type { SheetMapping } from './column-setup';
import { columnOfHeader, headerOf } from './saved-headers';

const OPT_OUT_FIELDS = [
  ['customers', 'optOut'],
  ['customers', 'consent'],
  ['purchases', 'consent'],
] as const;

type OptOutKind = (typeof OPT_OUT_FIELDS)[number][0];

/** An opt-out or consent column of a setup, as the owner knows it. */
export interface OptOutColumn {
  kind: OptOutKind;
  field: 'optOut' | 'consent';
  sheet: string;
  /** The header remembered when saved, else the column's letter. */
  header: string;
  /** The column with a header that stands where this one stood (offered to the owner, not used). */
  nowThere?: { column: number; header: string };
}

/** The parts of a setup read here: a saved setup and a resolved one both fit. */
type SetupLike = Partial<Record<OptOutKind, SheetMapping | null | undefined>>;

/** A, B, … Z, AA… */
function letterOf(column: number): string {
  let n = column + 1;
  let out = '';
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function columnOf(mapping: SheetMapping | null | undefined, field: string): number | undefined {
  return (mapping?.columns as Record<string, number | undefined> | undefined)?.[field];
}

/** The setup's opt-out and consent columns. */
function optOutColumns(setup: SetupLike | undefined): OptOutColumn[] {
  const out: OptOutColumn[] = [];
  for (const [kind, field] of OPT_OUT_FIELDS) {
    const mapping = setup?.[kind];
    const column = columnOf(mapping, field);
    if (mapping == null || column === undefined) continue;
    const remembered = mapping.headers?.[field];
    const header =
      remembered === undefined ? '' : typeof remembered === 'string' ? remembered : remembered[0];
    out.push({ kind, field, sheet: mapping.sheet, header: header || letterOf(column) });
  }
  return out;
}

/** The opt-out and consent columns of `saved` that `next` no longer maps. */
export function droppedOptOutColumns(saved: SetupLike | undefined, next: SetupLike): OptOutColumn[] {
  return optOutColumns(saved).filter((c) => columnOf(next[c.kind], c.field) === undefined);
}

/** How far the columns beside `column` (found by their remembered headers) moved; undefined when they disagree. */
function shiftAround(mapping: SheetMapping, column: number, rows: Grid): number | undefined {
  let left: [number, number] | undefined;
  let right: [number, number] | undefined;
  for (const [field, was] of Object.entries(mapping.columns)) {
    const remembered = mapping.headers?.[field];
    if (was === undefined || was === column || remembered === undefined) continue;
    const now = columnOfHeader(rows, mapping.headerRow, remembered);
    if (now === undefined) continue;
    if (was < column && (left === undefined || was > left[0])) left = [was, now - was];
    if (was > column && (right === undefined || was < right[0])) right = [was, now - was];
  }
  if (left !== undefined && right !== undefined && left[1] !== right[1]) return undefined;
  return (left ?? right)?.[1] ?? 0;
}

/**
 * `dropped` (from `saved`), each with the column now standing where it stood, when there is one the
 * setup `shown` leaves unused on the same sheet and header row. `rowsOf` gives a sheet's first rows.
 */
export function withColumnsNowThere(
  dropped: readonly OptOutColumn[],
  saved: SetupLike | undefined,
  shown: SetupLike,
  rowsOf: (sheet: string) => Grid | undefined,
): OptOutColumn[] {
  return dropped.map((c) => {
    const mapping = saved?.[c.kind];
    const was = columnOf(mapping, c.field);
    const now = shown[c.kind];
    const rows = mapping ? rowsOf(mapping.sheet) : undefined;
    if (!mapping || was === undefined || !rows || now?.sheet !== mapping.sheet) return c;
    if (now.headerRow !== mapping.headerRow) return c;
    const shift = shiftAround(mapping, was, rows);
    if (shift === undefined) return c;
    const column = was + shift;
    const header = headerOf(rows[mapping.headerRow - 1]?.[column]);
    return header === '' || Object.values(now.columns).includes(column)
      ? c
      : { ...c, nowThere: { column, header } };
  });
}

/** Read from dist/Templates.html (core/report/analyze-texts.ts `setup`), not bundled: only a save shows it. */
export const OPT_OUT_DROP_REFUSED: Localized<string> = {
  en: 'Not saved: the column “{header}” of “{sheet}” held opt-outs or consent and this setup leaves it out (missing or renamed?). Choose the column that holds them now, or confirm that it is gone.',
  'zh-CN':
    '未保存：“{sheet}”的“{header}”列记录退订或营销同意，此设置却不含它（已删除或改名？）。请选择现在记录它的列，或确认该列已不存在。',
  'zh-TW':
    '未儲存：「{sheet}」的「{header}」欄記錄退訂或行銷同意，此設定卻不含它（已刪除或改名？）。請選擇現在記錄它的欄，或確認該欄已不存在。',
};

/** Why a save that drops opt-out or consent columns was refused, naming each (the panel says it too). */
export function droppedOptOutText(
  texts: Localized<string>,
  dropped: readonly OptOutColumn[],
  language: Language,
): string {
  return dropped
    .map((c) => texts[language].replace('{header}', () => c.header).replace('{sheet}', () => c.sheet))
    .join('\n');
}

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
import type { Language, Localized } from '../i18n/language';
import type { SheetMapping } from './column-setup';

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

const REFUSED: Localized<string> = {
  en: 'Not saved: the column “{header}” of “{sheet}” held opt-outs or consent and this setup leaves it out (missing or renamed?). Choose the column that holds them now, or confirm that it is gone.',
  'zh-CN':
    '未保存：“{sheet}”的“{header}”列记录退订或营销同意，此设置却不含它（已删除或改名？）。请选择现在记录它的列，或确认该列已不存在。',
  'zh-TW':
    '未儲存：「{sheet}」的「{header}」欄記錄退訂或行銷同意，此設定卻不含它（已刪除或改名？）。請選擇現在記錄它的欄，或確認該欄已不存在。',
};

/** Why a save that drops opt-out or consent columns was refused, naming each (the panel says it too). */
export function droppedOptOutText(dropped: readonly OptOutColumn[], language: Language): string {
  return dropped
    .map((c) => REFUSED[language].replace('{header}', () => c.header).replace('{sheet}', () => c.sheet))
    .join('\n');
}

// The purchase log's export in column setup: what detection found (which export, how sure, whether
// its columns were checked against a published page), the owner's "ignore rows where <column> is
// <values>" rules, and columns proposed by export headers when the owner picks another sheet.
import { detectExport } from '../../core/exports/detect-export';
import { toMappingColumns } from '../../core/exports/mapped-log';
import type { Language, Localized } from '../../core/i18n/language';
import type { ViewContext } from '../context';
import { h, replace } from '../dom';
import { type AmountReading, amountLine } from './amount-line';
import { profileName } from './profile-names';
import { button } from './widgets';

type Rule = { column: number; values: string[] };
/** A tab left out as a copy of others (core/exports/tab-copies.ts `CopiedTab`). */
type CopyTab = { sheet: string; of: string[]; rows: number; repeated: number };
type PurchaseDraft = { columns: Record<string, number | undefined>; exclude?: Rule[]; profile?: string };
type Detection = {
  profile: string | null;
  name: string | null;
  confidence: 'high' | 'medium' | 'low';
  verified: boolean;
  moreTabs?: string[];
  copies?: CopyTab[];
  amount?: AmountReading;
} | null;

const TEXTS: Localized<{
  detected: string;
  generic: string;
  confidence: Record<'high' | 'medium' | 'low', string>;
  unverified: string;
  moreTabs: string;
  /** A tab of the same header not read (core/exports/tab-copies.ts): every row repeats, or its name says copy. */
  copy: string;
  copyNamed: string;
  rulesTitle: string;
  rulesHelp: string;
  column: string;
  values: string;
  add: string;
  remove: string;
}> = {
  en: {
    detected: 'Recognised as {name} ({confidence}).',
    generic: 'Columns recognised by their headers ({confidence}).',
    confidence: {
      high: 'sure: every expected header is there',
      medium: 'fairly sure: most expected headers are there',
      low: 'no known export; check the columns',
    },
    unverified:
      'This export’s columns were built from public examples, not a published description (unverified): check them.',
    moreTabs: 'Read together with the tabs that have the same header: {tabs}.',
    copy: '"{tab}" is not read: every row of it is also in {of}, so it is a copy, not more purchases.',
    copyNamed:
      '"{tab}" is not read: its name says it is a copy and {repeated} of its {rows} rows are also in {of}.',
    rulesTitle: 'Ignore rows where…',
    rulesHelp:
      'e.g. Type is Top-up; several values separated by commas. Analyze and the sidebar apply these; formulas take them as their last argument.',
    column: 'Column',
    values: 'is (values)',
    add: 'Add rule',
    remove: 'Remove',
  },
  'zh-CN': {
    detected: '识别为 {name}（{confidence}）。',
    generic: '已按表头识别各列（{confidence}）。',
    confidence: {
      high: '确定：预期的表头都在',
      medium: '较确定：大部分预期的表头都在',
      low: '不是已知的导出格式，请检查各列',
    },
    unverified: '此导出格式的列依据公开示例整理，并非官方说明（未经核实），请检查。',
    moreTabs: '表头相同的工作表会一起读取：{tabs}。',
    copy: '不读取“{tab}”：它的每一行也都在{of}中，是副本，不是更多的购买。',
    copyNamed: '不读取“{tab}”：名称表明它是副本，且 {rows} 行中有 {repeated} 行也在{of}中。',
    rulesTitle: '忽略以下情况的行…',
    rulesHelp:
      '例如 类型 为 会员充值；多个值用逗号分隔。“分析客户”和侧边栏会应用这些规则；公式请把规则写在最后一个参数里。',
    column: '列',
    values: '的值为',
    add: '添加规则',
    remove: '删除',
  },
  'zh-TW': {
    detected: '辨識為 {name}（{confidence}）。',
    generic: '已依表頭辨識各欄（{confidence}）。',
    confidence: {
      high: '確定：預期的表頭都在',
      medium: '相當確定：大部分預期的表頭都在',
      low: '不是已知的匯出格式，請檢查各欄',
    },
    unverified: '此匯出格式的欄位依據公開範例整理，並非官方說明（未經核實），請檢查。',
    moreTabs: '表頭相同的工作表會一起讀取：{tabs}。',
    copy: '不讀取「{tab}」：它的每一列也都在{of}中，是副本，不是更多的購買。',
    copyNamed: '不讀取「{tab}」：名稱表明它是副本，且 {rows} 列中有 {repeated} 列也在{of}中。',
    rulesTitle: '忽略以下情況的列…',
    rulesHelp:
      '例如 類型 為 會員儲值；多個值用逗號分隔。「分析客戶」和側邊欄會套用這些規則；公式請把規則寫在最後一個引數裡。',
    column: '欄',
    values: '的值為',
    add: '新增規則',
    remove: '刪除',
  },
};

/** One line saying which export the purchase log is and how sure detection is. */
export function detectionLine(language: Language, detection: Detection): HTMLElement | null {
  if (detection === null) return null;
  const t = TEXTS[language];
  const confidence = t.confidence[detection.confidence];
  const line =
    detection.name === null
      ? t.generic.replace('{confidence}', confidence)
      : t.detected
          .replace('{name}', profileName(detection.profile ?? detection.name, language))
          .replace('{confidence}', confidence);
  return h(
    'div',
    { class: 'muted small', attrs: { 'data-detection': detection.profile ?? 'generic' } },
    h('p', null, line),
    detection.name !== null && !detection.verified ? h('p', { class: 'notice-line' }, t.unverified) : null,
    amountLine(language, detection.amount),
    detection.moreTabs && detection.moreTabs.length > 0
      ? h('p', null, t.moreTabs.replace('{tabs}', detection.moreTabs.join(language === 'en' ? ', ' : '、')))
      : null,
    ...(detection.copies ?? []).map((c) =>
      h('p', { attrs: { 'data-copy-tab': c.sheet } }, copyLine(language, c)),
    ),
  );
}

/** Why a tab of the same header is not read, naming the tabs its rows repeat. */
export function copyLine(language: Language, copy: CopyTab): string {
  const t = TEXTS[language];
  const quote =
    language === 'en'
      ? (s: string) => `"${s}"`
      : language === 'zh-CN'
        ? (s: string) => `“${s}”`
        : (s: string) => `「${s}」`;
  const of = copy.of.map(quote).join(language === 'en' ? ', ' : '、');
  return (copy.repeated === copy.rows ? t.copy : t.copyNamed)
    .replace('{tab}', () => copy.sheet)
    .replace('{of}', () => of)
    .replace('{rows}', () => String(copy.rows))
    .replace('{repeated}', () => String(copy.repeated));
}

/** The exclusion editor's title, the label a refusal of its rules names (setting-problems.ts). */
export const rulesTitle = (language: Language): string => TEXTS[language].rulesTitle.replace(/…$/, '');

/** The owner's exclusion rules for the purchase log, edited in place on `draft.exclude`. */
export function exclusionEditor(
  ctx: ViewContext,
  draft: PurchaseDraft,
  headers: readonly string[],
  width: number,
  columnLabel: (column: number) => string,
): HTMLElement {
  const t = TEXTS[ctx.language];
  const list = h('div', { class: 'rules' });
  const draw = () => {
    const rules = draft.exclude ?? [];
    replace(
      list,
      ...rules.map((rule, i) => {
        const id = `rule-${i}`;
        const select = h(
          'select',
          { class: 'input', attrs: { id: `${id}-column`, 'aria-label': t.column } },
          ...Array.from({ length: width }, (_, c) =>
            h('option', { attrs: { value: c } }, `${columnLabel(c)} · ${headers[c] ?? ''}`),
          ),
        );
        select.value = String(rule.column);
        select.addEventListener('change', () => {
          rule.column = Number(select.value);
        });
        const values = h('input', {
          class: 'input',
          attrs: { id: `${id}-values`, type: 'text', value: rule.values.join(', '), 'aria-label': t.values },
        });
        values.addEventListener('change', () => {
          rule.values = values.value
            .split(/[,，、|]/)
            .map((v) => v.trim())
            .filter((v) => v !== '');
        });
        return h(
          'div',
          { class: 'field rule' },
          select,
          h('span', { class: 'muted small' }, t.values),
          values,
          button(t.remove, () => {
            draft.exclude = rules.filter((_, j) => j !== i);
            if (draft.exclude.length === 0) delete draft.exclude;
            draw();
          }),
        );
      }),
    );
  };
  draw();
  const add = button(t.add, () => {
    const type = draft.columns.type ?? draft.columns.status ?? 0;
    draft.exclude = [...(draft.exclude ?? []), { column: type, values: [] }];
    draw();
  });
  return h(
    'div',
    { class: 'rules-editor' },
    h('p', null, h('strong', null, t.rulesTitle)),
    h('p', { class: 'muted small' }, t.rulesHelp),
    list,
    add,
  );
}

/**
 * Purchase-log columns proposed from an export header row, or undefined when none is recognised. The
 * rows below tell what only values can (a "Paid" column of yes/no is not the amount).
 */
export function exportProposal(
  row: readonly string[],
  below?: readonly (readonly string[])[],
): Record<string, number | undefined> | undefined {
  const detection = detectExport(row, below);
  if (detection === undefined || detection.missing.length > 0) return undefined;
  return toMappingColumns(detection.columns);
}

/**
 * Customer-sheet columns proposed from an export header: its customer key (customer id, else email…)
 * and its name, email and phone columns, never the order's "Id".
 */
export function exportCustomerProposal(
  row: readonly string[],
): Record<string, number | undefined> | undefined {
  const detection = detectExport(row);
  if (detection?.profile === undefined) return undefined;
  const c = detection.columns;
  const key = c.customer ?? c.email ?? c.phone ?? c.name;
  if (key === undefined) return undefined;
  return { key, name: c.name, email: c.email, phone: c.phone };
}

/** Drops rules without values before saving (the schema wants at least one value). */
export function cleanRules<T extends object>(mapping: T): T {
  const rules = (mapping as { exclude?: Rule[] }).exclude?.filter((r) => r.values.length > 0);
  const { exclude: _, ...rest } = mapping as T & { exclude?: Rule[] };
  return (rules && rules.length > 0 ? { ...rest, exclude: rules } : rest) as T;
}

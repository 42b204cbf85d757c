// The owner's filter settings on Insights, kept across runs of Analyze. Clearing the sheet removes
// its filter (owned-sheets.ts clearSheet), so an owner who had Insights filtered to "At risk" found
// every customer shown again after each run, their choice silently gone. The criteria are read before
// the clear and set again, each on its column's new place (the same mapping as the owner's cells
// below the table: cells-below.ts newColumns). Only the criteria can be kept: the Filter class
// reports no sort order (https://developers.google.com/apps-script/reference/spreadsheet/filter).

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Filter = GoogleAppsScript.Spreadsheet.Filter;
type FilterCriteria = GoogleAppsScript.Spreadsheet.FilterCriteria;

/** A column's criteria, by its old column (0-based, of the sheet). */
export interface SavedCriteria {
  readonly column: number;
  readonly criteria: FilterCriteria;
}

/** The criteria set on the sheet's filter, column by column; none without a filter. */
export function savedFilterCriteria(sheet: Sheet): SavedCriteria[] {
  const filter = sheet.getFilter();
  if (filter === null) return [];
  const range = filter.getRange();
  const saved: SavedCriteria[] = [];
  for (let c = range.getColumn(); c < range.getColumn() + range.getNumColumns(); c++) {
    const criteria = filter.getColumnFilterCriteria(c);
    if (criteria !== null) saved.push({ column: c - 1, criteria });
  }
  return saved;
}

/**
 * Sets each saved criteria on the new filter at its column's new place (`columnOf`); a column now
 * outside the new filter (a column of an older table that is gone) loses its criteria.
 */
export function restoreFilterCriteria(
  filter: Filter,
  saved: readonly SavedCriteria[],
  columnOf: readonly number[],
): void {
  const range = filter.getRange();
  const first = range.getColumn();
  for (const { column, criteria } of saved) {
    const to = (columnOf[column] ?? column) + 1;
    if (to >= first && to < first + range.getNumColumns()) filter.setColumnFilterCriteria(to, criteria);
  }
}

/**
 * Whether criteria name cell words: values hidden or shown by "filter by values", or a text
 * condition (text contains "At risk"). A number or date condition (Total spent > 100) names none.
 * (https://developers.google.com/apps-script/reference/spreadsheet/filter-criteria)
 */
function namesWords(criteria: FilterCriteria): boolean {
  const listed = (values: readonly unknown[] | null) => (values ?? []).length > 0;
  return (
    listed(criteria.getHiddenValues()) ||
    listed(criteria.getVisibleValues()) ||
    (criteria.getCriteriaValues() ?? []).some((v) => typeof v === 'string')
  );
}

/**
 * The saved criteria to set again after Analyze wrote the table anew. A table column written in
 * another language holds other words than its criteria name (hidden "Lapsed" beside 已流失): set
 * again, they would hide nothing or everything, so only those naming no words are kept there.
 */
export function criteriaToKeep(
  saved: readonly SavedCriteria[],
  columnOf: readonly number[],
  layout: { oldHeaders: readonly unknown[]; lastTable: readonly string[]; newTable: readonly unknown[] },
): SavedCriteria[] {
  const ours = new Set(layout.lastTable);
  return saved.filter(({ column, criteria }) => {
    const before = String(layout.oldHeaders[column] ?? '');
    return (
      !ours.has(before) ||
      String(layout.newTable[columnOf[column]!] ?? '') === before ||
      !namesWords(criteria)
    );
  });
}

// A saved column setup remembers the header text of every column it maps, so it follows its columns
// when the owner inserts, deletes or moves one (new-owner trial: a column inserted before "Opt-out"
// left the saved setup pointing at a blank one, and a customer who had opted out was emailed; one
// inserted before "Amount" had the quantities read as amounts, silently).
//
// Decisions (tests in test/unit/mapping/saved-headers.test.ts):
// - Headers are compared as detection compares them (trimmed, case and width folded:
//   input/headers.ts normalizeHeader). A column whose header was blank when saved is not checked.
// - A column whose header moved is found again by that header when exactly one column of the header
//   row has it; the setup is then used with its columns moved.
// - When a remembered header is in no column, or in several, the saved setup is not used for that
//   sheet: detection takes over and a note names the header (never a guess that could read another
//   column as the amount or the opt-out).
// - Setups saved before headers were remembered are used as they are.
import type { CellValue, Grid } from '../cells';
import { normalizeHeader } from '../input/headers';
import type { SheetMapping } from './column-setup';

/** Key of an ignore rule's column in `headers`: the rule's position. */
const ruleKey = (i: number) => `exclude.${i}`;

function headerCells(rows: Grid, headerRow: number): readonly CellValue[] {
  return rows[headerRow - 1] ?? [];
}

/** The header as the owner wrote it (kept, and named in a note), at most 300 characters. */
function headerOf(cell: CellValue | undefined): string {
  if (typeof cell === 'string') return cell.trim().slice(0, 300);
  return typeof cell === 'number' || typeof cell === 'boolean' ? String(cell) : '';
}

/** Every mapped column's header text, by field (and ignore rule), as the sheet has it now. */
export function headersOfMapping(mapping: SheetMapping, rows: Grid): Record<string, string> {
  const cells = headerCells(rows, mapping.headerRow);
  const out: Record<string, string> = {};
  for (const [field, column] of Object.entries(mapping.columns)) {
    const text = column === undefined ? '' : headerOf(cells[column]);
    if (text !== '') out[field] = text;
  }
  const rules = 'exclude' in mapping ? mapping.exclude : undefined;
  rules?.forEach((rule, i) => {
    const text = headerOf(cells[rule.column]);
    if (text !== '') out[ruleKey(i)] = text;
  });
  return out;
}

export type FollowedHeaders<M extends SheetMapping> =
  | { mapping: M; moved: boolean }
  | { lost: string; header: string };

/**
 * The saved mapping with each column found again by its remembered header, or the first field whose
 * header is in no column or in several.
 */
export function followHeaders<M extends SheetMapping>(mapping: M, rows: Grid): FollowedHeaders<M> {
  const saved = mapping.headers;
  if (saved === undefined) return { mapping, moved: false };
  const cells = headerCells(rows, mapping.headerRow);
  // Compared as detection reads headers: "Opt-out" and "opt out " are one header.
  const texts = cells.map((c) => normalizeHeader(headerOf(c)));
  let moved = false;
  const find = (key: string, column: number): number | { lost: string; header: string } => {
    const header = saved[key];
    if (header === undefined) return column;
    const want = normalizeHeader(header);
    if (texts[column] === want) return column;
    const first = texts.indexOf(want);
    if (first < 0 || texts.indexOf(want, first + 1) >= 0) return { lost: key, header };
    moved = true;
    return first;
  };
  const columns: Record<string, number | undefined> = {};
  for (const [field, column] of Object.entries(mapping.columns)) {
    if (column === undefined) continue;
    const found = find(field, column);
    if (typeof found !== 'number') return found;
    columns[field] = found;
  }
  let exclude: { column: number; values: string[] }[] | undefined;
  if ('exclude' in mapping && mapping.exclude) {
    exclude = [];
    for (const [i, rule] of mapping.exclude.entries()) {
      const found = find(ruleKey(i), rule.column);
      if (typeof found !== 'number') return found;
      exclude.push({ ...rule, column: found });
    }
  }
  if (!moved) return { mapping, moved };
  const headers = headersOfMapping({ ...mapping, columns, ...(exclude ? { exclude } : {}) } as M, rows);
  return { mapping: { ...mapping, columns, ...(exclude ? { exclude } : {}), headers } as M, moved };
}

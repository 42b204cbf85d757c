// Rows the owner inserts, deletes or sorts inside the Insights table between two runs of Analyze
// (helper brief r9: the end of the table was a count of rows, so an inserted row pushed the last
// customer's row below the table, kept as text, and a deleted one pulled the first note under the
// table into it, where the table was written over it).
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import * as main from '../../../src/gas/main';
import { type Installed, installFake } from './fixture';

let env: Installed | undefined;
afterEach(() => {
  env?.uninstall();
  env = undefined;
});

const day = (n: number) => new Date(Date.UTC(2026, 9, 1 + n));

function shop(customers: readonly string[]) {
  env = installFake({ timeZone: 'UTC', locale: 'en_US', now: '2026-11-28T12:00:00Z' });
  const { fake } = env;
  fake.spreadsheet.addSheet('Orders', [
    ['Customer', 'Date', 'Amount'],
    ...customers.map((c, i) => [c, day(i), 30 + i]),
  ]);
  main.analyzeCustomers();
  return { fake, insights: fake.spreadsheet.getSheetByName('Insights')! };
}

/** Where a text is on the sheet (0-based row and column), or undefined. */
function find(values: unknown[][], text: string): [number, number] | undefined {
  for (const [r, row] of values.entries()) {
    const c = row.indexOf(text);
    if (c >= 0) return [r, c];
  }
  return undefined;
}

describe('owner edits inside the Insights table between runs', () => {
  it('a row inserted in the middle with a note: the note is kept under the table and the toast says where', () => {
    const { fake, insights } = shop(['Ann', 'Ben', 'Cy']);
    const why = fake.values('Insights')[0]!.indexOf('Why');
    insights.insertRowAfter(2);
    insights.getRange(3, 1).setValue('VIPs above');
    insights.getRange(3, why + 1).setValue('ask about the tasting');
    insights.getRange(7, 2).setValue('Total to call: 2');
    main.analyzeCustomers();
    const after = fake.values('Insights');
    expect(after.slice(1, 4).map((r) => r[0])).toEqual(['Ann', 'Ben', 'Cy']);
    // Every customer's row is the add-on's again: Cy was not pushed below as the owner's text.
    expect(after.filter((r) => r[0] === 'Cy')).toHaveLength(1);
    // The owner's row goes first under the table, each cell in its column; the total keeps its gap.
    expect(after[4]![0]).toBe('VIPs above');
    expect(after[4]![why]).toBe('ask about the tasting');
    expect(find(after, 'Total to call: 2')).toEqual([6, 1]);
    expect(fake.spreadsheet.toasts.at(-1)?.msg).toContain(
      "Rows of yours that were inside the Insights table, not a customer's: 1, now under it from row 5.",
    );
    // Stable: a second run moves nothing and says nothing of moved rows.
    main.analyzeCustomers();
    expect(fake.values('Insights')).toEqual(after);
    expect(fake.spreadsheet.toasts.at(-1)?.msg).not.toContain('Rows of yours');
  });

  it("a customer's row deleted: the first note under the table is not taken into it", () => {
    const { fake, insights } = shop(['Ann', 'Ben', 'Cy']);
    insights.getRange(5, 1).setValue('right under the table');
    insights.getRange(5, 3).setValue('Total: 3');
    insights.deleteRow(3);
    main.analyzeCustomers();
    const after = fake.values('Insights');
    expect(after.slice(1, 4).map((r) => r[0])).toEqual(['Ann', 'Ben', 'Cy']);
    // It was right under the table, and is right under it again, both cells.
    expect(after[4]![0]).toBe('right under the table');
    expect(after[4]![2]).toBe('Total: 3');
  });

  it('the table sorted, a notes column typed beside it: each note stays beside its customer', () => {
    const { fake, insights } = shop(['Ann', 'Ben', 'Cy', 'Di']);
    const width = insights.getLastColumn();
    insights.getFilter()!.sort(1, false);
    insights.getRange(1, width + 1).setValue('Called');
    const rows = fake.values('Insights');
    for (const [r, row] of rows.entries()) {
      if (r > 0) insights.getRange(r + 1, width + 1).setValue(`called ${String(row[0])} 3 May`);
    }
    insights.insertRowsBefore(3, 2);
    insights.getRange(4, width + 1).setValue('loose note');
    insights.getRange(9, 1).setValue('under');
    fake.spreadsheet.getSheetByName('Orders')!.appendRow(['Eve', day(40), 5]);
    main.analyzeCustomers();
    const after = fake.values('Insights');
    const col = after[0]!.indexOf('Called');
    expect(col).toBe(width);
    expect(after.slice(1, 6).map((r) => r[0])).toEqual(['Ann', 'Ben', 'Cy', 'Di', 'Eve']);
    for (const row of after.slice(1, 6)) {
      expect(row[col]).toBe(row[0] === 'Eve' ? '' : `called ${String(row[0])} 3 May`);
    }
    // The two inserted rows (one blank) come next, in their order; 'under' keeps its blank row above.
    expect(after[7]![col]).toBe('loose note');
    expect(find(after, 'under')).toEqual([9, 0]);
  });

  it('a sheet written before the row marks: an inserted row without a customer is still kept', () => {
    const { fake, insights } = shop(['Ann', 'Ben', 'Cy']);
    // As an earlier version left it: the count of rows only.
    for (const key of ['regulars.lastRow', 'regulars.belowRow', 'regulars.stageHeader'])
      for (const m of insights.createDeveloperMetadataFinder().withKey(key).find()) m.remove();
    insights.insertRowBefore(3);
    insights.getRange(3, 2).setValue('typed in a new row');
    main.analyzeCustomers();
    const after = fake.values('Insights');
    expect(find(after, 'typed in a new row')).toBeDefined();
    expect(after.filter((r) => r[0] === 'Cy')).toHaveLength(1);
  });

  it("a copy of Insights carries the marks on its own rows: the copy's edits move nothing on Insights", () => {
    const { fake, insights } = shop(['Ann', 'Ben', 'Cy']);
    insights.activate();
    const copy = fake.spreadsheet.duplicateActiveSheet();
    // Written again after the copy: Insights' own marks are now found after the copy's.
    main.analyzeCustomers();
    copy.deleteRows(2, 2);
    insights.getRange(6, 2).setValue('two rows under');
    main.analyzeCustomers();
    const after = fake.values('Insights');
    expect(after.filter((r) => r[0] === 'Cy')).toHaveLength(1);
    expect(find(after, 'two rows under')).toEqual([5, 1]);
    // The copy is the owner's: its marks are left where its own edits put them.
    const copyMark = copy.createDeveloperMetadataFinder().withKey('regulars.belowRow').find();
    expect(copyMark.map((m) => m.getLocation().getRow()?.getRow())).toEqual([3]);
  });

  it('the last row of the table deleted with the first below it: nothing of the owner is lost', () => {
    const { fake, insights } = shop(['Ann', 'Ben', 'Cy']);
    insights.getRange(6, 2).setValue('keep me');
    insights.deleteRows(4, 2);
    main.analyzeCustomers();
    const after = fake.values('Insights');
    expect(after.slice(1, 4).map((r) => r[0])).toEqual(['Ann', 'Ben', 'Cy']);
    expect(find(after, 'keep me')).toBeDefined();
  });
});

// ---- property: random owner edits and re-runs ----

type Edit =
  | { kind: 'insert'; at: number; count: number }
  | { kind: 'delete'; at: number }
  | { kind: 'type'; row: number; column: number }
  | { kind: 'sort'; column: number; ascending: boolean }
  | { kind: 'filter' }
  | { kind: 'rerun'; customers: string[] };

const NAMES = ['Ann', 'Ben', 'Cy', 'Di', 'Eve', 'Fay'];

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(12), count: fc.integer({ min: 1, max: 2 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(12) }),
  fc.record({ kind: fc.constant('type' as const), row: fc.nat(14), column: fc.nat(40) }),
  fc.record({ kind: fc.constant('type' as const), row: fc.nat(14), column: fc.nat(40) }),
  fc.record({ kind: fc.constant('sort' as const), column: fc.nat(3), ascending: fc.boolean() }),
  fc.record({ kind: fc.constant('filter' as const) }),
  fc.record({ kind: fc.constant('rerun' as const), customers: fc.subarray(NAMES, { minLength: 1 }) }),
);

function orders(customers: readonly string[], round: number): unknown[][] {
  return [['Customer', 'Date', 'Amount'], ...customers.map((c, i) => [c, day(i + round), 20 + i + round])];
}

describe('property: owner edits inside and below the Insights table, and re-runs', () => {
  it('every cell the owner typed survives once, a note typed beside a customer stays beside them', () => {
    fc.assert(
      fc.property(
        fc.subarray(NAMES, { minLength: 1 }),
        fc.array(edit, { minLength: 1, maxLength: 14 }),
        (first, edits) => {
          const { fake, insights } = shop(first);
          try {
            const header = fake.values('Insights')[0]!.map(String);
            // The table's columns (1-based ≤ width) and its stage column: the add-on's on a customer's row.
            const width = header.length;
            const stage = header.indexOf('Lifecycle stage') + 1;
            expect(stage).toBeGreaterThan(1);
            /** Owner text → the customer it was typed beside (in a column of theirs), or null. */
            const typed = new Map<string, string | null>();
            let round = 0;
            let next = 0;
            const isCustomerRow = (row: readonly unknown[]) =>
              (row[0] ?? '') !== '' && (row[stage - 1] ?? '') !== '';
            const check = () => {
              const values = fake.values('Insights');
              for (const [text, customer] of typed) {
                const at = values.flatMap((row, r) => row.flatMap((v, c) => (v === text ? [[r, c]] : [])));
                expect(at, text).toHaveLength(1);
                if (customer !== null) expect(values[at[0]![0]!]![0], text).toBe(customer);
              }
            };
            for (const e of [...edits, { kind: 'rerun', customers: first } as const]) {
              const values = fake.values('Insights');
              const last = values.length;
              if (e.kind === 'insert') {
                insights.insertRowsBefore(2 + (e.at % last), e.count);
              } else if (e.kind === 'delete' && last > 2) {
                const row = 2 + (e.at % (last - 1));
                for (const v of values[row - 1] ?? []) typed.delete(String(v));
                insights.deleteRow(row);
              } else if (e.kind === 'type') {
                const row = 1 + (e.row % (last + 3));
                const column = 1 + (e.column % (width + 3));
                const line = values[row - 1] ?? [];
                if ((line[column - 1] ?? '') !== '') continue;
                // Row 1 right of the table is a header of the owner's; a customer's row is the table's in
                // its columns; elsewhere anything but a stage (a row with a customer and a stage is a
                // customer's: table-span.ts's known limit).
                const customerRow = row > 1 && isCustomerRow(line);
                if ((row === 1 || customerRow) && column <= width) continue;
                if (!customerRow && column === stage) continue;
                const text = `t${next++}`;
                insights.getRange(row, column).setValue(text);
                typed.set(text, customerRow ? String(line[0]) : null);
              } else if (e.kind === 'sort') {
                // The owner selects the table, down to its last customer, and sorts it by a column.
                let end = values.length;
                while (end > 1 && !isCustomerRow(values[end - 1]!)) end--;
                if (end > 2) {
                  insights
                    .getRange(2, 1, end - 1, insights.getLastColumn())
                    .sort({ column: 1 + e.column, ascending: e.ascending });
                }
              } else if (e.kind === 'filter') {
                // The owner's own filter, over everything they see, in place of the add-on's.
                insights.getFilter()?.remove();
                insights.getDataRange().createFilter();
              } else if (e.kind === 'rerun') {
                round++;
                const log = fake.spreadsheet.getSheetByName('Orders')!;
                log.clear();
                log.getRange(1, 1, e.customers.length + 1, 3).setValues(orders(e.customers, round));
                const before = fake.values('Orders');
                main.analyzeCustomers();
                // Nothing of the owner's elsewhere is touched.
                expect(fake.values('Orders')).toEqual(before);
                const after = fake.values('Insights');
                const customers = after.filter((row, r) => r > 0 && isCustomerRow(row)).map((row) => row[0]);
                expect([...customers].sort()).toEqual([...e.customers].sort());
                expect(after.slice(1, customers.length + 1).every(isCustomerRow)).toBe(true);
                check();
              }
            }
          } finally {
            env?.uninstall();
            env = undefined;
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

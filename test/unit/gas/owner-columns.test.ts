// A notes column the owner types beside Insights survives the next Analyze, beside the same customers
// (new-owner trial: it was wiped without a word).
import { afterEach, describe, expect, it } from 'vitest';
import * as main from '../../../src/gas/main';
import { type Installed, installFake, SAMPLE_UPLOAD } from './fixture';

let env: Installed | undefined;
afterEach(() => env?.uninstall());

describe('Analyze keeps the columns an owner adds to Insights', () => {
  it('each note stays beside its customer after the table is written again', () => {
    env = installFake();
    const { fake } = env;
    main.insertSample(SAMPLE_UPLOAD);
    main.analyzeCustomers();
    const insights = fake.spreadsheet.getSheetByName('Insights')!;
    const width = insights.getLastColumn();
    const before = fake.values('Insights');
    const notes = new Map([
      [String(before[3]![0]), 'likes oolong'],
      [String(before[7]![0]), 'call in July'],
    ]);
    insights.getRange(1, width + 1).setValue('My notes');
    for (const [r, row] of before.entries()) {
      const note = notes.get(String(row[0]));
      if (note) insights.getRange(r + 1, width + 1).setValue(note);
    }
    insights.getRange(5, 2).setValue('typed over');
    // Rows in another order next time: a new purchase for the last customer moves nobody's note.
    fake.spreadsheet
      .getSheetByName('Purchases')!
      .appendRow([String(before[before.length - 1]![0]), new Date('2026-06-29T16:00:00Z'), 99, 'Matcha 30g']);
    main.analyzeCustomers();
    const after = fake.values('Insights');
    expect(after[0]![width]).toBe('My notes');
    for (const row of after.slice(1)) {
      expect(row[width] ?? '').toBe(notes.get(String(row[0])) ?? '');
    }
    // The table's own cells are the add-on's: written again.
    expect(after[4]![1]).not.toBe('typed over');
    // The filter covers the notes too, so sorting by it keeps each note beside its customer.
    expect(insights.getFilter()!.getRange().getNumColumns()).toBe(width + 1);
  });
});

describe('an owner column at column A of Insights (trial 19 D4)', () => {
  const shop = () => {
    env = installFake();
    const { fake } = env;
    const day = (iso: string) => new Date(`${iso}T00:00:00+08:00`);
    fake.spreadsheet.addSheet('Purchases', [
      ['Customer', 'Date', 'Amount', 'Product'],
      ['Ann Lee', day('2026-01-10'), 30, 'Tea'],
      ['Ann Lee', day('2026-02-10'), 30, 'Tea'],
      ['Ann Lee', day('2026-06-12'), 30, 'Tea'],
      ['Bob Ray', day('2026-01-10'), 50, 'Tea'],
    ]);
    main.analyzeCustomers();
    return fake;
  };

  it('is kept, and notes right of the table stay beside their customers', () => {
    const fake = shop();
    const insights = fake.spreadsheet.getSheetByName('Insights')!;
    const before = fake.values('Insights');
    const priority = new Map(before.slice(1).map((r) => [String(r[0]), r[0] === 'Ann Lee' ? 'high' : 'low']));
    insights.insertColumnBefore(1);
    insights
      .getRange(1, 1, before.length, 1)
      .setValues([['Priority'], ...before.slice(1).map((r) => [priority.get(String(r[0]))!])]);
    const width = insights.getLastColumn();
    insights
      .getRange(1, width + 1, before.length, 1)
      .setValues([['My notes'], ...before.slice(1).map((r) => [`call ${r[0]}`])]);
    main.analyzeCustomers();
    const after = fake.values('Insights');
    expect(after).toHaveLength(before.length);
    const header = after[0]!;
    expect(header[0]).toBe('Customer');
    const [p, n] = [header.indexOf('Priority'), header.indexOf('My notes')];
    expect(p).toBeGreaterThan(0);
    expect(n).toBeGreaterThan(p);
    for (const row of after.slice(1)) {
      expect([row[p], row[n]]).toEqual([priority.get(String(row[0])), `call ${row[0]}`]);
    }
  });

  it('the customer header renamed: Analyze changes nothing and says which header to put back', () => {
    const fake = shop();
    const insights = fake.spreadsheet.getSheetByName('Insights')!;
    insights.getRange(1, 1).setValue('Client');
    insights.getRange(1, insights.getLastColumn() + 1, 2, 1).setValues([['My notes'], ['call them']]);
    const before = fake.values('Insights');
    main.analyzeCustomers();
    expect(fake.values('Insights')).toEqual(before);
    const said = fake.ui.alerts.at(-1)?.prompt ?? '';
    expect(said).toContain('"Customer"');
    expect(said).toContain('Client, My notes');
    expect(said).toMatch(/^Nothing was changed/);
  });
});

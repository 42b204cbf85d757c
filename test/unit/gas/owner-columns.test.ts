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

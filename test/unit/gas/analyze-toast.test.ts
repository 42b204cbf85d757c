// The toast's counts agree with what Data issues lists (trial 20: "Rows with problems: 0" beside an
// "Only returns" row listed as a problem).
import { afterEach, describe, expect, it } from 'vitest';
import * as main from '../../../src/gas/main';
import { type Installed, installFake } from './fixture';

let env: Installed | undefined;
afterEach(() => env?.uninstall());

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** "Rows with problems: n" of the last toast, and the problem rows Data issues lists (sheet and row). */
function counts(fake: Installed['fake']) {
  const toast = fake.spreadsheet.toasts.at(-1)!.msg;
  const said = Number(/Rows with problems: (\d+)/.exec(toast)?.[1]);
  const rows = fake.values('Data issues').slice(1);
  // Problems come before a blank row and the "left out on purpose" heading; rows with a row number.
  const end = rows.findIndex((r) => r.every((v) => v === ''));
  const problems = (end < 0 ? rows : rows.slice(0, end)).filter(
    (r) => r[1] !== '' && !/nothing paid that day/.test(String(r[4])),
  );
  return { toast, said, listed: new Set(problems.map((r) => `${r[0]}:${r[1]}`)).size };
}

describe('the Analyze toast counts the rows Data issues lists as problems', () => {
  it('a customer with only returns is counted (trial 20 t9)', () => {
    env = installFake({ timeZone: 'UTC', locale: 'en_US', now: '2026-11-28T12:00:00Z' });
    const { fake } = env;
    fake.spreadsheet.addSheet('Orders', [
      ['Customer', 'Date', 'Amount'],
      ['Ann', day('2026-11-01'), 50],
      ['Ann', day('2026-11-02'), 50],
      ['Ben', day('2026-06-01'), 20],
      ['Ben', day('2026-06-10'), -50],
      ['Cy', day('2026-07-01'), -30],
      ['Di', day('2026-11-27'), 500],
    ]);
    main.analyzeCustomers();
    const { toast, said, listed } = counts(fake);
    expect(fake.values('Data issues')[1]!.slice(0, 2)).toEqual(['Orders', 6]);
    expect(listed).toBe(1);
    expect(said, toast).toBe(1);
  });

  it('skipped rows and a customer with only returns together, each row once', () => {
    env = installFake({ timeZone: 'UTC', locale: 'en_US', now: '2026-11-28T12:00:00Z' });
    const { fake } = env;
    fake.spreadsheet.addSheet('Orders', [
      ['Customer', 'Date', 'Amount'],
      ['Ann', day('2026-11-01'), 50],
      ['Ann', 'not a date', 50],
      ['Ben', day('2026-06-01'), 'paid cash'],
      ['Cy', day('2026-07-01'), -30],
      ['Di', day('2026-11-27'), 500],
    ]);
    main.analyzeCustomers();
    const { toast, said, listed } = counts(fake);
    expect(listed).toBe(3);
    expect(said, toast).toBe(listed);
  });
});

// Each export fixture pasted raw into a sheet of the Apps Script fake, then "Analyze customers" with
// no column setup: the Insights sheet has the hand-written customers (expected.json) with their
// names, purchase days, net spend and emails, and Data issues lists every excluded row with its
// reason under its own heading, apart from the problems.
import { afterEach, describe, expect, it } from 'vitest';
import { sampleCellValue } from '../../../src/core/sample/sample-workbook';
import * as main from '../../../src/gas/main';
import { expectedExclusions, exportFixtures } from '../../support/export-fixtures';
import { type Installed, installFake } from './fixture';

let env: Installed | undefined;
afterEach(() => env?.uninstall());

describe('Analyze customers on raw exports (no setup step)', () => {
  for (const f of exportFixtures()) {
    it(`${f.platform}/${f.file}`, () => {
      env = installFake({ timeZone: f.timeZone, locale: f.locale, now: `${f.asOf}T12:00:00Z` });
      const { fake } = env;
      const grid = f.rows.map((r) => r.map((c) => sampleCellValue(c, f.timeZone)));
      fake.spreadsheet.addSheet('Orders export', grid);
      if (f.expected.exclude) return; // owner rules come from the column setup; see the setup test
      main.analyzeCustomers();
      const insights = fake.values('Insights');
      const header = insights[0]!;
      const col = (name: string) => header.indexOf(name);
      // Contacts come from the export itself when it has an email column (there is no customer sheet).
      if (f.expected.customers.some((c) => c.email)) expect(col('Email')).toBeGreaterThanOrEqual(0);
      const iso = (d: unknown) =>
        new Intl.DateTimeFormat('en-CA', {
          timeZone: f.timeZone,
          year: 'numeric',
          month: '2-digit',
          day: '2-digit',
        }).format(d as Date);
      const rows = insights.slice(1).map((r) => ({
        name: r[col('Customer')],
        first: iso(r[col('First purchase')]),
        last: iso(r[col('Last purchase')]),
        days: r[col('Purchase days')],
        net: r[col('Total spent')],
        ...(col('Email') >= 0 ? { email: r[col('Email')] } : {}),
      }));
      expect(rows).toEqual(
        f.expected.customers.map((c) => ({
          name: c.name,
          first: c.days[0],
          last: c.days[c.days.length - 1],
          days: c.days.length,
          net: c.net,
          ...(col('Email') >= 0 ? { email: c.email ?? '' } : {}),
        })),
      );
      const issues = fake.values('Data issues');
      const headingAt = issues.findIndex((r) => /excluded on purpose/i.test(String(r[0])));
      const excludedRows = headingAt < 0 ? [] : issues.slice(headingAt + 1);
      const reasons = f.expected;
      expect(excludedRows.length).toBe(expectedExclusions(reasons).length);
      expect(excludedRows.map((r) => r[1]).sort((a, b) => Number(a) - Number(b))).toEqual(
        Object.values(reasons.excluded)
          .flat()
          .sort((a, b) => a - b),
      );
      const problems = (headingAt < 0 ? issues : issues.slice(0, headingAt))
        .slice(1)
        .filter((r) => typeof r[1] === 'number');
      expect([...new Set(problems.map((r) => r[1]))]).toEqual(f.expected.problems);
    });
  }
});

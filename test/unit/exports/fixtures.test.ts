// Each export fixture through the core reader: the customers, purchase days, net spend, exclusions,
// problems and contacts of its hand-written expected.json (test/fixtures/exports/<platform>/).
import { describe, expect, it } from 'vitest';
import { buildHistories } from '../../../src/core/customers/customer-history';
import { readLog } from '../../../src/core/exports/read-log';
import { dateOrderOfLocale } from '../../../src/core/input/parse-date';
import { dayOfIsoDate, sampleCellValue } from '../../../src/core/sample/sample-workbook';
import { isoOfDay } from '../../../src/core/time/civil';
import { expectedExclusions, exportFixtures } from '../../support/export-fixtures';
import { historyList } from '../../support/histories';

describe('export fixtures through the core reader', () => {
  for (const f of exportFixtures()) {
    it(`${f.platform}/${f.file}: customers, days, net spend, exclusions, contacts as hand-written`, () => {
      const grid = f.rows.map((r) => r.map((c) => sampleCellValue(c, f.timeZone)));
      const { log, detection } = readLog(grid, {
        timeZone: f.timeZone,
        dateOrder: dateOrderOfLocale(f.locale),
        asOfDay: dayOfIsoDate(f.asOf),
        ...(f.expected.exclude ? { exclude: f.expected.exclude } : {}),
      });
      expect(detection?.profile?.id ?? null).toBe(f.expected.profile);
      expect(detection?.confidence).toBe(f.expected.confidence);
      expect(log.currency).toBe(f.expected.currency);
      const { histories } = buildHistories(log.purchases);
      const actual = historyList(histories).map((h) => ({
        key: h.key,
        name: h.label,
        days: h.purchaseDays.map(isoOfDay),
        net: Math.round(h.netSpend * 100) / 100,
      }));
      expect(actual).toEqual(
        f.expected.customers.map(({ key, name, days, net }) => ({ key, name, days, net })),
      );
      expect((log.excluded ?? []).map((e) => `${e.reason} ${e.row}`).sort()).toEqual(
        expectedExclusions(f.expected),
      );
      expect([...new Set(log.issues.map((i) => i.row))].sort((a, b) => a - b)).toEqual(f.expected.problems);
      for (const c of f.expected.customers) {
        const contact = log.contacts?.get(c.key);
        if (c.email !== undefined) expect(contact?.email, c.key).toBe(c.email);
        if (c.phone !== undefined) expect(contact?.phone, c.key).toBe(c.phone);
        if (c.consent !== undefined) expect(contact?.consent, c.key).toBe(c.consent);
      }
    });
  }
});

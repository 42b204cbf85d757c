// The export fixtures (test/fixtures/exports/<platform>/) and their hand-written expected answers
// (expected.json beside each set of files). Nothing here uses src/core: a CSV is typed as Sheets'
// import types it (scripts/preview/csv.ts), and answers come from the JSON alone.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ImportedCell, readCsv } from '../../scripts/preview/csv';

export const EXPORTS_DIR = join(import.meta.dirname, '..', 'fixtures', 'exports');

interface ExpectedCustomer {
  key: string;
  name: string;
  /** Purchase days, YYYY-MM-DD, ascending. */
  days: string[];
  /** Net spend. */
  net: number;
  email?: string;
  phone?: string;
  consent?: boolean;
}

export interface ExpectedFile {
  profile: string | null;
  confidence: 'high' | 'medium' | 'low';
  currency?: string;
  customers: ExpectedCustomer[];
  /** Reason → sheet row numbers (header = row 1). */
  excluded: Record<string, number[]>;
  /** Sheet rows reported as problems. */
  problems: number[];
  /** Owner rule, as the formula's exclude text. */
  exclude?: string;
  /** Overrides of the set's zone and locale. */
  timeZone?: string;
  locale?: string;
}

interface FixtureSet {
  platform: string;
  asOf: string;
  timeZone: string;
  locale?: string;
  files: Record<string, ExpectedFile>;
}

export interface Fixture {
  platform: string;
  file: string;
  path: string;
  asOf: string;
  timeZone: string;
  locale: string;
  expected: ExpectedFile;
  /** Typed cells as Sheets' CSV import gives them; blank is null. */
  rows: ImportedCell[][];
}

export function exportFixtures(): Fixture[] {
  const out: Fixture[] = [];
  for (const platform of readdirSync(EXPORTS_DIR).sort()) {
    const dir = join(EXPORTS_DIR, platform);
    let set: Omit<FixtureSet, 'platform'>;
    try {
      set = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
    } catch {
      continue;
    }
    for (const [file, expected] of Object.entries(set.files)) {
      const path = join(dir, file);
      const rows = readCsv(readFileSync(path, 'utf8'));
      const width = Math.max(...rows.map((r) => r.length));
      out.push({
        platform,
        file,
        path,
        asOf: set.asOf,
        timeZone: expected.timeZone ?? set.timeZone,
        locale: expected.locale ?? set.locale ?? 'en_US',
        expected,
        rows: rows.map((r) => [...r, ...Array<ImportedCell>(width - r.length).fill(null)]),
      });
    }
  }
  return out;
}

/** Expected exclusions as sorted "reason row" strings. */
export function expectedExclusions(expected: ExpectedFile): string[] {
  return Object.entries(expected.excluded)
    .flatMap(([reason, rows]) => rows.map((row) => `${reason} ${row}`))
    .sort();
}

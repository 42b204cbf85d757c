// Every sidebar text is shown somewhere: dead strings (issue 12 found the card's dueIn, dueToday and
// overdue, left when the due wording moved to src/core/i18n/why.ts) are translated and reviewed for
// nothing, and tempt a second wording of the same fact.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEXTS } from '../../../src/sidebar/i18n';

const DIR = join(import.meta.dirname, '..', '..', '..', 'src', 'sidebar');
const files = (d: string): string[] =>
  readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? files(join(d, f)) : [join(d, f)]));

describe('sidebar texts', () => {
  it('every text of src/sidebar/i18n.ts is read somewhere in the sidebar (as `.key`)', () => {
    const code = files(DIR)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('i18n.ts'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const unused = Object.keys(TEXTS.en).filter((key) => !new RegExp(`\\.${key}\\b`).test(code));
    expect(unused).toEqual([]);
  });
});

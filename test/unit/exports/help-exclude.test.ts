// Help tells owners, in each language, that formulas take the rules as their exclude argument because
// Sheets recomputes a custom function only when its arguments change; its example formulas must put
// the rule where the formula reads it (the parameter lists of src/gas/main.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STATUS_NOTES } from '../../../src/core/exports/status-docs';

const MAIN = readFileSync(join(import.meta.dirname, '..', '..', '..', 'src', 'gas', 'main.ts'), 'utf8');

/** The parameter names of a custom function exported by main.ts. */
function parameters(name: string): string[] {
  const match = MAIN.match(new RegExp(`export function ${name}\\(([^)]*)\\)`));
  expect(match, name).not.toBeNull();
  return match![1]!
    .split(',')
    .map((p) => p.trim().match(/^(\w+)/)?.[1])
    .filter((p): p is string => p !== undefined);
}

/** Formula calls written in a text, with their arguments (none of these contain a comma). */
const examples = (text: string) =>
  [...text.matchAll(/=([A-Z_]+)\(([^)]*)\)/g)].map(([, name, args]) => ({
    name: name!,
    args: args!.split(',').map((a) => a.trim()),
  }));

const recompute = {
  en: /recomputes a custom function only when its arguments change/,
  'zh-CN': /只在自定义函数的参数变化时重新计算/,
  'zh-TW': /只在自訂函式的引數變化時重新計算/,
} as const;

describe('Help: formulas take the owner’s rules as their exclude argument', () => {
  for (const language of ['en', 'zh-CN', 'zh-TW'] as const) {
    it(`${language}: says why, and its examples put the rule in the exclude place`, () => {
      const note = STATUS_NOTES[language].notes.find((n) => n.includes('exclude'));
      expect(note).toBeDefined();
      expect(note).toMatch(recompute[language]);
      const calls = examples(note!);
      expect(calls.map((c) => c.name)).toEqual(['CUSTOMER_INSIGHTS', 'LIFECYCLE_STAGE']);
      for (const { name, args } of calls) {
        const rule = args.findIndex((a) => a.startsWith('"'));
        expect(parameters(name)[rule], name).toBe('exclude');
        expect(args[rule], name).toMatch(/^"[^"=]+=[^"]+"$/);
      }
    });
  }

  it('every formula that reads purchases has exclude, with model (if any) after it', () => {
    const formulas = [...MAIN.matchAll(/@customfunction\s*\*\/\s*export function (\w+)\(/g)].map(
      (m) => m[1]!,
    );
    expect(formulas.length).toBe(12);
    for (const name of formulas) {
      const params = parameters(name);
      expect(params, name).toContain('purchases');
      expect(params, name).toContain('exclude');
      if (params.includes('model')) expect(params.at(-1), name).toBe('model');
      expect(params.indexOf('exclude'), name).toBe(params.length - (params.includes('model') ? 2 : 1));
    }
  });
});

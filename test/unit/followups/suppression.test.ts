import { describe, expect, it } from 'vitest';
import { readContacts } from '../../../src/core/followups/contacts';
import {
  applySuppression,
  newSuppressionRows,
  readSuppression,
  SUPPRESSION_TEXTS,
} from '../../../src/core/followups/suppression';

describe('readSuppression', () => {
  it('suppresses every address in any cell, and customers under a Customer header in any language', () => {
    const list = readSuppression(SUPPRESSION_TEXTS, [
      ['Notes', '邮箱', '客户'],
      ['moved here', 'Leo <LEO@example.com>', 'Leo Schmidt'],
      ['mia＠example.org', '', '王芳'],
    ]);
    expect([...list.emails]).toEqual(['leo@example.com', 'mia@example.org']);
    expect([...list.keys]).toEqual(['leo schmidt', '王芳']);
  });

  it('without its header still suppresses the addresses (fails closed)', () => {
    const list = readSuppression(SUPPRESSION_TEXTS, [['leo@example.com', 'Leo']]);
    expect([...list.emails]).toEqual(['leo@example.com']);
    expect(list.keys.size).toBe(0);
  });
});

describe('applySuppression and newSuppressionRows', () => {
  const directory = readContacts([
    ['Customer', 'Email', 'Accepts Marketing'],
    ['Leo', 'leo@example.com', 'yes'],
    ['Mia', 'mia@example.org', ''],
    ['Ava', 'ava@example.com', 'no'],
  ]);

  it('opts out listed customers by key or address', () => {
    const applied = applySuppression(directory, { emails: new Set(['leo@example.com']), keys: new Set() });
    expect(applied.byKey.get('leo')?.optedOut).toBe(true);
    expect(directory.byKey.get('leo')?.optedOut).toBe(false);
  });

  it('copies only explicit opt-outs: a consent "no", never a blank consent', () => {
    expect(directory.optOutRows.map((r) => r.key)).toEqual(['ava']);
    expect(directory.byKey.get('mia')?.optedOut).toBe(true);
  });

  it('adds each address once, and a customer without an address once', () => {
    const when = new Date(0);
    const list = { emails: new Set(['leo@example.com']), keys: new Set<string>() };
    const rows = newSuppressionRows(
      list,
      [
        { key: 'leo', label: 'Leo', emails: ['leo@example.com'], why: 'w' },
        { key: 'ava', label: 'Ava', emails: ['ava@example.com', 'ava@work.example.com'], why: 'w' },
        { key: 'bo', label: 'Bo', emails: [], why: 'w' },
        { key: 'bo', label: 'Bo', emails: [], why: 'w' },
      ],
      when,
    );
    expect(rows).toEqual([
      ['ava@example.com', 'Ava', when, 'w'],
      ['ava@work.example.com', 'Ava', when, 'w'],
      ['', 'Bo', when, 'w'],
    ]);
  });
});

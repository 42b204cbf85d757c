import { describe, expect, it } from 'vitest';
import { compileSentence } from '../../../src/core/i18n/sentence-template';

describe('compiled sentences', () => {
  const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

  it('fills each slot with its value, in the order the template names them', () => {
    const write = compileSentence('Last purchase {ago} ago, usually every {gap}.', {
      ago: (f: { ago: number; gap: number }) => days(f.ago),
      gap: (f) => days(f.gap),
    });
    expect(write({ ago: 1, gap: 14 })).toBe('Last purchase 1 day ago, usually every 14 days.');
    expect(write({ ago: 30, gap: 7 })).toBe('Last purchase 30 days ago, usually every 7 days.');
  });

  it('writes a slot used twice twice, and text without slots as it is', () => {
    const write = compileSentence('{n}–{n}', { n: (n: number) => String(n) });
    expect(write(3)).toBe('3–3');
    expect(compileSentence('上次购买在（）。', {})(0)).toBe('上次购买在（）。');
    expect(compileSentence('{a}{b}', { a: () => 'x', b: () => 'y' })(0)).toBe('xy');
  });

  it('refuses a template naming a slot it has no value for, when compiled', () => {
    expect(() => compileSentence('Bought {count} times', { n: () => '' })).toThrow(/\{count\}/);
  });
});

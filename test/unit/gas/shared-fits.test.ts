// The shell's store for shared fits (src/gas/shared-fits.ts) over the fake's CacheService: the
// document cache only, 6-hour entries, and every failure turned into "nothing there".
import { afterEach, describe, expect, it } from 'vitest';
import { documentFitStore } from '../../../src/gas/shared-fits';
import { createGasFake, type GasFake } from '../../support/gas-fake';

let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

function installed(): GasFake {
  const fake = createGasFake();
  fake.setAuthMode('CUSTOM_FUNCTION');
  uninstall = fake.install();
  return fake;
}

describe('documentFitStore', () => {
  it('keeps texts in the document cache only, in checksummed parts, for 6 hours', () => {
    const fake = installed();
    const store = documentFitStore()!;
    // 240,000 bytes: three parts of at most 96,000 (share/cache-parts.ts).
    const text = 'fit '.repeat(60_000);
    store.put('regulars-fit-0123456789abcdef', text);
    expect(store.get('regulars-fit-0123456789abcdef')).toBe(text);
    expect(fake.cache.document.keys().sort()).toEqual([
      'regulars-fit-0123456789abcdef',
      'regulars-fit-0123456789abcdef:2',
      'regulars-fit-0123456789abcdef:3',
    ]);
    expect(fake.cache.script.keys()).toEqual([]);
    expect(fake.cache.user.keys()).toEqual([]);
    fake.clock.advance(6 * 3600_000 - 1000);
    expect(store.get('regulars-fit-0123456789abcdef')).toBe(text);
    fake.clock.advance(2000);
    expect(store.get('regulars-fit-0123456789abcdef')).toBeUndefined();
  });

  it('a lost part, a failing cache or no document cache: nothing there, nothing thrown', () => {
    const fake = installed();
    const store = documentFitStore()!;
    store.put('k', 'x'.repeat(200_000));
    fake.cache.document.evict('k:2');
    expect(store.get('k')).toBeUndefined();
    fake.cache.document.failure = 'Service error: Cache';
    expect(() => store.put('k', 'text')).not.toThrow();
    expect(store.get('k')).toBeUndefined();
    fake.cache.inDocument = false;
    expect(documentFitStore()).toBeUndefined();
  });

  it('no CacheService at all (a bare context) or one that throws on access: no store', () => {
    expect(documentFitStore()).toBeUndefined();
    const fake = installed();
    fake.setAuthMode('NONE');
    expect(documentFitStore()).toBeUndefined();
  });
});

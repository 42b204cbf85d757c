import { describe, expect, it } from 'vitest';
import { createGasFake } from '../../support/gas-fake';

describe('gas-fake Utilities, Session and CacheService', () => {
  it('formats dates like SimpleDateFormat in a time zone', () => {
    const fake = createGasFake();
    const { Utilities } = fake.globals;
    const d = new Date('2024-01-05T03:04:05.006Z');
    expect(Utilities.formatDate(d, 'America/New_York', 'yyyy-MM-dd HH:mm:ss')).toBe('2024-01-04 22:04:05');
    expect(Utilities.formatDate(d, 'Asia/Shanghai', "EEE, d MMM yyyy 'at' h:mm a")).toBe(
      'Fri, 5 Jan 2024 at 11:04 AM',
    );
    expect(Utilities.formatDate(d, 'GMT+05:30', 'yyyyMMdd HHmm Z XXX')).toBe('20240105 0834 +0530 +05:30');
    expect(Utilities.formatDate(d, 'UTC', "yy-M-d ''H'' SSS X")).toBe("24-1-5 '3' 006 Z");
  });

  it('sleep advances the fake clock; getUuid is deterministic; digests are signed bytes', () => {
    const fake = createGasFake({ now: '2024-06-01T00:00:00Z' });
    const { Utilities } = fake.globals;
    Utilities.sleep(1500);
    expect(fake.clock.now().toISOString()).toBe('2024-06-01T00:00:01.500Z');
    expect(Utilities.getUuid()).toBe('00000000-0000-4000-8000-000000000001');
    const digest = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, 'abc');
    expect(digest).toHaveLength(32);
    expect(digest[0]).toBe(-70); // 0xba
    expect(Utilities.base64Encode('hi')).toBe('aGk=');
  });

  it('reports session settings', () => {
    const fake = createGasFake({
      userEmail: 'me@shop.test',
      timeZone: 'Asia/Shanghai',
      scriptTimeZone: 'America/New_York',
    });
    const { Session } = fake.globals;
    expect(Session.getActiveUser().getEmail()).toBe('me@shop.test');
    expect(Session.getEffectiveUser().getEmail()).toBe('me@shop.test');
    expect(Session.getScriptTimeZone()).toBe('America/New_York');
    expect(fake.globals.SpreadsheetApp.getActive().getSpreadsheetTimeZone()).toBe('Asia/Shanghai');
    fake.session.activeUserEmail = '';
    expect(Session.getActiveUser().getEmail()).toBe('');
    expect(Session.getTemporaryActiveUserKey()).toMatch(/^[\w-]{43}$/);
  });

  it('expires cache entries with the fake clock', () => {
    const fake = createGasFake();
    const cache = fake.globals.CacheService.getScriptCache();
    cache.put('a', '1', 60);
    cache.put('b', '2');
    cache.putAll({ c: '3' }, 30000);
    expect(cache.getAll(['a', 'b', 'c', 'd'])).toEqual({ a: '1', b: '2', c: '3' });
    fake.clock.advance(61_000);
    expect(cache.get('a')).toBeNull();
    expect(cache.get('b')).toBe('2');
    fake.clock.advance(600_000);
    expect(cache.get('b')).toBeNull();
    // expirations above 6 hours are capped at 6 hours
    fake.clock.advance(6 * 3600_000 - 661_000);
    expect(cache.get('c')).toBeNull();
    expect(() => cache.put('k'.repeat(251), 'v')).toThrow('Argument too large: key');
    cache.put('x', 'y');
    cache.remove('x');
    expect(cache.get('x')).toBeNull();
  });

  it('gives no document cache outside a document, refuses values over 100 KB, and can be made to fail or lose entries', () => {
    const fake = createGasFake();
    fake.setAuthMode('CUSTOM_FUNCTION');
    const cache = fake.globals.CacheService.getDocumentCache()!;
    expect(cache).not.toBeNull();
    expect(() => cache.put('big', 'x'.repeat(100 * 1024 + 1))).toThrow('Argument too large: value');
    // putAll stops at the value it refuses (the real service's partial behaviour is not documented).
    expect(() => cache.putAll({ a: '1', big: 'x'.repeat(100 * 1024 + 1) })).toThrow('Argument too large');
    expect(cache.get('a')).toBe('1');
    fake.cache.document.evict('a');
    expect(cache.get('a')).toBeNull();
    fake.cache.document.failure = 'Service error: Cache';
    expect(() => cache.get('a')).toThrow('Service error: Cache');
    expect(() => cache.putAll({ a: '1' })).toThrow('Service error: Cache');
    fake.cache.inDocument = false;
    expect(fake.globals.CacheService.getDocumentCache()).toBeNull();
    expect(fake.globals.CacheService.getScriptCache()).not.toBeNull();
  });
});

// Fake CacheService with expiry driven by the fake clock.
import { type FakeEnv, withStubs } from './env';

type CacheApi = GoogleAppsScript.Cache.Cache;

/**
 * Limits documented at https://developers.google.com/apps-script/reference/cache/cache: keys up to
 * 250 characters, values up to 100 KB, at most 1,000 items; expiration in seconds, default 600
 * (10 minutes), maximum 21600 (6 hours). The fake clamps longer expirations to 6 hours, and when full
 * evicts the oldest entry (the real eviction policy is unspecified). Error messages approximate.
 */
const CACHE_MAX_KEY_LENGTH = 250;
const CACHE_MAX_VALUE_BYTES = 100 * 1024;
const CACHE_MAX_ITEMS = 1000;
const CACHE_DEFAULT_TTL_SECONDS = 600;
const CACHE_MAX_TTL_SECONDS = 21600;

type CacheMethods = 'get' | 'getAll' | 'put' | 'putAll' | 'remove' | 'removeAll';

export class FakeCache implements Pick<CacheApi, CacheMethods> {
  readonly api: CacheApi;
  private readonly entries = new Map<string, { value: string; expiresAtMs: number }>();

  constructor(
    private readonly env: FakeEnv,
    readonly scope: 'document' | 'script' | 'user',
  ) {
    this.api = withStubs<FakeCache, CacheApi>(this, 'Cache');
  }

  /**
   * When set, every call throws this message, as a service call does when the service fails (an
   * outage, a quota); the reference pages document no specific cache error, so the text is made up.
   */
  failure: string | null = null;
  /** Test helper: how many get/getAll and put/putAll calls were made. */
  readonly calls = { reads: 0, writes: 0 };

  private check(): void {
    if (this.failure !== null) throw this.env.error(this.failure);
  }

  private live(key: string): string | null {
    const e = this.entries.get(key);
    if (!e) return null;
    if (e.expiresAtMs <= this.env.clock.nowMs()) {
      this.entries.delete(key);
      return null;
    }
    return e.value;
  }

  private store(key: string, value: unknown, ttlSeconds: number | undefined): void {
    if (key.length > CACHE_MAX_KEY_LENGTH) throw this.env.error(`Argument too large: key`);
    const text = String(value);
    if (Buffer.byteLength(text, 'utf8') > CACHE_MAX_VALUE_BYTES)
      throw this.env.error(`Argument too large: value`);
    const ttl = Math.min(Math.max(ttlSeconds ?? CACHE_DEFAULT_TTL_SECONDS, 1), CACHE_MAX_TTL_SECONDS);
    this.entries.delete(key);
    this.entries.set(key, { value: text, expiresAtMs: this.env.clock.nowMs() + ttl * 1000 });
    while (this.entries.size > CACHE_MAX_ITEMS) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  get(key: string): string | null {
    this.check();
    this.calls.reads++;
    return this.live(key);
  }
  getAll(keys: string[]): { [key: string]: string } {
    this.check();
    this.calls.reads++;
    const out: { [key: string]: string } = {};
    for (const k of keys) {
      const v = this.live(k);
      if (v !== null) out[k] = v;
    }
    return out;
  }
  put(key: string, value: string, expirationInSeconds?: number): void {
    this.check();
    this.calls.writes++;
    this.store(key, value, expirationInSeconds);
  }
  putAll(values: { [key: string]: unknown }, expirationInSeconds?: number): void {
    this.check();
    this.calls.writes++;
    for (const [k, v] of Object.entries(values)) this.store(k, v, expirationInSeconds);
  }
  remove(key: string): void {
    this.entries.delete(key);
  }
  removeAll(keys: string[]): void {
    for (const k of keys) this.entries.delete(k);
  }

  /** Test helper: live keys. */
  keys(): string[] {
    return [...this.entries.keys()].filter((k) => this.live(k) !== null);
  }
  /** Test helper: drop everything (the real cache may lose entries at any time). */
  evictAll(): void {
    this.entries.clear();
  }
  /** Test helper: drop one entry, as the real cache may at any time. */
  evict(key: string): void {
    this.entries.delete(key);
  }
  /** Test helper: a stored value as it is, expired or not. */
  peek(key: string): string | undefined {
    return this.entries.get(key)?.value;
  }
  /** Test helper: overwrite a stored value in place (what a corrupted entry would look like). */
  poke(key: string, value: string): void {
    const e = this.entries.get(key);
    if (e) e.value = value;
  }
}

type ServiceApi = GoogleAppsScript.Cache.CacheService;

export class FakeCacheService
  implements Pick<ServiceApi, 'getDocumentCache' | 'getScriptCache' | 'getUserCache'>
{
  readonly api: ServiceApi;
  readonly document: FakeCache;
  readonly script: FakeCache;
  readonly user: FakeCache;

  constructor(private readonly env: FakeEnv) {
    this.api = withStubs<FakeCacheService, ServiceApi>(this, 'CacheService');
    this.document = new FakeCache(env, 'document');
    this.script = new FakeCache(env, 'script');
    this.user = new FakeCache(env, 'user');
  }

  /**
   * False makes getDocumentCache() return null, as it does "outside the context of a containing
   * document (such as from a standalone script or web app)"
   * (https://developers.google.com/apps-script/reference/cache/cache-service#getDocumentCache()).
   * True by default: the add-on runs bound to its spreadsheet.
   */
  inDocument = true;

  getDocumentCache(): CacheApi | null {
    this.env.requireAuth('CacheService.getDocumentCache');
    return this.inDocument ? this.document.api : null;
  }
  getScriptCache(): CacheApi {
    this.env.requireAuth('CacheService.getScriptCache');
    return this.script.api;
  }
  getUserCache(): CacheApi {
    this.env.requireAuth('CacheService.getUserCache');
    return this.user.api;
  }
}

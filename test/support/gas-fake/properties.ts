// Fake PropertiesService: three string stores with Apps Script's size limits.
import { type FakeEnv, withStubs } from './env';

type PropsApi = GoogleAppsScript.Properties.Properties;

/**
 * Limits from https://developers.google.com/apps-script/guides/services/quotas ("Properties value
 * size 9 KB / val", "Properties total storage 500 KB / property store"). The fake counts UTF-8
 * bytes of each value for the first and of all keys + values for the second; the real accounting
 * is not documented exactly. Error messages are approximations of Apps Script's.
 */
const PROPERTY_VALUE_LIMIT_BYTES = 9 * 1024;
const PROPERTY_STORE_LIMIT_BYTES = 500 * 1024;

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

type PropsMethods =
  | 'deleteAllProperties'
  | 'deleteProperty'
  | 'getKeys'
  | 'getProperties'
  | 'getProperty'
  | 'setProperties'
  | 'setProperty';

export class FakeProperties implements Pick<PropsApi, PropsMethods> {
  readonly api: PropsApi;
  private readonly store = new Map<string, string>();
  /** Number of reads and writes, for tests about batching. */
  reads = 0;
  writes = 0;

  constructor(
    private readonly env: FakeEnv,
    readonly scope: 'document' | 'user' | 'script',
  ) {
    this.api = withStubs<FakeProperties, PropsApi>(this, 'Properties');
  }

  private guard(method: string): void {
    this.env.requireAuth(`PropertiesService.${method}`);
  }

  private commit(next: Map<string, string>): void {
    for (const [key, value] of next) {
      if (bytes(value) > PROPERTY_VALUE_LIMIT_BYTES)
        throw this.env.error(`Argument too large: value (property "${key}")`);
    }
    let total = 0;
    for (const [key, value] of next) total += bytes(key) + bytes(value);
    if (total > PROPERTY_STORE_LIMIT_BYTES) {
      throw this.env.error(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    }
    this.store.clear();
    for (const [k, v] of next) this.store.set(k, v);
  }

  getProperty(key: string): string | null {
    this.guard('getProperty');
    this.reads++;
    return this.store.get(key) ?? null;
  }
  /** Stores String(value): numbers, booleans, objects all become strings as in Apps Script. */
  setProperty(key: string, value: unknown): PropsApi {
    this.guard('setProperty');
    this.env.checkpoint('property');
    this.writes++;
    const next = new Map(this.store);
    next.set(String(key), String(value));
    this.commit(next);
    return this.api;
  }
  setProperties(properties: { [key: string]: unknown }, deleteAllOthers?: boolean): PropsApi {
    this.guard('setProperties');
    this.writes++;
    const next = deleteAllOthers ? new Map<string, string>() : new Map(this.store);
    for (const [k, v] of Object.entries(properties)) next.set(k, String(v));
    this.commit(next);
    return this.api;
  }
  /** A copy of all properties. */
  getProperties(): { [key: string]: string } {
    this.guard('getProperties');
    this.reads++;
    return Object.fromEntries(this.store);
  }
  getKeys(): string[] {
    this.guard('getKeys');
    this.reads++;
    return [...this.store.keys()];
  }
  deleteProperty(key: string): PropsApi {
    this.guard('deleteProperty');
    this.writes++;
    this.store.delete(key);
    return this.api;
  }
  deleteAllProperties(): PropsApi {
    this.guard('deleteAllProperties');
    this.writes++;
    this.store.clear();
    return this.api;
  }

  /** Test helper: the stored map as a plain object, without counting a read or checking auth. */
  snapshot(): Record<string, string> {
    return Object.fromEntries(this.store);
  }
}

type ServiceApi = GoogleAppsScript.Properties.PropertiesService;

export class FakePropertiesService
  implements Pick<ServiceApi, 'getDocumentProperties' | 'getUserProperties' | 'getScriptProperties'>
{
  readonly api: ServiceApi;
  readonly document: FakeProperties;
  readonly user: FakeProperties;
  readonly script: FakeProperties;

  constructor(private readonly env: FakeEnv) {
    this.api = withStubs<FakePropertiesService, ServiceApi>(this, 'PropertiesService');
    this.document = new FakeProperties(env, 'document');
    this.user = new FakeProperties(env, 'user');
    this.script = new FakeProperties(env, 'script');
  }

  getDocumentProperties(): PropsApi {
    this.env.requireAuth('PropertiesService.getDocumentProperties');
    return this.document.api;
  }
  getUserProperties(): PropsApi {
    this.env.requireAuth('PropertiesService.getUserProperties');
    return this.user.api;
  }
  getScriptProperties(): PropsApi {
    this.env.requireAuth('PropertiesService.getScriptProperties');
    return this.script.api;
  }
}

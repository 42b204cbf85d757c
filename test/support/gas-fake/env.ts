import { scopesFor } from './scopes';

// Shared plumbing of the Apps Script fake: the controllable clock, the "realm" whose Date and Error
// constructors the fake hands out (so code running inside a node:vm context sees its own Date and
// Error), auth-mode guards, and the proxy that turns calls to unimplemented methods into clear errors.

/** A controllable clock. The fake never patches the global `Date`; it reads time from here. */
export class FakeClock {
  private ms: number;

  constructor(start: Date | string | number) {
    this.ms = toMs(start);
  }

  /** The current fake time as a (host-realm) Date. */
  now(): Date {
    return new Date(this.ms);
  }

  nowMs(): number {
    return this.ms;
  }

  set(time: Date | string | number): void {
    this.ms = toMs(time);
  }

  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0)
      throw new Error(`fake: clock.advance needs a non-negative number, got ${ms}`);
    this.ms += ms;
  }

  advanceDays(days: number): void {
    this.advance(days * 86_400_000);
  }
}

function toMs(time: Date | string | number): number {
  const ms = typeof time === 'number' ? time : new Date(time).getTime();
  if (!Number.isFinite(ms)) throw new Error(`fake: invalid time ${String(time)}`);
  return ms;
}

/** Apps Script auth modes, as the fake represents them (string values). */
export type AuthModeName = 'NONE' | 'CUSTOM_FUNCTION' | 'LIMITED' | 'FULL';

/**
 * Simulated crashes: `crashAfter(n)` makes the n-th checkpoint from now throw Apps Script's
 * "Exceeded maximum execution time", and every checkpoint after it too, until `reset()` (the
 * execution is dead; https://developers.google.com/apps-script/guides/services/quotas lists the
 * 6-minute limit). Checkpoints: every Range write, property write and flush, and just AFTER a mail
 * or draft was handed over (the service then throws although the message went).
 */
export type CheckpointKind = 'write' | 'property' | 'flush' | 'mail';

export class FakeFaults {
  private countdown: number | null = null;
  private only: CheckpointKind | undefined;
  crashed = false;
  /** Checkpoints passed since the fake was made (to pick crash points in tests). */
  passed = 0;

  /** Crash at the n-th checkpoint from now (of that kind only, when given). */
  crashAfter(n: number, kind?: CheckpointKind): void {
    this.countdown = Math.max(1, Math.floor(n));
    this.only = kind;
  }

  private once: { kind: CheckpointKind; message: string } | undefined;

  /**
   * The next checkpoint of this kind throws `message` once and the execution goes on: for a mail,
   * a service error after the message went (the case whose outcome nobody knows).
   */
  throwOnce(kind: CheckpointKind, message: string): void {
    this.once = { kind, message };
  }

  reset(): void {
    this.countdown = null;
    this.crashed = false;
    this.once = undefined;
  }

  checkpoint(env: FakeEnv, kind: CheckpointKind): void {
    this.passed++;
    if (!this.crashed && this.countdown !== null && (this.only === undefined || this.only === kind)) {
      this.countdown--;
      if (this.countdown === 0) {
        this.countdown = null;
        this.crashed = true;
      }
    }
    if (this.crashed) throw env.error('Exceeded maximum execution time');
    if (this.once?.kind === kind) {
      const { message } = this.once;
      this.once = undefined;
      throw env.error(message);
    }
  }
}

/**
 * State shared by every service of one fake: clock, realm constructors and auth mode.
 */
export class FakeEnv {
  DateCtor: DateConstructor = Date;
  ErrorCtor: ErrorConstructor = Error;
  authMode: AuthModeName = 'FULL';
  readonly faults = new FakeFaults();

  constructor(readonly clock: FakeClock) {}

  /** A point where a simulated crash may strike (see FakeFaults). */
  checkpoint(kind: CheckpointKind): void {
    this.faults.checkpoint(this, kind);
  }

  /** An Error of the current realm (host, or the vm context created by `vmContext()`). */
  error(message: string): Error {
    return new this.ErrorCtor(message);
  }

  /** A Date of the current realm. */
  date(ms: number): Date {
    return new this.DateCtor(ms);
  }

  now(): Date {
    return this.date(this.clock.nowMs());
  }

  /**
   * Throws like Apps Script when a service that needs authorization is called in `AuthMode.NONE`
   * (e.g. from `onOpen` before the add-on is authorized; see
   * https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle), or a service
   * custom functions may not use in `AuthMode.CUSTOM_FUNCTION` (mail; see
   * https://developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services).
   * Approximation: writes from custom functions are not blocked. Messages approximate the real ones.
   */
  requireAuth(method: string, allowedInCustomFunction = true): void {
    if (this.authMode === 'NONE' || (this.authMode === 'CUSTOM_FUNCTION' && !allowedInCustomFunction)) {
      throw this.error(`You do not have permission to call ${method}`);
    }
    this.requireScopes(method);
  }

  /** The manifest's oauthScopes; null when the fake was made without a manifest (nothing checked). */
  scopes: ReadonlySet<string> | null = null;

  /**
   * Throws Apps Script's authorization error when `method` needs a scope the manifest lacks (see
   * scopes.ts; message as Apps Script words it: "You do not have permission to call X. Required
   * permissions: …"). `apiMethod` is set for advanced services, which fail as the REST API does.
   */
  requireScopes(method: string, apiMethod?: string): void {
    if (this.scopes === null) return;
    const needed = scopesFor(method);
    if (needed === undefined || needed.some((s) => this.scopes!.has(s))) return;
    if (apiMethod !== undefined) {
      throw this.error(
        `GoogleJsonResponseException: API call to ${apiMethod} failed with error: Request had insufficient authentication scopes.`,
      );
    }
    throw this.error(
      `You do not have permission to call ${method}. Required permissions: ${needed.join(', ')}`,
    );
  }
}

/** True for Dates of any realm (a vm context's Date is not `instanceof` the host's Date). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

const internals = new WeakMap<object, object>();

// Names that look like Apps Script methods: a verb, then nothing or a capitalised rest. Only these
// get a throwing stub, so probes by test tooling (then, toJSON, asymmetricMatch, $$typeof...) stay
// undefined.
const METHOD_NAME =
  /^(get|set|add|insert|remove|delete|create|clear|copy|move|hide|show|is|can|new|apply|auto|append|sort|protect|merge|break|trim|randomize|check|uncheck|expand|collapse|shift|split|update|duplicate|rename|reset|enable|open|activate|modify|as|build|use|reverse|find|on|with|evaluate|send|reply|forward|mark|star|refresh|wait|try|release|has|put|compute|format|parse|base64|gzip|ungzip|zip|unzip|sleep|flush|alert|prompt|toast|log|deactivate|invalidate)([A-Z0-9].*)?$/;

/**
 * Wraps a fake object in a Proxy: methods it implements pass through; any other Apps Script-looking
 * method throws `fake: <Type>.<method> not implemented` instead of "is not a function".
 */
export function withStubs<T extends object, Api>(target: T, typeName: string): Api {
  // Methods are bound to the target so that `this` inside them is the fake object itself (identity
  // checks such as `list.indexOf(this)` then work whether a call came through the API or not).
  const bound = new Map<PropertyKey, unknown>();
  const proxy = new Proxy(target, {
    get(t, prop) {
      if (typeof prop === 'string' && !(prop in t) && METHOD_NAME.test(prop)) {
        return () => {
          throw new Error(`fake: ${typeName}.${prop} not implemented`);
        };
      }
      const value: unknown = Reflect.get(t, prop, t);
      if (typeof value !== 'function') return value;
      let fn = bound.get(prop);
      if (fn === undefined) {
        fn = (value as (...args: unknown[]) => unknown).bind(t);
        bound.set(prop, fn);
      }
      return fn;
    },
  });
  internals.set(proxy, target);
  return proxy as unknown as Api;
}

/** The fake object behind an API object handed out by `withStubs` (or the object itself). */
export function internalOf<T>(api: unknown, ctor: abstract new (...args: never[]) => T, what: string): T {
  const target = typeof api === 'object' && api !== null ? (internals.get(api) ?? api) : api;
  if (target instanceof ctor) return target;
  throw new Error(`fake: expected a ${what} created by this fake, got ${String(api)}`);
}

/** An enum object with string values, typed as the Apps Script enum. */
export function makeEnum<E>(...names: string[]): E {
  const result: Record<string, string> = {};
  for (const name of names) result[name] = name;
  return Object.freeze(result) as unknown as E;
}

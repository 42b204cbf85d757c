// Fake LockService. Tests are single-threaded, so "another execution" holding a lock is simulated
// with FakeLockControl.holdByOther(); waiting advances the fake clock instead of sleeping.
import { type FakeEnv, withStubs } from './env';

type LockApi = GoogleAppsScript.Lock.Lock;
export type LockScope = 'document' | 'script' | 'user';

/** The state of one lock (per scope). */
export class LockState {
  /** The Lock object of this execution holding it, if any. */
  holder: FakeLock | null = null;
  heldByOther = false;
  /** When set, the other execution releases the lock this many ms after the hold started. */
  otherReleasesAtMs: number | null = null;
  /** Successful acquisitions by this execution. */
  acquisitions = 0;
  /** Failed tryLock/waitLock attempts. */
  timeouts = 0;

  constructor(readonly scope: LockScope) {}

  isHeld(): boolean {
    return this.holder !== null || this.heldByOther;
  }
}

export class FakeLock implements Pick<LockApi, 'hasLock' | 'releaseLock' | 'tryLock' | 'waitLock'> {
  readonly api: LockApi;

  constructor(
    private readonly env: FakeEnv,
    private readonly state: LockState,
  ) {
    this.api = withStubs<FakeLock, LockApi>(this, 'Lock');
  }

  /**
   * Attempts to acquire the lock for up to timeoutInMillis. If another execution holds it and is
   * scheduled to release it within the timeout, the clock advances to that moment and the lock is
   * acquired; otherwise the clock advances by the timeout and false is returned.
   * Another Lock object of this same execution holding it counts as another holder.
   */
  tryLock(timeoutInMillis: number): boolean {
    const s = this.state;
    if (s.holder === this) return true;
    const clock = this.env.clock;
    if (
      s.heldByOther &&
      s.otherReleasesAtMs !== null &&
      s.otherReleasesAtMs <= clock.nowMs() + timeoutInMillis
    ) {
      if (s.otherReleasesAtMs > clock.nowMs()) clock.set(s.otherReleasesAtMs);
      s.heldByOther = false;
      s.otherReleasesAtMs = null;
    }
    if (!s.heldByOther && s.holder === null) {
      s.holder = this;
      s.acquisitions++;
      return true;
    }
    clock.advance(Math.max(0, timeoutInMillis));
    s.timeouts++;
    return false;
  }

  /** Like tryLock, but throws Apps Script's timeout exception instead of returning false. */
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) {
      throw this.env.error('Lock timeout: another process was holding the lock for too long.');
    }
  }

  /** No effect when this Lock does not hold the lock. */
  releaseLock(): void {
    if (this.state.holder === this) this.state.holder = null;
  }

  hasLock(): boolean {
    return this.state.holder === this;
  }
}

type ServiceApi = GoogleAppsScript.Lock.LockService;

export class FakeLockService
  implements Pick<ServiceApi, 'getDocumentLock' | 'getScriptLock' | 'getUserLock'>
{
  readonly api: ServiceApi;

  constructor(
    private readonly env: FakeEnv,
    private readonly control: FakeLockControl,
  ) {
    this.api = withStubs<FakeLockService, ServiceApi>(this, 'LockService');
  }

  /**
   * A new Lock object for the document lock (Apps Script returns a new object per call), or null
   * when `control.noDocumentLock` is set: the reference documents `Lock | null`, null "if the script
   * is not bound to a document" (https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()).
   */
  getDocumentLock(): LockApi {
    this.env.requireAuth('LockService.getDocumentLock');
    if (this.control.noDocumentLock) return null as unknown as LockApi;
    return new FakeLock(this.env, this.control.state('document')).api;
  }
  getScriptLock(): LockApi {
    this.env.requireAuth('LockService.getScriptLock');
    return new FakeLock(this.env, this.control.state('script')).api;
  }
  getUserLock(): LockApi {
    this.env.requireAuth('LockService.getUserLock');
    return new FakeLock(this.env, this.control.state('user')).api;
  }
}

/** Test handle for locks: simulate other executions and inspect use. */
export class FakeLockControl {
  private readonly states: Record<LockScope, LockState> = {
    document: new LockState('document'),
    script: new LockState('script'),
    user: new LockState('user'),
  };

  /** When true, LockService.getDocumentLock() returns null (see FakeLockService). */
  noDocumentLock = false;

  constructor(private readonly env: FakeEnv) {}

  state(scope: LockScope): LockState {
    return this.states[scope];
  }

  /**
   * Marks the lock as held by another execution. With releaseAfterMs, that execution releases it
   * that long after now, so a tryLock/waitLock with a long enough timeout succeeds.
   */
  holdByOther(scope: LockScope = 'document', options: { releaseAfterMs?: number } = {}): void {
    const s = this.states[scope];
    s.heldByOther = true;
    s.otherReleasesAtMs =
      options.releaseAfterMs === undefined ? null : this.env.clock.nowMs() + options.releaseAfterMs;
  }

  releaseByOther(scope: LockScope = 'document'): void {
    const s = this.states[scope];
    s.heldByOther = false;
    s.otherReleasesAtMs = null;
  }

  /** True while anyone (this execution or a simulated other one) holds the lock. */
  isHeld(scope: LockScope = 'document'): boolean {
    return this.states[scope].isHeld();
  }

  /** True while this execution holds the lock (e.g. to assert code released it). */
  isHeldByScript(scope: LockScope = 'document'): boolean {
    return this.states[scope].holder !== null;
  }

  acquisitions(scope: LockScope = 'document'): number {
    return this.states[scope].acquisitions;
  }

  /**
   * Ends the current execution: Apps Script releases locks when a script ends. Call between two
   * simulated runs of an entry point.
   */
  endExecution(): void {
    for (const s of Object.values(this.states)) s.holder = null;
  }
}

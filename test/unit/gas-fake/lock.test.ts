import { describe, expect, it } from 'vitest';
import { createGasFake } from '../../support/gas-fake';

describe('gas-fake LockService', () => {
  it('acquires, reports and releases a free lock', () => {
    const fake = createGasFake();
    const lock = fake.globals.LockService.getDocumentLock();
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    expect(fake.lock.isHeldByScript()).toBe(true);
    // A second Lock object of the same kind cannot take it meanwhile.
    expect(fake.globals.LockService.getDocumentLock().tryLock(10)).toBe(false);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
    expect(fake.lock.isHeld()).toBe(false);
    expect(fake.lock.acquisitions()).toBe(1);
  });

  it('a lock held by another execution makes tryLock false and waitLock throw, after the timeout', () => {
    const fake = createGasFake();
    fake.lock.holdByOther();
    const start = fake.clock.nowMs();
    const lock = fake.globals.LockService.getDocumentLock();
    expect(lock.tryLock(5000)).toBe(false);
    expect(fake.clock.nowMs() - start).toBe(5000);
    expect(() => lock.waitLock(30000)).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
    expect(lock.hasLock()).toBe(false);
    // Other scopes are independent.
    expect(fake.globals.LockService.getScriptLock().tryLock(0)).toBe(true);
    fake.lock.releaseByOther();
    expect(lock.tryLock(0)).toBe(true);
  });

  it('waits for another execution that releases within the timeout', () => {
    const fake = createGasFake();
    fake.lock.holdByOther('document', { releaseAfterMs: 2000 });
    const start = fake.clock.nowMs();
    const lock = fake.globals.LockService.getDocumentLock();
    lock.waitLock(10000);
    expect(lock.hasLock()).toBe(true);
    expect(fake.clock.nowMs() - start).toBe(2000);
    fake.lock.endExecution();
    expect(fake.lock.isHeld()).toBe(false);
  });
});

import { setTimeout as sleep } from 'node:timers/promises';

import { describe, expect, it } from '@jest/globals';

import { createDeadline, withinDeadline } from '../../src/solaris/deadline.js';

/** What a deadline says about itself once it has ended, or not. */
function stateOf(deadline: ReturnType<typeof createDeadline>) {
  const reason = deadline.reason as DOMException | undefined;
  return {
    ended: deadline.ended,
    timedOut: deadline.timedOut(),
    cancelledByCaller: deadline.cancelledByCaller(),
    reason: reason === undefined ? undefined : { name: reason.name, message: reason.message },
  };
}

describe('createDeadline', () => {
  it("ends as the call's own timeout when that comes first", async () => {
    const deadline = createDeadline(20, { deadlineAt: performance.now() + 10_000 });
    await sleep(60);

    expect(stateOf(deadline)).toEqual({
      ended: true,
      timedOut: true,
      cancelledByCaller: false,
      reason: { name: 'TimeoutError', message: 'The operation was aborted due to timeout' },
    });
  });

  it("ends as the caller's when the operation deadline comes first", async () => {
    const deadline = createDeadline(10_000, { deadlineAt: performance.now() + 20 });
    await sleep(60);

    expect(stateOf(deadline)).toEqual({
      ended: true,
      timedOut: false,
      cancelledByCaller: true,
      reason: { name: 'TimeoutError', message: 'The operation deadline passed' },
    });
  });

  it("ends at once, as the caller's, when the operation deadline has already passed", async () => {
    const deadline = createDeadline(10_000, { deadlineAt: performance.now() - 5 });
    await sleep(10);

    expect(stateOf(deadline)).toMatchObject({ ended: true, cancelledByCaller: true });
  });

  it("ends with the caller's signal and its reason", () => {
    const controller = new AbortController();
    const deadline = createDeadline(10_000, { signal: controller.signal });
    const reason = new DOMException('gone', 'AbortError');
    controller.abort(reason);

    expect(deadline.ended).toBe(true);
    expect(deadline.cancelledByCaller()).toBe(true);
    expect(deadline.reason).toBe(reason);
  });

  it('tells each listener once, at once when already ended, and not after it was taken back', () => {
    const controller = new AbortController();
    const deadline = createDeadline(10_000, { signal: controller.signal });
    const heard: string[] = [];
    deadline.onEnd(() => heard.push('kept'));
    const stop = deadline.onEnd(() => heard.push('taken back'));
    stop();

    controller.abort();
    controller.abort();
    deadline.onEnd(() => heard.push('late'));

    expect(heard).toEqual(['kept', 'late']);
  });

  it('does not end after release', async () => {
    const deadline = createDeadline(20);
    deadline.release();
    await sleep(60);

    expect(stateOf(deadline)).toEqual({
      ended: false,
      timedOut: false,
      cancelledByCaller: false,
      reason: undefined,
    });
  });
});

describe('withinDeadline', () => {
  it('settles like the work while the deadline holds', async () => {
    const deadline = createDeadline(10_000);
    await expect(
      withinDeadline(Promise.resolve('answer'), deadline, () => new Error('late')),
    ).resolves.toBe('answer');
    deadline.release();
  });

  it('rejects with the abandoned error when the deadline ends first', async () => {
    const deadline = createDeadline(20);
    const never = new Promise<string>(() => undefined);

    await expect(withinDeadline(never, deadline, () => new Error('abandoned'))).rejects.toThrow(
      new Error('abandoned'),
    );
  });
});

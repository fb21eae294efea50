import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LatestTask } from '../src/latest-task.js';

/** A host that records its update requests; `update()` runs what an element's update would. */
function fakeHost() {
  const controllers: ReactiveController[] = [];
  const host = {
    updates: 0,
    addController: (c: ReactiveController) => void controllers.push(c),
    removeController: () => undefined,
    requestUpdate: () => void host.updates++,
    updateComplete: Promise.resolve(true),
    update: () => controllers.forEach((c) => c.hostUpdate?.()),
  };
  return host as typeof host & ReactiveControllerHost;
}

/** A job whose every run waits until the test settles it, and whose signal the test can read. */
function controllableJob() {
  const runs: { args: readonly [string]; signal: AbortSignal; settle: (answer: string | undefined) => void }[] = [];
  const job = (args: readonly [string], signal: AbortSignal) =>
    new Promise<string | undefined>((settle) => runs.push({ args, signal, settle }));
  return { runs, job };
}

const tick = () => new Promise((resolve) => setTimeout(resolve));

// The element's claims request runs on this (src/latest-task.ts): a range picked while
// another loads must never be replaced by the older range's answer.
describe('LatestTask', () => {
  it('runs when its arguments change, not on every update', async () => {
    const host = fakeHost();
    let arg = 'a';
    const { runs, job } = controllableJob();
    new LatestTask(host, job, () => [arg] as const);
    host.update();
    host.update();
    expect(runs.map((r) => r.args[0])).to.deep.equal(['a']);
    arg = 'b';
    host.update();
    expect(runs.map((r) => r.args[0])).to.deep.equal(['a', 'b']);
  });

  it('keeps the latest run’s answer, even when an older run answers after it, and aborts the older run', async () => {
    const host = fakeHost();
    let arg = 'old';
    const { runs, job } = controllableJob();
    const task = new LatestTask(host, job, () => [arg] as const);
    host.update();
    expect(task.state).to.equal('pending');
    arg = 'new';
    host.update();
    expect(runs[0].signal.aborted, 'the older run is aborted').to.equal(true);
    expect(runs[1].signal.aborted).to.equal(false);
    runs[1].settle('new answer');
    await tick();
    expect([task.state, task.value]).to.deep.equal(['complete', 'new answer']);
    runs[0].settle('old answer');
    await tick();
    expect([task.state, task.value], 'the older answer is ignored').to.deep.equal(['complete', 'new answer']);
  });

  it('goes back to idle on an empty answer or a throw, keeping the last answer, and asks the host to update each time', async () => {
    const host = fakeHost();
    let arg = 'a';
    const { runs, job } = controllableJob();
    const task = new LatestTask(host, job, () => [arg] as const);
    host.update();
    runs[0].settle('first');
    await tick();
    const updates = host.updates;
    arg = 'b';
    host.update();
    expect(host.updates, 'pending').to.equal(updates + 1);
    runs[1].settle(undefined);
    await tick();
    expect([task.state, task.value, host.updates]).to.deep.equal(['idle', 'first', updates + 2]);

    const throwing = new LatestTask(host, () => Promise.reject(new Error('boom')), () => ['x'] as const);
    host.update();
    await tick();
    expect(throwing.state).to.equal('idle');
  });

  it('abort() aborts only a pending run; run() runs again with the same arguments', async () => {
    const host = fakeHost();
    const { runs, job } = controllableJob();
    const task = new LatestTask(host, job, () => ['a'] as const);
    host.update();
    task.abort();
    expect(runs[0].signal.aborted).to.equal(true);
    void task.run();
    expect(runs.map((r) => r.args[0])).to.deep.equal(['a', 'a']);
    runs[1].settle('again');
    await tick();
    task.abort();
    expect(runs[1].signal.aborted, 'a settled run is not aborted').to.equal(false);
    expect(task.value).to.equal('again');
  });
});

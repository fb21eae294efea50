import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Runs an async job before the host renders whenever the job's arguments change, and keeps
 * the latest answer: a newer run aborts the one before it, and a run that isn't the latest
 * any more is ignored when it settles. A job that answers `undefined` leaves nothing to
 * show (the state goes back to `idle`, the last answer stays in `value`). This is what the
 * widget used `@lit/task` for, in the few lines it needs: the first view's bytes count.
 */
export class LatestTask<A extends readonly unknown[], R> implements ReactiveController {
  state: 'idle' | 'pending' | 'complete' = 'idle';
  /** The latest answer, kept while a newer run is pending. */
  value?: R;
  private args?: A;
  private abortController?: AbortController;
  private runs = 0;

  constructor(
    private host: ReactiveControllerHost,
    private job: (args: A, signal: AbortSignal) => Promise<R | undefined>,
    private argsOf: () => A,
  ) {
    host.addController(this);
  }

  hostUpdate() {
    const args = this.argsOf();
    const last = this.args;
    if (!last || args.some((arg, i) => !Object.is(arg, last[i]))) void this.run(args);
  }

  async run(args = this.argsOf()) {
    this.args = args;
    if (this.state === 'pending') this.abortController?.abort();
    this.state = 'pending';
    this.host.requestUpdate();
    const run = ++this.runs;
    const { signal } = (this.abortController = new AbortController());
    let answer: R | undefined;
    try {
      answer = await this.job(args, signal);
    } catch {
      // The job reports its own failures as answers; a throw leaves nothing to show.
    }
    if (run !== this.runs) return;
    this.state = answer === undefined ? 'idle' : 'complete';
    if (answer !== undefined) this.value = answer;
    this.host.requestUpdate();
  }

  abort() {
    if (this.state === 'pending') this.abortController?.abort();
  }
}

/**
 * Time the widget spends on a visible page, from a monotonic clock. Reports the span
 * since the last report when the page is hidden or left (pagehide, including into the
 * back/forward cache) and when stopped; resumes when the page shows again. Each
 * millisecond is reported once; empty spans are not reported.
 */
export class VisibleTime {
  private since: number | null = null;
  private running = false;

  constructor(
    private report: (visibleMs: number) => void,
    private doc: Document = document,
    private win: Window = window,
  ) {}

  start() {
    if (this.running) return;
    this.running = true;
    this.doc.addEventListener('visibilitychange', this.onVisibility);
    this.win.addEventListener('pagehide', this.onHide);
    this.win.addEventListener('pageshow', this.onShow);
    if (this.doc.visibilityState === 'visible') this.since = performance.now();
  }

  stop() {
    if (!this.running) return;
    this.flush();
    this.running = false;
    this.doc.removeEventListener('visibilitychange', this.onVisibility);
    this.win.removeEventListener('pagehide', this.onHide);
    this.win.removeEventListener('pageshow', this.onShow);
  }

  private flush() {
    if (this.since === null) return;
    const visibleMs = Math.round(performance.now() - this.since);
    this.since = null;
    if (visibleMs > 0) this.report(visibleMs);
  }

  private onVisibility = () => {
    if (this.doc.visibilityState === 'hidden') this.flush();
    else if (this.since === null) this.since = performance.now();
  };

  private onHide = () => this.flush();

  private onShow = (event: PageTransitionEvent) => {
    if (event.persisted && this.doc.visibilityState === 'visible' && this.since === null) this.since = performance.now();
  };
}

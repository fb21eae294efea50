/**
 * Stops the page's clock at `fixed` (ms since the epoch): `new Date()` and `Date.now()` say
 * that moment, any other `Date` is as usual. Returns how to restore the real `Date`.
 * Self-contained, so an end-to-end test can hand it to a page as it is
 * (`page.evaluateOnNewDocument(pinClock, fixed)`).
 */
export function pinClock(fixed: number): () => void {
  const RealDate = Date;
  class PinnedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(fixed);
      else super(...(args as [string]));
    }
    static override now() {
      return fixed;
    }
  }
  globalThis.Date = PinnedDate as DateConstructor;
  return () => (globalThis.Date = RealDate);
}

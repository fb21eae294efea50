/**
 * A gate a test opens: whatever awaits `opened` (a mocked answer, an SDK file) waits until
 * the test calls `open()`, so the order of a race is the test's, not the machine's.
 */
export function gate(): { opened: Promise<void>; open: () => void } {
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

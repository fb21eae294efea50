/** How many times this browser has shown the widget: a count only, nothing personal. */
export const VIEW_COUNT_KEY = 'travel-pay-status:view-count';

export function recordView(storage: () => Storage = () => localStorage): { repeat: boolean | null; viewCount: number | null } {
  try {
    const store = storage();
    const previous = Number.parseInt(store.getItem(VIEW_COUNT_KEY) ?? '0', 10);
    const viewCount = (Number.isFinite(previous) && previous > 0 ? previous : 0) + 1;
    store.setItem(VIEW_COUNT_KEY, String(viewCount));
    return { repeat: viewCount > 1, viewCount };
  } catch {
    // Storage disabled, full, or denied (sandboxed iframes, some private modes).
    return { repeat: null, viewCount: null };
  }
}

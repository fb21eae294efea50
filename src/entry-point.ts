/** The hosts that embed the widget, as analytics tells them apart (docs/events.md). */
export const ENTRY_POINTS = ['mhv', 'travel-reimbursement', 'claims-tool'] as const;

export type KnownEntryPoint = (typeof ENTRY_POINTS)[number];
export type EntryPoint = KnownEntryPoint | 'unknown';

export function toEntryPoint(value: unknown): EntryPoint {
  return typeof value === 'string' && (ENTRY_POINTS as readonly string[]).includes(value)
    ? (value as KnownEntryPoint)
    : 'unknown';
}

import { http, HttpResponse, delay, type HttpHandler } from 'msw';
import { flagsPayload, type RolloutStage } from './stages.js';

/** How the mocked remote GrowthBook behaves. */
export type FlagsApiMode = 'ok' | 'down' | 'malformed' | 'never';

/**
 * The mocked GrowthBook features endpoint (`/api/features/{clientKey}`) serving a stage:
 * the power switch and the details flag at `stage`, or the details flag at
 * `options.details`; the filing flag only at `options.filing` (off without it).
 */
export function flagsHandlers(
  stage: RolloutStage,
  options: {
    delayMs?: number;
    /** The answer waits until this settles (a test's gate), after `delayMs` if both are given. */
    heldUntil?: Promise<unknown>;
    mode?: FlagsApiMode;
    onRequest?: () => void;
    details?: RolloutStage;
    filing?: RolloutStage;
  } = {},
): HttpHandler[] {
  return [
    http.get('*/api/features/:clientKey', async () => {
      options.onRequest?.();
      if (options.delayMs) await delay(options.delayMs);
      await options.heldUntil;
      switch (options.mode ?? 'ok') {
        case 'down':
          return HttpResponse.error();
        case 'malformed':
          return new HttpResponse('<html>502</html>', { status: 200, headers: { 'Content-Type': 'application/json' } });
        case 'never':
          await delay('infinite');
          return HttpResponse.error();
        default:
          return HttpResponse.json({ ...flagsPayload(stage, options.details, options.filing), dateUpdated: new Date().toISOString() });
      }
    }),
  ];
}

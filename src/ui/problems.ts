/**
 * The states a request can end in besides an answer, and how the widget shows one: the
 * alerts themselves (alerts.ts) are a piece loaded when a request ends in a problem; until
 * it is in, the place keeps its loading state, and if it can't be loaded, the place says
 * so with Try again, as every piece's place does (`pieceView`).
 */
import type { ApiOutcome } from '../api/request.js';
import { piece, type Piece } from './piece.js';

export type AlertsModule = typeof import('./alerts.js');

export const alertsPiece: Piece<AlertsModule> = piece(() => import('./alerts.js'), import.meta.url);

export type { ProblemState } from './alerts.js';
import type { ProblemState } from './alerts.js';

/** What the Veteran is told, from how the request ended (docs/api.md, "Errors"). */
export function problemFor(outcome: ApiOutcome, status: number): ProblemState | null {
  switch (outcome) {
    case 'ok':
    case 'partial':
      return null;
    case 'unauthenticated':
      return 'sign-in';
    case 'forbidden':
    case 'not-found':
      return 'no-claims-found';
    case 'unavailable':
      return 'unavailable';
    case 'network-error':
      return 'offline';
    case 'timeout':
      return 'timeout';
    default:
      return status === 429 ? 'rate-limited' : 'error';
  }
}


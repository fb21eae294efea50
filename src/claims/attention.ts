import type { Claim } from './claim.js';
import { lookupStatus, needsAction, perStatus } from './statuses.js';
import { deadlineDaysLeft } from './next-steps.js';
import type { CalendarDate } from './calendar.js';

/** What the action summary says: how many claims need the Veteran, how many are late, how many on hold. */
export interface Attention {
  count: number;
  /** Saved or Incomplete past the 30-day filing deadline. */
  overdue: number;
  onHold: number;
}

/** The claims of a response that need the Veteran's action, on `today`. */
export function attentionFor(claims: readonly Claim[], today: CalendarDate): Attention {
  const statusOf = perStatus(lookupStatus);
  const attention: Attention = { count: 0, overdue: 0, onHold: 0 };
  // Indexed: an iterator's result objects are garbage while the code runs cold.
  for (let i = 0; i < claims.length; i++) {
    const claim = claims[i];
    const status = statusOf(claim.claimStatus);
    if (!needsAction(status)) continue;
    attention.count++;
    if (status.nextStep === 'contact-travel-office') attention.onHold++;
    else if (claim.appointmentDateTime && deadlineDaysLeft(claim.appointmentDateTime, today) < 0) attention.overdue++;
  }
  return attention;
}

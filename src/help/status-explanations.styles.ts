import { css } from 'lit';

/**
 * The status explanations (status-explanations.ts): with the help section's piece, though
 * the explanations are a piece of their own, so they show styled the moment they arrive.
 */
export const statusExplanationsStyles = css`
  dl.statuses dt {
    margin-top: 0.5rem;
  }
`;

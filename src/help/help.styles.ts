import { css } from 'lit';
import { statusExplanationsStyles } from './status-explanations.styles.js';

/** "Need help?" (help.ts). */
const sectionStyles = css`
  .help {
    border-top: 3px solid var(--travel-pay-color-primary, #005ea2);
    margin-top: var(--travel-pay-space-4, 1.5rem);
    padding-top: var(--travel-pay-space-3, 1rem);
  }
`;

/** The help section and its status explanations: with the help's piece, adopted as it first renders. */
export const helpStyles = css`${sectionStyles}${statusExplanationsStyles}`;

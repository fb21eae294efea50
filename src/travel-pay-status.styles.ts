import { css } from 'lit';
import { baseStyles } from './ui/base.styles.js';
import { alertStyles } from './ui/alerts.styles.js';
import { claimStatusStyles } from './ui/claim-status.styles.js';
import { listStyles } from './list/list.styles.js';

/**
 * The widget's stylesheet, everything the first view shows: the base and the shared view
 * parts first, then each view's own rules, in one constructed stylesheet. A piece's rules
 * come with the piece (filter-form.styles.ts, claim-details-view.styles.ts, help.styles.ts).
 */
export const styles = css`${baseStyles}${alertStyles}${claimStatusStyles}${listStyles}`;

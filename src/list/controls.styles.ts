import { css } from 'lit';

/** The "Filter and sort" disclosure (controls.ts); its controls' own rules come with them (filter-form.styles.ts). */
export const controlsStyles = css`
  .filters {
    margin-bottom: var(--travel-pay-space-2, 0.5rem);
  }
  .filters > summary {
    font-weight: 700;
  }
`;

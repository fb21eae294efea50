import { css } from 'lit';

/** The page navigation (pagination.ts). */
export const paginationStyles = css`
  nav.pagination ul {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    padding: 0;
    margin: var(--travel-pay-space-3, 1rem) 0;
  }
  nav.pagination button {
    min-width: 44px;
    padding: 0.5rem 0.75rem;
  }
  nav.pagination button:not([aria-current]) {
    background: transparent;
    color: var(--travel-pay-color-primary, #005ea2);
    border-color: transparent;
  }
  nav.pagination .gap {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: 0 0.5rem;
  }
`;

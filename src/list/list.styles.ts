import { css } from 'lit';
import { claimCardStyles } from './claim-card.styles.js';
import { controlsStyles } from './controls.styles.js';
import { paginationStyles } from './pagination.styles.js';

/** The list's own frame (list-controller.ts): the results summary, the cards' list, the loading blocks. */
const frameStyles = css`
  .summary {
    font-weight: 700;
  }
  .summary:focus {
    outline: 2px solid var(--travel-pay-color-focus, #2491ff);
    outline-offset: 2px;
  }
  ul.claims {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  /*
   * The shimmer moves a band across each block with a transform, which the compositor
   * animates on its own: animating the background's position would repaint the blocks on
   * the host's main thread every frame while the claims load. It starts after the frame
   * that first shows the widget (the element's shimmer class), so that frame, the last
   * of the host's page load, has no layers to make for it.
   */
  .skeleton {
    position: relative;
    overflow: hidden;
    height: 6.5rem;
    margin: 0 0 1rem;
    border-radius: 0.25rem;
    background: var(--travel-pay-color-surface, #f0f0f0);
  }
  .shimmer .skeleton::after {
    content: '';
    position: absolute;
    inset: 0;
    background: linear-gradient(90deg, transparent, var(--travel-pay-color-border, #dfe1e2), transparent);
    transform: translateX(-100%);
    animation: shimmer 1.4s ease-in-out infinite;
  }
  @keyframes shimmer {
    to {
      transform: translateX(100%);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .shimmer .skeleton::after {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    .skeleton {
      border: 1px solid CanvasText;
    }
  }
`;

/** The list and every view in it, for the widget's stylesheet. */
export const listStyles = css`${frameStyles}${claimCardStyles}${controlsStyles}${paginationStyles}`;

/**
 * The page navigation: a piece, loaded when an answer has more than one page (most
 * Veterans' three months fit on one), so the first view doesn't carry it.
 */
import { html, type ReactiveElement } from 'lit';
import { paginationStyles } from './pagination.styles.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Page } from '../claims/sort-filter-page.js';
import { pageWindow } from '../claims/page-window.js';
import { formatCount } from '../claims/format.js';
import { msg, str } from '../i18n/locale.js';

function adoptStyles(root: ReactiveElement['renderRoot']) {
  const sheet = paginationStyles.styleSheet;
  if (sheet && root instanceof ShadowRoot && !root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}

export function pagination(root: ReactiveElement['renderRoot'], page: Page, onPage: (to: number) => void) {
  if (page.totalPages <= 1) return null;
  adoptStyles(root);
  const button = (to: number, label: string, text: string) =>
    html`<li>
      <button type="button" aria-label=${label} aria-current=${ifDefined(to === page.page ? 'page' : undefined)} @click=${() => onPage(to)}>
        ${text}
      </button>
    </li>`;
  const [previous, next, of] = [formatCount(page.page - 1), formatCount(page.page + 1), formatCount(page.totalPages)];
  return html`<nav class="pagination" part="pagination" aria-label=${msg('Pagination')}>
    <ul>
      ${page.page > 1 ? button(page.page - 1, msg(str`Previous page, page ${previous}`), msg('Previous')) : null}
      ${pageWindow(page.page, page.totalPages).map((p) => {
        const number = formatCount(p ?? 0);
        return p === null
          ? html`<li><span class="gap" aria-hidden="true">…</span></li>`
          : button(p, msg(str`Page ${number} of ${of}`), number);
      })}
      ${page.page < page.totalPages ? button(page.page + 1, msg(str`Next page, page ${next}`), msg('Next')) : null}
    </ul>
  </nav>`;
}
